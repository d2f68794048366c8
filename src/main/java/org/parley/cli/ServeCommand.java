package org.parley.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.serve.ParleyServer;
import org.parley.store.KnowledgeStore;

/** {@code parley serve}: serve an existing store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve an existing store over SPARQL with the Fuseki UI, until interrupted. Read-only unless",
                "--allow-update (with --credentials FILE) lets one user change data."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @picocli.CommandLine.Option(names = "--base", paramLabel = "IRI", defaultValue = org.parley.rdf.ParleyNamespaces.DEFAULT_BASE,
            description = "Base IRI of the data; the server answers for its IRIs at their own path (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        org.parley.serve.Credentials credentials;
        try {
            server.check();
            credentials = server.updateCredentials();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("parley: " + e.getMessage());
            return ParleyCli.USAGE;
        }
        if (!store.mem && !java.nio.file.Files.isDirectory(store.db)) {
            spec.commandLine().getErr().println("parley: no store at " + store.db + " (run 'parley ingest' first, or give --db)");
            return ParleyCli.USAGE;
        }
        KnowledgeStore ks = store.open();
        ParleyServer s = Serving.start(ks, server, new org.parley.rdf.ParleyNamespaces(base), credentials,
                spec.commandLine().getOut());
        Serving.serveUntilStopped(s, ks);
        return ParleyCli.OK;
    }
}
