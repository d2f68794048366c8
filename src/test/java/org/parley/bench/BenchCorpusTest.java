package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus: real sentences, readable text, distinct articles however often it is repeated. */
class BenchCorpusTest {
    private static final Path CSV = Path.of("data/training/ner_dataset.csv");

    @Test
    void detokenisesPunctuationCliticsAndQuotes() {
        List<String> words = List.of("\"", "We", "do", "n't", "agree", ",", "\"", "he", "said", "(", "in", "London", ")",
                "at", "$", "5", "or", "10", "%", ".");
        Detokenizer.Sentence s = Detokenizer.tagged(words, List.of(), 7);
        assertEquals("\"We don't agree,\" he said (in London) at $5 or 10%.", s.text());
        assertEquals(words.size(), s.tokens());
        assertEquals(7, s.index());
    }

    @Test
    void readsQuotedCsvFields() {
        assertEquals(List.of("", "10,000", "CD", "O"), BenchCorpus.SentenceReader.fields(",\"10,000\",CD,O"));
        assertEquals(List.of("", "\"", "``", "O"), BenchCorpus.SentenceReader.fields(",\"\"\"\",``,O"));
        assertEquals(List.of("Sentence: 1", "Thousands", "NNS", "O"), BenchCorpus.SentenceReader.fields("Sentence: 1,Thousands,NNS,O"));
    }

    @Test
    void repeatsTheRealNewsWithDistinctIdsAndTexts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c.jsonl");
        BenchCorpus.Written w = new BenchCorpus(CSV).write(4000, out);
        assertEquals(4000, w.articles());
        List<String> lines = Files.readAllLines(out);
        assertEquals(4000, lines.size());
        Set<String> ids = new HashSet<>(), texts = new HashSet<>();
        int firstRepetition = 0;
        for (String line : lines) {
            JsonObject o = JSON.parse(line);
            String id = o.get("id").getAsString().value();
            assertTrue(id.matches("voa-\\d{6}-r\\d+"), id);
            assertTrue(ids.add(id), "duplicate id " + id);
            assertTrue(texts.add(o.get("text").getAsString().value()), "duplicate text in " + id);
            assertTrue(o.get("url").getAsString().value().endsWith("/" + id));
            assertTrue(o.get("published").getAsString().value().matches("\\d{4}-\\d{2}-\\d{2}"));
            if (id.endsWith("-r0")) firstRepetition++;
        }
        // 47,959 sentences in 25s: 1,919 articles (the last one shorter) before the corpus repeats
        assertEquals(1919, firstRepetition);
        String text = JSON.parse(lines.get(0)).get("text").getAsString().value();
        assertTrue(text.startsWith("Thousands of demonstrators have marched through London to protest the war in Iraq"), text);
        assertTrue(text.contains("\"Bush Number One Terrorist\" and \"Stop the Bombings.\""), text);
        assertFalse(text.contains(" ,") || text.contains(" ."), text);
        assertEquals(25, text.split("(?<=[.?!\"])\\s+(?=[A-Z\"])").length, 1.5 * 25, "about 25 sentences");
    }

    @Test
    void repetitionsGroupTheSentencesDifferently() {
        Set<String> groupings = new HashSet<>();
        for (int r = 0; r < 220; r++) groupings.add(BenchCorpus.length(r) + "/" + BenchCorpus.offset(r));
        assertEquals(220, groupings.size());
        assertEquals(25, BenchCorpus.length(0));
        assertEquals(0, BenchCorpus.offset(0));
    }
}
