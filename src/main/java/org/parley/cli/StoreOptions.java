package org.parley.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.parley.store.KnowledgeStore;
import org.parley.store.TextSearch;

/** {@code --db DIR} and {@code --mem}: which store a command works on. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-db",
            description = "TDB2 database directory (default: ${DEFAULT-VALUE}); created when missing.")
    Path db;

    @Option(names = "--mem", description = "Use an in-memory store instead of --db (nothing is kept).")
    boolean mem;

    /** Opens the store with its full-text index (in {@code DIR/text-index}, or in memory with {@code --mem}). */
    KnowledgeStore open() {
        KnowledgeStore ks = mem ? KnowledgeStore.inMemory() : KnowledgeStore.openTdb2(db);
        try {
            if (mem) TextSearch.attachInMemory(ks.dataset());
            else TextSearch.attach(ks.dataset(), db.resolve(TextSearch.DIRECTORY));
        } catch (RuntimeException e) {
            ks.close();
            throw e;
        }
        return ks;
    }

    String describe() {
        return mem ? "in-memory store" : "store " + db;
    }
}
