package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.parley.store.KnowledgeStore;

class MostMentionedTest {
    private static final String NS = "https://w3id.org/parley/ontology#";
    private static final Node REFERS_TO = NodeFactory.createURI(NS + "refersTo");

    private static Node iri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    private static void mentions(DatasetGraph dsg, String graph, String entity, int n) {
        for (int i = 0; i < n; i++) dsg.add(iri(graph), iri(graph + "-m" + entity + i), REFERS_TO, iri(entity));
    }

    @Test
    void entitiesAreRankedByTheirMentionsCountedOnceWhateverTheirNumberOfLabels() {
        KnowledgeStore ks = KnowledgeStore.inMemory();
        DatasetGraph dsg = ks.dataset();
        Txn.executeWrite(dsg, () -> {
            Node kg = iri("kg");
            // two labels, three mentions over two articles
            dsg.add(kg, iri("a"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Alpha", "en"));
            dsg.add(kg, iri("a"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Alfa", "it"));
            mentions(dsg, "g1", "a", 2);
            mentions(dsg, "g2", "a", 1);
            // one label, four mentions
            dsg.add(kg, iri("b"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Beta", "en"));
            mentions(dsg, "g1", "b", 4);
            // the most mentioned, but without a label: passed over
            mentions(dsg, "g2", "c", 9);
            // one mention
            dsg.add(kg, iri("d"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Delta", "en"));
            mentions(dsg, "g3", "d", 1);
        });
        List<Benchmark.Mentioned> top = Txn.calculateRead(dsg, () -> Benchmark.mostMentioned(dsg, 2));
        assertEquals(List.of(iri("b"), iri("a")), top.stream().map(Benchmark.Mentioned::entity).toList());
        assertEquals(List.of(4L, 3L), top.stream().map(Benchmark.Mentioned::mentions).toList());
        assertEquals("Beta", top.get(0).label().getLiteralLexicalForm());
        List<Benchmark.Mentioned> all = Txn.calculateRead(dsg, () -> Benchmark.mostMentioned(dsg, 10));
        assertEquals(List.of(iri("b"), iri("a"), iri("d")), all.stream().map(Benchmark.Mentioned::entity).toList());
        ks.close();
    }
}
