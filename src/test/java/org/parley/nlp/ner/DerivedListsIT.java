package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The word lists the name rules read are what their derivations give on the training part of the corpus shipped in
 * {@code data/training}: re-deriving {@code given-names.txt}, {@code common-words.txt} and {@code training-names.txt}
 * reproduces them exactly, so
 * they can be rebuilt, and no held-out or test text went into them.
 */
class DerivedListsIT {
    static List<NerSentence> train;

    @BeforeAll
    static void load() throws Exception {
        train = NerCorpus.load(NerSmokeIT.DATA).train();
    }

    @Test
    void givenNamesAreDerivedFromTheTrainingPart() {
        Map<String, GivenNames.Counts> derived = GivenNames.derive(train);
        List<String> lines = new ArrayList<>();
        derived.forEach((w, c) -> lines.add(w + " " + c));
        List<String> shipped = ListResource.lines("given-names.txt");
        assertEquals(shipped, lines);
        assertTrue(derived.containsKey("John") && derived.size() > 300, derived.size() + " given names");
    }

    @Test
    void commonWordsAreDerivedFromTheTrainingPart() {
        Set<String> shipped = new TreeSet<>(ListResource.lines("common-words.txt"));
        assertEquals(shipped, CommonWords.derive(train));
        assertTrue(shipped.contains("government") && shipped.size() > 4000, shipped.size() + " common words");
    }

    @Test
    void trainingNamesAreTheNamesOfTheTrainingPart() {
        java.util.List<String> shipped = ListResource.lines("training-names.txt");
        assertEquals(new ArrayList<>(TrainingNames.derive(train)), shipped);
        assertTrue(TrainingNames.contains("Tehran") && !TrainingNames.contains("Perth Glory"));
    }
}
