package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Parley extracted from one article: its annotation, its resolved mentions (in text order), the
 * time expressions and quantities in it, the relations between entities and the events it reports.
 */
public record ExtractedArticle(AnnotatedArticle annotated, List<ResolvedMention> mentions,
                               List<TimeExpression> times, List<Quantity> quantities,
                               List<Relation> relations, List<Event> events) {
    public ExtractedArticle {
        Objects.requireNonNull(annotated, "annotated");
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
    }

    /** An article with names only: no times, quantities, relations or events. */
    public ExtractedArticle(AnnotatedArticle annotated, List<ResolvedMention> mentions) {
        this(annotated, mentions, List.of(), List.of(), List.of(), List.of());
    }

    public Article article() {
        return annotated.article();
    }
}
