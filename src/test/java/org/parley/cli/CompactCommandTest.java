package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.rdf.ArticleGraph;
import org.parley.store.KnowledgeStore;

/** {@code parley compact --db DIR} shrinks the data files and keeps every triple. */
class CompactCommandTest {
    static {
        JenaSystem.init();
    }

    @Test
    void compactingAStoreWrittenInManySmallCommitsShrinksItAndKeepsItsTriples(@TempDir Path dir) {
        Path db = dir.resolve("db");
        long triples;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            Graph example = RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");
            for (int i = 0; i < 60; i++)   // one commit each, as an ingest of one article at a time does
                ks.replace(new ArticleGraph("a" + i, NodeFactory.createURI("https://w3id.org/parley/id/graph/a" + i), "d" + i, example));
            triples = ks.size();
        }
        CliHarness r = CliHarness.run("compact", "--db", db.toString());
        assertEquals(ParleyCli.OK, r.exitCode(), r.err());
        Matcher m = Pattern.compile("data files ([\\d,]+) MB before, ([\\d,]+) MB after, ([\\d,]+) triples").matcher(r.out());
        assertTrue(m.find(), r.out());
        long before = Long.parseLong(m.group(1).replace(",", "")), after = Long.parseLong(m.group(2).replace(",", ""));
        assertTrue(after < before, r.out());
        assertEquals(triples, Long.parseLong(m.group(3).replace(",", "")));
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            assertEquals(triples, ks.size(), "the compacted store opens with every triple");
        }
    }

    @Test
    void aMissingStoreIsAUsageError(@TempDir Path dir) {
        CliHarness r = CliHarness.run("compact", "--db", dir.resolve("nothing").toString());
        assertEquals(ParleyCli.USAGE, r.exitCode());
        assertTrue(r.err().contains("no store at"), r.err());
    }
}
