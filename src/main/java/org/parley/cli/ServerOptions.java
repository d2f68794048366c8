package org.parley.cli;

import java.nio.file.Path;
import java.time.Duration;

import picocli.CommandLine.Option;

/**
 * {@code --host}, {@code --port}, {@code --timeout}, limits, and {@code --allow-update} with {@code --credentials}:
 * where and how the SPARQL server listens.
 */
public final class ServerOptions {
    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all interfaces).")
    String host;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "100000", paramLabel = "N",
            description = "Most solutions a SELECT, CONSTRUCT or DESCRIBE query returns (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-request-size", defaultValue = "1MB", paramLabel = "SIZE", converter = ByteSize.class,
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Requests run at once; the others wait their turn in order of arrival (default: the number "
                    + "of processors).")
    Integer concurrency;

    @Option(names = "--queue-wait", defaultValue = "250", paramLabel = "MS",
            description = "Longest wait of a request for its turn, in milliseconds; then it runs anyway "
                    + "(default: ${DEFAULT-VALUE}).")
    long queueWaitMillis;

    @Option(names = "--allow-update",
            description = "Allow SPARQL Update (…/update) and Graph Store writes (…/data) for the user in --credentials, "
                    + "with HTTP basic authentication. Off by default: the server is read-only.")
    boolean allowUpdate;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "File with one line 'user:password', the user allowed to update (with --allow-update).")
    Path credentials;

    /**
     * The user allowed to update, read from {@code --credentials}, or {@code null} when the server is read-only.
     *
     * @throws IllegalArgumentException when the two options do not go together or the file is not right
     */
    org.parley.serve.Credentials updateCredentials() {
        if (allowUpdate && credentials == null)
            throw new IllegalArgumentException("--allow-update needs --credentials FILE (one line 'user:password')");
        if (!allowUpdate && credentials != null)
            throw new IllegalArgumentException("--credentials is only used with --allow-update");
        return allowUpdate ? org.parley.serve.Credentials.read(credentials) : null;
    }

    /**
     * Checks the values no option type can: {@code --concurrency} at least 1, {@code --queue-wait} not negative.
     *
     * @throws IllegalArgumentException naming the option
     */
    void check() {
        if (concurrency != null && concurrency < 1)
            throw new IllegalArgumentException("--concurrency must be at least 1: " + concurrency);
        if (queueWaitMillis < 0)
            throw new IllegalArgumentException("--queue-wait must not be negative: " + queueWaitMillis);
    }

    Duration queueWait() {
        return Duration.ofMillis(queueWaitMillis);
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }
}
