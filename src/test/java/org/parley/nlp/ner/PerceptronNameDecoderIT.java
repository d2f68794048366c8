package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The perceptron decoder gives exactly OpenNLP's answers: the committed model run through {@code NameFinderME} and
 * through {@link PerceptronNameDecoder} on 1,200 held-out VOA sentences and the 1,696 wikigold sentences yields the same
 * typed spans, sentence by sentence.
 */
class PerceptronNameDecoderIT {

    @Test
    void sameSpansAsNameFinderMe() throws Exception {
        TokenNameFinderModel model = ParleyNameFinder.loadDefaultModel();
        PerceptronNameDecoder decoder = PerceptronNameDecoder.of(model);
        assertNotNull(decoder, "the committed model is a perceptron");
        NameFinderME reference = new NameFinderME(model);
        List<NerSentence> sentences = new ArrayList<>(NerCorpus.load(NerSmokeIT.DATA).heldOut().subList(0, 1200));
        sentences.addAll(ConllReader.read(NerSmokeIT.WIKIGOLD));
        int names = 0;
        for (NerSentence s : sentences) {
            String[] tokens = s.tokenArray();
            Span[] expected = reference.find(tokens);
            reference.clearAdaptiveData();
            Span[] actual = decoder.find(tokens);
            // Span.equals compares start, end and type
            assertArrayEquals(expected, actual, String.join(" ", tokens));
            names += expected.length;
        }
        assertTrue(sentences.size() > 2800, "sentences compared: " + sentences.size());
        assertTrue(names > 3000, "names compared: " + names);
    }

    /**
     * The scorer's sums (one-word features looked up once per word) are bit for bit the sums of the context
     * generator's feature strings, for every token of the sentences; and it is the scorer that the decoder uses.
     */
    @Test
    void tokenScorerSumsEqualTheGenericContextsSums() throws Exception {
        TokenNameFinderModel model = ParleyNameFinder.loadDefaultModel();
        PerceptronNameDecoder decoder = PerceptronNameDecoder.of(model);
        List<NerSentence> sentences = new ArrayList<>(NerCorpus.load(NerSmokeIT.DATA).heldOut().subList(0, 500));
        sentences.addAll(ConllReader.read(NerSmokeIT.WIKIGOLD).subList(0, 500));
        assertEquals(2, decoder.fastDictionaryParts(), "both gazetteer dictionaries find their names the fast way");
        double[] fast = new double[decoder.outcomeCount()], generic = new double[decoder.outcomeCount()];
        int tokens = 0, nonZero = 0;
        for (NerSentence s : sentences) {
            String[] t = s.tokenArray();
            var rows = decoder.rows(t);
            assertNotNull(rows, "the committed model's descriptor is split into word and sentence features");
            for (int i = 0; i < t.length; i++) {
                decoder.tokenSums(t, rows, i, fast);
                decoder.tokenSums(t, null, i, generic);
                assertArrayEquals(generic, fast, () -> String.join(" ", t));
                tokens++;
                for (double v : fast) if (v != 0) nonZero++;
            }
            decoder.endSentence();
        }
        assertTrue(tokens > 15_000, "tokens compared: " + tokens);
        assertTrue(nonZero > tokens, "the sums are not trivially zero: " + nonZero);
    }
}
