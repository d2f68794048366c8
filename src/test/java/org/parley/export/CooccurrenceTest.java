package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.OntologyResources;
import org.parley.rdf.PARLEY;
import org.parley.store.KnowledgeStore;

/**
 * The co-occurrence edges of the graph exports. On a TDB2 store they are counted one sentence at a time from the
 * store's order of sentences (so that a large store's sentences are never all held); on an in-memory dataset all
 * sentences are gathered first. Both must give the same network.
 */
class CooccurrenceTest {
    static {
        JenaSystem.init();
    }

    private static final String ID = "https://w3id.org/parley/id/";

    private static Node iri(String s) {
        return NodeFactory.createURI(ID + s);
    }

    /** An article graph: each sentence lists the entities its mentions refer to ("-" for a mention with no sentence). */
    private static ArticleGraph article(String key, Map<String, Node> types, String[][] sentences) {
        Graph g = GraphFactory.createDefaultGraph();
        types.forEach((e, type) -> {
            if (type == null) return;   // an entity of no Parley class: not a node of the network
            g.add(iri(e), RDF.type.asNode(), type);
            g.add(iri(e), RDFS.label.asNode(), NodeFactory.createLiteralString(e));
        });
        int m = 0;
        for (int s = 0; s < sentences.length; s++) {
            Node sentence = iri("sentence/" + key + "/" + s);
            for (String e : sentences[s]) {
                Node mention = iri("mention/" + key + "/" + m++);
                g.add(mention, PARLEY.refersTo.asNode(), iri(e));
                if (s > 0 || !"nosentence".equals(key)) g.add(mention, PARLEY.inSentence.asNode(), sentence);
            }
        }
        return new ArticleGraph(key, iri("graph/" + key), "d-" + key, g);
    }

    private static Map<String, Integer> weights(GraphView v) {
        Map<String, String> label = new HashMap<>();
        for (GraphView.GNode n : v.nodes()) label.put(n.id(), n.label());
        Map<String, Integer> out = new HashMap<>();
        for (GraphView.GEdge e : v.edges())
            if ("co-occurrence".equals(e.kind())) {
                String a = label.get(e.source()), b = label.get(e.target());
                out.put(a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a, e.weight());
            }
        return out;
    }

    private static DatasetGraph inMemoryCopy(DatasetGraph tdb) {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(tdb, () -> Txn.executeWrite(mem, () -> tdb.find().forEachRemaining(mem::add)));
        return mem;
    }

    @Test
    void pairsAreWeightedByTheSentencesThatNameBoth(@TempDir Path dir) {
        Map<String, Node> types = new HashMap<>();
        types.put("A", PARLEY.Person.asNode());
        types.put("B", PARLEY.State.asNode());
        types.put("C", PARLEY.State.asNode());
        types.put("X", null);
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            ks.replace(article("one", types, new String[][] {{"A", "B", "A"}, {"A", "B", "C"}}));
            ks.replace(article("two", types, new String[][] {{"B", "C"}, {"A", "X"}, {"C"}}));
            // the first sentence's mentions have no sentence here, so A and C do not co-occur in it
            ks.replace(article("nosentence", types, new String[][] {{"A", "C"}, {"B"}}));
            DatasetGraph tdb = ks.dataset();
            assertTrue(GraphView.sentencesComeTogether(tdb), "a Parley store is read one sentence at a time");
            Map<String, Integer> expected = Map.of("A+B", 2, "A+C", 1, "B+C", 2);
            assertEquals(expected, weights(GraphView.of(tdb, OntologyResources.ontology(), true)));
            DatasetGraph mem = inMemoryCopy(tdb);
            assertFalse(GraphView.sentencesComeTogether(mem));
            assertEquals(expected, weights(GraphView.of(mem, OntologyResources.ontology(), true)));
        }
    }

    @Test
    void aStoreAndAnInMemoryCopyGiveTheSameNetwork(@TempDir Path dir) {
        Random r = new Random(42);
        Map<String, Node> types = new HashMap<>();
        for (int e = 0; e < 40; e++) types.put("e" + e, e % 7 == 0 ? null : e % 2 == 0 ? PARLEY.Person.asNode() : PARLEY.State.asNode());
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            for (int a = 0; a < 30; a++) {
                String[][] sentences = new String[1 + r.nextInt(12)][];
                for (int s = 0; s < sentences.length; s++) {
                    sentences[s] = new String[r.nextInt(6)];
                    for (int m = 0; m < sentences[s].length; m++) sentences[s][m] = "e" + r.nextInt(40);
                }
                ks.replace(article(a == 0 ? "nosentence" : "a" + a, types, sentences));
            }
            DatasetGraph tdb = ks.dataset();
            GraphView fromStore = GraphView.of(tdb, OntologyResources.ontology(), true);
            GraphView fromMemory = GraphView.of(inMemoryCopy(tdb), OntologyResources.ontology(), true);
            long cooccurrences = fromStore.edges().stream().filter(e -> "co-occurrence".equals(e.kind())).count();
            assertTrue(cooccurrences > 100, "the random corpus has many pairs: " + cooccurrences);
            assertEquals(fromMemory.nodes(), fromStore.nodes());
            assertEquals(fromMemory.edges().size(), fromStore.edges().size());
            for (int i = 0; i < fromStore.edges().size(); i++)
                assertEquals(fromMemory.edges().get(i), fromStore.edges().get(i), "edge " + i);
            List<Integer> heavy = fromStore.edges().stream().map(GraphView.GEdge::weight).filter(w -> w > 1).toList();
            assertFalse(heavy.isEmpty(), "some pairs share several sentences");
        }
    }
}
