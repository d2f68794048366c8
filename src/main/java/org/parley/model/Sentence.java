package org.parley.model;

import java.util.List;
import java.util.Objects;

/** A sentence: its index in the article, its character span and its tokens. */
public record Sentence(int index, TextSpan span, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }

    /** The character span covering tokens {@code [from, to)}. */
    public TextSpan spanOf(int from, int to) {
        return new TextSpan(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
    }
}
