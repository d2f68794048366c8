package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.serve.ParleyServer;
import org.parley.store.KnowledgeStore;

/** {@code parley run}: the main job, ingest then serve. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"The main job: ingest the articles (default: data/articles) into the store and serve it",
                "over SPARQL with the Fuseki UI, until interrupted."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    IngestCliOptions ingest;

    @Mixin
    ServerOptions server;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to ingest (default: data/articles).")
    List<Path> paths = List.of(Path.of("data", "articles"));

    /** For tests: return after starting instead of serving until interrupted. */
    boolean returnAfterStart;
    ParleyServer started;
    KnowledgeStore openedStore;

    @Override
    public Integer call() throws Exception {
        org.parley.serve.Credentials credentials;
        try {
            server.check();
            credentials = server.updateCredentials();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("parley: " + e.getMessage());
            return ParleyCli.USAGE;
        }
        KnowledgeStore ks = store.open();
        try {
            String bulk = Ingesting.bulkProblem(ingest, ks, store.describe());
            if (bulk != null) {
                spec.commandLine().getErr().println("parley: " + bulk);
                ks.close();
                return ParleyCli.USAGE;
            }
            Ingesting.ingest(paths, ks, ingest, spec.commandLine().getOut(), spec.commandLine().getErr());
            ParleyServer s = Serving.start(ks, server, ingest.namespaces(), credentials, spec.commandLine().getOut());
            if (returnAfterStart) {
                started = s;
                openedStore = ks;
                return ParleyCli.OK;
            }
            Serving.serveUntilStopped(s, ks);
            return ParleyCli.OK;
        } catch (Exception | Error e) {
            ks.close();
            throw e;
        }
    }
}
