package org.parley.rdf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

import org.parley.rdf.NIF;

/**
 * Runs both validations of {@link GraphValidator} (SHACL Core plus the Java evaluation of the SPARQL
 * constraints, and SHACL alone) on a graph and on broken copies of it, and asserts that they agree graph by
 * graph: the same verdict and the same report entries (severity, focus node, path, value, message, source
 * shape).
 */
final class ValidatorAgreement {
    private final GraphValidator validator = GraphValidator.standard();
    private int graphs, violating;

    int graphs() {
        return graphs;
    }

    int violating() {
        return violating;
    }

    /** Both validations of one graph agree. */
    void assertAgree(String what, Graph g) {
        Validation fast = validator.validate(g);
        Validation shacl = validator.validateWithShacl(g);
        assertEquals(shacl.conforms(), fast.conforms(), what + ": verdict; SHACL says " + shacl.problems());
        assertEquals(entries(shacl), entries(fast), what + ": report entries");
        assertEquals(new TreeSet<>(shacl.problems()), new TreeSet<>(fast.problems()), what + ": problems");
        graphs++;
        if (!shacl.conforms()) violating++;
    }

    /** The graph, and the graph without each one of its triples (in turn), agree. */
    void assertAgreeWithoutEachTriple(String what, Graph g) {
        assertAgree(what, g);
        for (Triple t : g.find().toList()) assertAgree(what + " without " + t, mutated(g, m -> m.delete(t)));
    }

    /**
     * Broken offsets on every span (a node with nif:beginIndex) of the graph: an end or a begin moved by one, or the
     * two swapped; and, on every {@code every}-th span, more: the begin moved back, an end beyond the text,
     * two ends, offsets and anchors of other datatypes and kinds.
     */
    void assertAgreeOnBrokenSpans(String what, Graph g, int every) {
        assertAgreeOnBrokenSpans(what, g, 1, every);
    }

    /** As {@link #assertAgreeOnBrokenSpans(String, Graph, int)}, on every {@code stride}-th span only. */
    void assertAgreeOnBrokenSpans(String what, Graph g, int stride, int every) {
        List<Node> spans = new ArrayList<>(new java.util.LinkedHashSet<>(
                g.find(Node.ANY, NIF.beginIndex.asNode(), Node.ANY).mapWith(Triple::getSubject).toList()));
        int i = 0, seen = 0;
        for (Node span : spans) {
            if (seen++ % stride != 0) continue;
            Map<String, Consumer<Graph>> breaks = new LinkedHashMap<>();
            breaks.put("end+1", m -> shift(m, span, NIF.endIndex.asNode(), 1));
            breaks.put("begin+1", m -> shift(m, span, NIF.beginIndex.asNode(), 1));
            breaks.put("reversed", m -> {
                Node b = one(m, span, NIF.beginIndex.asNode()), e = one(m, span, NIF.endIndex.asNode());
                set(m, span, NIF.beginIndex.asNode(), e);
                set(m, span, NIF.endIndex.asNode(), b);
            });
            if (i++ % every == 0) {
                breaks.put("begin-1", m -> shift(m, span, NIF.beginIndex.asNode(), -1));
                breaks.put("end far", m -> set(m, span, NIF.endIndex.asNode(), integer(100_000, XSDDatatype.XSDnonNegativeInteger)));
                breaks.put("two ends", m -> m.add(span, NIF.endIndex.asNode(),
                        integer(value(one(m, span, NIF.endIndex.asNode())) + 2, XSDDatatype.XSDnonNegativeInteger)));
                breaks.put("begin as string", m -> set(m, span, NIF.beginIndex.asNode(),
                        NodeFactory.createLiteralString(one(m, span, NIF.beginIndex.asNode()).getLiteralLexicalForm())));
                breaks.put("end as string", m -> set(m, span, NIF.endIndex.asNode(),
                        NodeFactory.createLiteralString(one(m, span, NIF.endIndex.asNode()).getLiteralLexicalForm())));
                breaks.put("begin negative", m -> set(m, span, NIF.beginIndex.asNode(), integer(-1, XSDDatatype.XSDinteger)));
                breaks.put("begin decimal", m -> set(m, span, NIF.beginIndex.asNode(), NodeFactory.createLiteralDT(
                        value(one(m, span, NIF.beginIndex.asNode())) + ".0", XSDDatatype.XSDdecimal)));
                breaks.put("end double", m -> set(m, span, NIF.endIndex.asNode(), NodeFactory.createLiteralDT(
                        value(one(m, span, NIF.endIndex.asNode())) + ".0e0", XSDDatatype.XSDdouble)));
                breaks.put("begin padded", m -> set(m, span, NIF.beginIndex.asNode(), NodeFactory.createLiteralDT(
                        "0" + value(one(m, span, NIF.beginIndex.asNode())), XSDDatatype.XSDinteger)));
                breaks.put("anchor with language", m -> set(m, span, NIF.anchorOf.asNode(), NodeFactory.createLiteralLang(
                        one(m, span, NIF.anchorOf.asNode()).getLiteralLexicalForm(), "en")));
                breaks.put("anchor an IRI", m -> set(m, span, NIF.anchorOf.asNode(), NodeFactory.createURI("urn:x:anchor")));
                breaks.put("anchor a blank node", m -> set(m, span, NIF.anchorOf.asNode(), NodeFactory.createBlankNode()));
                breaks.put("no anchor", m -> m.remove(span, NIF.anchorOf.asNode(), Node.ANY));
            }
            breaks.forEach((name, b) -> assertAgree(what + ": " + span + " " + name, mutated(g, b)));
        }
    }

    static Graph mutated(Graph g, Consumer<Graph> change) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        change.accept(copy);
        return copy;
    }

    static Node one(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject();
    }

    static void set(Graph g, Node s, Node p, Node o) {
        g.remove(s, p, Node.ANY);
        g.add(s, p, o);
    }

    static long value(Node n) {
        return Long.parseLong(n.getLiteralLexicalForm());
    }

    static Node integer(long v, XSDDatatype type) {
        return NodeFactory.createLiteralDT(Long.toString(v), type);
    }

    private static void shift(Graph g, Node s, Node p, int by) {
        Node old = one(g, s, p);
        set(g, s, p, integer(Math.max(0, value(old) + by), (XSDDatatype) old.getLiteralDatatype()));
    }

    /** The report's entries, each as one comparable line. */
    static Set<String> entries(Validation v) {
        Set<String> out = new TreeSet<>();
        for (ReportEntry e : ValidationReport.fromGraph(v.report()).getEntries())
            out.add(e.severity().level().getLocalName() + " | " + e.focusNode() + " | " + e.resultPath() + " | "
                    + e.value() + " | " + e.message() + " | " + e.source());
        return out;
    }
}
