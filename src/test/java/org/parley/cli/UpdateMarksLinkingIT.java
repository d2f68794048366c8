package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.store.KnowledgeStore;

/**
 * A server that allows updates leaves the store marked for linking and indexing, so that the next ingest redoes
 * them although it writes no article (an ingest that writes nothing skips them otherwise); a read-only server
 * leaves no mark.
 */
class UpdateMarksLinkingIT {
    @Test
    void serversThatAllowUpdatesMarkTheStoreAndReadOnlyServersDoNot(@TempDir Path dir) throws Exception {
        Path users = dir.resolve("users");
        Files.writeString(users, "editor:correct horse battery staple\n");
        Path readOnly = dir.resolve("read-only"), updatable = dir.resolve("updatable");

        try (InProcessRun run = InProcessRun.start("--db", readOnly.toString(), "--port", "0")) {
            assertTrue(run.output.contains("Ingested 5 articles"), run.output);
            assertFalse(Files.exists(readOnly.resolve(KnowledgeStore.LINKING_PENDING)), "the ingest cleared its mark");
        }
        try (InProcessRun run = InProcessRun.start("--db", updatable.toString(), "--port", "0", "--allow-update",
                "--credentials", users.toString())) {
            assertTrue(run.output.contains("Ingested 5 articles"), run.output);
            assertTrue(Files.exists(updatable.resolve(KnowledgeStore.LINKING_PENDING)), "marked while updates are allowed");
        }
        // the next run writes no article, links and indexes because of the mark, and clears it
        try (InProcessRun run = InProcessRun.start("--db", updatable.toString(), "--port", "0")) {
            assertTrue(run.output.contains("5 unchanged"), run.output);
            assertTrue(run.output.contains("Time by stage (summed over workers): link "), run.output);
            assertFalse(Files.exists(updatable.resolve(KnowledgeStore.LINKING_PENDING)));
        }
    }
}
