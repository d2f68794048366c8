package org.parley.cli;

import java.time.Duration;

import picocli.CommandLine.Option;

/** {@code --host}, {@code --port}, {@code --timeout}: where and how the SPARQL server listens. */
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

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }
}
