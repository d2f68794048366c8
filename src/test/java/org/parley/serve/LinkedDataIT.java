package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.OntologyResources;
import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;
import org.parley.testutil.Sparql;

/**
 * Dereferenceable IRIs over real HTTP: content negotiation for each format, the HTML page, the ontology and its
 * documentation, the JSON-LD context, VoID and the Service Description, on an embedded server on a loopback port.
 */
class LinkedDataIT {
    static {
        JenaSystem.init();
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String UA = "https://w3id.org/parley/id/state/UA";
    private static final String TALKS = "https://w3id.org/parley/id/event/istanbul-talks-2025-05-16";
    static KnowledgeStore store;
    static ParleyServer server;
    static String root;

    @BeforeAll
    static void start() {
        store = KnowledgeStore.inMemory();
        store.replace(new ArticleGraph("example", NodeFactory.createURI("https://w3id.org/parley/id/graph/example"), "d1",
                RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl")));
        ParleyServer.Builder b = ParleyServer.builder().dataset(store.dataset()).port(0).enableUi(false);
        LinkedDataServlet.install(b, store.dataset(), ParleyNamespaces.defaults());
        server = b.build().start();
        root = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    /** The local URL of a Parley IRI: the same path on this server. */
    private static String local(String iri) {
        return root + URI.create(iri).getRawPath() + (URI.create(iri).getRawQuery() == null ? "" : "?" + URI.create(iri).getRawQuery());
    }

    private static HttpResponse<byte[]> get(String url, String accept) {
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).GET();
            if (accept != null) r.header("Accept", accept);
            return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base("http://example.org/").parse(g);
        return g;
    }

    private static Graph fetch(String url, String accept, Lang lang) {
        HttpResponse<byte[]> r = get(url, accept);
        assertEquals(200, r.statusCode(), url + " " + accept);
        assertTrue(contentType(r).startsWith(lang.getHeaderString()), contentType(r) + " for " + accept);
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
        return parse(r.body(), lang);
    }

    /** JSON-LD with the published context fetched from this server and put inline (no network needed). */
    private static Graph jsonLd(byte[] body) {
        JsonObject doc = JSON.parse(new String(body, StandardCharsets.UTF_8));
        assertEquals("https://w3id.org/parley/context.jsonld", doc.get("@context").getAsString().value());
        HttpResponse<byte[]> ctx = get(root + "/parley/context.jsonld", "application/ld+json");
        assertEquals(200, ctx.statusCode());
        JsonObject context = JSON.parse(new String(ctx.body(), StandardCharsets.UTF_8));
        doc.put("@context", context.get("@context"));
        return parse(doc.toString().getBytes(StandardCharsets.UTF_8), Lang.JSONLD);
    }

    private static Document xml(byte[] html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    }

    @Test
    void anEntityIriAnswersInEveryRdfFormatWithTheSameTriples() {
        Graph ttl = fetch(local(UA), "text/turtle", Lang.TURTLE);
        Node ua = NodeFactory.createURI(UA);
        assertTrue(ttl.contains(ua, RDFS.label.asNode(), NodeFactory.createLiteralString("Ukraine")));
        assertTrue(ttl.contains(ua, org.apache.jena.vocabulary.OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q212")));
        // what points at it: the talks, and the mentions that refer to it
        assertTrue(ttl.contains(NodeFactory.createURI(TALKS), Node.ANY, ua));
        assertTrue(ttl.find(Node.ANY, org.parley.rdf.PARLEY.refersTo.asNode(), ua).toList().size() >= 2);

        assertTrue(IsoMatcher.isomorphic(ttl, fetch(local(UA), "application/n-triples", Lang.NTRIPLES)), "N-Triples");
        assertTrue(IsoMatcher.isomorphic(ttl, fetch(local(UA), "application/rdf+xml", Lang.RDFXML)), "RDF/XML");
        HttpResponse<byte[]> jr = get(local(UA), "application/ld+json");
        assertEquals(200, jr.statusCode());
        assertTrue(contentType(jr).startsWith("application/ld+json"), contentType(jr));
        assertTrue(IsoMatcher.isomorphic(ttl, jsonLd(jr.body())), "JSON-LD");
        assertTrue(IsoMatcher.isomorphic(ttl, parse(get(local(UA) + "?format=nt", "text/html").body(), Lang.NTRIPLES)),
                "the format parameter overrides Accept");
    }

    @Test
    void qualityValuesDecide() {
        assertTrue(contentType(get(local(UA), "text/turtle;q=0.5, application/n-triples")).startsWith("application/n-triples"));
        assertTrue(contentType(get(local(UA), "*/*")).startsWith("text/turtle"));
        assertTrue(contentType(get(local(UA), null)).startsWith("text/turtle"));
        assertTrue(contentType(get(local(UA), "application/*;q=0.9, text/turtle;q=0.1")).startsWith("application/"));
    }

    @Test
    void browsersGetAWellFormedHtmlPageWithTheSourceSentencesAndLinks() throws Exception {
        HttpResponse<byte[]> r = get(local(UA), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"), contentType(r));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        Document doc = xml(r.body());
        assertEquals("Ukraine", doc.getElementsByTagName("h1").item(0).getTextContent());
        assertTrue(doc.getElementsByTagName("mark").getLength() >= 2, "mentions marked");
        assertEquals("Ukraine", doc.getElementsByTagName("mark").item(0).getTextContent());
        assertTrue(doc.getDocumentElement().getTextContent().contains("Russia and Ukraine held their first direct talks"), "the source sentence");
        assertTrue(html.contains("href=\"/parley/id/event/istanbul-talks-2025-05-16\""), "relations as local links");
        assertTrue(html.contains("href=\"/parley/ontology#State\""), "types link to the ontology");
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q212\""), "external links as they are");

        Document event = xml(get(local(TALKS), "text/html").body());
        String text = event.getDocumentElement().getTextContent();
        assertTrue(text.contains("Turkey hosted the talks"), "evidence sentence on the event page");
        assertTrue(text.contains("Istanbul"));
    }

    @Test
    void articlesMentionsAndGraphsDereferenceToo() {
        String article = "https://w3id.org/parley/id/article/0123456789abcdef";
        Graph a = fetch(local(article), "text/turtle", Lang.TURTLE);
        assertTrue(a.contains(NodeFactory.createURI(article), org.parley.rdf.NIF.isString.asNode(), Node.ANY));
        Graph m = fetch(local(article + "/mention/37-43"), "text/turtle", Lang.TURTLE);
        assertTrue(m.contains(Node.ANY, org.parley.rdf.PARLEY.refersTo.asNode(), NodeFactory.createURI("https://w3id.org/parley/id/state/RU")));
        Graph g = fetch(local("https://w3id.org/parley/id/graph/example"), "application/n-triples", Lang.NTRIPLES);
        assertEquals(RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl").size(), g.size());
    }

    @Test
    void unknownIrisAre404AndUnservableFormats406() {
        assertEquals(404, get(local("https://w3id.org/parley/id/person/nobody-at-all"), "text/turtle").statusCode());
        assertEquals(406, get(local(UA), "image/png").statusCode());
    }

    @Test
    void theOntologyIriServesTheOntologyAndItsDocumentation() throws Exception {
        Graph ontology = OntologyResources.ontology();
        assertTrue(IsoMatcher.isomorphic(ontology, fetch(root + "/parley/ontology", "text/turtle", Lang.TURTLE)));
        assertTrue(IsoMatcher.isomorphic(ontology, fetch(root + "/parley/ontology", "application/n-triples", Lang.NTRIPLES)));
        assertTrue(IsoMatcher.isomorphic(ontology, fetch(root + "/parley/ontology", "application/rdf+xml", Lang.RDFXML)));
        assertTrue(IsoMatcher.isomorphic(ontology, jsonLd(get(root + "/parley/ontology", "application/ld+json").body())));
        assertTrue(IsoMatcher.isomorphic(ontology, fetch(root + "/parley/ontology/0.3.0", "text/turtle", Lang.TURTLE)), "version IRI");
        assertEquals(404, get(root + "/parley/ontology/9.9.9", "text/turtle").statusCode(), "no other version");
        HttpResponse<byte[]> doc = get(root + "/parley/ontology", "text/html");
        assertTrue(contentType(doc).startsWith("text/html"));
        Document d = xml(doc.body());
        assertNotNull(d.getElementById("Person") != null ? d.getElementById("Person") : findById(d, "Person"), "term anchors");
        String html = new String(doc.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"Negotiation\"") && html.contains("id=\"cameo-046\"") && html.contains("owl:versionIRI") == false);
        assertTrue(html.contains("https://w3id.org/parley/ontology/0.3.0"), "version IRI shown");
        assertTrue(IsoMatcher.isomorphic(OntologyResources.shapes(), fetch(root + "/parley/shapes", "text/turtle", Lang.TURTLE)));
        xml(get(root + "/parley/shapes", "text/html").body());
    }

    private static org.w3c.dom.Element findById(Document d, String id) {
        var all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            var e = (org.w3c.dom.Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) return e;
        }
        return null;
    }

    @Test
    void voidDescribesTheDatasetWithCurrentStatistics() {
        Graph v = fetch(root + "/.well-known/void", "text/turtle", Lang.TURTLE);
        Node d = NodeFactory.createURI("https://w3id.org/parley/id/dataset");
        Node triples = NodeFactory.createURI(VoidDescription.VOID + "triples");
        assertTrue(v.contains(d, org.apache.jena.vocabulary.RDF.type.asNode(), NodeFactory.createURI(VoidDescription.VOID + "Dataset")));
        long before = Long.parseLong(v.find(d, triples, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(store.size(), before);
        assertTrue(v.contains(d, NodeFactory.createURI(VoidDescription.VOID + "sparqlEndpoint"), NodeFactory.createURI(root + "/parley/sparql")));
        assertTrue(v.find(d, NodeFactory.createURI(VoidDescription.VOID + "classPartition"), Node.ANY).hasNext());

        // a new article graph: the statistics follow
        Graph extra = GraphFactory.createDefaultGraph();
        Node a = NodeFactory.createURI("https://w3id.org/parley/id/article/ffff");
        extra.add(a, org.parley.rdf.PARLEY.contentDigest.asNode(), NodeFactory.createLiteralString("x"));
        extra.add(a, RDFS.label.asNode(), NodeFactory.createLiteralString("extra"));
        store.replace(new ArticleGraph("extra", NodeFactory.createURI("https://w3id.org/parley/id/graph/extra"), "x", extra));
        try {
            Graph v2 = fetch(root + "/.well-known/void", "application/n-triples", Lang.NTRIPLES);
            assertEquals(before + 2, Long.parseLong(v2.find(d, triples, Node.ANY).next().getObject().getLiteralLexicalForm()));
        } finally {
            store.remove("https://w3id.org/parley/id/graph/extra");
        }
    }

    @Test
    void theQueryEndpointReturnsItsServiceDescriptionAndStillAnswersQueries() {
        Graph sd = fetch(server.sparqlUrl(), "text/turtle", Lang.TURTLE);
        String SD = DescribedQueryProcessor.SD;
        Node service = sd.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), NodeFactory.createURI(SD + "Service")).next().getSubject();
        assertTrue(sd.contains(service, NodeFactory.createURI(SD + "endpoint"), NodeFactory.createURI(server.sparqlUrl())));
        assertTrue(sd.contains(service, NodeFactory.createURI(SD + "supportedLanguage"), NodeFactory.createURI(SD + "SPARQL11Query")));
        assertTrue(sd.contains(service, NodeFactory.createURI(SD + "feature"), NodeFactory.createURI(SD + "UnionDefaultGraph")));
        assertFalse(Sparql.select(server.sparqlUrl(), "SELECT ?l { <" + UA + "> rdfs:label ?l }").isEmpty());
        HttpResponse<byte[]> q = get(server.sparqlUrl() + "?query=" + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, q.statusCode());
    }
}
