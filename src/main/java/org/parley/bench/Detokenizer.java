package org.parley.bench;

import java.util.List;

/**
 * Joins the tokens of a Penn-Treebank-tokenised sentence (as in the GMB NER data) back into readable text:
 * no space before closing punctuation and clitics ({@code , . ; : ? ! % ) 's n't}), none after opening
 * brackets, currency signs and opening quotes; double quotes open and close alternately within a sentence
 * (the GMB data gives opening and closing quotes the same POS tag).
 */
final class Detokenizer {
    /** A detokenised sentence, the number of tokens it had and its index in the source (from 0). */
    record Sentence(String text, int tokens, int index) {}

    private Detokenizer() {}

    static Sentence tagged(List<String> words, List<String> tags, int index) {
        StringBuilder sb = new StringBuilder();
        boolean glueNext = true;   // no space before the first token
        boolean quoteOpen = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).replace('\u00a0', ' ').strip();
            if (w.isEmpty()) continue;
            boolean opening, closing;
            if (w.equals("\"")) {
                boolean open = !quoteOpen;   // the GMB data tags opening and closing quotes alike
                quoteOpen = open;
                opening = open;
                closing = !open;
            } else {
                opening = w.equals("(") || w.equals("[") || w.equals("{") || w.equals("$") || w.equals("``") || w.equals("#");
                closing = isClosing(w);
            }
            if (!glueNext && !closing) sb.append(' ');
            sb.append(w.equals("``") || w.equals("''") ? "\"" : w);
            glueNext = opening;
        }
        return new Sentence(sb.toString(), words.size(), index);
    }

    private static boolean isClosing(String w) {
        return switch (w) {
            case ",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "''", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "'" -> true;
            default -> false;
        };
    }
}
