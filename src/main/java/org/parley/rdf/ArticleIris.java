package org.parley.rdf;

import org.apache.jena.graph.Node;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.parley.model.Article;
import org.parley.model.EntityRef;
import org.parley.model.TextSpan;

/** Mints the IRIs of articles, their graphs, sentences, mentions and entities under a base namespace. */
public final class ArticleIris {
    private final ParleyNamespaces ns;

    public ArticleIris(ParleyNamespaces ns) {
        this.ns = Objects.requireNonNull(ns, "ns");
    }

    /** A short stable identifier for an article key: the first 16 hex digits of its SHA-256. */
    public static String articleId(String articleKey) {
        return sha256(articleKey).substring(0, 16);
    }

    public String article(Article a) {
        return ns.id() + "article/" + articleId(a.key());
    }

    public String graph(String articleKey) {
        return ns.id() + "graph/" + articleId(articleKey);
    }

    /**
     * The store's knowledge graph: the gazetteer's descriptions of the entities that articles refer to, each stated
     * once for the whole store (see {@link ArticleGraph}). Article graph names end in 16 hex digits, so they never
     * equal it.
     */
    public String knowledgeGraph() {
        return ns.id() + KNOWLEDGE_GRAPH;
    }

    private static final String KNOWLEDGE_GRAPH = "graph/gazetteer";

    /** Whether a graph name is a knowledge graph's, under any base namespace. */
    public static boolean isKnowledgeGraph(Node graphName) {
        return graphName.isURI() && graphName.getURI().endsWith("/" + KNOWLEDGE_GRAPH);
    }

    /** The graph an article's rejected graph and its validation report go to when it violates the shapes. */
    public String quarantine(String articleKey) {
        return ns.id() + "quarantine/" + articleId(articleKey);
    }

    public String sentence(Article a, int index) {
        return article(a) + "/sentence/" + index;
    }

    public String mention(Article a, TextSpan span) {
        return article(a) + "/mention/" + span.begin() + "-" + span.end();
    }

    public String entity(EntityRef e) {
        return ns.id() + e.key();
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
