package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.ingest.ArticleReader;
import org.parley.ingest.ArticleSink;
import org.parley.ingest.IngestProblem;
import org.parley.model.Article;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.StageTimer;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;
import org.parley.testutil.ChildJvm;
import org.parley.testutil.Corpus;
import org.parley.testutil.Sparql;

/**
 * Crashes: {@code parley ingest} in a child JVM, killed with SIGKILL at random moments (before the first article,
 * between articles, in the middle of one, while linking). After each kill the store opens, every article graph in
 * it is whole (equal to the graph an uninterrupted run writes for that article), and a re-run completes to exactly
 * the graph an uninterrupted run gives. And a second process opening a store in use gets a clear message.
 *
 * <p>In CI: {@value #DEFAULT_KILLS} kills over {@value #DEFAULT_ARTICLES} articles. The full run:
 * {@code ./mvnw verify -Dit.test=CrashRecoveryIT -Dparley.crash.kills=20 -Dparley.crash.articles=40}.
 */
class CrashRecoveryIT {
    static final int DEFAULT_KILLS = 5;
    static final int DEFAULT_ARTICLES = 16;
    static final int KILLS = Integer.getInteger("parley.crash.kills", DEFAULT_KILLS);
    static final int ARTICLES = Integer.getInteger("parley.crash.articles", DEFAULT_ARTICLES);
    static final long SEED = Long.getLong("parley.crash.seed", 17L);
    private static final Logger figures = LoggerFactory.getLogger("figures");

    @TempDir
    static Path tmp;
    static Path corpus, referenceDb;
    /** The graphs of an uninterrupted run, by graph name: after cross-article linking, and as first written. */
    static Map<Node, Graph> reference, unlinked;
    /** The knowledge graph of the uninterrupted run: the gazetteer's descriptions of the entities its articles name. */
    static Graph referenceKnowledge;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        corpus = tmp.resolve("corpus");
        Corpus.write(corpus, ARTICLES);
        referenceDb = tmp.resolve("reference-db");
        CliHarness run = CliHarness.run("ingest", "--db", referenceDb.toString(), "--threads", "1", corpus.toString());
        assertEquals(ParleyCli.OK, run.exitCode(), run.err());
        reference = graphs(referenceDb);
        assertEquals(ARTICLES, reference.size());
        referenceKnowledge = knowledge(referenceDb);
        assertFalse(referenceKnowledge.isEmpty());

        // each article's graph as the pipeline writes it, before linking surnames across articles
        PipelineResources resources = PipelineResources.load(ParleyNamespaces.defaults());
        ArticlePipeline pipeline = ArticlePipeline.create(resources, new StageTimer());
        unlinked = new HashMap<>();
        new ArticleReader().read(List.of(corpus), new ArticleSink() {
            @Override
            public void article(Article a) {
                ArticleGraph g = pipeline.process(a).graph();
                unlinked.put(g.graphName(), g.graph());
            }

            @Override
            public void problem(IngestProblem p) {
                throw new AssertionError(p.toString());
            }
        });
        assertEquals(reference.keySet(), unlinked.keySet());
    }

    @Test
    void killedAtRandomMomentsTheStoreKeepsWholeArticlesAndAReRunGivesTheUninterruptedGraph() throws Exception {
        Random random = new Random(SEED);
        int kills = 0, attempts = 0, rerunsEqual = 0, replayed = 0;
        List<String> seen = new ArrayList<>();
        while (kills < KILLS) {
            assertTrue(attempts++ < KILLS * 3, "too many runs ended before they could be killed: " + seen);
            // stratified: kill number i aims at the i-th slice of the run (articles finished before the kill)
            int afterArticles = (int) ((kills + random.nextDouble()) * (ARTICLES + 1) / KILLS);
            long delayMillis = random.nextInt(600);
            Path db = tmp.resolve("db-" + attempts);
            String childOutput;
            try (ChildJvm child = ChildJvm.parley(List.of("-Dparley.test.ingestLog=DEBUG"),
                    // batches of 2: a run this short is otherwise one commit, and the kills would find the store
                    // empty or full, never between commits; eight commits a run, so kills often land in one
                    "ingest", "--db", db.toString(), "--threads", "1", "--batch-articles", "2", corpus.toString())) {
                child.awaitLines(l -> l.contains(": ADDED ("), afterArticles, Duration.ofMinutes(5));
                Thread.sleep(delayMillis);
                boolean killed = child.kill9();
                childOutput = child.output();
                if (!killed) {
                    seen.add("finished before the kill at " + afterArticles + "+" + delayMillis + " ms");
                    continue;
                }
            }
            kills++;
            // a journal left behind: the kill came during a commit, and opening the store replays it
            if (journalBytes(db) > 0) replayed++;

            // the store opens, and every article in it is whole: as first written, or as linked at the end
            int present, linked = 0;
            try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
                assertTrue(Txn.calculateRead(ks.dataset(), () -> ks.dataset().getDefaultGraph().isEmpty()));
                Map<Node, Graph> got = graphs(ks);
                present = got.size();
                boolean anyUnlinkedOnly = false, anyLinkedOnly = false;
                for (Map.Entry<Node, Graph> e : got.entrySet()) {
                    Graph g = e.getValue();
                    assertTrue(reference.containsKey(e.getKey()), "unknown graph " + e.getKey());
                    boolean asWritten = g.isIsomorphicWith(unlinked.get(e.getKey()));
                    boolean asLinked = g.isIsomorphicWith(reference.get(e.getKey()));
                    assertTrue(asWritten || asLinked, "article graph " + e.getKey() + " is not whole after a kill at "
                            + afterArticles + " articles + " + delayMillis + " ms\n" + childOutput);
                    anyUnlinkedOnly |= asWritten && !asLinked;
                    anyLinkedOnly |= asLinked && !asWritten;
                    if (asLinked && !asWritten) linked++;
                }
                assertFalse(anyUnlinkedOnly && anyLinkedOnly, "linking was half done");
                // the knowledge graph holds the reference run's descriptions, of at least the entities present articles name
                Graph kg = knowledge(ks);
                kg.find().forEachRemaining(t -> assertTrue(referenceKnowledge.contains(t), "unknown description " + t));
                for (Graph g : got.values())
                    g.find(Node.ANY, org.parley.rdf.PARLEY.refersTo.asNode(), Node.ANY).forEachRemaining(t -> {
                        if (referenceKnowledge.contains(t.getObject(), Node.ANY, Node.ANY))
                            assertTrue(kg.contains(t.getObject(), Node.ANY, Node.ANY), "no description of " + t.getObject());
                    });
            }
            seen.add(present + (linked > 0 ? " (linked)" : ""));
            // and the command line opens it too, full-text index and all
            CliHarness stats = CliHarness.run("stats", "--db", db.toString());
            assertEquals(ParleyCli.OK, stats.exitCode(), stats.err());
            assertTrue(stats.out().contains(present + " article graphs"), stats.out());

            // a re-run completes to exactly the graph of the uninterrupted run
            CliHarness rerun = CliHarness.run("ingest", "--db", db.toString(), "--threads", "1", corpus.toString());
            assertEquals(ParleyCli.OK, rerun.exitCode(), rerun.err());
            assertTrue(rerun.out().contains("(" + (ARTICLES - present) + " new, 0 replaced, " + present + " unchanged)"),
                    rerun.out());
            Map<Node, Graph> after = graphs(db);
            assertEquals(reference.keySet(), after.keySet());
            for (Node g : reference.keySet())
                assertTrue(reference.get(g).isIsomorphicWith(after.get(g)), "graph " + g + " after the re-run");
            assertTrue(referenceKnowledge.isIsomorphicWith(knowledge(db)), "the knowledge graph after the re-run");
            rerunsEqual++;
        }
        figures.info("crash: {} kills survived in {} runs of {} articles ({} during a commit, with a journal to replay); "
                + "articles in the store at each kill: {}; re-runs equal to the uninterrupted run: {}", kills, attempts, ARTICLES,
                replayed, seen, rerunsEqual);
    }

    @Test
    void aSecondProcessOpeningAStoreInUseGetsAClearMessageAndChangesNothing() throws Exception {
        try (ChildJvm server = ChildJvm.parley(List.of(), "serve", "--db", referenceDb.toString(), "--port", "0")) {
            String line = server.awaitLine(l -> l.startsWith("SPARQL endpoint: "), Duration.ofMinutes(2));
            assertNotNull(line, server.output());
            String endpoint = line.substring("SPARQL endpoint: ".length()).strip();

            for (String[] args : List.of(new String[] {"ingest", "--db", referenceDb.toString(), corpus.toString()},
                    new String[] {"stats", "--db", referenceDb.toString()},
                    new String[] {"query", "--db", referenceDb.toString(), "ASK { ?s ?p ?o }"})) {
                CliHarness r = CliHarness.run(args);
                assertEquals(ParleyCli.FAILED, r.exitCode(), args[0] + ": " + r.out() + r.err());
                assertTrue(r.err().contains("is in use by another process") && r.err().contains("stop that process or use another --db"),
                        args[0] + ": " + r.err());
            }
            // the process that has the store goes on serving it, whole
            assertEquals(ARTICLES, Sparql.count(endpoint, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a parley:Article }"));
            assertEquals(0, server.stop(Duration.ofSeconds(30)) == -1 ? 1 : 0, "the server stops on SIGTERM");
        }
        Map<Node, Graph> after = graphs(referenceDb);
        assertEquals(reference.keySet(), after.keySet());
        for (Node g : reference.keySet()) assertTrue(reference.get(g).isIsomorphicWith(after.get(g)), "graph " + g);
    }

    /** Bytes in TDB2's journal files: committed work not yet written to the data files. */
    private static long journalBytes(Path db) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(db)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jrnl")).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static Map<Node, Graph> graphs(Path db) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            return graphs(ks);
        }
    }

    /** The article graphs (the knowledge graph is compared on its own). */
    private static Map<Node, Graph> graphs(KnowledgeStore ks) {
        Map<Node, Graph> all = org.parley.testutil.StoreGraphs.snapshot(ks);
        all.keySet().removeIf(org.parley.rdf.ArticleIris::isKnowledgeGraph);
        return all;
    }

    private static Graph knowledge(Path db) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            return knowledge(ks);
        }
    }

    private static Graph knowledge(KnowledgeStore ks) {
        return org.parley.testutil.StoreGraphs.snapshot(ks).entrySet().stream()
                .filter(e -> org.parley.rdf.ArticleIris.isKnowledgeGraph(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElseGet(org.apache.jena.sparql.graph.GraphFactory::createDefaultGraph);
    }
}
