package org.parley.nlp.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ordinary English words that news text writes in lower case far more often than capitalised inside a sentence
 * (resource {@code common-words.txt}, derived from the training part of the GMB/VOA corpus by
 * {@link #derive}): "love", "home", "campaign", "government". Capitalised alone in a title or a heading they are
 * rarely a name. Immutable.
 */
public final class CommonWords {
    /** A word must be seen at least this often in lower case. */
    public static final int MIN_LOWER = 10;
    /** ... and at least this many times as often in lower case as capitalised inside a sentence. */
    public static final int RATIO = 4;
    private static final Set<String> WORDS = Set.copyOf(ListResource.lines("common-words.txt"));

    private CommonWords() {
    }

    /** Whether {@code word} (in any case) is an ordinary word by the shipped list. */
    public static boolean isCommon(String word) {
        return WORDS.contains(Objects.requireNonNull(word, "word").toLowerCase(Locale.ROOT));
    }

    /**
     * The common words of a corpus, in lower case and sorted: words of lower-case letters (and hyphens) seen
     * at least {@value #MIN_LOWER} times, at least {@value #RATIO} times as often as their capitalised form
     * inside a sentence (not first, not after a quotation mark or colon).
     */
    public static Set<String> derive(List<NerSentence> sentences) {
        Map<String, Integer> lower = new HashMap<>();
        Map<String, Integer> capitalised = new HashMap<>();
        for (NerSentence s : Objects.requireNonNull(sentences, "sentences")) {
            List<String> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String w = t.get(i);
                if (w.isEmpty()) {
                    continue;
                }
                if (w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') && Character.isLetter(w.charAt(0))) {
                    lower.merge(w, 1, Integer::sum);
                } else if (i > 0 && Character.isUpperCase(w.charAt(0)) && !Set.of("\"", ":", "``").contains(t.get(i - 1))) {
                    capitalised.merge(w, 1, Integer::sum);
                }
            }
        }
        Set<String> out = new TreeSet<>();
        lower.forEach((w, n) -> {
            String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            if (n >= MIN_LOWER && n >= RATIO * Math.max(1, capitalised.getOrDefault(cap, 0))) {
                out.add(w);
            }
        });
        return out;
    }
}
