package org.parley.rdf;

import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One article's graph, ready to be swapped into the store as the named graph {@code graphName}.
 *
 * @param articleKey the article's identity ({@link org.parley.model.Article#key()})
 * @param graphName  the named graph's IRI, stable across runs
 * @param digest     a digest of the article and the pipeline version: equal digests mean an equal graph
 * @param graph      the triples
 */
public record ArticleGraph(String articleKey, Node graphName, String digest, Graph graph) {
    public ArticleGraph {
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(graph, "graph");
        if (!graphName.isURI()) throw new IllegalArgumentException("graph name must be an IRI: " + graphName);
    }
}
