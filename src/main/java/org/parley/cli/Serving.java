package org.parley.cli;

import java.io.PrintWriter;

import org.parley.serve.Credentials;
import org.parley.serve.ParleyServer;
import org.parley.store.KnowledgeStore;

/** Starting the server for {@code serve} and {@code run}, and telling the user where it is. */
final class Serving {
    private Serving() {}

    static ParleyServer start(KnowledgeStore store, ServerOptions opts, Credentials credentials, PrintWriter out) {
        ParleyServer.Builder builder = ParleyServer.builder()
                .dataset(store.dataset())
                .host(opts.host)
                .port(opts.port)
                .queryTimeout(opts.timeout())
                .maxResultRows(opts.maxRows)
                .maxRequestBytes(opts.maxRequestBytes);
        if (credentials != null) builder.allowUpdate(credentials);
        ParleyServer server = builder.build();
        server.start();
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.println("Fuseki UI:       " + server.uiUrl());
        if (credentials != null)
            out.println("SPARQL Update:   " + server.updateUrl() + " (and Graph Store writes at " + server.datasetUrl()
                    + "/data), for " + credentials.user() + " with basic authentication");
        out.println("Serving (" + (credentials != null ? "updates allowed" : "read-only")
                + (isLoopback(opts.host) ? ", loopback only" : ", on " + opts.host) + "); press Ctrl-C to stop.");
        out.flush();
        return server;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    /** Blocks until the server stops (Ctrl-C stops it through the shutdown hook). */
    static void serveUntilStopped(ParleyServer server, KnowledgeStore store) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "parley-shutdown"));
        server.join();
    }
}
