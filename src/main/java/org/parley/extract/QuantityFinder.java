package org.parley.extract;

import java.util.List;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Quantity;

/** Finds the counted amounts of an article. Thread-safe, stateless. */
@FunctionalInterface
public interface QuantityFinder {
    /** The quantities in text order, none overlapping another. */
    List<Quantity> find(AnnotatedArticle article);
}
