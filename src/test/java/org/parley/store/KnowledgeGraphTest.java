package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleIris;
import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;

/** The store's knowledge graph: each gazetteer entity described once, replaced when it changes, swept when no article names it. */
class KnowledgeGraphTest {
    static {
        JenaSystem.init();
    }

    static final Node KG = NodeFactory.createURI(new ArticleIris(ParleyNamespaces.defaults()).knowledgeGraph());
    static final Node UA = NodeFactory.createURI("https://w3id.org/parley/id/state/UA");
    static final Node TR = NodeFactory.createURI("https://w3id.org/parley/id/state/TR");

    static Graph description(Node entity, String label) {
        Graph k = GraphFactory.createDefaultGraph();
        k.add(entity, RDF.type.asNode(), PARLEY.State.asNode());
        k.add(entity, RDF.type.asNode(), PARLEY.Entity.asNode());
        k.add(entity, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        return k;
    }

    /** An article graph whose one mention refers to each entity, with their descriptions as knowledge. */
    static ArticleGraph article(String name, String digest, Graph knowledge, Node... entities) {
        Graph g = GraphFactory.createDefaultGraph();
        Node a = NodeFactory.createURI("https://w3id.org/parley/id/article/" + name);
        g.add(a, PARLEY.contentDigest.asNode(), NodeFactory.createLiteralString(digest));
        int i = 0;
        for (Node e : entities)
            g.add(NodeFactory.createURI(a.getURI() + "/mention/" + i++), PARLEY.refersTo.asNode(), e);
        return new ArticleGraph(name, NodeFactory.createURI("https://w3id.org/parley/id/graph/" + name), digest, g, KG, knowledge);
    }

    static Graph union(Graph... gs) {
        Graph u = GraphFactory.createDefaultGraph();
        for (Graph g : gs) g.find().forEachRemaining(u::add);
        return u;
    }

    /** Quads about {@code s} as subject in any graph, and how many of them are outside the knowledge graph. */
    static long[] about(KnowledgeStore ks, Node s) {
        return Txn.calculateRead(ks.dataset(), () -> {
            long all = 0, outside = 0;
            for (var it = ks.dataset().find(Node.ANY, s, Node.ANY, Node.ANY); it.hasNext(); ) {
                all++;
                if (!it.next().getGraph().equals(KG)) outside++;
            }
            return new long[] {all, outside};
        });
    }

    @Test
    void anEntityNamedByManyArticlesIsDescribedOnce() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            for (int i = 0; i < 5; i++) ks.replace(article("a" + i, "d", description(UA, "Ukraine"), UA));
            assertEquals(3, about(ks, UA)[0], "one description of three triples, not five");
            assertEquals(0, about(ks, UA)[1]);
            // replacing an article does not touch a description that is the same
            ks.replaceAll(List.of(article("a0", "d2", description(UA, "Ukraine"), UA), article("a9", "d", description(UA, "Ukraine"), UA)));
            assertEquals(3, about(ks, UA)[0]);
        }
    }

    @Test
    void aChangedDescriptionReplacesTheOldOneAndKeepsNoStaleTriple() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.replace(article("a", "d", description(UA, "Ukraine"), UA));
            ks.replace(article("b", "d", description(UA, "Ukraina"), UA));
            Txn.executeRead(ks.dataset(), () -> {
                assertTrue(ks.dataset().contains(KG, UA, RDFS.label.asNode(), NodeFactory.createLiteralString("Ukraina")));
                assertFalse(ks.dataset().contains(KG, UA, RDFS.label.asNode(), NodeFactory.createLiteralString("Ukraine")));
            });
            assertEquals(3, about(ks, UA)[0]);
        }
    }

    @Test
    void theSweepDeletesOnlyDescriptionsThatNoArticleNames() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            Graph both = union(description(UA, "Ukraine"), description(TR, "Turkey"));
            ks.replace(article("a", "d", both, UA, TR));
            ks.replace(article("b", "d", description(UA, "Ukraine"), UA));
            // nothing to sweep while both are named
            assertEquals(0, Txn.calculateWrite(ks.dataset(), () -> ks.sweepKnowledge(KG)));
            // article a re-extracted without Turkey: Turkey's description goes, Ukraine's stays
            ks.replace(article("a", "d2", description(UA, "Ukraine"), UA));
            assertEquals(1, Txn.calculateWrite(ks.dataset(), () -> ks.sweepKnowledge(KG)));
            assertEquals(0, about(ks, TR)[0]);
            assertEquals(3, about(ks, UA)[0]);
            // removing the last articles that name Ukraine sweeps it too
            assertTrue(ks.remove("https://w3id.org/parley/id/graph/a", KG));
            assertEquals(3, about(ks, UA)[0], "article b still names Ukraine");
            assertTrue(ks.remove("https://w3id.org/parley/id/graph/b", KG));
            assertEquals(0, about(ks, UA)[0]);
            assertTrue(ks.isEmpty());
        }
    }

    @Test
    void theBulkPathLoadsEachDescriptionOnceWithTheArticles(@TempDir Path dir) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            try (BulkSpool spool = BulkSpool.create(dir.resolve("spool"))) {
                for (int i = 0; i < 4; i++)
                    assertTrue(spool.add(article("b" + i, "d", union(description(UA, "Ukraine"), description(TR, "Turkey")), UA, TR)));
                // the four article graphs (a digest and two mentions each) and two descriptions of three triples
                assertEquals(4 * 3 + 6, spool.loadInto(ks));
            }
            assertEquals(3, about(ks, UA)[0]);
            assertEquals(0, about(ks, UA)[1]);
            assertEquals(3, about(ks, TR)[0]);
            Txn.executeRead(ks.dataset(), () -> assertTrue(
                    ks.dataset().contains(KG, TR, RDFS.label.asNode(), NodeFactory.createLiteralString("Turkey"))));
            assertEquals(4 * 3 + 6, ks.size());
        }
    }
}
