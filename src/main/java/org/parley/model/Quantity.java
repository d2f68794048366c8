package org.parley.model;

import java.util.Objects;

/**
 * A counted amount in the text: "1,000 prisoners", "nine people", "a 30-day ceasefire", "5,000 soldiers weekly".
 *
 * @param sentence index of the sentence it occurs in
 * @param span     the characters of the number and what it counts
 * @param text     those characters exactly
 * @param value    the number ("nine" is 9, "1,000" is 1000, "2.5 million" is 2500000)
 * @param unit     the lemma of what is counted, lower case ("prisoner", "people", "day", "soldier"), never blank
 * @param per      a distribution or rate qualifier as lower-case text ("side", "week"), or {@code null}
 */
public record Quantity(int sentence, TextSpan span, String text, long value, String unit, String per) {
    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        if (text.length() != span.length())
            throw new IllegalArgumentException("quantity text '" + text + "' does not fit span " + span);
        if (value < 0) throw new IllegalArgumentException("negative quantity: " + value);
        if (unit.isBlank()) throw new IllegalArgumentException("blank unit");
    }
}
