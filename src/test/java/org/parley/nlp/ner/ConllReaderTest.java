package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class ConllReaderTest {

    @Test
    void readsIob1WithInsideTagsOnly() throws IOException {
        String conll = "The O\nMad I-ORG\nCapsule I-ORG\nMarkets I-ORG\nfrom O\nJapanese I-MISC\nTokyo I-LOC\n"
                + "Kanto I-LOC\n. O\n\n-DOCSTART- O\n\nJohn I-PER\nSmith I-PER\n. O\n";
        List<NerSentence> s = ConllReader.read(new StringReader(conll), "t");
        assertEquals(2, s.size());
        assertEquals(List.of(new Span(1, 4, NerTypes.ORGANIZATION), new Span(6, 8, NerTypes.LOCATION)),
                s.get(0).names(), "MISC ignored; adjacent I-LOC tokens are one span in IOB1");
        assertEquals(List.of(new Span(0, 2, NerTypes.PERSON)), s.get(1).names());
        assertEquals(List.of("John", "Smith", "."), s.get(1).tokens());
    }

    @Test
    void readsIob2AndIob1BTagsThatSplitAdjacentNames() throws IOException {
        String conll = "EU NNP B-ORG\nrejects VBZ O\nGerman JJ B-MISC\ncall NN O\nto TO O\n"
                + "Paris NNP B-LOC\nLondon NNP B-LOC\nNew NNP B-LOC\nYork NNP I-LOC\nLondon NNP I-ORG\n";
        List<NerSentence> s = ConllReader.read(new StringReader(conll), "t");
        assertEquals(List.of(new Span(0, 1, NerTypes.ORGANIZATION), new Span(5, 6, NerTypes.LOCATION),
                new Span(6, 7, NerTypes.LOCATION), new Span(7, 9, NerTypes.LOCATION),
                new Span(9, 10, NerTypes.ORGANIZATION)), s.get(0).names());
    }

    @Test
    void rejectsLinesWithoutTags() {
        assertThrows(IOException.class, () -> ConllReader.read(new StringReader("word\n"), "t"));
        assertThrows(IOException.class, () -> ConllReader.read(new StringReader("word X-PER\n"), "t"));
    }
}
