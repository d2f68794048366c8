package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class GmbCorpusTest {

    @Test
    void splitsQuotedFields() {
        assertEquals(List.of("", ",", ",", "O"), GmbCorpus.splitCsv(",\",\",\",\",O"));
        assertEquals(List.of("", "\"", "``", "O"), GmbCorpus.splitCsv(",\"\"\"\",``,O"));
        assertEquals(List.of("Sentence: 1", "Thousands", "NNS", "O"), GmbCorpus.splitCsv("Sentence: 1,Thousands,NNS,O"));
    }

    @Test
    void readsSentences() throws IOException {
        String csv = "Sentence #,Word,POS,Tag\r\n"
                + "Sentence: 1,Thousands,NNS,O\r\n,in,IN,O\r\n,London,NNP,B-geo\r\n,\".\",.,O\r\n"
                + "Sentence: 2,Mr.,NNP,B-per\r\n,Bush,NNP,I-per\r\n,\",\",\",\",O\r\n";
        List<GmbCorpus.Sentence> s = GmbCorpus.read(new StringReader(csv), "test");
        assertEquals(2, s.size());
        assertEquals(1, s.get(0).number());
        assertEquals(List.of("Thousands", "in", "London", "."), s.get(0).words());
        assertEquals(List.of("O", "O", "B-geo", "O"), s.get(0).tags());
        assertEquals(List.of("Mr.", "Bush", ","), s.get(1).words());
        assertEquals(",", s.get(1).pos().get(2));
    }

    @Test
    void rejectsOtherFiles() {
        assertThrows(IOException.class, () -> GmbCorpus.read(new StringReader("a,b\n"), "x"));
        assertThrows(IOException.class, () -> GmbCorpus.read(
                new StringReader("Sentence #,Word,POS,Tag\nSentence: 1,a,DT\n"), "x"));
    }
}
