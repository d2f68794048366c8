package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.TextSpan;
import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;

class CrossArticleLinkerTest {
    static {
        JenaSystem.init();
    }

    private static final String P = "https://w3id.org/parley/id/person/";

    private static void person(DatasetGraph dsg, String graph, String local, String label) {
        Node g = NodeFactory.createURI("https://w3id.org/parley/id/graph/" + graph);
        Node e = NodeFactory.createURI(P + local);
        dsg.add(g, e, RDF.type.asNode(), PARLEY.Person.asNode());
        dsg.add(g, e, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        dsg.add(g, NodeFactory.createURI("https://w3id.org/parley/id/article/" + graph + "/mention/1"),
                PARLEY.refersTo.asNode(), e);
    }

    @Test
    void aSurnameAloneJoinsTheOnePersonNamedInFullAndSharedSurnamesStayApart() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            person(dsg, "a", "volodymyr-zelensky", "Volodymyr Zelenskyy");
            person(dsg, "b", "zelensky", "Zelensky");
            person(dsg, "a", "john-smith", "John Smith");
            person(dsg, "b", "jane-smith", "Jane Smith");
            person(dsg, "c", "smith", "Smith");
            person(dsg, "c", "vance", "Vance");
        });
        CrossArticleLinker linker = new CrossArticleLinker(ParleyNamespaces.defaults());
        assertEquals(1, linker.link(dsg));
        Txn.executeRead(dsg, () -> {
            Node full = NodeFactory.createURI(P + "volodymyr-zelensky");
            assertFalse(dsg.find(Node.ANY, NodeFactory.createURI(P + "zelensky"), Node.ANY, Node.ANY).hasNext());
            assertTrue(dsg.contains(NodeFactory.createURI("https://w3id.org/parley/id/graph/b"), full, RDFS.label.asNode(),
                    NodeFactory.createLiteralString("Zelensky")), "the surname's article now refers to the full-name entity");
            assertTrue(dsg.find(Node.ANY, NodeFactory.createURI(P + "smith"), Node.ANY, Node.ANY).hasNext(), "ambiguous surname left alone");
            assertTrue(dsg.find(Node.ANY, NodeFactory.createURI(P + "vance"), Node.ANY, Node.ANY).hasNext(), "no full name: left alone");
        });
        assertEquals(0, linker.link(dsg), "idempotent");
    }

    @Test
    void withinAnArticleASurnameBelongsToTheOnePersonNamedInFull() {
        List<Mention> ms = List.of(mention("Volodymyr Zelenskyy", 0), mention("Zelenskiy", 30), mention("Joe Biden", 50),
                mention("Biden", 70), mention("Ann Lee", 80), mention("Tom Lee", 90), mention("Lee", 100));
        Map<String, String> label = EntityResolver.personClusters(ms);
        assertEquals("Volodymyr Zelenskyy", label.get("Zelenskiy"));
        assertEquals("Joe Biden", label.get("Biden"));
        assertEquals("Lee", label.get("Lee"), "two Lees: the surname stays unresolved");
        assertEquals("Ann Lee", label.get("Ann Lee"));
    }

    private static Mention mention(String name, int at) {
        return new Mention(0, new TextSpan(at, at + name.length()), name, EntityType.PERSON, name, "test", 0.9, null);
    }
}
