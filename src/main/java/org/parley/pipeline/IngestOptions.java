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
 * @param bulk      load into an empty store in one transaction at the end of the run (the article graphs wait in
 *                  a compressed spool file beside the store): for large corpora, where TDB2's many commits would
 *                  otherwise leave most of the disk to index blocks they replaced
 */
public record IngestOptions(int threads, Set<String> languages, boolean force, boolean strict, boolean bulk) {
    public IngestOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        languages = Set.copyOf(Objects.requireNonNull(languages, "languages"));
        if (languages.isEmpty()) throw new IllegalArgumentException("no language accepted");
    }

    /** Options for an ordinary (not bulk) run. */
    public IngestOptions(int threads, Set<String> languages, boolean force, boolean strict) {
        this(threads, languages, force, strict, false);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), Set.of("eng"), false, false);
    }
}
