package org.parley.serve;

import java.io.IOException;
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
 * Servlet filter for the Fuseki administration area ({@code /$/*}): lets only the reading HTTP methods
 * through (GET, HEAD, OPTIONS) and answers every other method with 405 Method Not Allowed.
 *
 * <p>This is the outer guard; the admin servlets that {@link ParleyServer} installs are read-only themselves.
 */
final class ReadOnlyAdminFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(ReadOnlyAdminFilter.class);

    /** The HTTP methods that may reach an admin servlet. */
    static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse httpResponse
                && !READ_METHODS.contains(httpRequest.getMethod())) {
            LOG.debug("Refused {} {}", httpRequest.getMethod(), httpRequest.getRequestURI());
            httpResponse.setHeader("Allow", String.join(", ", READ_METHODS.stream().sorted().toList()));
            httpResponse.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "The Parley server is read-only: " + httpRequest.getMethod() + " is not allowed here");
            return;
        }
        chain.doFilter(request, response);
    }
}
