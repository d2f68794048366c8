package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Training twice on the same sample gives models that tag identically, also after a save/load round trip. */
class NerTrainingDeterminismIT {

    @Test
    void sameDataSameTagging() throws Exception {
        NerCorpus corpus = NerCorpus.load(Path.of("data/training"));
        List<NerSentence> sample = corpus.train().subList(0, 2000);
        List<NerSentence> test = corpus.heldOut().subList(0, 300);
        NerTrainer.Config config = NerTrainer.Config.DEFAULT.with(NerTrainer.Config.DEFAULT.algorithm(), 5);
        TokenNameFinderModel a = NerTrainer.train(sample, config, Path.of("data/training"));
        TokenNameFinderModel b = NerTrainer.train(sample, config, Path.of("data/training"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        b.serialize(bytes);
        TokenNameFinderModel reloaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
        ParleyNameFinder fa = new ParleyNameFinder(a, false);
        ParleyNameFinder fb = new ParleyNameFinder(reloaded, false);
        int names = 0;
        for (NerSentence s : test) {
            Span[] x = fa.find(s.tokenArray());
            Span[] y = fb.find(s.tokenArray());
            assertArrayEquals(x, y, String.join(" ", s.tokens()));
            names += x.length;
        }
        assertTrue(names > 100, "the sample model finds names at all: " + names);
        List<String> types = new ArrayList<>();
        for (NerSentence s : test) {
            for (Span sp : fa.find(s.tokenArray())) {
                types.add(sp.getType());
            }
        }
        assertTrue(types.containsAll(NerTypes.ALL), types.toString());
    }
}
