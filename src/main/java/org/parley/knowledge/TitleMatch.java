package org.parley.knowledge;

import java.util.Objects;

/**
 * A title found in a token sequence.
 *
 * @param title      the title
 * @param tokenCount how many tokens it covers
 */
public record TitleMatch(Title title, int tokenCount) {
    public TitleMatch {
        Objects.requireNonNull(title, "title");
        if (tokenCount < 1)
            throw new IllegalArgumentException("tokenCount < 1: " + tokenCount);
    }
}
