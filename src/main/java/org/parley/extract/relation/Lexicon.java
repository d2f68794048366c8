package org.parley.extract.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists of the relation rules, read from {@code relation-lexicon.tsv} next to this class: one word a line
 * with its class ({@code qualifier}, {@code drop}, {@code past}, {@code affiliation-role}, ...).
 */
final class Lexicon {
    private final Map<String, Set<String>> byClass;

    private Lexicon(Map<String, Set<String>> byClass) {
        this.byClass = byClass;
    }

    static Lexicon load() {
        String name = "relation-lexicon.tsv";
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null)
            throw new IllegalStateException("missing resource org/parley/extract/relation/" + name);
        Map<String, Set<String>> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                String[] f = line.split("\t");
                if (f.length < 2)
                    throw new IllegalStateException(name + ": expected word<TAB>class: " + line);
                map.computeIfAbsent(f[1].strip(), k -> new TreeSet<>()).add(f[0].strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new Lexicon(map);
    }

    boolean has(String wordClass, String lowerWord) {
        Set<String> s = byClass.get(wordClass);
        return s != null && s.contains(lowerWord);
    }
}
