package org.parley.pipeline;

import java.util.Objects;
import java.util.Set;

/**
 * How an ingest run behaves.
 *
 * @param threads   worker threads for language processing and extraction (at least 1)
 * @param languages ISO 639-3 codes of the languages accepted ({@code "eng"}); other articles are skipped
 * @param force     re-extract articles even when their stored digest says nothing changed
 * @param strict    stop the run at the first input that fails
 */
public record IngestOptions(int threads, Set<String> languages, boolean force, boolean strict) {
    public IngestOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        languages = Set.copyOf(Objects.requireNonNull(languages, "languages"));
        if (languages.isEmpty()) throw new IllegalArgumentException("no language accepted");
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), Set.of("eng"), false, false);
    }
}
