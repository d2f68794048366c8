package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;

/**
 * The explorer's files over real HTTP: the page at {@code /explore}, every asset with its media type and caching
 * headers, conditional requests, nothing outside the folder, the Fuseki UI still at {@code /}, and no shipped file
 * that refers to another host.
 */
class ExploreServletIT {
    static {
        JenaSystem.init();
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /**
     * The only absolute URLs the shipped files may contain: RDF namespaces, which are names in SPARQL queries
     * (never fetched).
     */
    private static final Set<String> NAMESPACES = Set.of(
            "https://w3id.org/parley/ontology#",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#",
            "http://www.w3.org/2004/02/skos/core#",
            "http://purl.org/dc/terms/",
            "http://www.w3.org/2001/XMLSchema#",
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            "http://www.w3.org/ns/org#",
            "http://jena.apache.org/text#",
            "http://www.w3.org/2000/svg");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}[^\\s\"'`<>)]*");

    static KnowledgeStore store;
    static ParleyServer server;
    static String root;

    @BeforeAll
    static void start() {
        store = KnowledgeStore.inMemory();
        ParleyServer.Builder b = ParleyServer.builder().dataset(store.dataset()).port(0);
        LinkedDataServlet.install(b, store.dataset(), ParleyNamespaces.defaults());
        ExploreServlet.install(b);
        server = b.build().start();
        root = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    private static HttpResponse<byte[]> send(String path, String method, String... headers) {
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(root + path)).method(method, HttpRequest.BodyPublishers.noBody());
            if (headers.length > 0) r.headers(headers);
            return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        return send(path, "GET", headers);
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void thePageIsServedAtExploreAsHtml() {
        for (String path : List.of("/explore", "/explore/")) {
            HttpResponse<byte[]> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(header(r, "Content-Type").startsWith("text/html"), header(r, "Content-Type"));
            assertTrue(header(r, "Content-Type").toLowerCase().contains("charset=utf-8"), header(r, "Content-Type"));
            assertEquals("no-cache", header(r, "Cache-Control"));
            assertEquals("nosniff", header(r, "X-Content-Type-Options"));
            assertTrue(header(r, "Content-Security-Policy").contains("script-src 'self'"), header(r, "Content-Security-Policy"));
            String html = new String(r.body(), StandardCharsets.UTF_8);
            assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
            assertTrue(html.contains("<script type=\"module\" src=\"/explore/app.js\"></script>"), "loads the app module");
            assertTrue(html.contains("<title>Parley explorer</title>"));
        }
    }

    @Test
    void everyFileHasItsMediaTypeAndMayBeCached() {
        for (String name : ExploreServlet.FILES) {
            HttpResponse<byte[]> r = get("/explore/" + name);
            assertEquals(200, r.statusCode(), name);
            String ext = name.substring(name.lastIndexOf('.') + 1);
            String expected = switch (ext) {
                case "html" -> "text/html";
                case "css" -> "text/css";
                case "js" -> "text/javascript";
                case "svg" -> "image/svg+xml";
                default -> throw new AssertionError("unexpected file " + name);
            };
            assertTrue(header(r, "Content-Type").startsWith(expected), name + ": " + header(r, "Content-Type"));
            assertEquals(name.equals("index.html") ? "no-cache" : "public, max-age=" + ExploreServlet.ASSET_MAX_AGE,
                    header(r, "Cache-Control"), name);
            assertTrue(r.body().length > 0, name);
            // a conditional request with the entity tag: 304 without a body
            String etag = header(r, "ETag");
            assertTrue(etag.matches("\"[0-9a-f]{24}\""), etag);
            HttpResponse<byte[]> again = get("/explore/" + name, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), name);
            assertEquals(0, again.body().length);
        }
        HttpResponse<byte[]> head = send("/explore/app.js", "HEAD");
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertTrue(header(head, "Content-Type").startsWith("text/javascript"));
    }

    @Test
    void nothingElseIsServed() {
        for (String path : List.of("/explore/nope.js", "/explore/ExploreServlet.class", "/explore/sub/app.js",
                "/explore/app.js.bak", "/explore/.hidden.js", "/explore/README")) {
            assertEquals(404, get(path).statusCode(), path);
        }
        // Jetty itself refuses encoded dots and slashes
        for (String path : List.of("/explore/..%2Fparley.ttl", "/explore/%2e%2e/LICENSE")) {
            assertEquals(400, get(path).statusCode(), path);
        }
        // the Fuseki UI is still at the root, the SPARQL endpoint at its place
        assertEquals(200, get("/").statusCode());
        assertEquals(200, get("/parley/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json").statusCode());
    }

    @Test
    void theFolderHoldsExactlyTheListedFilesAndTheyReferToEachOtherOnly() throws IOException {
        Path dir = folder();
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> present.add(f.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(ExploreServlet.FILES), present);
        // every module import and every /explore/ path names a listed file
        Pattern imports = Pattern.compile("from\\s+'\\./([^']+)'|src=\"/explore/([^\"]+)\"|href=\"/explore/([^\"]*)\"");
        for (String name : ExploreServlet.FILES) {
            String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            Matcher m = imports.matcher(text);
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                assertTrue(target.isEmpty() || ExploreServlet.FILES.contains(target), name + " refers to " + target);
            }
        }
    }

    @Test
    void noShippedFileRefersToAnotherHost() throws IOException {
        Path dir = folder();
        List<String> bad = new ArrayList<>();
        int namespaces = 0;
        for (String name : ExploreServlet.FILES) {
            String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            Matcher m = URL.matcher(text);
            while (m.find()) {
                String url = m.group();
                if (NAMESPACES.contains(url)) namespaces++;
                else bad.add(name + ": " + url);
            }
            // nothing is loaded from elsewhere, whatever the spelling
            for (String load : List.of("src=\"http", "src=\"//", "href=\"//", "url(http", "url(//", "@import", "import('http",
                    "from 'http", "fetch('http", "cdn")) {
                assertFalse(text.toLowerCase().contains(load.toLowerCase()), name + " contains " + load);
            }
        }
        assertEquals(List.of(), bad, "absolute URLs other than RDF namespaces");
        assertTrue(namespaces >= 8, "the queries declare their namespaces: " + namespaces);
        // and the same holds for what the server sends
        for (String name : ExploreServlet.FILES) {
            String served = new String(get("/explore/" + name).body(), StandardCharsets.UTF_8);
            Matcher m = URL.matcher(served);
            while (m.find()) assertTrue(NAMESPACES.contains(m.group()), name + " as served: " + m.group());
        }
    }

    /** The explorer's folder in the sources (the tests may run against the packaged jar). */
    private static Path folder() {
        Path dir = Path.of("src", "main", "resources").resolve(ExploreServlet.RESOURCE_DIR);
        assertTrue(Files.isRegularFile(dir.resolve("index.html")), dir.toString());
        return dir;
    }
}
