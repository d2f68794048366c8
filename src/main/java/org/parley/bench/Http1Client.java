package org.parley.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A minimal blocking HTTP/1.1 client over one kept-alive TCP connection, for the query load: it POSTs a body and
 * reads the whole answer (with a {@code Content-Length}, chunked, or up to the end of the connection) in the calling
 * thread. Unlike {@link java.net.http.HttpClient} it starts no threads and hands nothing between threads, so the
 * clients of a load test cost little CPU beside the server they measure on the same machine. It opens its
 * connection on the first request and again after the server closed it or a request failed (a failed request is
 * not retried); {@link #connects()} counts how often.
 * Not thread-safe: one per client thread.
 */
final class Http1Client implements Closeable {
    /** A response: status code and body. */
    record Response(int status, byte[] body) {}

    private static final int MAX_LINE = 64 * 1024;

    private final URI endpoint;
    private final String target, hostHeader;
    private final int connectTimeoutMillis, readTimeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int connects;

    Http1Client(URI endpoint, int connectTimeoutMillis, int readTimeoutMillis) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        if (!"http".equalsIgnoreCase(endpoint.getScheme()) || endpoint.getHost() == null)
            throw new IllegalArgumentException("not an http URL: " + endpoint);
        String path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
        this.target = endpoint.getRawQuery() == null ? path : path + "?" + endpoint.getRawQuery();
        this.hostHeader = endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /** How many connections this client has opened so far. */
    int connects() {
        return connects;
    }

    /** POSTs {@code body} to the endpoint and reads the whole response. */
    Response post(String contentType, String accept, byte[] body) throws IOException {
        byte[] head = ("POST " + target + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAccept: " + accept + "\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        if (socket == null) connect();
        try {
            return exchange(request);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(readTimeoutMillis);
            s.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort() < 0 ? 80 : endpoint.getPort()),
                    connectTimeoutMillis);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
        connects++;
    }

    private Response exchange(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String status = line();
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP/1 status line: " + status);
        int code;
        try {
            code = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("bad status line: " + status, e);
        }
        long length = -1;
        boolean chunked = false, close = parts[0].equals("HTTP/1.0");
        for (String h; !(h = line()).isEmpty(); ) {
            int colon = h.indexOf(':');
            if (colon <= 0) continue;
            String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT), value = h.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close") || close && !value.equalsIgnoreCase("keep-alive");
                default -> { }
            }
        }
        byte[] body;
        if (code == 204 || code == 304 || code / 100 == 1) body = new byte[0];
        else if (chunked) body = chunkedBody();
        else if (length >= 0) body = in.readNBytes((int) length);
        else {
            body = in.readAllBytes();
            close = true;
        }
        if (length >= 0 && body.length != length) throw new EOFException("connection closed in the response body");
        if (close) close();
        return new Response(code, body);
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            int semi = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size: " + sizeLine, e);
            }
            if (size == 0) break;
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) throw new EOFException("connection closed in a chunk");
            body.write(chunk);
            if (!line().isEmpty()) throw new IOException("no CRLF after a chunk");
        }
        while (!line().isEmpty()) {
            // trailer fields: ignored
        }
        return body.toByteArray();
    }

    /** One line without its CRLF (or LF), in ISO-8859-1. */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) throw new EOFException("connection closed by the server");
            if (sb.length() >= MAX_LINE) throw new IOException("line too long");
            sb.append((char) c);
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') sb.setLength(n - 1);
        return sb.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
