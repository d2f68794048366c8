package org.parley.extract;

import java.util.List;

import org.parley.model.AnnotatedArticle;
import org.parley.model.TimeExpression;

/** Finds and normalises the time expressions of an article against its publication date. Thread-safe, stateless. */
@FunctionalInterface
public interface TimeFinder {
    /** The time expressions in text order, none overlapping another. */
    List<TimeExpression> find(AnnotatedArticle article);
}
