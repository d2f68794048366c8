package org.parley.model;

import java.util.Objects;

/** A token with its character span in the article text, its part-of-speech tag and its lemma. */
public record Token(String text, TextSpan span, String pos, String lemma) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
    }
}
