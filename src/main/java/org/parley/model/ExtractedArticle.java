package org.parley.model;

import java.util.List;
import java.util.Objects;

/** Everything Parley extracted from one article: its annotation and its resolved mentions, in text order. */
public record ExtractedArticle(AnnotatedArticle annotated, List<ResolvedMention> mentions) {
    public ExtractedArticle {
        Objects.requireNonNull(annotated, "annotated");
        mentions = List.copyOf(mentions);
    }

    public Article article() {
        return annotated.article();
    }
}
