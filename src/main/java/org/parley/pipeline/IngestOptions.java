package org.parley.pipeline;

import java.util.Objects;
import java.util.Set;

import org.parley.store.KnowledgeStore;

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
 * @param batches   how the writer groups article graphs into write transactions
 */
public record IngestOptions(int threads, Set<String> languages, boolean force, boolean strict, boolean bulk, Batches batches) {
    public IngestOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        languages = Set.copyOf(Objects.requireNonNull(languages, "languages"));
        if (languages.isEmpty()) throw new IllegalArgumentException("no language accepted");
        Objects.requireNonNull(batches, "batches");
    }

    /** Options with the default {@link Batches}. */
    public IngestOptions(int threads, Set<String> languages, boolean force, boolean strict, boolean bulk) {
        this(threads, languages, force, strict, bulk, Batches.DEFAULT);
    }

    /** Options for an ordinary (not bulk) run. */
    public IngestOptions(int threads, Set<String> languages, boolean force, boolean strict) {
        this(threads, languages, force, strict, false);
    }

    /** These options with other batches. */
    public IngestOptions withBatches(Batches other) {
        return new IngestOptions(threads, languages, force, strict, bulk, other);
    }

    /**
     * The ingest writer's write transactions: a batch is committed when it holds {@code articles} article graphs or
     * {@code triples} triples, or {@code windowMillis} after its first article arrived, whichever comes first.
     */
    public record Batches(int articles, long triples, long windowMillis) {
        /** {@link KnowledgeStore#BATCH_ARTICLES}, {@link KnowledgeStore#BATCH_TRIPLES}, {@link KnowledgeStore#BATCH_WINDOW_MILLIS}. */
        public static final Batches DEFAULT = new Batches(KnowledgeStore.BATCH_ARTICLES, KnowledgeStore.BATCH_TRIPLES,
                KnowledgeStore.BATCH_WINDOW_MILLIS);

        public Batches {
            if (articles < 1 || triples < 1 || windowMillis < 0)
                throw new IllegalArgumentException("batches of at least 1 article and 1 triple, a window of 0 ms or more: "
                        + articles + ", " + triples + ", " + windowMillis);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), Set.of("eng"), false, false);
    }
}
