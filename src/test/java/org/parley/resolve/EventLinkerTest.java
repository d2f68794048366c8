package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;

class EventLinkerTest {
    static {
        JenaSystem.init();
    }

    private static final String ID = "https://w3id.org/parley/id/";
    private static final String E = ID + "event/";

    private static Node g(String graph) {
        return NodeFactory.createURI(ID + "graph/" + graph);
    }

    private static Node ev(String key) {
        return NodeFactory.createURI(E + key);
    }

    /** A report of the canonical event {@code key} in article {@code graph}, with a claimed date when given. */
    private static void report(DatasetGraph dsg, String graph, String key, String date) {
        Node e = ev(key);
        Node report = NodeFactory.createURI(ID + "article/" + graph + "/event/" + key.hashCode());
        dsg.add(g(graph), e, RDF.type.asNode(), PARLEY.Event.asNode());
        dsg.add(g(graph), report, PARLEY.reportOf.asNode(), e);
        if (date != null) {
            Node d = NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate);
            dsg.add(g(graph), e, PARLEY.date.asNode(), d);
            Node claim = NodeFactory.createURI(ID + "article/" + graph + "/claim/" + date);
            dsg.add(g(graph), claim, RDF.subject.asNode(), e);
            dsg.add(g(graph), claim, RDF.predicate.asNode(), PARLEY.date.asNode());
            dsg.add(g(graph), claim, RDF.object.asNode(), d);
        }
    }

    private static Set<String> canonical(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, PARLEY.reportOf.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getURI().substring(E.length())));
            return out;
        });
    }

    @Test
    void talksReportedWithAndWithoutMonthAndAsAMeetingBecomeOneEventWithEveryDateKept() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            report(dsg, "a", "negotiation/state.RU+state.UA/place.Q406/2025-05", "2025-05-17");
            report(dsg, "b", "negotiation/state.RU+state.UA/place.Q406/2025-05", "2025-05-16");
            report(dsg, "c", "negotiation/state.RU+state.UA/place.Q406", null);
            report(dsg, "d", "meeting/state.RU+state.UA/place.Q406/2025-05", "2025-05-15");
            report(dsg, "e", "negotiation/state.RU+state.UA/2025-05", null);
            // a delegation to the month-less talks and a claim about it
            Node del = NodeFactory.createURI(ID + "delegation/state/UA/negotiation/state.RU+state.UA/place.Q406");
            dsg.add(g("c"), del, RDF.type.asNode(), PARLEY.Delegation.asNode());
            dsg.add(g("c"), del, PARLEY.delegationTo.asNode(), ev("negotiation/state.RU+state.UA/place.Q406"));
        });
        EventLinker linker = new EventLinker(ParleyNamespaces.defaults());
        assertEquals(3, linker.link(dsg));
        String talks = "negotiation/state.RU+state.UA/place.Q406/2025-05";
        assertEquals(Set.of(talks), canonical(dsg));
        Txn.executeRead(dsg, () -> {
            Set<String> dates = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, RDF.subject.asNode(), ev(talks)).forEachRemaining(q -> dsg
                    .find(q.getGraph(), q.getSubject(), RDF.object.asNode(), Node.ANY)
                    .forEachRemaining(o -> dates.add(o.getObject().getLiteralLexicalForm())));
            assertEquals(Set.of("2025-05-15", "2025-05-16", "2025-05-17"), dates, "differing days are kept as claims");
            Node del = NodeFactory.createURI(ID + "delegation/state/UA/" + talks);
            assertTrue(dsg.contains(g("c"), del, PARLEY.delegationTo.asNode(), ev(talks)), "delegation renamed after the event");
            assertFalse(dsg.find(Node.ANY, ev("meeting/state.RU+state.UA/place.Q406/2025-05"), Node.ANY, Node.ANY).hasNext());
        });
        assertEquals(0, linker.link(dsg), "idempotent");
    }

    @Test
    void differentMonthsPlacesPartiesOrFamiliesStayApart() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            report(dsg, "a", "negotiation/state.RU+state.UA/place.Q406/2025-05", null);
            report(dsg, "b", "negotiation/state.RU+state.UA/place.Q406/2022-03", null);   // other month
            report(dsg, "c", "negotiation/state.RU+state.UA/place.Q1490/2025-05", null);  // other place
            report(dsg, "d", "negotiation/state.TR+state.UA/place.Q406/2025-05", null);   // other parties
            report(dsg, "e", "attack/state.RU+state.UA/place.Q406/2025-05", null);        // other family
            report(dsg, "f", "phone-call/state.RU+state.UA/place.Q406/2025-05", null);
            report(dsg, "g", "meeting/person.a-b+person.c-d/state.FR/2019", null);
            report(dsg, "h", "meeting/person.a-b+person.c-d", null);   // no time: not the meeting of 2019
        });
        assertEquals(0, new EventLinker(ParleyNamespaces.defaults()).link(dsg));
        assertEquals(8, canonical(dsg).size());
    }

    @Test
    void anEventThatFitsTwoDistinctEventsIsLeftAlone() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            report(dsg, "a", "negotiation/state.RU+state.UA/place.Q406/2025-05", null);
            report(dsg, "b", "negotiation/state.RU+state.UA/place.Q406/2022-03", null);
            report(dsg, "c", "negotiation/state.RU+state.UA/place.Q406", null);
        });
        assertEquals(0, new EventLinker(ParleyNamespaces.defaults()).link(dsg));
    }

    @Test
    void aClaimedDateOfAnotherMonthBlocksTheMergeEvenWhenTheKeyHasNoMonth() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            report(dsg, "a", "negotiation/state.RU+state.UA/2025-05", null);
            report(dsg, "b", "negotiation/state.RU+state.UA", "2025-06-02");
        });
        assertEquals(0, new EventLinker(ParleyNamespaces.defaults()).link(dsg));
    }

    @Test
    void contentEventsMergeOnlyWithTheirSpeechActsAndSurnamesCountAsTheMergedPerson() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.add(g("p"), NodeFactory.createURI(ID + "person/vladimir-putin"), RDF.type.asNode(), PARLEY.Person.asNode());
            dsg.add(g("p"), NodeFactory.createURI(ID + "person/volodymyr-zelensky"), RDF.type.asNode(), PARLEY.Person.asNode());
            report(dsg, "a", "ceasefire/unknown/2025-05/of/demand/state.UA/2025-05", null);
            report(dsg, "b", "ceasefire/unknown/of/demand/state.UA", null);
            report(dsg, "c", "ceasefire/unknown/of/rejection/state.RU", null);   // another speech act: stays apart
            report(dsg, "d", "demand/state.UA/2025-05", null);
            report(dsg, "e", "demand/state.UA", null);
            report(dsg, "e", "withdrawal/state.UA/of/demand/state.UA", null);
            report(dsg, "f", "meeting/person.vladimir-putin+person.volodymyr-zelensky/state.FR/2019", null);
            report(dsg, "g", "meeting/person.putin+person.zelensky/2019", null);
            report(dsg, "h", "demand/unknown", null);   // no parties: too vague to merge by itself
            report(dsg, "i", "demand/unknown/2025-05", null);
        });
        EventLinker linker = new EventLinker(ParleyNamespaces.defaults());
        assertEquals(3, linker.link(dsg));
        assertEquals(Set.of("ceasefire/unknown/2025-05/of/demand/state.UA/2025-05", "ceasefire/unknown/of/rejection/state.RU",
                "demand/state.UA/2025-05", "meeting/person.vladimir-putin+person.volodymyr-zelensky/state.FR/2019",
                "demand/unknown", "demand/unknown/2025-05", "withdrawal/state.UA/of/demand/state.UA"), canonical(dsg));
        assertEquals(0, linker.link(dsg), "idempotent, though merged speech acts are still named in content keys");
    }
}
