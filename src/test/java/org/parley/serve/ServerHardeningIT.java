package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Serving under abuse, over real HTTP: update off by default; with {@code allowUpdate}, SPARQL Update and Graph
 * Store writes only for the right user (401 and nothing changed otherwise) while reads stay open; a result-size
 * limit; runaway queries cancelled within the timeout plus 2 s while other clients are served; request size
 * limits; CORS for reading only.
 */
class ServerHardeningIT {
    private static final String EX = "http://example.org/";
    private static final String JSON = "application/sparql-results+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final int MAX_ROWS = 50;
    private static final long MAX_REQUEST = 64 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path tmp;
    static DatasetGraph dsg;
    /** Everything by default: read-only. */
    static ParleyServer readOnly;
    /** Updates allowed for "editor", small limits, a 2 s timeout. */
    static ParleyServer guarded;

    @BeforeAll
    static void start() throws IOException {
        dsg = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 3000; i++)
                dsg.add(NodeFactory.createURI(EX + "graph/" + (i % 30)), NodeFactory.createURI(EX + "s/" + i),
                        NodeFactory.createURI(EX + "p/" + (i % 7)), NodeFactory.createLiteralString("value " + i));
        });
        Path users = Files.writeString(tmp.resolve("users"), "editor:correct horse battery staple\n");
        Files.setPosixFilePermissions(users, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        readOnly = ParleyServer.builder().dataset(dsg).port(0).enableUi(false).build().start();
        guarded = ParleyServer.builder().dataset(dsg).port(0).enableUi(false).queryTimeout(TIMEOUT)
                .maxResultRows(MAX_ROWS).maxRequestBytes(MAX_REQUEST).allowUpdate(Credentials.read(users)).build().start();
    }

    @AfterAll
    static void stop() {
        if (readOnly != null) readOnly.stop();
        if (guarded != null) guarded.stop();
    }

    // ---- updates

    @Test
    void updateIsOffByDefault() throws Exception {
        long before = quads();
        assertEquals(404, send(post(readOnly.datasetUrl() + "/update", "application/sparql-update", insert("x"))
                .header("Authorization", basic("editor", "correct horse battery staple"))).statusCode());
        int put = send(HttpRequest.newBuilder(URI.create(readOnly.datasetUrl() + "/data?graph=" + enc(EX + "x")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle()))).statusCode();
        assertTrue(put == 404 || put == 405, "PUT answered " + put);
        assertEquals(before, quads());
    }

    @Test
    void updatesNeedTheRightCredentialsAndWrongOnesChangeNothing() throws Exception {
        String url = guarded.updateUrl();
        long before = quads();
        Map<String, String> wrong = Map.of(
                "no credentials", "",
                "wrong password", basic("editor", "Correct horse battery staple"),
                "wrong user", basic("admin", "correct horse battery staple"),
                "empty password", basic("editor", ""),
                "not base64", "Basic !!!not-base64!!!",
                "bearer token", "Bearer correct horse battery staple");
        for (Map.Entry<String, String> w : wrong.entrySet()) {
            HttpRequest.Builder req = post(url, "application/sparql-update", insert("evil"));
            if (!w.getValue().isEmpty()) req.header("Authorization", w.getValue());
            HttpResponse<String> r = send(req);
            assertEquals(401, r.statusCode(), w.getKey());
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), w.getKey());
        }
        // the form encoding of an update, and the graph store, are guarded the same way
        assertEquals(401, send(post(url, "application/x-www-form-urlencoded", "update=" + enc(insert("evil")))).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(guarded.datasetUrl() + "/data?graph=" + enc(EX + "evil")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle()))).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(guarded.datasetUrl() + "/data?graph=" + enc(EX + "graph/1")))
                .DELETE()).statusCode());
        assertEquals(before, quads(), "nothing changed");

        HttpResponse<String> ok = send(post(url, "application/sparql-update", insert("good"))
                .header("Authorization", basic("editor", "correct horse battery staple")));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertEquals(before + 1, quads());
        HttpResponse<String> undo = send(post(url, "application/sparql-update", insert("good").replace("INSERT", "DELETE"))
                .header("Authorization", basic("editor", "correct horse battery staple")));
        assertTrue(undo.statusCode() == 200 || undo.statusCode() == 204, undo.body());
        assertEquals(before, quads());
    }

    @Test
    void graphStoreWritesWorkForTheUserAndReadsStayOpen() throws Exception {
        String graph = EX + "uploaded";
        String data = guarded.datasetUrl() + "/data?graph=" + enc(graph);
        String auth = basic("editor", "correct horse battery staple");
        int put = send(HttpRequest.newBuilder(URI.create(data)).header("Authorization", auth)
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle()))).statusCode();
        assertTrue(put == 200 || put == 201 || put == 204, "PUT answered " + put);
        // read without credentials, by query and by the read-only graph store
        assertEquals(1, rows(send(get(guarded.sparqlUrl() + "?query=" + enc("SELECT * { GRAPH <" + graph + "> { ?s ?p ?o } }")))));
        assertEquals(200, send(get(guarded.datasetUrl() + "/get?graph=" + enc(graph))).statusCode());
        int delete = send(HttpRequest.newBuilder(URI.create(data)).header("Authorization", auth).DELETE()).statusCode();
        assertTrue(delete == 200 || delete == 204, "DELETE answered " + delete);
        assertFalse(Txn.calculateRead(dsg, () -> dsg.containsGraph(NodeFactory.createURI(graph))));
    }

    @Test
    void updatesAnywhereElseAreRefusedEvenWithTheRightCredentials() throws Exception {
        long before = quads();
        String auth = basic("editor", "correct horse battery staple");
        for (String url : List.of(guarded.sparqlUrl(), guarded.datasetUrl() + "/query", guarded.datasetUrl(),
                guarded.datasetUrl() + "/get")) {
            int status = send(post(url, "application/sparql-update", insert("evil")).header("Authorization", auth)).statusCode();
            assertTrue(status >= 400 && status < 500, url + " answered " + status);
        }
        assertEquals(before, quads());
    }

    // ---- result size, runaway queries

    @Test
    void resultsAreCutAtTheLimitAndTheResponseSaysSo() throws Exception {
        HttpResponse<String> all = send(get(guarded.sparqlUrl() + "?query=" + enc("SELECT * { ?s ?p ?o }")));
        assertEquals(MAX_ROWS, rows(all));
        assertEquals(String.valueOf(MAX_ROWS), all.headers().firstValue(LimitedQueryDataset.HEADER).orElse(""));
        HttpResponse<String> small = send(get(guarded.sparqlUrl() + "?query=" + enc("SELECT * { ?s ?p ?o } LIMIT 7")));
        assertEquals(7, rows(small));
        assertTrue(small.headers().firstValue(LimitedQueryDataset.HEADER).isEmpty());
        assertEquals(MAX_ROWS, rows(send(get(guarded.sparqlUrl() + "?query=" + enc("SELECT * { ?s ?p ?o } LIMIT 5000")))));
        HttpResponse<String> construct = send(get(guarded.sparqlUrl() + "?query=" + enc("CONSTRUCT WHERE { ?s ?p ?o }"))
                .header("Accept", "application/n-triples"));
        assertEquals(MAX_ROWS, construct.body().lines().filter(l -> !l.isBlank()).count());
        // the default is generous: every triple of this store
        assertEquals(3000, rows(send(get(readOnly.sparqlUrl() + "?query=" + enc("SELECT * { ?s ?p ?o }")))));
    }

    @Test
    void aQuerySentAgainIsLimitedAndAnsweredAsTheFirstTime() throws Exception {
        // the second and third requests get their query from the endpoint's parsed texts: each must be a copy, or the
        // first request's LIMIT would stick to it (and the header would be missing from the repeats)
        String unbounded = "SELECT * { ?s ?p ?o }";
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = send(get(guarded.sparqlUrl() + "?query=" + enc(unbounded)));
            assertEquals(200, r.statusCode(), status(r));
            assertEquals(MAX_ROWS, rows(r));
            assertEquals(String.valueOf(MAX_ROWS), r.headers().firstValue(LimitedQueryDataset.HEADER).orElse(""), "request " + i);
        }
        // the same text under another limit, through POST: still its own limit
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = send(post(guarded.sparqlUrl(), "application/sparql-query", unbounded + " LIMIT 3").header("Accept", JSON));
            assertEquals(3, rows(r));
            assertTrue(r.headers().firstValue(LimitedQueryDataset.HEADER).isEmpty());
        }
        // a text that does not parse is a 400 with the parser's message every time
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> bad = send(get(guarded.sparqlUrl() + "?query=" + enc("SELECT * { ?s ?p }")));
            assertEquals(400, bad.statusCode(), status(bad));
            assertTrue(bad.body().contains("Parse error"), bad.body());
            assertTrue(bad.body().contains("line 1"), bad.body());
        }
        assertEquals(400, send(get(guarded.sparqlUrl() + "?query=" + enc("   "))).statusCode());
    }

    @Test
    void runawayQueriesAreCancelledWithinTheTimeoutPlusTwoSecondsWhileOthersAreServed() throws Exception {
        // cartesian products over the whole store: 3000^3 combinations, hours of work
        List<String> runaways = List.of(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "SELECT ?a ?d ?g { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
                "SELECT ?a { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(CONCAT(?c, ?f, ?i)) = 1) }",
                // seven rows at once, streamed, then a search for more that never ends: cut off mid-stream
                "SELECT DISTINCT ?b { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        ExecutorService pool = Executors.newFixedThreadPool(runaways.size());
        List<Future<long[]>> done = new ArrayList<>();
        for (String q : runaways) {
            done.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                int status;
                try {
                    status = HTTP.send(get(guarded.sparqlUrl() + "?query=" + enc(q)).timeout(Duration.ofSeconds(60)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
                } catch (IOException e) {
                    status = -1;   // the server cut a streamed response
                }
                return new long[] {status, (System.nanoTime() - t0) / 1_000_000};
            }));
        }
        // meanwhile another client keeps asking small questions
        int served = 0;
        long slowest = 0;
        while (done.stream().anyMatch(f -> !f.isDone())) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(get(guarded.sparqlUrl() + "?query=" + enc("SELECT ?o { <" + EX + "s/42> ?p ?o }")));
            slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(1, rows(r));
            served++;
            Thread.sleep(50);
        }
        pool.shutdown();
        List<String> figures = new ArrayList<>();
        for (int i = 0; i < runaways.size(); i++) {
            long[] r = done.get(i).get();
            figures.add(r[1] + " ms (status " + r[0] + ")");
            assertTrue(r[0] != 200 || i == 3, "a runaway query answered 200 in full: " + runaways.get(i));
            assertTrue(r[1] < TIMEOUT.toMillis() + 2000, runaways.get(i) + " took " + r[1] + " ms");
        }
        assertTrue(served >= 5, "small queries served meanwhile: " + served);
        assertTrue(slowest < 2000, "slowest small query: " + slowest + " ms");
        LoggerFactory.getLogger("figures").info("runaway queries (timeout {} ms) ended after {}; {} small queries served "
                + "meanwhile, slowest {} ms", TIMEOUT.toMillis(), figures, served, slowest);
    }

    // ---- request size

    @Test
    void oversizedRequestsGet413AndTheServerCarriesOn() throws Exception {
        String big = "SELECT * { ?s ?p ?o } # " + "x".repeat((int) MAX_REQUEST);
        HttpResponse<String> sized = sendOrClosed(post(guarded.sparqlUrl(), "application/sparql-query", big));
        assertTrue(sized == null || sized.statusCode() == 413, "with a Content-Length: " + status(sized));
        HttpResponse<String> chunked = sendOrClosed(HttpRequest.newBuilder(URI.create(guarded.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
        assertTrue(chunked == null || chunked.statusCode() == 413, "chunked: " + status(chunked));
        HttpResponse<String> form = sendOrClosed(post(guarded.sparqlUrl(), "application/x-www-form-urlencoded", "query=" + enc(big)));
        assertTrue(form == null || form.statusCode() == 413, "form: " + status(form));
        HttpResponse<String> longUrl = sendOrClosed(get(guarded.sparqlUrl() + "?query=" + enc(big)));
        assertTrue(longUrl == null || longUrl.statusCode() == 414 || longUrl.statusCode() == 431, "long URL: " + status(longUrl));
        // a long GET query under the header limit is fine
        assertEquals(3, rows(send(get(guarded.sparqlUrl() + "?query=" + enc("SELECT * { ?s ?p ?o } LIMIT 3 # " + "z".repeat(20_000))))));
        // a chunked query under the limit is read whole and answered
        String fine = "SELECT * { ?s ?p ?o } LIMIT 3 # " + "y".repeat(1000);
        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(guarded.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fine.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(3, rows(ok));
        assertEquals(200, send(get(guarded.sparqlUrl() + "?query=" + enc("ASK {}"))).statusCode());
    }

    @Test
    void refusedRequestsLeaveTheConnectionUsable() throws Exception {
        // a refused request whose body nobody read: the next request on the same kept-alive connection must work
        // (Jetty used to close such connections now and then after saying it would keep them)
        int failures = 0;
        for (int i = 0; i < 150; i++) {
            for (String url : List.of(readOnly.sparqlUrl(), readOnly.datasetUrl(), readOnly.datasetUrl() + "/update")) {
                try {
                    int status = send(post(url, "application/sparql-update", insert("x" + i))).statusCode();
                    assertTrue(status >= 400 && status < 500, url + " answered " + status);
                } catch (IOException e) {
                    failures++;
                }
            }
        }
        assertEquals(0, failures, "requests that failed on a connection the server had closed");
    }

    // ---- CORS

    @Test
    void corsAllowsReadingOnly() throws Exception {
        String origin = "http://elsewhere.example";
        HttpResponse<String> read = send(get(guarded.sparqlUrl() + "?query=" + enc("ASK {}")).header("Origin", origin));
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

        HttpResponse<String> preflightPost = send(preflight(guarded.sparqlUrl(), origin, "POST", "content-type"));
        assertEquals(200, preflightPost.statusCode());
        assertEquals("GET, HEAD, POST, OPTIONS", preflightPost.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
        assertFalse(preflightPost.headers().firstValue("Access-Control-Allow-Credentials").isPresent());

        for (HttpRequest.Builder refused : List.of(
                preflight(guarded.datasetUrl() + "/data?graph=" + enc(EX + "x"), origin, "PUT", "content-type"),
                preflight(guarded.datasetUrl() + "/data", origin, "DELETE", ""),
                preflight(guarded.sparqlUrl(), origin, "PATCH", ""),
                preflight(guarded.sparqlUrl(), origin, "POST", "authorization"),
                preflight(guarded.updateUrl(), origin, "POST", "content-type"))) {
            HttpResponse<String> r = send(refused);
            assertTrue(r.statusCode() == 403 || r.statusCode() == 401, refused.build().uri() + " " + r.statusCode());
            assertFalse(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), refused.build().uri().toString());
        }

        // a page elsewhere cannot use a browser's stored credentials to write; the server's own pages can
        long before = quads();
        String auth = basic("editor", "correct horse battery staple");
        HttpResponse<String> crossSite = send(post(guarded.updateUrl(), "application/x-www-form-urlencoded",
                "update=" + enc(insert("csrf"))).header("Origin", origin).header("Authorization", auth));
        assertEquals(403, crossSite.statusCode());
        assertEquals(before, quads());
        String own = "http://127.0.0.1:" + guarded.port();
        HttpResponse<String> sameSite = send(post(guarded.updateUrl(), "application/sparql-update", insert("own"))
                .header("Origin", own).header("Authorization", auth));
        assertTrue(sameSite.statusCode() == 200 || sameSite.statusCode() == 204, sameSite.statusCode() + " " + sameSite.body());
        send(post(guarded.updateUrl(), "application/sparql-update", insert("own").replace("INSERT", "DELETE"))
                .header("Authorization", auth));
        assertEquals(before, quads());
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertTrue(readOnly.boundAddress().getAddress().isLoopbackAddress());
        assertTrue(guarded.boundAddress().getAddress().isLoopbackAddress());
    }

    // ---- helpers

    private static long quads() {
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    private static String insert(String what) {
        return "INSERT DATA { GRAPH <" + EX + "g/" + what + "> { <" + EX + what + "> <" + EX + "p> \"" + what + "\" } }";
    }

    private static String turtle() {
        return "<" + EX + "a> <" + EX + "p> \"uploaded\" .";
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", JSON).GET();
    }

    private static HttpRequest.Builder post(String url, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder preflight(String url, String origin, String method, String headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", method);
        return headers.isEmpty() ? b : b.header("Access-Control-Request-Headers", headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The response, or {@code null} when the server closed the connection before the client finished sending. */
    private static HttpResponse<String> sendOrClosed(HttpRequest.Builder request) throws InterruptedException {
        try {
            return send(request);
        } catch (IOException e) {
            return null;
        }
    }

    private static String status(HttpResponse<String> r) {
        return r == null ? "connection closed" : r.statusCode() + " " + r.body();
    }

    private static int rows(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
