package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Loads the committed model and scores it, with Parley's rules, on the first 200 sentences of wikigold and of
 * the held-out VOA part. The floors are 0.1 below what the committed model measures on these slices
 * (wikigold 0.537, held-out 0.867 with extraction version 4.6; see MODEL-CARD.md for the full sets).
 */
class NerSmokeIT {
    static final Path WIKIGOLD = Path.of("data/eval/wikigold/wikigold.conll.txt");
    static final Path DATA = Path.of("data/training");
    static final double WIKIGOLD_FLOOR = 0.43;
    static final double HELD_OUT_FLOOR = 0.77;

    static TokenNameFinderModel model;

    @BeforeAll
    static void load() throws Exception {
        model = ParleyNameFinder.loadDefaultModel();
    }

    @Test
    void wikigoldSlice() throws Exception {
        List<NerSentence> gold = ConllReader.read(WIKIGOLD).subList(0, 200);
        NerScores s = NerEvaluator.evaluate(gold, new ParleyNameFinder(model));
        assertTrue(s.overall().f1() > WIKIGOLD_FLOOR, s.table());
        assertTrue(s.of(NerTypes.LOCATION).f1() > 0.5, s.table());
    }

    @Test
    void heldOutSlice() throws Exception {
        List<NerSentence> held = NerCorpus.load(DATA).heldOut().subList(0, 200);
        NerScores s = NerEvaluator.evaluate(held, new ParleyNameFinder(model));
        assertTrue(s.overall().f1() > HELD_OUT_FLOOR, s.table());
        for (String type : NerTypes.ALL) {
            assertTrue(s.of(type).f1() > 0.65, type + "\n" + s.table());
        }
    }

    @Test
    void theCommittedModelCarriesTheLexicaTheRulesRead() {
        assertTrue(model.getArtifact(NerTrainer.BROWN_CLUSTERS) instanceof BrownClusters);
        assertTrue(model.getArtifact(NerTrainer.NAME_LISTS) instanceof NameLists lists && lists.size() > 1_000_000);
        String[] t = "The Ayalon Cave lies near Ramla .".split(" ");
        opennlp.tools.util.Span[] found = new ParleyNameFinder(model).find(t);
        assertTrue(java.util.Arrays.asList(found).contains(new opennlp.tools.util.Span(1, 3, NerTypes.LOCATION)),
                java.util.Arrays.toString(found));
    }
}
