package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class NerEvaluatorTest {
    // gold: PER 0-2, LOC 3-4, ORG 5-7 ; second sentence: LOC 0-1
    private static final NerSentence JOHN = new NerSentence(List.of("John", "Smith", "in", "Paris", "for", "Acme", "Corp", "."),
            List.of(new Span(0, 2, NerTypes.PERSON), new Span(3, 4, NerTypes.LOCATION),
                    new Span(5, 7, NerTypes.ORGANIZATION)));
    private static final NerSentence BERLIN = new NerSentence(List.of("Berlin", "wins"), List.of(new Span(0, 1, NerTypes.LOCATION)));

    @Test
    void countsExactSpansPerTypeAndOverall() {
        Map<String, Span[]> predictions = Map.of(
                // PER exact (tp), LOC exact (tp), ORG too short (fp + fn), a MISC prediction (ignored)
                "John", new Span[] {new Span(0, 2, NerTypes.PERSON), new Span(3, 4, NerTypes.LOCATION),
                        new Span(5, 6, NerTypes.ORGANIZATION), new Span(7, 8, "misc")},
                // LOC typed as ORG: fp for ORG, fn for LOC
                "Berlin", new Span[] {new Span(0, 1, NerTypes.ORGANIZATION)});
        NerScores s = NerEvaluator.evaluate(List.of(JOHN, BERLIN), tokens -> predictions.get(tokens[0]));
        assertEquals(new NerScores.Counts(1, 0, 0), s.of(NerTypes.PERSON));
        assertEquals(new NerScores.Counts(1, 0, 1), s.of(NerTypes.LOCATION));
        assertEquals(new NerScores.Counts(0, 2, 1), s.of(NerTypes.ORGANIZATION));
        NerScores.Counts all = s.overall();
        assertEquals(new NerScores.Counts(2, 2, 2), all);
        assertEquals(0.5, all.precision(), 1e-12);
        assertEquals(0.5, all.recall(), 1e-12);
        assertEquals(0.5, all.f1(), 1e-12);
        assertEquals(0.5, s.of(NerTypes.LOCATION).recall(), 1e-12);
        assertEquals(1.0, s.of(NerTypes.LOCATION).precision(), 1e-12);
        assertEquals(2.0 / 3, s.of(NerTypes.LOCATION).f1(), 1e-12);
        assertEquals(0.0, s.of(NerTypes.ORGANIZATION).f1(), 1e-12);
        String table = s.table();
        assertTrue(table.contains("location"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("overall") && l.endsWith("0.5000")), table);
    }

    @Test
    void emptyPredictionsScoreZero() {
        NerSentence a = new NerSentence(List.of("Paris"), List.of(new Span(0, 1, NerTypes.LOCATION)));
        NerScores s = NerEvaluator.evaluate(List.of(a), t -> new Span[0]);
        assertEquals(new NerScores.Counts(0, 0, 1), s.overall());
        assertEquals(0.0, s.overall().f1());
    }

    @Test
    void writesEveryErrorWithTheOverlappingNamesOfTheOtherSide() {
        java.io.StringWriter text = new java.io.StringWriter();
        NerScores s = NerEvaluator.evaluateDocuments(List.of(List.of(JOHN), List.of(BERLIN)), doc -> List.<Span[]>of(
                doc.get(0)[0].equals("John")
                        ? new Span[] {new Span(0, 2, NerTypes.PERSON), new Span(5, 6, NerTypes.ORGANIZATION)}
                        : new Span[] {new Span(0, 1, NerTypes.ORGANIZATION), new Span(1, 2, NerTypes.PERSON)}),
                new java.io.PrintWriter(text, true));
        assertEquals(new NerScores.Counts(1, 3, 3), s.overall());
        List<String> lines = text.toString().lines().sorted().toList();
        assertEquals(List.of(
                "1\t1\tFN\tlocation\tParis\t-",
                "1\t1\tFN\torganization\tAcme Corp\torganization:Acme",
                "1\t1\tFP\torganization\tAcme\torganization:Acme Corp",
                "2\t1\tFN\tlocation\tBerlin\torganization:Berlin",
                "2\t1\tFP\torganization\tBerlin\tlocation:Berlin",
                "2\t1\tFP\tperson\twins\t-"), lines);
    }
}
