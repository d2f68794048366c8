package org.parley.extract;

import java.util.List;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Mention;

/**
 * Finds the names in an annotated article. Implementations must be thread-safe or say otherwise, and
 * keep no state between articles.
 */
@FunctionalInterface
public interface MentionFinder {
    /** The mentions in the article, in text order, none overlapping another. */
    List<Mention> find(AnnotatedArticle article);
}
