package org.parley.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.parley.knowledge.KnownEntity;
import org.parley.model.EntityType;

/**
 * Measures {@link NameKey} on names whose identity is known: the gazetteer's places, each with a Wikidata
 * id and its alternative spellings. A <em>false merge</em> is a pair of different places (different ids)
 * whose names get the same key although they differ after plain folding (case, diacritics, punctuation),
 * so the merge is the transliteration rules' doing; a <em>variant match</em> is a pair of spellings of the
 * same place, at most three letters apart (transliteration variants, not other names), that plain folding
 * keeps apart and the key brings together.
 */
public final class NameKeyEvaluation {
    /**
     * The figures.
     *
     * @param entities        places measured
     * @param names           distinct (place, name) pairs
     * @param falseMergePairs pairs of different places merged by the rules alone
     * @param keysWithFalseMerges name keys shared by different places because of the rules
     * @param variantPairs    pairs of spellings of one place at most 3 edits apart that plain folding keeps apart
     * @param variantMatches  of those, the pairs the key brings together
     * @param examples        a few false merges, for reading
     */
    public record Result(int entities, int names, long falseMergePairs, int keysWithFalseMerges, long variantPairs,
                         long variantMatches, List<String> examples) {
        /** False merges per place: how likely a place is merged with another by the rules. */
        public double falseMergeRate() {
            return entities == 0 ? 0 : (double) keysWithFalseMerges / entities;
        }

        public double variantRecall() {
            return variantPairs == 0 ? 0 : (double) variantMatches / variantPairs;
        }
    }

    private NameKeyEvaluation() {}

    public static Result evaluate(Iterable<KnownEntity> known) {
        Objects.requireNonNull(known, "known");
        Map<String, Map<String, Set<String>>> byKey = new HashMap<>();   // key -> plain fold -> entity ids
        int entities = 0, names = 0;
        long variantPairs = 0, variantMatches = 0;
        for (KnownEntity e : known) {
            if (e.type() != EntityType.PLACE || e.wikidata() == null) continue;
            entities++;
            List<String> folds = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (String n : new HashSet<>(e.names())) {
                String fold = plainFold(n), key = NameKey.of(n);
                if (key.isEmpty() || folds.contains(fold)) continue;
                names++;
                folds.add(fold);
                keys.add(key);
                byKey.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(fold, f -> new HashSet<>()).add(e.wikidata());
            }
            for (int i = 0; i < folds.size(); i++)
                for (int j = i + 1; j < folds.size(); j++) {
                    if (editDistance(folds.get(i), folds.get(j), 3) > 3) continue;
                    variantPairs++;
                    if (keys.get(i).equals(keys.get(j))) variantMatches++;
                }
        }
        long falsePairs = 0;
        int keysWithFalse = 0;
        List<String> examples = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            Map<String, Set<String>> folds = entry.getValue();
            if (folds.size() < 2) continue;
            List<Map.Entry<String, Set<String>>> list = new ArrayList<>(folds.entrySet());
            boolean any = false;
            for (int i = 0; i < list.size(); i++)
                for (int j = i + 1; j < list.size(); j++)
                    for (String a : list.get(i).getValue())
                        for (String b : list.get(j).getValue())
                            if (!a.equals(b) && !(list.get(i).getValue().contains(b) || list.get(j).getValue().contains(a))) {
                                falsePairs++;
                                any = true;
                                if (examples.size() < 10)
                                    examples.add(list.get(i).getKey() + " (" + a + ") ~ " + list.get(j).getKey() + " (" + b + ")");
                            }
            if (any) keysWithFalse++;
        }
        examples.sort(null);
        return new Result(entities, names, falsePairs, keysWithFalse, variantPairs, variantMatches, List.copyOf(examples));
    }

    /**
     * Groups of different spellings (after plain folding) of multi-word person names that the name keys
     * join, for reading by hand: each group should be one person.
     */
    public static List<java.util.SortedSet<String>> joinedSpellings(Iterable<String> personNames) {
        Map<String, java.util.SortedSet<String>> byKey = new java.util.TreeMap<>();
        for (String n : personNames)
            if (n.trim().indexOf(' ') > 0) byKey.computeIfAbsent(NameKey.of(n), k -> new java.util.TreeSet<>()).add(n);
        List<java.util.SortedSet<String>> out = new ArrayList<>();
        for (java.util.SortedSet<String> names : byKey.values()) {
            Set<String> folds = new HashSet<>();
            for (String n : names) folds.add(plainFold(n));
            if (folds.size() > 1) out.add(names);
        }
        return out;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Case, diacritics and punctuation folded away; nothing else. */
    static String plainFold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9]+", " ").trim();
    }
}
