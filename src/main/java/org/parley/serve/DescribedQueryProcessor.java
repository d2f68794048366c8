package org.parley.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import org.parley.rdf.ParleyNamespaces;

/**
 * The SPARQL query endpoint, which also answers a GET without a query with its SPARQL 1.1 Service Description
 * (W3C Recommendation, §2: "a service description … returned by the service endpoint when dereferenced"):
 * the endpoint, the query language, result formats, the union default graph, and a link to the VoID
 * description. Content negotiation picks Turtle, N-Triples, JSON-LD or RDF/XML (Turtle for HTML). Queries run as in
 * {@link LimitedQueryDataset} (the result-size limit, texts seen before not parsed again).
 */
final class DescribedQueryProcessor extends LimitedQueryDataset {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    /** @param maxRows the most solutions a SELECT, CONSTRUCT or DESCRIBE query returns */
    DescribedQueryProcessor(long maxRows) {
        super(maxRows);
    }

    private static boolean isDescriptionRequest(HttpAction action) {
        String m = action.getRequestMethod();
        return ("GET".equals(m) || "HEAD".equals(m)) && action.getRequestParameter("query") == null;
    }

    @Override
    public void validate(HttpAction action) {
        if (!isDescriptionRequest(action)) super.validate(action);
    }

    @Override
    public void execGet(HttpAction action) {
        if (isDescriptionRequest(action)) describe(action);
        else super.execGet(action);
    }

    @Override
    public void execHead(HttpAction action) {
        if (isDescriptionRequest(action)) describe(action);
        else super.execHead(action);
    }

    private static void describe(HttpAction action) {
        String endpoint = action.getRequestRequestURL();
        String server = endpoint.substring(0, endpoint.length() - action.getRequestRequestURI().length());
        Graph g = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createURI(endpoint + "#service");
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), NodeFactory.createURI(endpoint));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        g.add(service, sd("feature"), sd("BasicFederatedQuery"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"))
            g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + f));
        g.add(service, RDFS.label.asNode(), NodeFactory.createLiteralLang("Parley knowledge graph (read-only SPARQL)", "en"));
        Node dataset = NodeFactory.createBlankNode();
        g.add(service, sd("defaultDataset"), dataset);
        g.add(dataset, RDF.type.asNode(), sd("Dataset"));
        g.add(dataset, RDF.type.asNode(), NodeFactory.createURI(VoidDescription.VOID + "Dataset"));
        g.add(dataset, RDFS.seeAlso.asNode(), NodeFactory.createURI(server + "/.well-known/void"));
        Node dg = NodeFactory.createBlankNode();
        g.add(dataset, sd("defaultGraph"), dg);
        g.add(dg, RDF.type.asNode(), sd("Graph"));
        g.add(dg, RDFS.comment.asNode(), NodeFactory.createLiteralLang("The union of the article graphs (one named graph per article) and the knowledge graph.", "en"));
        ConNeg.Format f = RdfResponses.format(action.getRequest());
        try {
            if (f == null) {
                RdfResponses.notAcceptable(action.getResponse());
                return;
            }
            if (f == ConNeg.Format.HTML) f = ConNeg.Format.TURTLE;
            var ns = ParleyNamespaces.defaults();
            RdfResponses.write(action.getResponse(), g, f, sdPrefixes(ns), ns.base() + "context.jsonld");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.apache.jena.shared.PrefixMapping sdPrefixes(ParleyNamespaces ns) {
        org.apache.jena.shared.PrefixMapping pm = org.apache.jena.shared.PrefixMapping.Factory.create();
        pm.setNsPrefixes(ns.prefixes());
        pm.setNsPrefix("sd", SD);
        pm.setNsPrefix("formats", FORMATS);
        return pm;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
