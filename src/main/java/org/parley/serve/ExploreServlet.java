package org.parley.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Parley explorer: a static, self-contained web page at {@value #PATH} (HTML, CSS and JavaScript modules from
 * the classpath folder {@value #RESOURCE_DIR}) that searches the graph, draws an entity's neighbourhood, lists
 * events on a timeline and shows the source sentences of every fact. The page is a pure client of the public
 * SPARQL endpoint (by default this server's, or any Parley server's with {@code ?endpoint=URL}); this servlet
 * only ships its files.
 *
 * <p>{@code /explore} and {@code /explore/} answer with the page; {@code /explore/NAME} with a file of the folder
 * whose extension is known (html, css, js, svg, json, png, ico), anything else with 404. The page itself is
 * revalidated on every load ({@code Cache-Control: no-cache}); the other files may be cached for an hour. Every
 * response has a strong {@code ETag} (conditional GETs get 304), {@code X-Content-Type-Options: nosniff} and a
 * Content Security Policy that allows scripts and styles from this server only and connections to any SPARQL
 * endpoint.
 *
 * <pre>{@code
 * ParleyServer.Builder b = ParleyServer.builder().dataset(dsg);
 * ExploreServlet.install(b);
 * }</pre>
 */
public final class ExploreServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Where the explorer is served. */
    public static final String PATH = "/explore";
    /** The classpath folder of the explorer's files. */
    public static final String RESOURCE_DIR = "org/parley/serve/explore/";
    /** The page's file. */
    static final String INDEX = "index.html";
    /** Seconds the static assets (not the page) may be cached. */
    static final int ASSET_MAX_AGE = 3600;

    /** Media types by file extension; files with other extensions are not served. */
    static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json",
            "png", "image/png",
            "ico", "image/x-icon");

    /** The files of the folder (the tests check that each is served and that there are no others). */
    static final List<String> FILES = List.of(INDEX, "explorer.css", "errors.js", "app.js", "dom.js", "sparql.js",
            "queries.js", "kinds.js", "graph.js", "timeline.js", "evidence.js", "favicon.svg");

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src *; base-uri 'self'; form-action 'self'; frame-ancestors 'self'; object-src 'none'";

    private final transient Map<String, Asset> cache = new ConcurrentHashMap<>();

    ExploreServlet() {
    }

    /** Registers the explorer at {@value #PATH} and {@value #PATH}{@code /*} on a server builder. */
    public static void install(ParleyServer.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        ExploreServlet s = new ExploreServlet();
        builder.addServlet(PATH, s);
        builder.addServlet(PATH + "/*", s);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        String name;
        if (path.equals(PATH) || path.equals(PATH + "/")) {
            name = INDEX;
        } else if (path.startsWith(PATH + "/")) {
            name = path.substring(PATH.length() + 1);
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Asset asset = asset(name);
        if (asset == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file in the explorer: " + name);
            return;
        }
        resp.setHeader("ETag", asset.etag());
        resp.setHeader("Cache-Control", name.equals(INDEX) ? "no-cache" : "public, max-age=" + ASSET_MAX_AGE);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        if (name.equals(INDEX)) {
            resp.setHeader("Content-Security-Policy", CSP);
        }
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(asset.etag()) || ifNoneMatch.equals("*"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(asset.type());
        resp.setContentLength(asset.bytes().length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(asset.bytes());
        }
    }

    /** The file {@code name} of the folder, or null if there is none (or the name is not a plain file name). */
    private Asset asset(String name) {
        if (name.isEmpty() || name.length() > 100 || !name.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)+")) {
            return null;
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null) {
            return null;
        }
        Asset cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        byte[] bytes;
        try (InputStream in = ExploreServlet.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the explorer file " + name, e);
        }
        Asset asset = new Asset(type, bytes, etag(bytes));
        cache.put(name, asset);
        return asset;
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** A file of the explorer: media type, content and entity tag. */
    private record Asset(String type, byte[] bytes, String etag) {
    }
}
