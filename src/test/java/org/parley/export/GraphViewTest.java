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
}
