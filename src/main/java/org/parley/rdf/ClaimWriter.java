package org.parley.rdf;

import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Evidence;

/**
 * Writes facts into one article's graph: each fact as its direct triple plus a {@link PARLEY#Claim} that
 * reifies it with its source (article, sentence, code-point offsets and text of the evidence, extractor,
 * confidence). Claim IRIs are {@code <article>/claim/<hash>}, the hash of the triple, the evidence span and the
 * extractor: the same fact read from the same words gives the same claim on every run.
 *
 * Not thread-safe: one instance per article being mapped.
 */
final class ClaimWriter {
    private final Graph g;
    private final ArticleIris iris;
    private final Article a;
    private final Node article;
    private final GraphMapper.CodePoints cp;
    private final int sentences;

    ClaimWriter(Graph g, ArticleIris iris, AnnotatedArticle annotated, Node article, GraphMapper.CodePoints cp) {
        this.g = Objects.requireNonNull(g, "g");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.a = annotated.article();
        this.article = Objects.requireNonNull(article, "article");
        this.cp = Objects.requireNonNull(cp, "cp");
        this.sentences = annotated.sentences().size();
    }

    Graph graph() {
        return g;
    }

    Node article() {
        return article;
    }

    /** Whether evidence points at a sentence of the article and at characters of its text. */
    boolean valid(Evidence ev) {
        return ev.sentence() < sentences && ev.span().end() <= a.text().length();
    }

    Node sentence(Evidence ev) {
        return NodeFactory.createURI(iris.sentence(a, ev.sentence()));
    }

    /** States {@code s p o} and the claim that this article's evidence supports it; returns the claim. */
    Node claim(Node s, Node p, Node o, Evidence ev, String timeText) {
        g.add(s, p, o);
        String id = ArticleIris.sha256(term(s) + ' ' + term(p) + ' ' + term(o) + ' ' + ev.sentence() + ':'
                + ev.span().begin() + '-' + ev.span().end() + ' ' + ev.extractor()).substring(0, 20);
        Node c = NodeFactory.createURI(iris.article(a) + "/claim/" + id);
        if (g.contains(c, RDF.type.asNode(), PARLEY.Claim.asNode())) return c;
        g.add(c, RDF.type.asNode(), PARLEY.Claim.asNode());
        g.add(c, RDF.subject.asNode(), s);
        g.add(c, RDF.predicate.asNode(), p);
        g.add(c, RDF.object.asNode(), o);
        source(c, ev);
        if (timeText != null) g.add(c, PARLEY.timeExpression.asNode(), GraphMapper.string(timeText));
        return c;
    }

    Node claim(Node s, org.apache.jena.rdf.model.Property p, Node o, Evidence ev) {
        return claim(s, p.asNode(), o, ev, null);
    }

    /** The article, sentence, offsets and text of the evidence, its extractor and confidence, on {@code node}. */
    void source(Node node, Evidence ev) {
        g.add(node, PARLEY.inArticle.asNode(), article);
        g.add(node, PARLEY.inSentence.asNode(), sentence(ev));
        g.add(node, NIF.beginIndex.asNode(), nonNegative(cp.at(ev.span().begin())));
        g.add(node, NIF.endIndex.asNode(), nonNegative(cp.at(ev.span().end())));
        g.add(node, NIF.anchorOf.asNode(), GraphMapper.string(ev.span().cover(a.text())));
        g.add(node, PARLEY.extractor.asNode(), GraphMapper.string(ev.extractor()));
        g.add(node, PARLEY.confidence.asNode(), NodeValue.makeDouble(ev.confidence()).asNode());
    }

    static Node nonNegative(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    /** A node written unambiguously, for hashing. */
    private static String term(Node n) {
        if (n.isURI()) return "<" + n.getURI() + ">";
        if (n.isLiteral())
            return '"' + n.getLiteralLexicalForm().replace("\\", "\\\\").replace("\"", "\\\"") + "\"^^<"
                    + n.getLiteralDatatypeURI() + ">@" + n.getLiteralLanguage();
        return n.toString();
    }
}
