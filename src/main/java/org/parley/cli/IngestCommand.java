package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.pipeline.IngestReport;
import org.parley.store.KnowledgeStore;

/** {@code parley ingest PATH...}: articles into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest article files (.txt, .md, .html, .jsonl) or directories (recursively) into the store.",
                "Each article becomes one named graph; re-ingesting an article replaces its graph."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs ingested", "1:some inputs failed (the others were ingested)", "2:usage error",
                "3:the command failed"})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    IngestCliOptions ingest;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        try (KnowledgeStore ks = store.open()) {
            String bulk = Ingesting.bulkProblem(ingest, ks, store.describe());
            if (bulk != null) {
                spec.commandLine().getErr().println("parley: " + bulk);
                return ParleyCli.USAGE;
            }
            IngestReport r = Ingesting.ingest(paths, ks, ingest, spec.commandLine().getOut(), spec.commandLine().getErr());
            return Ingesting.exitCode(r);
        }
    }
}
