package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import org.parley.rdf.OntologyResources;
import org.parley.rdf.PARLEY;

/**
 * How the graph exports find their nodes and edges: the object properties read for edges leave out those of
 * mentions, claims and provenance, and the network is the same as the one read from every object property; a node
 * typed with two classes as specific as each other gets the same type whatever order the store holds them in.
 */
class GraphViewTest {
    static {
        JenaSystem.init();
    }

    private static final Graph ONTOLOGY = OntologyResources.ontology();
    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/parley/id/graph/example");

    private static Set<Node> edgeProperties() {
        return GraphView.edgeProperties(ONTOLOGY, GraphView.subsOf(ONTOLOGY, RDFS.subClassOf.asNode(), PARLEY.Entity.asNode()),
                GraphView.subsOf(ONTOLOGY, RDFS.subClassOf.asNode(), PARLEY.Event.asNode()));
    }

    @Test
    void edgesAreReadFromThePropertiesThatCanJoinTwoNodes() {
        Set<Node> props = edgeProperties();
        for (var p : List.of(PARLEY.refersTo, PARLEY.inArticle, PARLEY.inSentence, PARLEY.evidence, PARLEY.eventStatus))
            assertFalse(props.contains(p.asNode()), p + " joins a mention, claim or article to something");
        for (var p : List.of(PARLEY.memberOf, PARLEY.place, PARLEY.holdsPost, PARLEY.postIn, PARLEY.signatory, PARLEY.subEventOf,
                PARLEY.hasParticipant, PARLEY.locatedIn))
            assertTrue(props.contains(p.asNode()), p.toString());
        Set<Node> all = new HashSet<>();
        ONTOLOGY.find(Node.ANY, RDF.type.asNode(), OWL.ObjectProperty.asNode()).forEachRemaining(t -> all.add(t.getSubject()));
        assertTrue(all.containsAll(props));
        assertTrue(props.size() < all.size() && props.size() > all.size() / 3, props.size() + " of " + all.size());
    }

    /** Nodes and edges as comparable lines (ids differ between views: edges name their ends by IRI). */
    private static Set<String> network(GraphView v) {
        Set<String> out = new TreeSet<>();
        java.util.Map<String, String> iri = new java.util.HashMap<>();
        for (GraphView.GNode n : v.nodes()) {
            iri.put(n.id(), n.iri());
            out.add("node " + n.iri() + " " + n.label() + " " + n.type() + " " + n.kind());
        }
        for (GraphView.GEdge e : v.edges())
            out.add("edge " + iri.get(e.source()) + " " + e.label() + " " + iri.get(e.target()) + " " + e.kind() + " " + e.role() + " " + e.weight());
        return out;
    }

    @Test
    void theNetworkIsTheOneReadFromEveryObjectProperty() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Graph example = RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");
        Txn.executeWrite(dsg, () -> example.find().forEachRemaining(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject())));
        Set<Node> all = new HashSet<>();
        ONTOLOGY.find(Node.ANY, RDF.type.asNode(), OWL.ObjectProperty.asNode()).forEachRemaining(t -> all.add(t.getSubject()));
        Set<String> everyProperty = network(GraphView.of(dsg, ONTOLOGY, true, all));
        Set<String> pruned = network(GraphView.of(dsg, ONTOLOGY, true));
        assertEquals(everyProperty, pruned);
        assertTrue(pruned.stream().filter(l -> l.contains(" relation ")).count() >= 5, pruned.toString());
        assertTrue(pruned.stream().anyMatch(l -> l.contains(" participation ")), pruned.toString());
    }

    @Test
    void aNodeOfTwoClassesAsSpecificAsEachOtherGetsTheSameTypeInAnyOrder() {
        Node x = NodeFactory.createURI("https://w3id.org/parley/id/org/x");
        Set<String> types = new HashSet<>();
        for (List<Node> order : List.of(List.of(PARLEY.Person.asNode(), PARLEY.Organization.asNode()),
                List.of(PARLEY.Organization.asNode(), PARLEY.Person.asNode()))) {
            DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
            // TDB2 numbers nodes in the order it first sees them, and reads a predicate's quads in that order
            Txn.executeWrite(dsg, () -> {
                for (Node c : order) dsg.add(GRAPH, x, RDF.type.asNode(), c);
                dsg.add(GRAPH, x, RDFS.label.asNode(), NodeFactory.createLiteralString("X"));
            });
            List<GraphView.GNode> nodes = GraphView.of(dsg, ONTOLOGY, false).nodes();
            assertEquals(1, nodes.size());
            types.add(nodes.get(0).type());
        }
        assertEquals(Set.of("Organization"), types);
    }

    private static Node id(String path) {
        return NodeFactory.createURI("https://w3id.org/parley/id/" + path);
    }

    private static Node name(String label) {
        return NodeFactory.createLiteralString(label);
    }

    private static Node graph(int i) {
        return NodeFactory.createURI("https://w3id.org/parley/id/graph/g" + i);
    }

    /** The network of quads (graph number, subject, predicate, object) added to a fresh store in the order given. */
    private static GraphView view(List<Object[]> quads) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (Object[] q : quads) dsg.add(graph((Integer) q[0]), (Node) q[1], (Node) q[2], (Node) q[3]);
        });
        return GraphView.of(dsg, ONTOLOGY, false);
    }

    private static List<Object[]> reversed(List<Object[]> quads) {
        List<Object[]> r = new java.util.ArrayList<>(quads);
        java.util.Collections.reverse(r);
        return r;
    }

    @Test
    void aNodeIsLabelledWithTheLabelMostGraphsGiveThenTheLongerThenFewerCapitalsThenTheFirstInOrder() {
        Node zelensky = id("person/volodymyr-zelensky"), putin = id("person/vladimir-putin"),
                medinsky = id("person/vladimir-medinsky"), odinga = id("person/raila-odinga"), unnamed = id("person/unnamed");
        Node label = RDFS.label.asNode(), type = RDF.type.asNode(), person = PARLEY.Person.asNode();
        List<Object[]> quads = List.of(
                new Object[] {1, zelensky, type, person}, new Object[] {1, zelensky, label, name("Zelensky")},
                new Object[] {2, zelensky, label, name("Volodymyr Zelenskyy")},
                new Object[] {3, zelensky, label, name("Volodymyr Zelenskyy")},
                new Object[] {4, zelensky, label, name("Volodymyr Zelenskiy")},
                new Object[] {5, zelensky, label, name("Zelensky")},
                new Object[] {6, zelensky, label, name("Zelensky")},
                new Object[] {1, putin, type, person}, new Object[] {1, putin, label, name("Putin")},
                new Object[] {2, putin, label, name("Vladimir Putin")},
                new Object[] {1, medinsky, type, person}, new Object[] {1, medinsky, label, name("Vladimir Medinskyy")},
                new Object[] {2, medinsky, label, name("Vladimir Medinskiy")},
                new Object[] {1, odinga, type, person}, new Object[] {1, odinga, label, name("Raila ODINGA")},
                new Object[] {2, odinga, label, name("Raila Odinga")},
                new Object[] {1, unnamed, type, person});
        for (List<Object[]> order : List.of(quads, reversed(quads))) {
            java.util.Map<String, String> labels = new java.util.HashMap<>();
            for (GraphView.GNode n : view(order).nodes()) labels.put(n.iri(), n.label());
            assertEquals("Zelensky", labels.get(zelensky.getURI()), "three graphs against two");
            assertEquals("Vladimir Putin", labels.get(putin.getURI()), "one graph each: the longer");
            assertEquals("Vladimir Medinskiy", labels.get(medinsky.getURI()), "as long: the first in order");
            assertEquals("Raila Odinga", labels.get(odinga.getURI()), "as long: fewer capitals");
            assertEquals(unnamed.getURI(), labels.get(unnamed.getURI()), "no label: the IRI");
        }
    }

    @Test
    void aParticipationEdgeHasTheSpecificRoleMostGraphsGiveThenTheFirstByIri() {
        Node talks = id("event/talks"), ua = id("state/UA"), tr = id("state/TR"), us = id("state/US");
        Node type = RDF.type.asNode(), state = PARLEY.State.asNode();
        Node party = PARLEY.negotiatingParty.asNode(), host = PARLEY.host.asNode(), any = PARLEY.hasParticipant.asNode();
        List<Object[]> quads = List.of(
                new Object[] {1, talks, type, PARLEY.Negotiation.asNode()},
                new Object[] {1, ua, type, state}, new Object[] {1, tr, type, state}, new Object[] {1, us, type, state},
                // Ukraine: generic in three graphs, a party in two, the host in one
                new Object[] {1, talks, any, ua}, new Object[] {2, talks, any, ua}, new Object[] {3, talks, any, ua},
                new Object[] {1, talks, party, ua}, new Object[] {2, talks, party, ua}, new Object[] {3, talks, host, ua},
                // Turkey: the host in one graph, a party in another
                new Object[] {1, talks, party, tr}, new Object[] {2, talks, host, tr},
                // the United States: only the generic role
                new Object[] {1, talks, any, us}, new Object[] {2, talks, any, us});
        for (List<Object[]> order : List.of(quads, reversed(quads))) {
            GraphView v = view(order);
            java.util.Map<String, String> iriOf = new java.util.HashMap<>();
            for (GraphView.GNode n : v.nodes()) iriOf.put(n.id(), n.iri());
            java.util.Map<String, String> roles = new java.util.HashMap<>();
            for (GraphView.GEdge e : v.edges()) {
                assertEquals("participation", e.kind());
                assertEquals(talks.getURI(), iriOf.get(e.target()));
                assertEquals(null, roles.put(iriOf.get(e.source()), e.role()), "one edge per agent");
            }
            assertEquals(java.util.Map.of(ua.getURI(), "negotiatingParty", tr.getURI(), "host", us.getURI(), "hasParticipant"), roles);
        }
    }
}
