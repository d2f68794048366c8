package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleIris;
import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;
import org.parley.rdf.validate.DatasetValidator;
import org.parley.rdf.validate.GraphValidator;
import org.parley.store.KnowledgeStore;
import org.parley.store.Quarantine;

/** A graph built to violate the shapes lands in quarantine, not in the knowledge graph; a fixed one gets in. */
class ValidatingWriterTest {
    static {
        JenaSystem.init();
    }

    private static final ArticleIris IRIS = new ArticleIris(ParleyNamespaces.defaults());

    private static ArticleGraph article(Graph g) {
        return new ArticleGraph("example-key", NodeFactory.createURI(IRIS.graph("example-key")), "digest", g);
    }

    private static Graph broken() {
        Graph g = RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");
        // an exchange with one party, and an event without a source
        g.remove(NodeFactory.createURI("https://w3id.org/parley/id/event/prisoner-exchange-1000"), PARLEY.hasParticipant.asNode(),
                NodeFactory.createURI("https://w3id.org/parley/id/state/RU"));
        return g;
    }

    @Test
    void aViolatingGraphGoesToQuarantineWithTheReport() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            ValidatingWriter w = new ValidatingWriter(store, IRIS, GraphValidator.standard());
            ValidatingWriter.Written r = w.write(article(broken()), "broken.txt");
            assertTrue(r.quarantined());
            assertTrue(r.reason().contains("quarantined"), r.reason());
            Node main = NodeFactory.createURI(IRIS.graph("example-key"));
            Node q = NodeFactory.createURI(IRIS.quarantine("example-key"));
            Txn.executeRead(store.dataset(), () -> {
                assertFalse(store.dataset().find(main, Node.ANY, Node.ANY, Node.ANY).hasNext(), "nothing in the main graph");
                assertTrue(store.dataset().contains(q, q, RDF.type.asNode(), PARLEY.QuarantineRecord.asNode()));
                assertTrue(store.dataset().find(q, q, PARLEY.validationReport.asNode(), Node.ANY).hasNext(), "report linked");
                Quad nt = store.dataset().find(q, q, PARLEY.rejectedTriples.asNode(), Node.ANY).next();
                assertTrue(nt.getObject().getLiteralLexicalForm().contains("prisoner-exchange-1000"));
                // no quarantined fact is visible as data: the union holds no event of the article
                assertFalse(store.dataset().find(Node.ANY, Node.ANY, RDF.type.asNode(), PARLEY.PrisonerExchange.asNode()).hasNext());
            });
            assertEquals(1, new Quarantine(store.dataset()).graphs().size());
            DatasetValidator.Summary s = new DatasetValidator(GraphValidator.standard()).validate(store.dataset(), x -> { });
            assertEquals(0, s.graphs());
            assertEquals(1, s.quarantined());

            // the article fixed: into the store, out of quarantine
            ValidatingWriter.Written ok = w.write(article(RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl")), "fixed.txt");
            assertFalse(ok.quarantined());
            assertEquals(KnowledgeStore.Outcome.ADDED, ok.outcome());
            assertEquals(0, new Quarantine(store.dataset()).graphs().size());
            assertTrue(new DatasetValidator(GraphValidator.standard()).validate(store.dataset(), x -> { }).conforms());
        }
    }

    private static ArticleGraph article(String key, Graph g) {
        return new ArticleGraph(key, NodeFactory.createURI(IRIS.graph(key)), "digest-" + key, g);
    }

    @Test
    void aBatchWritesEachArticleAsWriteWouldInOneTransaction() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            ValidatingWriter w = new ValidatingWriter(store, IRIS, GraphValidator.standard());
            Graph good = RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");
            java.util.List<ValidatingWriter.Written> r = w.writeAll(java.util.List.of(
                    w.validate(article("a", good), "a.txt"), w.validate(article("b", broken()), "b.txt"),
                    w.validate(article("c", good), "c.txt")));
            assertEquals(3, r.size());
            assertEquals(KnowledgeStore.Outcome.ADDED, r.get(0).outcome());
            assertTrue(r.get(1).quarantined());
            assertEquals(KnowledgeStore.Outcome.ADDED, r.get(2).outcome());
            Txn.executeRead(store.dataset(), () -> {
                for (String key : new String[] {"a", "c"}) {
                    Node g = NodeFactory.createURI(IRIS.graph(key));
                    assertEquals(good.size(), store.dataset().getGraph(g).size(), "graph " + key + " whole");
                }
                assertFalse(store.dataset().find(NodeFactory.createURI(IRIS.graph("b")), Node.ANY, Node.ANY, Node.ANY).hasNext());
            });
            assertEquals(java.util.List.of(NodeFactory.createURI(IRIS.quarantine("b"))), new Quarantine(store.dataset()).graphs());

            // the same articles again, b fixed: a and c replaced (their graphs carry no stored digest), b in and out
            // of quarantine; nothing duplicated
            java.util.List<ValidatingWriter.Written> again = w.writeAll(java.util.List.of(
                    w.validate(article("a", good), "a.txt"), w.validate(article("b", good), "b.txt"),
                    w.validate(article("c", good), "c.txt")));
            assertEquals(KnowledgeStore.Outcome.REPLACED, again.get(0).outcome());
            assertEquals(KnowledgeStore.Outcome.ADDED, again.get(1).outcome());
            assertEquals(KnowledgeStore.Outcome.REPLACED, again.get(2).outcome());
            assertEquals(0, new Quarantine(store.dataset()).graphs().size());
            assertEquals(3L * good.size(), store.size());
        }
    }

    @Test
    void aBatchLandsAtItsCommitAndNotAtAllWhenClosedWithoutIt() throws Exception {
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            ValidatingWriter w = new ValidatingWriter(store, IRIS, GraphValidator.standard());
            Graph good = RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");
            // what another thread (a server's reader) sees
            java.util.concurrent.Callable<Long> seen = store::size;
            java.util.List<ValidatingWriter.Written> written;
            try (ValidatingWriter.Batch batch = w.begin()) {
                batch.put(w.validate(article("a", good), "a.txt"));
                assertEquals(0L, reader.submit(seen).get(), "nothing before the commit");
                batch.put(w.validate(article("b", good), "b.txt"));
                assertEquals(0L, reader.submit(seen).get(), "nothing before the commit");
                written = batch.commit();
            }
            assertEquals(java.util.List.of(KnowledgeStore.Outcome.ADDED, KnowledgeStore.Outcome.ADDED),
                    written.stream().map(ValidatingWriter.Written::outcome).toList());
            assertEquals(2L * good.size(), reader.submit(seen).get());

            try (ValidatingWriter.Batch batch = w.begin()) {
                batch.put(w.validate(article("c", good), "c.txt"));
                batch.put(w.validate(article("a", broken()), "a.txt"));   // a's graph replaced, then the batch dropped
            }
            assertEquals(2L * good.size(), reader.submit(seen).get(), "a batch closed without its commit leaves nothing");
            Txn.executeRead(store.dataset(), () -> {
                assertFalse(store.dataset().find(NodeFactory.createURI(IRIS.graph("c")), Node.ANY, Node.ANY, Node.ANY).hasNext());
                assertEquals(good.size(), store.dataset().getGraph(NodeFactory.createURI(IRIS.graph("a"))).size());
            });
            assertEquals(0, new Quarantine(store.dataset()).graphs().size());
            // and the store takes the next batch
            assertEquals(KnowledgeStore.Outcome.ADDED,
                    w.writeAll(java.util.List.of(w.validate(article("c", good), "c.txt"))).get(0).outcome());
            assertEquals(3L * good.size(), reader.submit(seen).get());
        } finally {
            reader.shutdown();
        }
    }
}
