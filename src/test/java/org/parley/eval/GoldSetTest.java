package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.ArticleSink;
import org.parley.ingest.IngestProblem;
import org.parley.model.Article;

/** The gold files shipped in {@code data/eval/facts} are well formed and consistent with their texts; the reader is strict. */
class GoldSetTest {
    static final Path DIR = GoldSet.DEFAULT_DIR;
    static Map<String, List<GoldDocument>> parts;

    @BeforeAll
    static void readAll() throws GoldFormatException {
        parts = GoldSet.read(DIR, List.of("all"));
    }

    static String textOf(GoldDocument d) throws IOException {
        if (d.text() != null) return d.text();
        return Files.readString(GoldSet.resolveFile(DIR, d), StandardCharsets.UTF_8);
    }

    static boolean occurs(String text, String s) {
        return text.contains(s) || text.contains(Normalizer.normalize(s, Normalizer.Form.NFC));
    }

    @Test
    void theSeedPartIsThereWithTheFiveArticles() {
        List<GoldDocument> seeds = parts.get("seeds");
        assertNotNull(seeds, "seeds.jsonl is missing");
        assertEquals(List.of("data/articles/000_319887c0bcb2e2dd.txt", "data/articles/001_4a8fd4bb1ed0eb13.txt",
                "data/articles/002_8cdb4aa7376b1dc0.txt", "data/articles/003_cc0198c9900a5ea4.txt",
                "data/articles/004_eaec5825e0824157.txt"), seeds.stream().map(GoldDocument::file).toList());
        for (GoldDocument d : seeds) {
            assertTrue(d.entities().size() >= 10, d.id());
            assertTrue(d.relations().size() >= 1 && d.events().size() >= 5, d.id());
        }
    }

    @Test
    void everySurfaceStringOccursInTheDocumentText() throws IOException {
        int checked = 0;
        for (List<GoldDocument> part : parts.values())
            for (GoldDocument d : part) {
                String text = textOf(d);
                List<String> strings = new ArrayList<>();
                d.entities().forEach(e -> strings.add(e.text()));
                for (GoldDocument.Relation r : d.relations()) {
                    strings.add(r.subject());
                    if (r.object() != null) strings.add(r.object());
                    strings.add(r.evidence());
                }
                for (GoldDocument.Event e : d.events()) {
                    strings.add(e.trigger());
                    strings.add(e.evidence());
                    if (e.place() != null) strings.add(e.place());
                    if (e.name() != null) strings.add(e.name());
                    e.participants().forEach(p -> strings.add(p.entity()));
                }
                for (String s : strings) {
                    assertTrue(occurs(text, s), d.origin() + ": '" + s + "' does not occur in the text");
                    checked++;
                }
            }
        assertTrue(checked > 500, "checked " + checked);
    }

    /**
     * Relation subjects and event places are names of the document; objects and participants may also be a
     * demonym where the document does not name the state ("Egyptian President …", GUIDELINES.md), so for them
     * occurring in the text is checked above. Triggers lie in their evidence.
     */
    @Test
    void subjectsAndPlacesAreEntitiesOfTheDocumentAndTriggersLieInTheirEvidence() {
        for (List<GoldDocument> part : parts.values())
            for (GoldDocument d : part) {
                Set<String> names = new HashSet<>();
                d.entities().forEach(e -> names.add(e.text()));
                for (GoldDocument.Relation r : d.relations())
                    assertTrue(names.contains(r.subject()), d.origin() + ": subject " + r.subject() + " is not an entity");
                for (GoldDocument.Event e : d.events()) {
                    assertTrue(e.evidence().contains(e.trigger()), d.origin() + ": trigger '" + e.trigger() + "' outside its evidence");
                    assertTrue(e.place() == null || names.contains(e.place()), d.origin() + ": place " + e.place() + " is not an entity");
                }
            }
    }

    @Test
    void inTheSeedsEveryEntityStringIsAName() {
        // the seeds name every state they mention, so no demonym is needed as an object or participant
        for (GoldDocument d : parts.get("seeds")) {
            Set<String> names = new HashSet<>();
            d.entities().forEach(e -> names.add(e.text()));
            for (GoldDocument.Relation r : d.relations())
                assertTrue(r.object() == null || names.contains(r.object()), d.origin() + ": object " + r.object());
            for (GoldDocument.Event e : d.events())
                e.participants().forEach(p -> assertTrue(names.contains(p.entity()), d.origin() + ": participant " + p.entity()));
        }
    }

    @Test
    void entitiesAreDistinctAndRelationsAreNotRepeated() {
        for (List<GoldDocument> part : parts.values())
            for (GoldDocument d : part) {
                Set<GoldDocument.Entity> es = new HashSet<>(d.entities());
                assertEquals(d.entities().size(), es.size(), d.origin() + ": an entity (text, type) is listed twice");
                Set<List<Object>> rs = new HashSet<>();
                for (GoldDocument.Relation r : d.relations())
                    assertTrue(rs.add(java.util.Arrays.asList(r.type(), r.subject(), r.object(), r.post())),
                            d.origin() + ": relation listed twice: " + r);
            }
    }

    @Test
    void seedPublicationDatesAreTheOnesIngestReads() {
        for (GoldDocument d : parts.get("seeds")) {
            List<Article> read = new ArrayList<>();
            new ArticleReader().read(List.of(GoldSet.resolveFile(DIR, d)), new ArticleSink() {
                @Override
                public void article(Article a) {
                    read.add(a);
                }

                @Override
                public void problem(IngestProblem p) {
                    throw new AssertionError(p.toString());
                }
            });
            assertEquals(1, read.size());
            assertEquals(read.get(0).published(), d.published(), d.origin());
        }
    }

    @Test
    void theVoaPartsHaveEnoughSentencesWhenTheyExist() {
        for (String[] p : new String[][] {{"dev", "150"}, {"test", "60"}}) {
            if (!Files.exists(DIR.resolve(GoldSet.PARTS.get(p[0])))) continue;
            int n = parts.get(p[0]).stream().mapToInt(GoldDocument::sentences).sum();
            assertTrue(n >= Integer.parseInt(p[1]), p[0] + " has " + n + " sentences");
            for (GoldDocument d : parts.get(p[0]))
                assertNotNull(d.text(), d.origin() + ": VOA documents carry their text");
        }
    }

    // ---- the reader ----

    static final String OK = "{\"id\":\"a\",\"source\":\"s\",\"published\":null,\"text\":\"Russia and Ukraine met.\","
            + "\"sentences\":1,\"entities\":[{\"text\":\"Russia\",\"type\":\"STATE\"}],\"relations\":[],\"events\":[]}";

    @Test
    void readsAValidLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dev-voa.jsonl"), OK + "\n\n");
        List<GoldDocument> docs = GoldSet.read(dir, List.of("dev")).get("dev");
        assertEquals(1, docs.size());
        assertEquals(List.of(new GoldDocument.Entity("Russia", org.parley.model.EntityType.STATE)), docs.get(0).entities());
        assertEquals(dir.resolve("dev-voa.jsonl") + ":1", docs.get(0).origin());
    }

    @Test
    void refusesWhatTheFormatDoesNotAllowWithFileAndLine(@TempDir Path dir) throws IOException {
        String[][] bad = {
                {OK.replace("\"STATE\"", "\"COUNTRY\""), "COUNTRY"},
                {OK.replace("\"sentences\"", "\"sentense\""), "unknown key 'sentense'"},
                {OK.replace("\"events\":[]", "\"events\":[{\"type\":\"MEETING\",\"status\":\"HAPPENED\",\"trigger\":\"met\","
                        + "\"participants\":[],\"evidence\":\"met\"}]"), "HAPPENED"},
                {OK.replace("\"events\":[]", "\"events\":[{\"type\":\"MEETING\",\"status\":\"OCCURRED\",\"trigger\":\"met\","
                        + "\"time\":\"May 2025\",\"participants\":[],\"evidence\":\"met\"}]"), "May 2025"},
                {OK.replace("\"events\":[]", "\"events\":[{\"type\":\"MEETING\",\"status\":\"OCCURRED\",\"trigger\":\"met\","
                        + "\"time\":\"2025-13\",\"participants\":[],\"evidence\":\"met\"}]"), "2025-13"},
                {OK.replace("\"relations\":[]", "\"relations\":[{\"type\":\"HOLDS_POST\",\"subject\":\"Russia\",\"object\":null,"
                        + "\"post\":null,\"evidence\":\"Russia\"}]"), "needs a post"},
                {OK.replace(",\"text\":\"Russia and Ukraine met.\"", ""), "either text or file"},
                {OK.substring(0, 40), ""},
        };
        for (String[] b : bad) {
            Path f = dir.resolve("seeds.jsonl");
            Files.writeString(f, OK.replace("\"a\"", "\"z\"") + "\n" + b[0] + "\n");
            GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldSet.readFile(f), b[0]);
            assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
            assertTrue(e.getMessage().contains(b[1]), e.getMessage());
        }
        Path dup = dir.resolve("test-voa.jsonl");
        Files.writeString(dup, OK + "\n" + OK + "\n");
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldSet.readFile(dup)).getMessage().contains(":2: duplicate id a"));
    }

    @Test
    void partNames(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), GoldSet.expand(dir, List.of("all")));
        Files.writeString(dir.resolve("seeds.jsonl"), OK);
        Files.writeString(dir.resolve("dev-voa.jsonl"), OK);
        assertEquals(List.of("dev", "seeds"), GoldSet.expand(dir, List.of("all")));
        assertEquals(List.of("test", "dev"), GoldSet.expand(dir, List.of("test", "dev", "test")));
        assertThrows(IllegalArgumentException.class, () -> GoldSet.expand(dir, List.of("train")));
    }
}
