package org.parley.store;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.PARLEY;
import org.parley.rdf.validate.Validation;

/**
 * Where article graphs that violate Parley's shapes go instead of the knowledge graph: one named graph per
 * article ({@code …/id/quarantine/ID}) holding a {@link PARLEY#QuarantineRecord} with the rejected triples as
 * N-Triples text (so that they stay out of the union default graph) and the SHACL validation report as RDF.
 * An article that later passes is released from quarantine.
 *
 * <pre>{@code
 * Quarantine q = new Quarantine(store.dataset());
 * q.put(quarantineGraphIri, articleGraph, validation, "file.txt");
 * }</pre>
 *
 * Thread-safe (every method is one transaction).
 */
public final class Quarantine {
    private static final Node RECORD = PARLEY.QuarantineRecord.asNode();
    private static final Node SH_REPORT = NodeFactory.createURI("http://www.w3.org/ns/shacl#ValidationReport");
    private final DatasetGraph dsg;

    public Quarantine(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
    }

    /** Puts a rejected article graph and its report into the quarantine graph {@code quarantineGraph}, replacing what was there. */
    public void put(String quarantineGraph, ArticleGraph rejected, Validation validation, String sourceName) {
        Objects.requireNonNull(quarantineGraph, "quarantineGraph");
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(validation, "validation");
        Node g = NodeFactory.createURI(quarantineGraph);
        StringWriter nt = new StringWriter();
        RDFDataMgr.write(nt, rejected.graph(), Lang.NTRIPLES);
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            Node report = null;
            Iterator<Triple> it = validation.report().find();
            while (it.hasNext()) {
                Triple t = it.next();
                dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().equals(SH_REPORT)) report = t.getSubject();
            }
            dsg.add(g, g, RDF.type.asNode(), RECORD);
            dsg.add(g, g, PARLEY.quarantinedGraph.asNode(), rejected.graphName());
            dsg.add(g, g, PARLEY.sourceName.asNode(), NodeFactory.createLiteralString(sourceName));
            dsg.add(g, g, PARLEY.rejectedTriples.asNode(), NodeFactory.createLiteralString(nt.toString()));
            dsg.add(g, g, DCTerms.created.asNode(),
                    NodeFactory.createLiteralDT(java.time.Instant.now().toString(), XSDDatatype.XSDdateTime));
            if (report != null) dsg.add(g, g, PARLEY.validationReport.asNode(), report);
        });
    }

    /** Removes an article's quarantine graph, if there is one; returns whether there was. */
    public boolean release(String quarantineGraph) {
        Node g = NodeFactory.createURI(quarantineGraph);
        boolean present = Txn.calculateRead(dsg, () -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext());
        if (!present) return false;
        Txn.executeWrite(dsg, () -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        return true;
    }

    /** The names of the quarantine graphs in the store. */
    public List<Node> graphs() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), RECORD);
            while (it.hasNext()) {
                Quad q = it.next();
                if (!out.contains(q.getGraph())) out.add(q.getGraph());
            }
            return out;
        });
    }

    /** Whether a named graph is a quarantine graph (holds a quarantine record). */
    public boolean isQuarantine(Node graph) {
        return Txn.calculateRead(dsg, () -> dsg.find(graph, Node.ANY, RDF.type.asNode(), RECORD).hasNext());
    }
}
