package org.parley.extract;

import java.util.List;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Event;
import org.parley.model.Quantity;
import org.parley.model.ResolvedMention;
import org.parley.model.TimeExpression;

/** Reads the events an article reports, with their arguments. Thread-safe, stateless. */
@FunctionalInterface
public interface EventExtractor {
    List<Event> extract(AnnotatedArticle article, List<ResolvedMention> mentions, List<TimeExpression> times,
                        List<Quantity> quantities);
}
