package org.parley.rdf;

import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One article's graph, ready to be swapped into the store as the named graph {@code graphName}, with the
 * background knowledge it refers to.
 *
 * <p>An entity found in the gazetteer (a state, an organisation of states, a place) is described by the gazetteer,
 * not by the article: its classes, name, Wikidata identity and gazetteer identifier are the same in every article
 * that mentions it. Those triples go to {@code knowledge}, which the store keeps once, in its knowledge graph
 * {@code knowledgeGraph}, however many articles refer to the entity. The article graph keeps what the article
 * itself says: its mentions of the entity, the spellings it used and its facts.
 *
 * @param articleKey     the article's identity ({@link org.parley.model.Article#key()})
 * @param graphName      the named graph's IRI, stable across runs
 * @param digest         a digest of the article and the pipeline version: equal digests mean an equal graph
 * @param graph          the triples
 * @param knowledgeGraph the IRI of the store's knowledge graph, where {@code knowledge} goes
 * @param knowledge      descriptions of the gazetteer entities the article refers to (may be empty)
 */
public record ArticleGraph(String articleKey, Node graphName, String digest, Graph graph, Node knowledgeGraph,
                           Graph knowledge) {
    public ArticleGraph {
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(knowledgeGraph, "knowledgeGraph");
        Objects.requireNonNull(knowledge, "knowledge");
        if (!graphName.isURI()) throw new IllegalArgumentException("graph name must be an IRI: " + graphName);
        if (!knowledgeGraph.isURI()) throw new IllegalArgumentException("knowledge graph name must be an IRI: " + knowledgeGraph);
        if (graphName.equals(knowledgeGraph)) throw new IllegalArgumentException("an article graph cannot be the knowledge graph");
    }

    /** An article graph without background knowledge (the knowledge graph of the default namespaces). */
    public ArticleGraph(String articleKey, Node graphName, String digest, Graph graph) {
        this(articleKey, graphName, digest, graph, DEFAULT_KNOWLEDGE_GRAPH, GraphFactory.createDefaultGraph());
    }

    private static final Node DEFAULT_KNOWLEDGE_GRAPH =
            org.apache.jena.graph.NodeFactory.createURI(new ArticleIris(ParleyNamespaces.defaults()).knowledgeGraph());

    /**
     * The article graph with the knowledge it refers to, as one read-only view: what the shapes check, since a
     * mention's entity must be typed and named, and for a gazetteer entity that is stated in {@code knowledge}.
     */
    public Graph withKnowledge() {
        return knowledge.isEmpty() ? graph : new Union(graph, knowledge);
    }
}
