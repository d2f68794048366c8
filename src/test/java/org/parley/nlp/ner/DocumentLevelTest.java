package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class DocumentLevelTest {

    @Test
    void namesFoundOnceAreFoundAgainInTheSameDocument() {
        List<String[]> doc = List.of(
                "Brian Bobick played for Perth Glory .".split(" "),
                "Bobick left Perth Glory in 2004 .".split(" "),
                "Glory Days is an album by Bobick Smith .".split(" "));
        List<Span[]> first = List.of(
                new Span[] {new Span(0, 2, NerTypes.PERSON), new Span(4, 6, NerTypes.ORGANIZATION)},
                new Span[0],
                new Span[0]);
        List<Span[]> out = ParleyNameFinder.propagate(doc, first);
        assertArrayEquals(first.get(0), out.get(0));
        assertArrayEquals(new Span[] {new Span(0, 1, NerTypes.PERSON), new Span(2, 4, NerTypes.ORGANIZATION)},
                out.get(1));
        assertArrayEquals(new Span[0], out.get(2), "part of a longer capitalised run: not a repeat of the name");
    }

    @Test
    void aNameTypedTwoWaysTakesTheTypeOfMostOfItsMentionsWhenAsked() {
        List<String[]> doc = List.of(
                "Jordan Valley farmers met in Jordan Valley .".split(" "),
                "Jordan Valley exports dates .".split(" "),
                "Sutton Hoo and Sutton Hoo differ .".split(" "));
        List<Span[]> first = List.of(
                new Span[] {new Span(0, 2, NerTypes.LOCATION), new Span(5, 7, NerTypes.LOCATION)},
                new Span[] {new Span(0, 2, NerTypes.ORGANIZATION)},
                new Span[] {new Span(0, 2, NerTypes.PERSON), new Span(3, 5, NerTypes.LOCATION)});
        List<Span[]> out = ParleyNameFinder.propagate(doc, first, true);
        assertArrayEquals(new Span[] {new Span(0, 2, NerTypes.LOCATION)}, out.get(1), "two location votes to one");
        assertArrayEquals(first.get(2), out.get(2), "a tie keeps each mention's type");
        assertArrayEquals(first.get(1), ParleyNameFinder.propagate(doc, first).get(1), "off: types stay");
    }

    @Test
    void aOneWordNameThatIsPartOfAPersonNameInTheDocumentIsThatPerson() {
        List<String[]> doc = List.of(
                "Angelo Fresquet grew up in Miami .".split(" "),
                "Friends recall how Angelo met Fresquito in Perth .".split(" "));
        List<Span[]> first = List.of(
                new Span[] {new Span(0, 2, NerTypes.PERSON), new Span(5, 6, NerTypes.LOCATION)},
                new Span[] {new Span(3, 4, NerTypes.ORGANIZATION), new Span(5, 6, NerTypes.PERSON),
                    new Span(7, 8, NerTypes.LOCATION)});
        List<Span[]> out = ParleyNameFinder.propagate(doc, first, false, true);
        assertArrayEquals(new Span[] {new Span(3, 4, NerTypes.PERSON), new Span(5, 6, NerTypes.PERSON),
            new Span(7, 8, NerTypes.LOCATION)}, out.get(1), "the given name of Angelo Fresquet");
        assertArrayEquals(first.get(1), ParleyNameFinder.propagate(doc, first, false, false).get(1), "off: types stay");
        assertArrayEquals(first.get(1), ParleyNameFinder.propagate(doc, first, false, true, "Angelo"::equals).get(1),
                "a word the name lists type otherwise keeps its type");
    }

    @Test
    void aNamePartFoundAgainWhereTheModelMissedItIsThePerson() {
        List<String[]> doc = List.of(
                "Angelo Fresquet grew up in Miami .".split(" "),
                "Friends recall how Angelo danced .".split(" "),
                "Years later Angelo moved .".split(" "));
        List<Span[]> first = List.of(
                new Span[] {new Span(0, 2, NerTypes.PERSON), new Span(5, 6, NerTypes.LOCATION)},
                new Span[] {new Span(3, 4, NerTypes.ORGANIZATION)},
                new Span[0]);
        List<Span[]> out = ParleyNameFinder.propagate(doc, first, false, true);
        assertArrayEquals(new Span[] {new Span(2, 3, NerTypes.PERSON)}, out.get(2),
                "found again by its text, typed as part of a person's name");
        assertArrayEquals(new Span[] {new Span(2, 3, NerTypes.ORGANIZATION)},
                ParleyNameFinder.propagate(doc, first, false, false).get(2), "off: the type of the text found");
    }

    @Test
    void readsDocumentsAndScoresThem() throws IOException {
        String conll = "Bobick I-PER\nwon O\n\nBobick I-PER\nlost O\n\n-DOCSTART- O\n\nBobick I-PER\nran O\n\n"
                + "-DOCSTART- O\n\n";
        List<List<NerSentence>> docs = ConllReader.readDocuments(new StringReader(conll), "t");
        assertEquals(2, docs.size());
        assertEquals(2, docs.get(0).size());
        assertEquals(1, docs.get(1).size());
        // a finder that finds a name only in the first sentence of each document
        NerScores s = NerEvaluator.evaluateDocuments(docs, sentences -> {
            Span[][] r = new Span[sentences.size()][0];
            r[0] = new Span[] {new Span(0, 1, NerTypes.PERSON)};
            return List.of(r);
        });
        assertEquals(new NerScores.Counts(2, 0, 1), s.overall());
        assertEquals(3, s.sentences());
    }
}
