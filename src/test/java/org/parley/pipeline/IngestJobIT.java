package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.ingest.ArticleReader;
import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;

class IngestJobIT {
    static {
        JenaSystem.init();
    }

    static PipelineResources resources;

    @BeforeAll
    static void load() {
        resources = PipelineResources.load(ParleyNamespaces.defaults());
    }

    private static IngestReport ingest(KnowledgeStore ks, Path dir) throws InterruptedException {
        return new IngestJob(resources, ks, new IngestOptions(2, java.util.Set.of("eng"), false, false),
                new ArticleReader()).run(List.of(dir), ProgressListener.NONE);
    }

    static final Node KNOWLEDGE = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/parley/id/graph/gazetteer");

    private static Map<Node, Graph> graphs(KnowledgeStore ks) {
        return org.parley.testutil.StoreGraphs.snapshot(ks);
    }

    private static Path copySeeds(Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        try (Stream<Path> s = Files.list(Path.of("data/articles"))) {
            for (Path f : s.toList()) Files.copy(f, articles.resolve(f.getFileName()));
        }
        return articles;
    }

    @Test
    void ingestingTwiceGivesTheSameGraphAndChangingOneArticleReplacesOnlyItsGraph(@TempDir Path dir) throws Exception {
        Path articles = copySeeds(dir);
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            IngestReport first = ingest(ks, articles);
            assertEquals(5, first.added(), first.toString());
            assertTrue(first.triples() > 500);
            Map<Node, Graph> before = graphs(ks);
            assertEquals(6, before.size(), "five article graphs and the knowledge graph");
            assertTrue(before.containsKey(KNOWLEDGE));
            assertTrue(before.get(KNOWLEDGE).size() > 20, "the gazetteer's descriptions of the states and places named");

            IngestReport second = ingest(ks, articles);
            assertEquals(5, second.unchanged(), second.toString());
            assertEquals(0, second.triples());
            Map<Node, Graph> again = graphs(ks);
            assertEquals(before.keySet(), again.keySet());
            before.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(again.get(g)), "graph " + g + " unchanged"));

            Path changed = articles.resolve("001_4a8fd4bb1ed0eb13.txt");
            Files.writeString(changed, Files.readString(changed).replace("Rustem Umerov", "Rustem Umerov and Andriy Sybiha"));
            IngestReport third = ingest(ks, articles);
            assertEquals(1, third.replaced(), third.toString());
            assertEquals(4, third.unchanged());
            Map<Node, Graph> after = graphs(ks);
            assertEquals(before.keySet(), after.keySet());
            int differing = 0;
            for (Node g : before.keySet()) if (!before.get(g).isIsomorphicWith(after.get(g))) differing++;
            assertEquals(1, differing, "only the changed article's graph differs");
        }
    }

    /** Entities whose label or alias the store's text index finds for {@code word}. */
    private static java.util.Set<String> textSearch(KnowledgeStore ks, String word) {
        return org.apache.jena.system.Txn.calculateRead(ks.dataset(), () -> {
            java.util.Set<String> out = new java.util.TreeSet<>();
            try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution
                    .dataset(org.apache.jena.query.DatasetFactory.wrap(ks.dataset()))
                    .query("PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?e { ?e text:query \"" + word + "\" }")
                    .build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("e").getURI()));
            }
            return out;
        });
    }

    private static void emptyTextIndex(KnowledgeStore ks) throws Exception {
        var lucene = (org.apache.jena.query.text.TextIndexLucene) org.parley.store.TextSearch.of(ks.dataset()).orElseThrow();
        lucene.getIndexWriter().deleteAll();
        lucene.getIndexWriter().commit();
    }

    @Test
    void aRunThatWritesNoArticleLeavesLinkingAndTheTextIndexUnlessAnEarlierRunStoppedBeforeThem(@TempDir Path dir)
            throws Exception {
        Path articles = copySeeds(dir);
        Path db = dir.resolve("db");
        Path mark = db.resolve(KnowledgeStore.LINKING_PENDING);
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            org.parley.store.TextSearch.attach(ks.dataset(), db.resolve(org.parley.store.TextSearch.DIRECTORY));
            IngestReport first = ingest(ks, articles);
            assertEquals(5, first.added(), first.toString());
            assertTrue(first.stageMillis().containsKey("link"), first.toString());
            assertFalse(Files.exists(mark), "the mark is gone once linking and indexing are done");
            java.util.Set<String> umerov = textSearch(ks, "Umerov");
            assertFalse(umerov.isEmpty());
            Map<Node, Graph> before = graphs(ks);

            // nothing written: no linking, and the index is not rebuilt (emptied here, it stays empty)
            emptyTextIndex(ks);
            IngestReport second = ingest(ks, articles);
            assertEquals(5, second.unchanged(), second.toString());
            assertFalse(second.stageMillis().containsKey("link"), second.toString());
            assertTrue(textSearch(ks, "Umerov").isEmpty(), "the index was left as it was");
            assertFalse(Files.exists(mark));
            Map<Node, Graph> again = graphs(ks);
            before.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(again.get(g)), "graph " + g + " unchanged"));

            // a mark left by a run that stopped before linking: the next run links and indexes although it writes nothing
            Files.writeString(mark, "");
            IngestReport third = ingest(ks, articles);
            assertEquals(5, third.unchanged(), third.toString());
            assertTrue(third.stageMillis().containsKey("link"), third.toString());
            assertEquals(umerov, textSearch(ks, "Umerov"), "the index is rebuilt");
            assertFalse(Files.exists(mark));

            // an article written: linking and indexing run
            emptyTextIndex(ks);
            Path changed = articles.resolve("001_4a8fd4bb1ed0eb13.txt");
            Files.writeString(changed, Files.readString(changed) + "\n\nThe talks ended in the evening.\n");
            IngestReport fourth = ingest(ks, articles);
            assertEquals(1, fourth.replaced(), fourth.toString());
            assertTrue(fourth.stageMillis().containsKey("link"), fourth.toString());
            assertEquals(umerov, textSearch(ks, "Umerov"));
        }
    }

    /** How many entries the store's text index holds for each subject. */
    private static Map<String, Integer> indexEntries(KnowledgeStore ks) throws Exception {
        var lucene = (org.apache.jena.query.text.TextIndexLucene) org.parley.store.TextSearch.of(ks.dataset()).orElseThrow();
        Map<String, Integer> out = new java.util.TreeMap<>();
        try (var reader = org.apache.lucene.index.DirectoryReader.open(lucene.getIndexWriter())) {
            var stored = reader.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int d = 0; d < reader.maxDoc(); d++) {
                if (live != null && !live.get(d)) continue;
                out.merge(stored.document(d).get(org.parley.store.TextSearch.URI_FIELD), 1, Integer::sum);
            }
        }
        return out;
    }

    @Test
    void afterEachRunTheTextIndexHoldsWhatARebuildWouldAndOnlyTouchedSubjectsAreIndexedAgain(@TempDir Path dir)
            throws Exception {
        Path all = copySeeds(dir);
        List<Path> seeds;
        try (Stream<Path> s = Files.list(all)) {
            seeds = s.sorted().toList();
        }
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Path db = dir.resolve("db");
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            org.parley.store.TextSearch.attach(ks.dataset(), db.resolve(org.parley.store.TextSearch.DIRECTORY));
            var lucene = (org.apache.jena.query.text.TextIndexLucene) org.parley.store.TextSearch.of(ks.dataset()).orElseThrow();
            Files.copy(seeds.get(0), batch.resolve(seeds.get(0).getFileName()));
            Files.copy(seeds.get(1), batch.resolve(seeds.get(1).getFileName()));
            assertEquals(2, ingest(ks, batch).added());
            for (int run = 2; run <= 4; run++) {
                // an entry of a subject no article names: a rebuild would drop it, indexing the touched subjects keeps it
                org.apache.jena.query.text.Entity stray = new org.apache.jena.query.text.Entity("urn:test:stray", null);
                stray.put(org.parley.store.TextSearch.FIELD, "stray entry");
                lucene.addEntity(stray);
                lucene.commit();
                if (run == 2) {
                    for (Path p : seeds.subList(2, seeds.size())) Files.copy(p, batch.resolve(p.getFileName()));
                } else {
                    // a changed article replaces its graph: a name it gave and no longer gives leaves the index
                    Path changed = batch.resolve(seeds.get(0).getFileName());
                    String text = Files.readString(changed);
                    if (run == 3) Files.writeString(dir.resolve("original.txt"), text);
                    Files.writeString(changed, run == 3 ? "EU foreign policy chief Kaja Kallas met President Volodymyr "
                            + "Zelenskyy in Kyiv on Friday, officials said. Kallas said the talks in Istanbul must lead to a "
                            + "ceasefire.\n" : Files.readString(dir.resolve("original.txt")));
                }
                IngestReport r = ingest(ks, batch);
                assertTrue(r.added() + r.replaced() > 0, r.toString());
                Map<String, Integer> incremental = indexEntries(ks);
                assertEquals(1, incremental.get("urn:test:stray"), "run " + run + " indexed only what it touched");
                lucene.getIndexWriter().deleteDocuments(new org.apache.lucene.index.Term(org.parley.store.TextSearch.URI_FIELD, "urn:test:stray"));
                lucene.commit();
                incremental.remove("urn:test:stray");
                org.parley.store.TextSearch.rebuild(ks.dataset());
                assertEquals(indexEntries(ks), incremental, "run " + run);
                assertTrue(incremental.size() > 50, incremental.toString());
                if (run >= 3) assertEquals(run == 3, incremental.keySet().stream().anyMatch(u -> u.contains("/person/kaya-kalas")),
                        "run " + run + ": " + incremental.keySet());
            }
        }
    }

    @Test
    void theSameTextUnderTwoNamesIsOneArticle(@TempDir Path dir) throws Exception {
        Path articles = copySeeds(dir);
        Files.copy(articles.resolve("000_319887c0bcb2e2dd.txt"), articles.resolve("copy-of-000.txt"));
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            IngestReport r = ingest(ks, articles);
            assertEquals(5, r.added());
            assertEquals(1, r.skipped().size(), r.toString());
            assertTrue(r.skipped().get(0).reason().contains("duplicate"), r.toString());
            assertFalse(graphs(ks).size() > 6, "five article graphs and the knowledge graph");
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static IngestReport bulk(KnowledgeStore ks, Path dir) throws InterruptedException {
        return new IngestJob(resources, ks, new IngestOptions(2, java.util.Set.of("eng"), false, false, true),
                new ArticleReader()).run(List.of(dir), ProgressListener.NONE);
    }

    @Test
    void aBulkLoadGivesTheSameGraphsAsOrdinaryCommitsAndLeavesNoSpool(@TempDir Path dir) throws Exception {
        Path articles = copySeeds(dir);
        Map<Node, Graph> ordinary;
        IngestReport committed;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            committed = ingest(ks, articles);
            ordinary = graphs(ks);
        }
        Path db = dir.resolve("bulk-db");
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            IngestReport r = bulk(ks, articles);
            assertEquals(5, r.added(), r.toString());
            assertTrue(r.skipped().isEmpty(), r.toString());
            Map<Node, Graph> bulk = graphs(ks);
            assertEquals(ordinary.keySet(), bulk.keySet());
            // the cross-article linkers ran over the loaded graphs as after ordinary commits
            ordinary.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(bulk.get(g)), "graph " + g));
            assertEquals(committed.triples(), r.triples(), "the report counts the triples loaded");
        }
        try (Stream<Path> files = Files.list(db)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("ingest-spool-")), "the spool is deleted");
        }
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            assertThrows(IllegalStateException.class, () -> bulk(ks, articles), "a bulk load needs an empty store");
        }
    }

    @Test
    void aBulkLoadKeepsTheFirstOfTwoArticlesWithOneKey(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        String text = Files.readString(Path.of("data/articles/000_319887c0bcb2e2dd.txt"));
        String other = Files.readString(Path.of("data/articles/001_4a8fd4bb1ed0eb13.txt"));
        Files.writeString(feed, "{\"id\": \"same\", \"text\": " + quote(text) + "}\n"
                + "{\"id\": \"same\", \"text\": " + quote(other) + "}\n");
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            IngestReport r = bulk(ks, feed);
            assertEquals(1, r.added(), r.toString());
            assertEquals(1, r.skipped().size(), r.toString());
            assertTrue(r.skipped().get(0).reason().contains("twice in one bulk load"), r.toString());
            Map<Node, Graph> graphs = graphs(ks);
            assertEquals(2, graphs.size(), "one article graph and the knowledge graph: " + graphs.keySet());
            assertTrue(graphs.containsKey(KNOWLEDGE));
        }
    }
}
