package org.parley.model;

import java.util.Objects;

/**
 * A time expression in the text, normalised.
 *
 * @param sentence    index of the sentence it occurs in
 * @param span        its characters in the article text
 * @param text        the expression exactly as written ("on Thursday", "May 17, 2025", "earlier this month")
 * @param value       the normalised value in ISO 8601 at the given granularity: {@code 2025-05-17},
 *                    {@code 2025-05} or {@code 2025}
 * @param granularity how precise {@code value} is
 * @param relative    whether the value was computed from the article's publication date
 */
public record TimeExpression(int sentence, TextSpan span, String text, String value, TimeGranularity granularity,
                             boolean relative) {
    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        if (text.length() != span.length())
            throw new IllegalArgumentException("time text '" + text + "' does not fit span " + span);
        String pattern = switch (granularity) {
            case DAY -> "-?\\d{4}-\\d{2}-\\d{2}";
            case MONTH -> "-?\\d{4}-\\d{2}";
            case YEAR -> "-?\\d{4}";
        };
        if (!value.matches(pattern))
            throw new IllegalArgumentException("time value " + value + " is not a " + granularity);
    }
}
