package org.parley.model;

import java.util.List;
import java.util.Objects;

/** An article with its sentences, tokens, tags and lemmas, and the language it was detected as. */
public record AnnotatedArticle(Article article, String language, List<Sentence> sentences) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
