package org.parley.nlp.ner;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Titles and honorifics that may stand before a person's name (resource {@code titles.txt}). A title is not
 * part of a name: {@code President Mahmoud Ahmadinejad} names {@code Mahmoud Ahmadinejad}.
 */
final class Titles {
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "-", "'s");
    private static final Set<String> TITLES = load();

    private Titles() {
    }

    private static Set<String> load() {
        Set<String> s = new HashSet<>();
        for (String line : ListResource.lines("titles.txt")) {
            for (String w : line.split("\\s+")) {
                s.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(s);
    }

    /** True if the token is a title or honorific (case-insensitive). */
    static boolean isTitle(String token) {
        return TITLES.contains(token.toLowerCase(Locale.ROOT));
    }

    static boolean isConnector(String token) {
        return CONNECTORS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** An upper-case abbreviation such as {@code U.S.}, {@code UN}, {@code U.N.}. */
    static boolean isAbbreviation(String token) {
        if (token.length() < 2) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(Character.isUpperCase(c) || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many leading tokens of a person span {@code [start, end)} are title material: the span is scanned from
     * the left over titles, connectors ({@code of}, {@code the}), upper-case abbreviations ({@code U.S.}) and
     * adjectives (per {@code adjective}, e.g. a demonym before a title: {@code Iranian President}); the result is
     * the number of tokens up to and including the last title met in that scan. It is at most
     * {@code end - start}; equal to it when the whole span is title material.
     *
     * @param adjective tells whether the token at an index is an adjective (may be {@code i -> false})
     */
    static int leadingTitleLength(java.util.List<String> tokens, int start, int end,
            java.util.function.IntPredicate adjective) {
        int strip = 0;
        for (int i = start; i < end; i++) {
            String t = tokens.get(i);
            if (isTitle(t)) {
                strip = i - start + 1;
            } else if (!(isConnector(t) || isAbbreviation(t) || adjective.test(i))) {
                break;
            }
        }
        return strip;
    }
}
