package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.parley.pipeline.IngestOptions;
import org.parley.store.KnowledgeStore;

/** The ingest options as the command line gives them to the pipeline, and the values it refuses. */
class IngestCliOptionsTest {
    @Command(name = "x")
    static final class Holder {
        @Mixin
        IngestCliOptions ingest;
    }

    private static IngestOptions parse(String... args) {
        Holder h = new Holder();
        new CommandLine(h).parseArgs(args);
        return h.ingest.toOptions();
    }

    @Test
    void batchArticlesSetsTheArticlesOfABatchAndKeepsItsOtherBounds() {
        assertEquals(IngestOptions.Batches.DEFAULT, parse().batches());
        assertEquals(new IngestOptions.Batches(2, KnowledgeStore.BATCH_TRIPLES, KnowledgeStore.BATCH_WINDOW_MILLIS),
                parse("--batch-articles", "2").batches());
        assertEquals(3, parse("--threads", "3").threads());
    }

    @Test
    void zeroOrNoNumberIsAUsageError() {
        for (String[] args : new String[][] {{"--batch-articles", "0"}, {"--threads", "0"}, {"--batch-articles", "-4"},
                {"--threads", "two"}}) {
            String[] full = new String[args.length + 3];
            full[0] = "ingest";
            System.arraycopy(args, 0, full, 1, args.length);
            full[args.length + 1] = "--db";
            full[args.length + 2] = "target/never-created-" + System.nanoTime();
            CliHarness r = CliHarness.run(appendPath(full));
            assertEquals(ParleyCli.USAGE, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains(args[0]) && (r.err().contains("at least 1") || r.err().contains("not a whole number")), r.err());
        }
    }

    private static String[] appendPath(String[] args) {
        String[] out = java.util.Arrays.copyOf(args, args.length + 1);
        out[args.length] = "data/articles";
        return out;
    }
}
