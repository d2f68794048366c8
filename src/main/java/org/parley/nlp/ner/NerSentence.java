package org.parley.nlp.ner;

import java.util.List;
import java.util.Objects;

import opennlp.tools.util.Span;

/**
 * One tokenised sentence with its names: token-index spans (end exclusive) whose type is one of {@link NerTypes}.
 *
 * @param tokens the tokens, not empty
 * @param names the names, sorted by start, not overlapping, inside the sentence
 */
public record NerSentence(List<String> tokens, List<Span> names) {
    public NerSentence {
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty sentence");
        }
        int last = 0;
        for (Span s : names) {
            if (s.getStart() < last || s.getEnd() > tokens.size() || s.length() < 1 || s.getType() == null) {
                throw new IllegalArgumentException("bad or overlapping span " + s + " in " + tokens);
            }
            last = s.getEnd();
        }
    }

    /** The tokens as an array, as OpenNLP wants them. */
    public String[] tokenArray() {
        return tokens.toArray(new String[0]);
    }

    /** The covered text of a span, tokens joined by spaces. */
    public String text(Span span) {
        return String.join(" ", tokens.subList(span.getStart(), span.getEnd()));
    }
}
