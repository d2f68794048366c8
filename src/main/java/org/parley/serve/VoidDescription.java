package org.parley.serve;

import java.util.List;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import org.parley.rdf.NIF;
import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;
import org.parley.rdf.SCHEMA;

/**
 * The VoID description of the served dataset ({@code /.well-known/void}, RFC 5785 as VoID §7 places it), with
 * statistics computed from the store: triples, entities, articles, distinct subjects and objects, and class and
 * property partitions. Quarantine graphs are not counted. The statistics are recomputed whenever the set of
 * article graphs or their digests change, so they are current after every ingest.
 */
final class VoidDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final DatasetGraph dsg;
    private final ParleyNamespaces ns;
    private String cachedKey;
    private Graph cachedStats;

    VoidDescription(DatasetGraph dsg, ParleyNamespaces ns) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
        this.ns = Objects.requireNonNull(ns, "ns");
    }

    /** The dataset's IRI: {@code BASE/id/dataset}. */
    String datasetIri() {
        return ns.id() + "dataset";
    }

    /** The description; {@code serverUrl} (e.g. {@code http://127.0.0.1:3030}) locates the endpoints. */
    synchronized Graph graph(String serverUrl) {
        String key = fingerprint();
        if (!key.equals(cachedKey)) {
            cachedStats = statistics();
            cachedKey = key;
        }
        Graph g = GraphFactory.createDefaultGraph();
        cachedStats.find().forEachRemaining(g::add);
        Node d = NodeFactory.createURI(datasetIri());
        String sparql = serverUrl + "/parley/sparql";
        g.add(d, v("sparqlEndpoint"), NodeFactory.createURI(sparql));
        return g;
    }

    /** Graph names and digests of the article graphs: changes whenever an ingest changes the store. */
    private String fingerprint() {
        return Txn.calculateRead(dsg, () -> {
            StringBuilder sb = new StringBuilder();
            dsg.find(Node.ANY, Node.ANY, PARLEY.contentDigest.asNode(), Node.ANY)
                    .forEachRemaining(q -> sb.append(q.getGraph()).append(q.getObject().getLiteralLexicalForm()).append('\n'));
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PARLEY.QuarantineRecord.asNode())
                    .forEachRemaining(q -> sb.append("q").append(q.getGraph()).append('\n'));
            return Integer.toHexString(sb.toString().hashCode()) + ":" + sb.length();
        });
    }

    private Graph statistics() {
        Graph g = GraphFactory.createDefaultGraph();
        Node d = NodeFactory.createURI(datasetIri());
        String articleGraphs = "GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { GRAPH ?g { ?r a <" + PARLEY.QuarantineRecord.getURI() + "> } }";
        Txn.executeRead(dsg, () -> {
            Dataset ds = DatasetFactory.wrap(dsg);
            g.add(d, RDF.type.asNode(), v("Dataset"));
            g.add(d, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Parley knowledge graph", "en"));
            g.add(d, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                    "People, states, alliances, organisations, places and events found in news articles, with every mention "
                            + "traced to its article, sentence and character offsets; one named graph per article and one knowledge "
                            + "graph with the gazetteer's descriptions of the entities they name.", "en"));
            g.add(d, v("uriSpace"), NodeFactory.createLiteralString(ns.id()));
            for (String vocab : List.of(PARLEY.ONTOLOGY_IRI, NIF.NS, SCHEMA.NS, "http://www.w3.org/2004/02/skos/core#",
                    "http://purl.org/dc/terms/", "http://www.w3.org/ns/org#", "http://semanticweb.cs.vu.nl/2009/11/sem/"))
                g.add(d, v("vocabulary"), NodeFactory.createURI(vocab));
            for (String f : List.of("Turtle", "N-Triples", "JSON-LD", "RDF_XML"))
                g.add(d, v("feature"), NodeFactory.createURI(FORMATS + f));
            g.add(d, DCTerms.conformsTo.asNode(), NodeFactory.createURI(PARLEY.SHAPES_IRI));
            g.add(d, v("triples"), integer(count(ds, "SELECT (COUNT(*) AS ?n) { " + articleGraphs + " }")));
            g.add(d, v("distinctSubjects"), integer(count(ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) { " + articleGraphs + " }")));
            g.add(d, v("distinctObjects"), integer(count(ds, "SELECT (COUNT(DISTINCT ?o) AS ?n) { " + articleGraphs + " }")));
            g.add(d, v("properties"), integer(count(ds, "SELECT (COUNT(DISTINCT ?p) AS ?n) { " + articleGraphs + " }")));
            g.add(d, v("entities"), integer(count(ds, "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a <" + PARLEY.Entity.getURI() + "> } }")));
            g.add(d, v("documents"), integer(count(ds, "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?a a <" + PARLEY.Article.getURI() + "> } }")));
            long classes = 0;
            try (QueryExecution qe = QueryExecution.dataset(ds).query(
                    "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } } GROUP BY ?c ORDER BY ?c").build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    Node part = NodeFactory.createBlankNode();
                    g.add(d, v("classPartition"), part);
                    g.add(part, v("class"), row.getResource("c").asNode());
                    g.add(part, v("entities"), integer(row.getLiteral("n").getLong()));
                    classes++;
                }
            }
            g.add(d, v("classes"), integer(classes));
            try (QueryExecution qe = QueryExecution.dataset(ds).query(
                    "SELECT ?p (COUNT(*) AS ?n) { " + articleGraphs + " } GROUP BY ?p ORDER BY ?p").build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    Node part = NodeFactory.createBlankNode();
                    g.add(d, v("propertyPartition"), part);
                    g.add(part, v("property"), row.getResource("p").asNode());
                    g.add(part, v("triples"), integer(row.getLiteral("n").getLong()));
                }
            }
            try (QueryExecution qe = QueryExecution.dataset(ds).query(
                    "SELECT ?e { GRAPH ?g { ?e a <" + PARLEY.Person.getURI() + "> } } ORDER BY ?e LIMIT 1").build()) {
                ResultSet rs = qe.execSelect();
                if (rs.hasNext()) g.add(d, v("exampleResource"), rs.next().getResource("e").asNode());
            }
        });
        return g;
    }

    private static long count(Dataset ds, String q) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Node v(String local) {
        return NodeFactory.createURI(VOID + local);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
