package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

class NerTrainerTest {

    @Test
    void honorificFreeCopyDeletesHonorificsBeforePersons() {
        NerSentence s = new NerSentence(List.of("Mr.", "Bush", "met", "Dr.", "Ali", "Khan", "in", "Kabul"),
                List.of(new Span(1, 2, NerTypes.PERSON), new Span(4, 6, NerTypes.PERSON),
                        new Span(7, 8, NerTypes.LOCATION)));
        NerSentence c = NerTrainer.withoutHonorifics(s);
        assertEquals(List.of("Bush", "met", "Ali", "Khan", "in", "Kabul"), c.tokens());
        assertEquals(List.of(new Span(0, 1, NerTypes.PERSON), new Span(2, 4, NerTypes.PERSON),
                new Span(5, 6, NerTypes.LOCATION)), c.names());
        assertNull(NerTrainer.withoutHonorifics(new NerSentence(List.of("Mr.", "Smith", "left"), List.of())),
                "no copy when the honorific is not before a person span");
    }

    @Test
    void givenNamesAreFirstTokensOfRepeatedMultiTokenPersonNames() {
        NerSentence a = new NerSentence(List.of("John", "Smith", "and", "Kofi", "Annan"),
                List.of(new Span(0, 2, NerTypes.PERSON), new Span(3, 5, NerTypes.PERSON)));
        NerSentence b = new NerSentence(List.of("John", "Doe", "saw", "Paris"),
                List.of(new Span(0, 2, NerTypes.PERSON), new Span(3, 4, NerTypes.LOCATION)));
        Dictionary d = NerTrainer.givenNames(List.of(a, b));
        assertTrue(d.contains(new StringList("John")));
        assertEquals(1, d.size(), "Kofi was seen once only");
    }

    @Test
    void findsClusterSizesInDescriptor() {
        assertEquals(List.of(64, 512), NerTrainer.clusterSizes(
                "<str name=\"dict\">parley-c64.clusters</str> x parley-c512.clusters parley-c64.clusters"));
    }
}
