package org.parley.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import org.parley.rdf.NIF;
import org.parley.rdf.PARLEY;
import org.parley.store.UnionScanExecutor;

/**
 * What the store says about one IRI, for a linked-data response: the triples about it (from every article
 * graph), the triples that point at it, the labels of the resources on both sides, and the source sentences
 * (with the mention marked) that it was read from. A graph IRI describes the whole named graph.
 *
 * @param iri       the resource
 * @param graph     the triples to publish
 * @param sources   source sentences, each split around the marked mention
 */
record ResourceDescription(String iri, Graph graph, List<Source> sources) {
    /** Incoming edges beyond this many are left out (an entity mentioned everywhere). */
    static final int MAX_INCOMING = 2_000;
    /** Source sentences beyond this many are left out of the HTML page. */
    static final int MAX_SOURCES = 50;

    ResourceDescription {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(graph, "graph");
        sources = List.copyOf(sources);
    }

    /**
     * A sentence the resource was read from, split into the text before the mention, the mention and the text after
     * (mention empty for evidence sentences).
     */
    record Source(String article, String articleTitle, String sentence, String before, String mention, String after) {}

    boolean isEmpty() {
        return graph.isEmpty();
    }

    /** Describes {@code iri} from the union of the dataset's named graphs (in a read transaction). */
    static ResourceDescription of(DatasetGraph dsg, String iri) {
        Node s = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            if (dsg.containsGraph(s)) {
                dsg.getGraph(s).find().forEachRemaining(g::add);
                return new ResourceDescription(iri, g, List.of());
            }
            // each triple once, however many article graphs state it (their copies are skipped, not read)
            UnionScanExecutor.unionFind(dsg, s, Node.ANY, Node.ANY).forEachRemaining(g::add);
            Iterator<Triple> in = UnionScanExecutor.unionFind(dsg, Node.ANY, Node.ANY, s);
            for (int n = 0; in.hasNext() && n < MAX_INCOMING; n++) g.add(in.next());
            Set<Node> neighbours = new LinkedHashSet<>();
            g.find().forEachRemaining(t -> {
                if (t.getObject().isURI()) neighbours.add(t.getObject());
                if (t.getSubject().isURI()) neighbours.add(t.getSubject());
            });
            neighbours.remove(s);
            for (Node n : neighbours) {
                Iterator<Quad> labels = dsg.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY);
                if (labels.hasNext()) g.add(labels.next().asTriple());
            }
            return new ResourceDescription(iri, g, sources(dsg, s));
        });
    }

    private static List<Source> sources(DatasetGraph dsg, Node s) {
        List<Source> out = new ArrayList<>();
        // mentions are read only until there are sources enough: an entity that 20,000 articles name has at least
        // 20,000 of them
        Set<Node> mentions = new LinkedHashSet<>();
        if (dsg.find(Node.ANY, s, NIF.anchorOf.asNode(), Node.ANY).hasNext()
                && dsg.find(Node.ANY, s, PARLEY.inSentence.asNode(), Node.ANY).hasNext())
            addSource(out, dsg, s, mentions);
        Iterator<Quad> refs = dsg.find(Node.ANY, Node.ANY, PARLEY.refersTo.asNode(), s);
        while (refs.hasNext() && out.size() < MAX_SOURCES) addSource(out, dsg, refs.next().getSubject(), mentions);
        Set<Node> evidence = new LinkedHashSet<>();
        Iterator<Triple> ev = UnionScanExecutor.unionFind(dsg, s, PARLEY.evidence.asNode(), Node.ANY);
        while (ev.hasNext() && evidence.size() < MAX_SOURCES) evidence.add(ev.next().getObject());
        if (dsg.find(Node.ANY, s, PARLEY.sentenceIndex.asNode(), Node.ANY).hasNext()) evidence.add(s);
        for (Node sentence : evidence) {
            if (out.size() >= MAX_SOURCES) break;
            Source src = cut(dsg, sentence, null);
            if (src != null) out.add(src);
        }
        return out;
    }

    /** Adds the source of mention {@code m}, unless {@code m} was seen before or has none. */
    private static void addSource(List<Source> out, DatasetGraph dsg, Node m, Set<Node> seen) {
        if (!seen.add(m)) return;
        Node sentence = one(dsg, m, PARLEY.inSentence.asNode());
        Source src = sentence == null ? null : cut(dsg, sentence, m);
        if (src != null) out.add(src);
    }

    /** The sentence's text from its article, split around the mention {@code m} (or whole when m is null). */
    private static Source cut(DatasetGraph dsg, Node sentence, Node m) {
        Node article = one(dsg, sentence, PARLEY.inArticle.asNode());
        if (article == null) return null;
        Node text = one(dsg, article, NIF.isString.asNode());
        Integer sb = integer(one(dsg, sentence, NIF.beginIndex.asNode()));
        Integer se = integer(one(dsg, sentence, NIF.endIndex.asNode()));
        if (text == null || sb == null || se == null) return null;
        String t = text.getLiteralLexicalForm();
        int cps = t.codePointCount(0, t.length());
        if (sb < 0 || se > cps || sb > se) return null;
        int mb = sb, me = sb;
        if (m != null) {
            Integer b = integer(one(dsg, m, NIF.beginIndex.asNode()));
            Integer e = integer(one(dsg, m, NIF.endIndex.asNode()));
            if (b == null || e == null || b < sb || e > se || b > e) return null;
            mb = b;
            me = e;
        }
        Node title = one(dsg, article, DCTerms.title.asNode());
        return new Source(article.getURI(), title == null ? null : title.getLiteralLexicalForm(), sentence.getURI(),
                sub(t, sb, mb), sub(t, mb, me), sub(t, me, se));
    }

    private static String sub(String t, int fromCp, int toCp) {
        return t.substring(t.offsetByCodePoints(0, fromCp), t.offsetByCodePoints(0, toCp));
    }

    private static Node one(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Integer integer(Node n) {
        if (n == null || !n.isLiteral()) return null;
        try {
            return Integer.parseInt(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first label of a node in this description, or null. */
    String label(Node n) {
        Iterator<Triple> it = graph.find(n, RDFS.label.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
