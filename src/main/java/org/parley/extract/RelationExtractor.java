package org.parley.extract;

import java.util.List;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Relation;
import org.parley.model.ResolvedMention;

/** Reads relations between the entities of an article. Thread-safe, stateless. */
@FunctionalInterface
public interface RelationExtractor {
    List<Relation> extract(AnnotatedArticle article, List<ResolvedMention> mentions);
}
