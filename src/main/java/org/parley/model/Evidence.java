package org.parley.model;

import java.util.Objects;

/**
 * Where in an article a fact was read: the sentence, the characters that state it, the extractor that
 * read it (name and version, for example {@code "rule:post-title/1"}) and how sure it is.
 *
 * @param sentence   index of the sentence in the article
 * @param span       the characters of the evidence in the article text (within the sentence)
 * @param extractor  the rule or model that produced the fact, with its version
 * @param confidence in {@code [0, 1]}
 */
public record Evidence(int sentence, TextSpan span, String extractor, double confidence) {
    public Evidence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(extractor, "extractor");
        if (sentence < 0) throw new IllegalArgumentException("negative sentence index: " + sentence);
        if (extractor.isBlank()) throw new IllegalArgumentException("blank extractor");
        if (!(confidence >= 0 && confidence <= 1))
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
}
