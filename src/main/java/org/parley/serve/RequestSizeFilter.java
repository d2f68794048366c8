package org.parley.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses request bodies over a size limit with 413 Payload Too Large before anything reads them. A body with
 * a {@code Content-Length} is judged by it; a body without one (chunked) is read up to the limit and then handed
 * on from memory. HTML form bodies are left to the servlet container's own form size limit. After an error
 * response, the rest of an accepted body is read, so that the connection stays usable for the next request.
 */
final class RequestSizeFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestSizeFilter.class);

    private final long maxBytes;

    RequestSizeFilter(long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        long length = http.getContentLengthLong();
        if (length > maxBytes) {
            refuse(http, out, length + " bytes");
            return;
        }
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(http.getHeader("Transfer-Encoding"));
        String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(Locale.ROOT);
        if (!chunked || type.startsWith("application/x-www-form-urlencoded")) {
            try {
                chain.doFilter(request, response);
            } finally {
                if (out.getStatus() >= 400 && length > 0) drain(http);
            }
            return;
        }
        byte[] body = readAtMost(http.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(http, out, "more than " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(new BufferedBody(http, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        LOG.warn("Refused {} {}: request body of {} over the limit of {} bytes", request.getMethod(), request.getRequestURI(),
                size, maxBytes);
        response.setHeader("Connection", "close");
        response.sendError(413, "Request body too large: " + size + ", the limit is " + maxBytes + " bytes");
    }

    /**
     * Reads what is left of a request body that an error response did not need (it is within the limit), so that
     * the connection can carry the next request: Jetty would otherwise close a connection that still has unread
     * content, after a response that told the client it could keep it, and the client's next request on it fails.
     */
    private static void drain(HttpServletRequest request) {
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException e) {
            LOG.debug("Could not read the rest of the request body of {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        for (int n; total < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - total))) > 0; ) {
            out.write(buf, 0, n);
            total += n;
        }
        return out.toByteArray();
    }

    /** A request whose body has already been read into memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already in memory");
                }
            };
        }
    }
}
