package org.parley.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.parley.store.KnowledgeStore;

/** {@code --db DIR} and {@code --mem}: which store a command works on. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-db",
            description = "TDB2 database directory (default: ${DEFAULT-VALUE}); created when missing.")
    Path db;

    @Option(names = "--mem", description = "Use an in-memory store instead of --db (nothing is kept).")
    boolean mem;

    KnowledgeStore open() {
        return mem ? KnowledgeStore.inMemory() : KnowledgeStore.openTdb2(db);
    }

    String describe() {
        return mem ? "in-memory store" : "store " + db;
    }
}
