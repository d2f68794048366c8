package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.store.KnowledgeStore;
import org.parley.testutil.ChildJvm;
import org.parley.testutil.Corpus;
import org.parley.testutil.StoreGraphs;

/**
 * `ingest --bulk` killed (SIGKILL) during its load: the store holds nothing or everything, never part of the load,
 * and a re-run completes it to the graph of an uninterrupted run, without the killed run's spool file.
 */
class BulkCrashIT {
    static final int ARTICLES = 40;
    private static final Logger figures = LoggerFactory.getLogger("figures");

    @TempDir
    static Path tmp;
    static Path corpus;
    /** Every graph of an uninterrupted bulk run: the article graphs and the knowledge graph. */
    static Map<Node, Graph> reference;

    @BeforeAll
    static void uninterruptedBulkRun() {
        corpus = tmp.resolve("corpus");
        Corpus.write(corpus, ARTICLES);
        Path db = tmp.resolve("reference-db");
        CliHarness run = CliHarness.run("ingest", "--bulk", "--db", db.toString(), "--threads", "1", corpus.toString());
        assertEquals(ParleyCli.OK, run.exitCode(), run.err());
        reference = graphs(db);
        assertEquals(ARTICLES + 1, reference.size(), "the article graphs and the knowledge graph");
    }

    @Test
    void killedDuringItsLoadTheStoreHoldsNothingOrEverythingAndAReRunCompletesIt() throws Exception {
        int killed = 0, empty = 0, loaded = 0;
        List<String> seen = new ArrayList<>();
        for (long delay : new long[] {0, 300, 800, 1600, 3000, 5000}) {
            Path db = tmp.resolve("db-" + delay);
            try (ChildJvm child = ChildJvm.parley(List.of("-Dparley.test.bulkLog=INFO"),
                    "ingest", "--bulk", "--db", db.toString(), "--threads", "1", corpus.toString())) {
                assertNotNull(child.awaitLine(l -> l.contains("BulkSpool - loading "), Duration.ofMinutes(5)), child.output());
                Thread.sleep(delay);
                if (!child.kill9()) {
                    seen.add(delay + " ms: finished first");
                    continue;
                }
            }
            killed++;
            Map<Node, Graph> got = graphs(db);
            boolean wasEmpty = got.isEmpty();
            if (wasEmpty) empty++;
            else loaded++;
            seen.add(delay + " ms: " + (wasEmpty ? "empty" : got.size() + " graphs"));
            // nothing, or every graph of the load (the linkers' transaction after it may not have run)
            assertTrue(wasEmpty || got.keySet().equals(reference.keySet()), "after a kill " + delay + " ms into the load: "
                    + got.size() + " graphs of " + reference.size());
            // an empty store takes another bulk load; a loaded one an ordinary run, which links what is not linked yet
            CliHarness rerun = wasEmpty
                    ? CliHarness.run("ingest", "--bulk", "--db", db.toString(), "--threads", "1", corpus.toString())
                    : CliHarness.run("ingest", "--db", db.toString(), "--threads", "1", corpus.toString());
            assertEquals(ParleyCli.OK, rerun.exitCode(), rerun.err());
            Map<Node, Graph> after = graphs(db);
            assertEquals(reference.keySet(), after.keySet());
            for (Node g : reference.keySet())
                assertTrue(reference.get(g).isIsomorphicWith(after.get(g)), "graph " + g + " after the re-run (kill at " + delay + " ms)");
            try (Stream<Path> files = Files.list(db)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("ingest-spool-")),
                        "the killed run's spool file is deleted by the re-run");
            }
        }
        figures.info("bulk crash: {} kills after the load of {} articles began, {} left the store empty, {} with the whole load; {}", killed,
                ARTICLES, empty, loaded, seen);
        assertTrue(killed > 0, "no run could be killed during its load: " + seen);
    }

    private static Map<Node, Graph> graphs(Path db) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            return StoreGraphs.snapshot(ks);
        }
    }
}
