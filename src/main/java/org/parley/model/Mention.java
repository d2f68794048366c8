package org.parley.model;

import java.util.Objects;

/**
 * A stretch of text that names something.
 *
 * @param sentence   the index of the sentence it occurs in
 * @param span       its character offsets in the article text
 * @param text       the covered text, exactly
 * @param type       what kind of thing it names
 * @param normalized the name to match on (for example the state a demonym refers to), never blank
 * @param extractor  which recogniser found it ({@code "gazetteer"}, {@code "pos-chunk"}, ...)
 * @param confidence how sure that recogniser is, in {@code [0, 1]}
 * @param knowledgeId the id of the gazetteer entry it was matched to, or {@code null}
 */
public record Mention(int sentence, TextSpan span, String text, EntityType type, String normalized,
                      String extractor, double confidence, String knowledgeId) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(extractor, "extractor");
        if (text.length() != span.length())
            throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
        if (normalized.isBlank())
            throw new IllegalArgumentException("blank normalized name for mention '" + text + "'");
        if (!(confidence >= 0 && confidence <= 1))
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
}
