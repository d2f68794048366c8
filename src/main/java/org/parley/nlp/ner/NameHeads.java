package org.parley.nlp.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Head nouns that type a multi-word name (resource {@code name-heads.txt}): the last word of {@code Hudson
 * River} or {@code Orange County} makes it a location, the last word of {@code Acme Recording Company} an
 * organization, whatever the first words look like. Immutable.
 */
public final class NameHeads {
    private static final Map<String, String> HEADS = load();

    private NameHeads() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (String line : ListResource.lines("name-heads.txt")) {
            int colon = line.indexOf(':');
            String type = line.substring(0, colon).strip();
            if (!NerTypes.ALL.contains(type)) {
                throw new IllegalStateException("name-heads.txt: unknown type " + type);
            }
            for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                String before = m.put(w, type);
                if (before != null && !before.equals(type)) {
                    throw new IllegalStateException("name-heads.txt: " + w + " listed as " + before + " and " + type);
                }
            }
        }
        return Map.copyOf(m);
    }

    /** The type ({@link NerTypes#LOCATION} or {@link NerTypes#ORGANIZATION}) a head word gives a name, if any. */
    public static Optional<String> typeOfHead(String word) {
        return Optional.ofNullable(HEADS.get(Objects.requireNonNull(word, "word")));
    }

    /**
     * The type the head of the name {@code tokens[start, end)} gives it: the head is the last word, or in a name
     * with {@code of} ("University of Chicago", "Gulf of Mexico") the word before the first {@code of}. Names of
     * one word have no separate head (empty).
     */
    public static Optional<String> typeOf(List<String> tokens, int start, int end) {
        Objects.requireNonNull(tokens, "tokens");
        if (end - start < 2) {
            return Optional.empty();
        }
        Optional<String> last = typeOfHead(tokens.get(end - 1));
        if (last.isPresent()) {
            return last;
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (tokens.get(i).equals("of")) {
                return typeOfHead(tokens.get(i - 1));
            }
        }
        return Optional.empty();
    }
}
