package org.parley.rdf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import org.parley.rdf.NIF;
import org.parley.rdf.PARLEY;

/** The shapes accept the hand-written example and catch each kind of broken graph. */
class ShapesTest {
    static {
        JenaSystem.init();
    }

    private static final String ID = "https://w3id.org/parley/id/";
    private final GraphValidator validator = GraphValidator.standard();

    private static Graph example() {
        return RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(ID + local);
    }

    private void assertViolates(Graph g, String expectedInMessage) {
        Validation v = validator.validate(g);
        assertFalse(v.conforms(), "should violate: " + expectedInMessage);
        assertTrue(v.problems().stream().anyMatch(p -> p.contains(expectedInMessage)), v.problems().toString());
    }

    @Test
    void theHandWrittenExampleConforms() {
        Validation v = validator.validate(example());
        assertTrue(v.conforms(), v.problems().toString());
        assertEquals(List.of(), v.problems());
    }

    @Test
    void aMentionWhoseOffsetsMissItsTextViolates() {
        Graph g = example();
        Node m = iri("article/0123456789abcdef/mention/37-43");
        g.remove(m, NIF.endIndex.asNode(), Node.ANY);
        g.add(m, NIF.endIndex.asNode(), NodeFactory.createLiteralDT("44", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
        assertViolates(g, "do not point at its anchor text");
    }

    @Test
    void anExchangeWithOnePartyIsAWarningNotAViolation() {
        Node ex = iri("event/prisoner-exchange-1000");
        Graph fixed = example();
        fixed.remove(ex, PARLEY.hasParticipant.asNode(), iri("state/RU"));
        // and the claim of the removed edge, so that only the number of parties is wrong
        fixed.find(Node.ANY, org.apache.jena.vocabulary.RDF.subject.asNode(), ex).toList().forEach(t -> {
            if (fixed.contains(t.getSubject(), org.apache.jena.vocabulary.RDF.object.asNode(), iri("state/RU")))
                fixed.remove(t.getSubject(), Node.ANY, Node.ANY);
        });
        Validation v = validator.validate(fixed);
        assertTrue(v.conforms(), v.problems().toString());
        Node warning = NodeFactory.createURI("http://www.w3.org/ns/shacl#Warning");
        assertTrue(v.report().contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/shacl#resultSeverity"), warning),
                "the report keeps the warning");
    }

    @Test
    void aFactEdgeWithoutItsClaimViolates() {
        Graph g = example();
        Node talks = iri("event/istanbul-talks-2025-05-16");
        g.find(Node.ANY, org.apache.jena.vocabulary.RDF.predicate.asNode(), PARLEY.host.asNode()).toList()
                .forEach(t -> g.remove(t.getSubject(), Node.ANY, Node.ANY));
        assertTrue(g.contains(talks, PARLEY.host.asNode(), iri("state/TR")));
        assertViolates(g, "has no parley:Claim");
    }

    @Test
    void aClaimOfATripleTheGraphDoesNotStateViolates() {
        Graph g = example();
        g.remove(iri("event/istanbul-talks-2025-05-16"), PARLEY.host.asNode(), iri("state/TR"));
        assertViolates(g, "does not state");
    }

    @Test
    void aClaimWhoseWordsAreNotAtItsOffsetsViolates() {
        Graph g = example();
        Node c = iri("article/0123456789abcdef/claim/0");
        g.remove(c, NIF.anchorOf.asNode(), Node.ANY);
        g.add(c, NIF.anchorOf.asNode(), NodeFactory.createLiteralString("Russia's delegation"));
        assertViolates(g, "do not point at its anchor text");
    }

    @Test
    void anEventReportWithTwoStatusesViolates() {
        Graph g = example();
        g.add(iri("article/0123456789abcdef/event/e0"), PARLEY.eventStatus.asNode(), PARLEY.status_scheduled.asNode());
        assertViolates(g, "eventStatus");
    }

    @Test
    void anEventWithoutASourceViolates() {
        Graph g = example();
        g.remove(iri("event/istanbul-talks-2025-05-16"), PARLEY.evidence.asNode(), Node.ANY);
        assertViolates(g, "evidence");
    }

    @Test
    void aMembershipEdgeWithoutItsClaimViolates() {
        Graph g = example();
        g.find(Node.ANY, org.apache.jena.vocabulary.RDF.predicate.asNode(), PARLEY.memberOf.asNode()).toList()
                .forEach(t -> g.remove(t.getSubject(), Node.ANY, Node.ANY));
        assertViolates(g, "memberOf edge to");
    }

    @Test
    void anEntityThatNoMentionNamesViolates() {
        Graph g = example();
        Node x = iri("person/nobody");
        g.add(Triple.create(x, RDF.type.asNode(), PARLEY.Person.asNode()));
        g.add(Triple.create(x, RDF.type.asNode(), PARLEY.Entity.asNode()));
        g.add(Triple.create(x, RDFS.label.asNode(), NodeFactory.createLiteralString("Nobody")));
        assertViolates(g, "no source in this article");
    }

    @Test
    void aParticipantThatIsNotAnAgentViolates() {
        Graph g = example();
        g.add(iri("event/istanbul-talks-2025-05-16"), PARLEY.hasParticipant.asNode(), iri("place/istanbul"));
        assertViolates(g, "hasParticipant");
    }

    @Test
    void aBadWikidataLinkViolates() {
        Graph g = example();
        g.add(iri("state/UA"), org.apache.jena.vocabulary.OWL.sameAs.asNode(), NodeFactory.createURI("https://www.wikidata.org/wiki/Q212"));
        assertViolates(g, "sameAs");
    }

    @Test
    void validationDoesNotChangeTheGraph() {
        Graph g = example();
        int before = g.size();
        validator.validate(g);
        assertEquals(before, g.size());
    }
}
