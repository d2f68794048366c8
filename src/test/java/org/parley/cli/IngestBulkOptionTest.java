package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.rdf.ArticleGraph;
import org.parley.store.KnowledgeStore;

/** {@code --bulk} loads only into an empty store: into one that holds data it is a usage error, and nothing changes. */
class IngestBulkOptionTest {
    static {
        JenaSystem.init();
    }

    @Test
    void bulkIntoAStoreThatHoldsDataIsAUsageErrorForIngestAndRun(@TempDir Path dir) {
        Path db = dir.resolve("db");
        long size;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            ks.replace(new ArticleGraph("a", NodeFactory.createURI("https://w3id.org/parley/id/graph/a"), "d",
                    RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl")));
            size = ks.size();
        }
        for (String command : new String[] {"ingest", "run"}) {
            CliHarness r = CliHarness.run(command, "--bulk", "--db", db.toString(), "data/articles");
            assertEquals(ParleyCli.USAGE, r.exitCode(), command + ": " + r.err());
            assertTrue(r.err().contains("--bulk loads into an empty store"), r.err());
        }
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            assertEquals(size, ks.size(), "the store is left as it was");
        }
    }
}
