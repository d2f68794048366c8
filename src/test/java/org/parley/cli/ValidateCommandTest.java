package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.NIF;
import org.parley.store.KnowledgeStore;

/** {@code parley validate --db DIR} lists violations and exits 1; a conforming store exits 0. */
class ValidateCommandTest {
    static {
        JenaSystem.init();
    }

    private static String[] run(int expectedExit, String... args) {
        CommandLine cl = ParleyCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int code = cl.execute(args);
        assertEquals(expectedExit, code, out.toString());
        return new String[] {out.toString()};
    }

    private static ArticleGraph graph(String name, Graph g) {
        return new ArticleGraph(name, NodeFactory.createURI("https://w3id.org/parley/id/graph/" + name), name, g);
    }

    @Test
    void aStoreWithABrokenGraphFailsAndNamesTheViolation(@TempDir Path dir) {
        Path db = dir.resolve("db");
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            ks.replace(graph("good", RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl")));
        }
        String ok = run(ParleyCli.OK, "validate", "--db", db.toString())[0];
        assertTrue(ok.contains("Validated 1 graph: 1 conform, 0 violate"), ok);

        Graph bad = RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");
        var m = NodeFactory.createURI("https://w3id.org/parley/id/article/0123456789abcdef/mention/37-43");
        bad.remove(m, NIF.beginIndex.asNode(), org.apache.jena.graph.Node.ANY);
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            ks.replace(graph("bad", bad));   // written directly, as an older Parley or another tool might have
        }
        String out = run(ParleyCli.SOME_FAILED, "validate", "--db", db.toString())[0];
        assertTrue(out.contains("<https://w3id.org/parley/id/graph/bad>"), out);
        assertTrue(out.contains("mention/37-43"), out);
        assertTrue(out.contains("1 conform, 1 violate"), out);
    }

    @Test
    void filesCanBeValidatedToo() {
        String out = run(ParleyCli.OK, "validate", "ontology/examples/istanbul-talks.ttl")[0];
        assertTrue(out.contains("1 conform"), out);
    }
}
