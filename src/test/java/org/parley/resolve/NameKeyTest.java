package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.parley.knowledge.Gazetteer;

class NameKeyTest {
    @Test
    void transliterationVariantsShareAKey() {
        for (String[] same : new String[][] {{"Zelenskyy", "Zelensky", "Zelenskiy"}, {"Medinsky", "Medinskyy"},
                {"Zaporizhzhia", "Zaporizhzhya", "Zaporizhia"}, {"Dolmabahçe Palace", "Dolmabahce Palace"},
                {"Erdoğan", "Erdogan"}, {"Mariya", "Maria"}, {"Volodymyr Zelenskyy", "Volodymyr  Zelensky"}}) {
            for (String s : same) assertEquals(NameKey.of(same[0]), NameKey.of(s), s + " ~ " + same[0]);
        }
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(NameKey.of("Putin"), NameKey.of("Putina"));
        assertNotEquals(NameKey.of("Volodymyr Zelensky"), NameKey.of("Olena Zelenska"));
        assertNotEquals(NameKey.of("Rubio"), NameKey.of("Rubin"));
        assertEquals("zelensky", NameKey.lastWord("Volodymyr Zelenskyy"));
    }

    @Test
    void joinedSpellingsListOnlyGroupsThatPlainFoldingKeepsApart() {
        var groups = NameKeyEvaluation.joinedSpellings(java.util.List.of("Dmitri Medvedev", "Dmitry Medvedev",
                "Rafik Hariri", "RAFIK HARIRI", "Putin", "Poutine", "Ann Lee", "Tom Lee"));
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(java.util.Set.of("Dmitri Medvedev", "Dmitry Medvedev"), groups.get(0));
    }

    @Test
    void onGazetteerPlacesTheRulesRarelyMergeDifferentPlaces() {
        NameKeyEvaluation.Result r = NameKeyEvaluation.evaluate(Gazetteer.loadDefault().all());
        assertTrue(r.entities() > 5_000, r.toString());
        assertTrue(r.falseMergeRate() < 0.01, "false-merge rate " + r.falseMergeRate());
        assertTrue(r.variantMatches() > 100, r.toString());
        assertTrue(NameKeyEvaluation.editDistance("kyiv", "kiev", 3) == 2);
    }
}
