package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parley SPARQL server over real HTTP on an ephemeral loopback port. One shared server for the read,
 * refusal, UI and CORS tests; the timeout and configuration-file tests start their own.
 */
class ParleyServerIT {

    private static final String EX = "http://example.org/";
    private static final Node ARTICLE_1 = NodeFactory.createURI(EX + "article/1");
    private static final Node ARTICLE_2 = NodeFactory.createURI(EX + "article/2");
    private static final Node MERKEL = NodeFactory.createURI(EX + "person/merkel");
    private static final Node CDU = NodeFactory.createURI(EX + "org/cdu");
    private static final Node MEMBER_OF = NodeFactory.createURI(EX + "memberOf");
    private static final Node META = NodeFactory.createURI(EX + "meta");
    private static final Node NOTE = NodeFactory.createURI(EX + "note");
    private static final Node LABEL = RDFS.label.asNode();

    private static final String JSON_RESULTS = "application/sparql-results+json";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static DatasetGraph dsg;
    private static ParleyServer server;

    @BeforeAll
    static void startServer() {
        dsg = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.add(ARTICLE_1, MERKEL, LABEL, NodeFactory.createLiteralString("Angela Merkel"));
            dsg.add(ARTICLE_1, MERKEL, MEMBER_OF, CDU);
            dsg.add(ARTICLE_2, CDU, LABEL, NodeFactory.createLiteralString("CDU"));
            // A triple in the stored default graph: hidden from queries (union default graph), seen by GSP ?default.
            dsg.getDefaultGraph().add(META, NOTE, NodeFactory.createLiteralString("stored default graph"));
        });
        server = ParleyServer.builder().dataset(dsg).port(0).build().start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    // ---- SPARQL query

    @Test
    void selectReturnsJsonResultsFromTheUnionDefaultGraph() throws Exception {
        // No GRAPH clause: the triples live only in named graphs, so they are found only through the union.
        String query = "SELECT ?name ?party WHERE { <" + MERKEL.getURI() + "> <" + LABEL.getURI() + "> ?name ; <"
                + MEMBER_OF.getURI() + "> ?p . ?p <" + LABEL.getURI() + "> ?party }";
        HttpResponse<byte[]> response = send(get(server.sparqlUrl() + "?query=" + enc(query))
                .header("Accept", JSON_RESULTS));

        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith(JSON_RESULTS), contentType(response));
        List<QuerySolution> rows = results(response);
        assertEquals(1, rows.size());
        assertEquals("Angela Merkel", rows.get(0).getLiteral("name").getLexicalForm());
        assertEquals("CDU", rows.get(0).getLiteral("party").getLexicalForm());
    }

    @Test
    void unionDefaultGraphHidesTheStoredDefaultGraphFromQueries() throws Exception {
        String query = "SELECT ?o WHERE { <" + META.getURI() + "> ?p ?o }";
        HttpResponse<byte[]> response = send(get(server.sparqlUrl() + "?query=" + enc(query))
                .header("Accept", JSON_RESULTS));
        assertEquals(200, response.statusCode());
        assertEquals(0, results(response).size());
        // ... while the triple is really there (proof that the setting, not missing data, hides it).
        assertTrue(Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().contains(META, NOTE, Node.ANY)));
    }

    @Test
    void queryEndpointAcceptsPostedQueries() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/query"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON_RESULTS)
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        assertEquals(200, response.statusCode());
        List<QuerySolution> rows = results(response);
        long expected = Txn.calculateRead(dsg, () -> dsg.getUnionGraph().size());
        assertEquals(expected, rows.get(0).getLiteral("n").getLong());
        assertEquals(3, expected);
    }

    // ---- Graph Store Protocol, read

    @Test
    void graphStoreReadsANamedGraph() throws Exception {
        HttpResponse<byte[]> response = send(get(server.datasetUrl() + "/get?graph=" + enc(ARTICLE_1.getURI()))
                .header("Accept", "application/n-triples"));
        assertEquals(200, response.statusCode());
        Graph received = parse(response, Lang.NTRIPLES);
        Graph stored = Txn.calculateRead(dsg, () -> copy(dsg.getGraph(ARTICLE_1)));
        assertEquals(2, received.size());
        assertTrue(received.isIsomorphicWith(stored));
    }

    @Test
    void graphStoreReadsTheDefaultGraphAndTheUnionGraph() throws Exception {
        HttpResponse<byte[]> dflt = send(get(server.datasetUrl() + "/get?default").header("Accept", "text/turtle"));
        assertEquals(200, dflt.statusCode());
        Graph stored = Txn.calculateRead(dsg, () -> copy(dsg.getDefaultGraph()));
        assertTrue(parse(dflt, Lang.TURTLE).isIsomorphicWith(stored));

        HttpResponse<byte[]> union = send(get(server.datasetUrl() + "/get?graph=" + enc("urn:x-arq:UnionGraph"))
                .header("Accept", "text/turtle"));
        assertEquals(200, union.statusCode());
        Graph storedUnion = Txn.calculateRead(dsg, () -> copy(dsg.getUnionGraph()));
        Graph receivedUnion = parse(union, Lang.TURTLE);
        assertEquals(3, receivedUnion.size());
        assertTrue(receivedUnion.isIsomorphicWith(storedUnion));
    }

    // ---- nothing can be written

    @Test
    void updatesAndGraphStoreWritesAreRefusedAndChangeNothing() throws Exception {
        long before = quadCount();
        String insert = "INSERT DATA { GRAPH <" + EX + "evil> { <" + EX + "s> <" + EX + "p> \"x\" } }";
        String turtle = "<" + EX + "s> <" + EX + "p> \"x\" .";
        String base = server.datasetUrl();
        Map<String, HttpRequest.Builder> attempts = Map.of(
                "update to sparql", postBody(base + "/sparql", "application/sparql-update", insert),
                "update form to sparql", postBody(base + "/sparql", "application/x-www-form-urlencoded",
                        "update=" + enc(insert)),
                "update to /update", postBody(base + "/update", "application/sparql-update", insert),
                "update to dataset", postBody(base, "application/sparql-update", insert),
                "GSP PUT", HttpRequest.newBuilder(URI.create(base + "/get?graph=" + enc(EX + "evil")))
                        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)),
                "GSP POST", postBody(base + "/get?graph=" + enc(EX + "evil"), "text/turtle", turtle),
                "GSP DELETE", HttpRequest.newBuilder(URI.create(base + "/get?graph=" + enc(ARTICLE_1.getURI())))
                        .DELETE(),
                "GSP POST to /data", postBody(base + "/data?default", "text/turtle", turtle),
                "upload", postBody(base + "/upload", "text/turtle", turtle));

        for (Map.Entry<String, HttpRequest.Builder> attempt : attempts.entrySet()) {
            int status = send(attempt.getValue()).statusCode();
            assertTrue(status >= 400 && status < 500, attempt.getKey() + " answered " + status);
        }
        assertEquals(before, quadCount());
        assertTrue(Txn.calculateRead(dsg, () -> dsg.containsGraph(ARTICLE_1)));
        assertFalse(Txn.calculateRead(dsg, () -> dsg.containsGraph(NodeFactory.createURI(EX + "evil"))));
    }

    @Test
    void adminWritesAreRefusedAndTheDatasetRemains() throws Exception {
        String root = serverRoot();
        List<HttpRequest.Builder> attempts = List.of(
                postBody(root + "$/datasets", "application/x-www-form-urlencoded", "dbName=other&dbType=mem"),
                postBody(root + "$/datasets", "text/turtle", "<a> <b> <c> ."),
                HttpRequest.newBuilder(URI.create(root + "$/datasets/parley")).DELETE(),
                postBody(root + "$/datasets/parley?state=offline", "text/plain", ""),
                postBody(root + "$/compact/parley", "text/plain", ""),
                postBody(root + "$/backup/parley", "text/plain", ""),
                postBody(root + "$/backups/parley", "text/plain", ""),
                postBody(root + "$/sleep", "text/plain", ""),
                postBody(root + "$/tasks", "text/plain", ""),
                postBody(root + "$/reload", "text/plain", ""),
                postBody(root + "$/server", "text/plain", ""),
                HttpRequest.newBuilder(URI.create(root + "$/datasets/parley"))
                        .PUT(HttpRequest.BodyPublishers.ofString("x")));
        for (HttpRequest.Builder attempt : attempts) {
            HttpRequest request = attempt.build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status >= 400 && status < 500, request.method() + " " + request.uri() + " answered " + status);
        }
        // Still exactly one dataset, still active, still answering.
        JsonArray datasets = datasetsJson();
        assertEquals(1, datasets.size());
        assertEquals("/parley", datasets.get(0).getAsObject().getString("ds.name"));
        assertTrue(datasets.get(0).getAsObject().get("ds.state").getAsBoolean().value());
        HttpResponse<byte[]> ask = send(get(server.sparqlUrl() + "?query=" + enc("ASK { ?s ?p ?o }"))
                .header("Accept", JSON_RESULTS));
        assertEquals(200, ask.statusCode());
    }

    @Test
    void adminReadEndpointsForTheUiWork() throws Exception {
        String root = serverRoot();
        assertEquals(200, send(get(root + "$/ping")).statusCode());

        JsonArray datasets = datasetsJson();
        assertEquals(List.of("/parley"),
                datasets.stream().map(d -> d.getAsObject().getString("ds.name")).toList());
        List<String> operations = new ArrayList<>();
        for (JsonValue service : datasets.get(0).getAsObject().get("ds.services").getAsArray()) {
            operations.add(service.getAsObject().getString("srv.type"));
        }
        assertTrue(operations.contains("query"), operations.toString());
        assertTrue(operations.contains("gsp-r"), operations.toString());
        assertFalse(operations.contains("update"), operations.toString());
        assertFalse(operations.contains("gsp-rw"), operations.toString());

        HttpResponse<byte[]> status = send(get(root + "$/server").header("Accept", "application/json"));
        assertEquals(200, status.statusCode());
        JsonObject serverJson = JSON.parse(body(status));
        assertEquals("/parley", serverJson.get("datasets").getAsArray().get(0).getAsObject().getString("ds.name"));

        HttpResponse<byte[]> stats = send(get(root + "$/stats/parley").header("Accept", "application/json"));
        assertEquals(200, stats.statusCode());
        assertTrue(JSON.parse(body(stats)).get("datasets").getAsObject().hasKey("/parley"));
    }

    // ---- UI, CORS, binding

    @Test
    void fusekiUiIsServedAtTheRoot() throws Exception {
        assertEquals(server.uiUrl(), serverRoot());
        HttpResponse<byte[]> index = send(get(server.uiUrl()));
        assertEquals(200, index.statusCode());
        assertTrue(contentType(index).startsWith("text/html"), contentType(index));
        String html = body(index);
        assertTrue(html.contains("<div id=\"app\"></div>"), html);
        assertTrue(html.contains("Apache Jena Fuseki UI"), html);

        // The application script the page loads is served too.
        Matcher script = Pattern.compile("<script[^>]*src=\"\\./([^\"]+\\.js)\"").matcher(html);
        assertTrue(script.find(), html);
        HttpResponse<byte[]> js = send(get(server.uiUrl() + script.group(1)));
        assertEquals(200, js.statusCode());
        assertTrue(contentType(js).contains("javascript"), contentType(js));
        assertTrue(js.body().length > 1000);
    }

    @Test
    void corsHeadersAreSentToBrowserOrigins() throws Exception {
        String origin = "http://browser.example";
        HttpResponse<byte[]> response = send(get(server.sparqlUrl() + "?query=" + enc("ASK {}"))
                .header("Origin", origin).header("Accept", JSON_RESULTS));
        assertEquals(200, response.statusCode());
        String allowed = response.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
        assertNotNull(allowed, response.headers().map().toString());
        assertTrue(allowed.equals("*") || allowed.equals(origin), allowed);

        HttpResponse<byte[]> preflight = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        assertTrue(preflight.statusCode() >= 200 && preflight.statusCode() < 300, "status " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                preflight.headers().map().toString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"),
                preflight.headers().map().toString());
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertEquals(ParleyServer.DEFAULT_HOST, server.host());
        assertTrue(server.boundAddress().getAddress().isLoopbackAddress(), server.boundAddress().toString());
        assertEquals(server.port(), server.boundAddress().getPort());
        assertNotEquals(0, server.port());
        assertTrue(server.sparqlUrl().startsWith("http://127.0.0.1:" + server.port() + "/parley/sparql"));
    }

    @Test
    void aTripleInManyGraphsIsAnsweredOnceAndItsCopiesAreSkipped() throws Exception {
        DatasetGraph copies = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(copies, () -> {
            for (int i = 0; i < 500; i++) {
                Node article = NodeFactory.createURI(EX + "article/" + i);
                copies.add(article, MERKEL, LABEL, NodeFactory.createLiteralString("Angela Merkel"));
                copies.add(article, NodeFactory.createURI(EX + "mention/" + i), NodeFactory.createURI(EX + "refersTo"), MERKEL);
            }
        });
        try (ParleyServer s = ParleyServer.builder().dataset(copies).port(0).enableUi(false).build().start()) {
            long seeks = org.parley.store.UnionScanExecutor.seeks();
            String query = "SELECT DISTINCT ?p ?o { { <" + MERKEL.getURI() + "> ?p ?o } UNION { ?o ?p <" + MERKEL.getURI() + "> } }";
            HttpResponse<byte[]> response = send(get(s.sparqlUrl() + "?query=" + enc(query)).header("Accept", JSON_RESULTS));
            assertEquals(200, response.statusCode());
            List<QuerySolution> rows = results(response);
            assertEquals(501, rows.size());
            assertEquals(1, rows.stream().filter(r -> r.get("o").isLiteral()).count());
            assertTrue(org.parley.store.UnionScanExecutor.seeks() > seeks, "the copies of the label were skipped");
        }
    }

    // ---- timeout

    @Test
    void queryTimeoutCancelsAHeavyQuery() throws Exception {
        DatasetGraph big = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(big, () -> {
            for (int i = 0; i < 2000; i++) {
                big.add(NodeFactory.createURI(EX + "article/" + (i % 20)), NodeFactory.createURI(EX + "e/" + i),
                        LABEL, NodeFactory.createLiteralString("entity " + i));
            }
        });
        Duration timeout = Duration.ofMillis(500);
        try (ParleyServer timed = ParleyServer.builder().dataset(big).port(0).queryTimeout(timeout).enableUi(false)
                .build().start()) {
            assertEquals(timeout, timed.queryTimeout().orElseThrow());
            // 2000^3 = 8e9 combinations: hours of work without the timeout. COUNT sends nothing before the end,
            // so the timeout shows as an HTTP error rather than a cut-off 200 stream.
            String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            HttpRequest request = get(timed.sparqlUrl() + "?query=" + enc(heavy)).header("Accept", JSON_RESULTS)
                    .timeout(Duration.ofSeconds(60)).build();
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(response.statusCode() >= 500, "status " + response.statusCode() + ": " + response.body());
            assertTrue(response.body().toLowerCase().contains("timed out"), response.body());
            assertTrue(elapsed.compareTo(timeout.plusSeconds(10)) < 0, "took " + elapsed);
        }
    }

    // ---- configuration file

    @Test
    void serverFromTheFusekiConfigFileServesTheSameWay(@TempDir Path dbDir) throws Exception {
        Dataset db = TDB2Factory.connectDataset(dbDir.toString());
        DatasetGraph dbg = db.asDatasetGraph();
        Txn.executeWrite(dbg, () -> {
            dbg.add(ARTICLE_1, MERKEL, LABEL, NodeFactory.createLiteralString("Angela Merkel"));
            dbg.add(ARTICLE_2, CDU, LABEL, NodeFactory.createLiteralString("CDU"));
        });
        Path configFile = Path.of("fuseki-config", "parley.ttl");

        try (ParleyServer fromFile = ParleyServer.fromConfig(configFile, dbDir).port(0).build().start()) {
            assertTrue(fromFile.sparqlUrl().endsWith("/parley/sparql"), fromFile.sparqlUrl());
            assertEquals(Duration.ofSeconds(30), fromFile.queryTimeout().orElseThrow());
            assertTrue(fromFile.boundAddress().getAddress().isLoopbackAddress());

            // Union default graph, over both query endpoints, solved by Parley's union-graph scan.
            long patterns = org.parley.store.UnionScanExecutor.patterns();
            String query = "SELECT ?name WHERE { ?s <" + LABEL.getURI() + "> ?name } ORDER BY ?name";
            for (String endpoint : List.of("/sparql", "/query")) {
                HttpResponse<byte[]> response = send(get(fromFile.datasetUrl() + endpoint + "?query=" + enc(query))
                        .header("Accept", JSON_RESULTS));
                assertEquals(200, response.statusCode(), endpoint);
                assertEquals(List.of("Angela Merkel", "CDU"),
                        results(response).stream().map(r -> r.getLiteral("name").getLexicalForm()).toList());
            }
            assertTrue(org.parley.store.UnionScanExecutor.patterns() >= patterns + 2, "the configured dataset uses the union scan");

            HttpResponse<byte[]> gsp = send(get(fromFile.datasetUrl() + "/get?graph=" + enc(ARTICLE_2.getURI()))
                    .header("Accept", "application/n-triples"));
            assertEquals(200, gsp.statusCode());
            assertEquals(1, parse(gsp, Lang.NTRIPLES).size());

            long before = Txn.calculateRead(dbg, () -> dbg.stream().count());
            String insert = "INSERT DATA { GRAPH <" + EX + "evil> { <" + EX + "s> <" + EX + "p> \"x\" } }";
            for (String endpoint : List.of("/sparql", "/update", "")) {
                int status = send(postBody(fromFile.datasetUrl() + endpoint, "application/sparql-update", insert))
                        .statusCode();
                assertTrue(status >= 400 && status < 500, endpoint + " answered " + status);
            }
            int put = send(HttpRequest.newBuilder(URI.create(fromFile.datasetUrl() + "/get?default"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<" + EX + "s> <" + EX + "p> \"x\" ."))).statusCode();
            assertTrue(put >= 400 && put < 500, "GSP PUT answered " + put);
            assertEquals(before, Txn.calculateRead(dbg, () -> dbg.stream().count()));

            // The UI and its read-only admin area come with it.
            JsonArray datasets = JSON.parse(body(send(get(fromFile.uiUrl() + "$/datasets")
                    .header("Accept", "application/json")))).get("datasets").getAsArray();
            assertEquals("/parley", datasets.get(0).getAsObject().getString("ds.name"));
            int delete = send(HttpRequest.newBuilder(URI.create(fromFile.uiUrl() + "$/datasets/parley")).DELETE())
                    .statusCode();
            assertTrue(delete >= 400 && delete < 500, "DELETE answered " + delete);
        }
    }

    // ---- helpers

    private static String serverRoot() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private static JsonArray datasetsJson() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(get(serverRoot() + "$/datasets").header("Accept", "application/json"));
        assertEquals(200, response.statusCode());
        return JSON.parse(body(response)).get("datasets").getAsArray();
    }

    private static long quadCount() {
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    }

    private static HttpRequest.Builder postBody(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<QuerySolution> results(HttpResponse<byte[]> response) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static Graph parse(HttpResponse<byte[]> response, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).parse(graph);
        return graph;
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }
}
