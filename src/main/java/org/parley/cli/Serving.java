package org.parley.cli;

import java.io.PrintWriter;

import org.parley.serve.Credentials;
import org.parley.serve.ExploreServlet;
import org.parley.serve.LinkedDataServlet;
import org.parley.serve.ParleyServer;
import org.parley.store.KnowledgeStore;

/** Starting the server for {@code serve} and {@code run}, and telling the user where it is. */
final class Serving {
    private Serving() {}

    static ParleyServer start(KnowledgeStore store, ServerOptions opts, PrintWriter out) {
        return start(store, opts, org.parley.rdf.ParleyNamespaces.defaults(), null, out);
    }

    /**
     * Starts the server with the linked-data paths of the base {@code ns}; read-only unless {@code credentials}
     * (the user allowed to update) is given.
     */
    static ParleyServer start(KnowledgeStore store, ServerOptions opts, org.parley.rdf.ParleyNamespaces ns,
                              Credentials credentials, PrintWriter out) {
        ParleyServer.Builder builder = ParleyServer.builder()
                .dataset(store.dataset())
                .host(opts.host)
                .port(opts.port)
                .queryTimeout(opts.timeout())
                .maxResultRows(opts.maxRows)
                .maxRequestBytes(opts.maxRequestBytes)
                .queueWait(opts.queueWait());
        if (opts.concurrency != null) builder.concurrency(opts.concurrency);
        if (credentials != null) {
            builder.allowUpdate(credentials);
            // updates change the store behind the cross-article links and the text index: the next ingest redoes
            // them even when it writes no article
            store.markLinkingPending();
        }
        LinkedDataServlet.install(builder, store.dataset(), ns);
        ExploreServlet.install(builder);
        ParleyServer server = builder.build();
        server.start();
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.println("Fuseki UI:       " + server.uiUrl());
        out.println("Explorer:        " + server.uiUrl() + ExploreServlet.PATH.substring(1));
        String root = server.datasetUrl().substring(0, server.datasetUrl().length() - server.datasetName().length());
        out.println("Linked data:     " + root + java.net.URI.create(ns.id()).getRawPath() + "…  (ontology: " + root
                + java.net.URI.create(org.parley.rdf.PARLEY.ONTOLOGY_IRI).getRawPath() + ", VoID: " + root + "/.well-known/void)");
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
