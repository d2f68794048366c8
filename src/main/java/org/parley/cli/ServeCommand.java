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

    @Override
    public Integer call() {
        org.parley.serve.Credentials credentials;
        try {
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
        ParleyServer s = Serving.start(ks, server, credentials, spec.commandLine().getOut());
        Serving.serveUntilStopped(s, ks);
        return ParleyCli.OK;
    }
}
