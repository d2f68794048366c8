package org.parley.nlp.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import opennlp.tools.util.Span;

/**
 * Derives the given names of {@code given-names.txt} (used by {@link NameRules.Rule#GIVEN_NAMES}) from tagged
 * sentences, the training part of the GMB/VOA corpus: words that open person names of two or more words often
 * and are seldom anything but part of a person name. {@code GivenNamesIT} checks that the shipped file is what this
 * derives from the training part.
 */
public final class GivenNames {
    /** A word must open at least this many person names of two or more words. */
    public static final int MIN_FIRST = 3;
    /** ... be inside person names in at least this share of its occurrences. */
    public static final double MIN_PERSON_SHARE = 0.80;
    /** ... and inside location or organisation names in at most this share. */
    public static final double MAX_OTHER_SHARE = 0.15;

    /** How often a word opens a multi-word person name, is inside a person name, and occurs at all. */
    public record Counts(int first, int inPerson, int total) {
        /** The counts as the file writes them: {@code first/inPerson/total}. */
        @Override
        public String toString() {
            return first + "/" + inPerson + "/" + total;
        }
    }

    private GivenNames() {
    }

    /**
     * The given names of a tagged corpus with their counts, sorted: capitalised words of letters only that open at
     * least {@value #MIN_FIRST} person names of two or more words, are inside person names in at least
     * {@value #MIN_PERSON_SHARE} of their occurrences and inside location or organisation names in at most
     * {@value #MAX_OTHER_SHARE}.
     */
    public static Map<String, Counts> derive(List<NerSentence> sentences) {
        Map<String, int[]> c = new HashMap<>();
        for (NerSentence s : Objects.requireNonNull(sentences, "sentences")) {
            List<String> t = s.tokens();
            String[] type = new String[t.size()];
            for (Span n : s.names()) {
                for (int i = n.getStart(); i < n.getEnd(); i++) type[i] = n.getType();
                if (NerTypes.PERSON.equals(n.getType()) && n.length() >= 2) {
                    c.computeIfAbsent(t.get(n.getStart()), k -> new int[4])[0]++;
                }
            }
            for (int i = 0; i < t.size(); i++) {
                int[] v = c.computeIfAbsent(t.get(i), k -> new int[4]);
                v[3]++;
                if (NerTypes.PERSON.equals(type[i])) v[1]++;
                else if (NerTypes.LOCATION.equals(type[i]) || NerTypes.ORGANIZATION.equals(type[i])) v[2]++;
            }
        }
        Map<String, Counts> out = new TreeMap<>();
        c.forEach((w, v) -> {
            boolean shape = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
            if (shape && v[0] >= MIN_FIRST && v[1] >= MIN_PERSON_SHARE * v[3] && v[2] <= MAX_OTHER_SHARE * v[3]) {
                out.put(w, new Counts(v[0], v[1], v[3]));
            }
        });
        return out;
    }
}
