package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.store.KnowledgeStore;
import org.parley.store.StoreLockedException;

/** {@code parley compact}: reclaims the disk space TDB2 keeps for index blocks that commits replaced. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact a TDB2 store: write its live data into a new generation and delete the old one, "
                + "which keeps every index block that earlier commits replaced. Takes time in proportion to the store; "
                + "nothing else may have the store open.",
                "Prints the size of the data files before and after."})
public final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-db",
            description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(db)) {
            spec.commandLine().getErr().println("parley: no store at " + db);
            return ParleyCli.USAGE;
        }
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            long before = ks.diskBytes();
            long t0 = System.nanoTime();
            ks.compact();
            long after = ks.diskBytes();
            out.printf(Locale.ROOT, "Compacted %s: data files %,d MB before, %,d MB after, %,d triples, %.1f s%n", db,
                    before >> 20, after >> 20, ks.size(), (System.nanoTime() - t0) / 1e9);
        } catch (StoreLockedException e) {
            spec.commandLine().getErr().println("parley: " + e.getMessage());
            return ParleyCli.FAILED;
        }
        out.flush();
        return ParleyCli.OK;
    }
}
