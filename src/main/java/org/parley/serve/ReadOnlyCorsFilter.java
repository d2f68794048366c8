package org.parley.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-origin resource sharing for reading only. Browser pages from any origin may query (GET, HEAD, POST of a
 * query) and read the answers; a preflight for any other method, for a write endpoint or for credentials
 * ({@code Authorization}) is refused with 403, and a cross-origin request that would write (another method, or a
 * write endpoint) is refused with 403 before it reaches Fuseki, so that a web page cannot use a browser's stored
 * credentials to change data. Requests without an {@code Origin}, and same-origin requests, pass unchanged.
 */
final class ReadOnlyCorsFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ReadOnlyCorsFilter.class);

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");
    static final List<String> HEADERS = List.of("Accept", "Accept-Language", "Content-Language", "Content-Type", "Origin",
            "X-Requested-With", "Cache-Control", "If-Modified-Since", "If-None-Match", "Last-Modified");
    private static final Set<String> HEADERS_LOWER = Set.copyOf(HEADERS.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    private static final String MAX_AGE_SECONDS = "1800";

    /** Request paths (without the context path) of endpoints that change data. */
    private final Set<String> writePaths;

    ReadOnlyCorsFilter(Set<String> writePaths) {
        this.writePaths = Set.copyOf(writePaths);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)
                || http.getHeader("Origin") == null) {
            chain.doFilter(request, response);
            return;
        }
        String origin = http.getHeader("Origin");
        String method = http.getMethod();
        boolean writePath = isWritePath(http);
        if ("OPTIONS".equals(method) && http.getHeader("Access-Control-Request-Method") != null) {
            String wanted = http.getHeader("Access-Control-Request-Method").strip().toUpperCase(Locale.ROOT);
            if (writePath || !METHODS.contains(wanted) || "OPTIONS".equals(wanted) || !headersAllowed(http)) {
                LOG.debug("Refused a CORS preflight from {} for {} {}", origin, wanted, http.getRequestURI());
                out.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-origin requests may only read");
                return;
            }
            out.setHeader("Access-Control-Allow-Origin", "*");
            out.setHeader("Access-Control-Allow-Methods", String.join(", ", METHODS));
            out.setHeader("Access-Control-Allow-Headers", String.join(", ", HEADERS));
            out.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
            out.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        if (writePath || !METHODS.contains(method)) {
            if (!sameOrigin(http, origin)) {
                LOG.warn("Refused a cross-origin {} {} from {}", method, http.getRequestURI(), origin);
                out.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-origin requests may only read");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        out.setHeader("Access-Control-Allow-Origin", "*");
        chain.doFilter(request, response);
    }

    private boolean isWritePath(HttpServletRequest http) {
        String path = http.getRequestURI().substring(http.getContextPath().length());
        while (path.endsWith("/") && path.length() > 1) path = path.substring(0, path.length() - 1);
        return writePaths.contains(path);
    }

    private static boolean headersAllowed(HttpServletRequest http) {
        String requested = http.getHeader("Access-Control-Request-Headers");
        if (requested == null || requested.isBlank()) return true;
        return Arrays.stream(requested.split(",")).map(h -> h.strip().toLowerCase(Locale.ROOT))
                .allMatch(h -> h.isEmpty() || HEADERS_LOWER.contains(h));
    }

    /** Whether the page's origin is this server (scheme, host and port of the request). */
    private static boolean sameOrigin(HttpServletRequest http, String origin) {
        try {
            URI o = URI.create(origin);
            int port = o.getPort() >= 0 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            return http.getScheme().equalsIgnoreCase(o.getScheme()) && o.getHost() != null
                    && o.getHost().equalsIgnoreCase(http.getServerName()) && port == http.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;   // "null" and other opaque origins
        }
    }
}
