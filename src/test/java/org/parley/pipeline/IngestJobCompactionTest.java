package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IngestJobCompactionTest {
    private static final long MB = 1L << 20;

    @Test
    void aRunThatGrewAFreshStoreByMoreThanTheThresholdSuggestsCompaction() {
        assertTrue(IngestJob.shouldCompact(50 * MB, 50 * MB + IngestJob.COMPACT_AFTER_BYTES));
        assertTrue(IngestJob.shouldCompact(0, 2 * IngestJob.COMPACT_AFTER_BYTES));
    }

    @Test
    void aSmallRunDoesNotSuggestIt() {
        assertFalse(IngestJob.shouldCompact(50 * MB, 50 * MB + IngestJob.COMPACT_AFTER_BYTES - 1));
        assertFalse(IngestJob.shouldCompact(0, 0));
    }

    @Test
    void aRunIntoALargeStoreSuggestsItOnlyWhenItGrewTheStoreByHalf() {
        long large = 40_000 * MB;
        assertFalse(IngestJob.shouldCompact(large, large + 1_000 * MB), "1 GB of growth does not justify rewriting 40 GB");
        assertTrue(IngestJob.shouldCompact(large, large + 20_000 * MB));
    }
}
