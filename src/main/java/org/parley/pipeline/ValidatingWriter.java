package org.parley.pipeline;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleIris;
import org.parley.rdf.validate.GraphValidator;
import org.parley.rdf.validate.Validation;
import org.parley.store.KnowledgeStore;
import org.parley.store.Quarantine;

/**
 * Writes an article graph into the store only if it satisfies Parley's shapes; a graph that violates them goes
 * to the article's quarantine graph with the validation report instead (and the article's earlier graph, if
 * any, stays as it was). A graph that conforms releases the article from quarantine.
 *
 * <pre>{@code
 * ValidatingWriter w = new ValidatingWriter(store, mapper.iris(), GraphValidator.standard());
 * ValidatingWriter.Written r = w.write(articleGraph, "article.txt");
 * if (r.quarantined()) System.err.println(r.reason());
 * }</pre>
 *
 * Thread-safe.
 */
public final class ValidatingWriter {
    private static final Logger log = LoggerFactory.getLogger(ValidatingWriter.class);
    private final KnowledgeStore store;
    private final ArticleIris iris;
    private final GraphValidator validator;
    private final Quarantine quarantine;

    public ValidatingWriter(KnowledgeStore store, ArticleIris iris, GraphValidator validator) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.quarantine = new Quarantine(store.dataset());
    }

    /**
     * What {@link #write} did.
     *
     * @param outcome         what the store did with a conforming graph; null when the graph was quarantined
     * @param validation      the validation result
     * @param quarantineGraph the article's quarantine graph IRI
     * @param validationNanos time spent validating
     */
    public record Written(KnowledgeStore.Outcome outcome, Validation validation, String quarantineGraph, long validationNanos) {
        public boolean quarantined() {
            return outcome == null;
        }

        /** Why the graph was quarantined, for the run's report. */
        public String reason() {
            return "quarantined: violates the shapes (report in graph <" + quarantineGraph + ">): " + validation.summary(3);
        }
    }

    /**
     * An article graph checked against the shapes, ready for {@link #writeAll}. Validation needs no store access, so
     * it runs on the worker that built the graph.
     *
     * @param graph           the article graph
     * @param sourceName      where the article came from, for the quarantine record
     * @param validation      the validation result
     * @param validationNanos time spent validating
     */
    public record Validated(ArticleGraph graph, String sourceName, Validation validation, long validationNanos) {
        public Validated {
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(sourceName, "sourceName");
            Objects.requireNonNull(validation, "validation");
        }
    }

    /** Validates an article graph against the shapes (no store access; any thread). */
    public Validated validate(ArticleGraph g, String sourceName) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(sourceName, "sourceName");
        long t0 = System.nanoTime();
        Validation v = validator.validate(g.withKnowledge());
        return new Validated(g, sourceName, v, System.nanoTime() - t0);
    }

    /**
     * Writes validated article graphs in one write transaction: the conforming ones replace their articles' graphs
     * (and release them from quarantine), the others go to quarantine. Either the whole batch lands or none of it
     * does. Returns what happened to each, in order.
     */
    public java.util.List<Written> writeAll(java.util.List<Validated> batch) {
        Objects.requireNonNull(batch, "batch");
        try (Batch b = begin()) {
            for (Validated v : batch) b.put(v);
            return b.commit();
        }
    }

    /**
     * Opens a write transaction that validated graphs go into one at a time, as {@link #writeAll} would write them;
     * they land together at {@link Batch#commit}, or not at all when the batch is closed without it. The ingest writer
     * puts each article in as it arrives, so that the index work is done beside the workers rather than all at the
     * end of a batch. Begin, put and commit on one thread (Jena's transactions belong to a thread).
     */
    public Batch begin() {
        return new Batch();
    }

    /** A write transaction of {@link #begin}. */
    public final class Batch implements AutoCloseable {
        private final java.util.List<Written> written = new java.util.ArrayList<>();
        private boolean open;

        private Batch() {
            store.dataset().begin(org.apache.jena.query.TxnType.WRITE);
            open = true;
        }

        /** Writes one validated graph into the transaction (replacing its article's graph, or into quarantine). */
        public Written put(Validated v) {
            Objects.requireNonNull(v, "v");
            if (!open) throw new IllegalStateException("the batch is closed");
            Written w = ValidatingWriter.this.put(v);
            written.add(w);
            return w;
        }

        /** Commits what was put; returns what happened to each graph, in order. */
        public java.util.List<Written> commit() {
            if (!open) throw new IllegalStateException("the batch is closed");
            open = false;
            try {
                store.dataset().commit();
            } finally {
                store.dataset().end();
            }
            return java.util.List.copyOf(written);
        }

        /**
         * Aborts the transaction unless it was committed: nothing that was put lands. (A put that failed may have
         * ended it already: Jena's {@code Txn} aborts the transaction it runs in when its action throws.)
         */
        @Override
        public void close() {
            if (!open) return;
            open = false;
            if (!store.dataset().isInTransaction()) return;
            try {
                store.dataset().abort();
            } finally {
                store.dataset().end();
            }
        }
    }

    private Written put(Validated v) {
        ArticleGraph g = v.graph();
        String quarantineGraph = iris.quarantine(g.articleKey());
        if (!v.validation().conforms()) {
            quarantine.put(quarantineGraph, g, v.validation(), v.sourceName());
            log.warn("{}: quarantined in <{}>: {}", v.sourceName(), quarantineGraph, v.validation().summary(3));
            return new Written(null, v.validation(), quarantineGraph, v.validationNanos());
        }
        KnowledgeStore.Outcome outcome = store.replace(g);
        quarantine.release(quarantineGraph);
        return new Written(outcome, v.validation(), quarantineGraph, v.validationNanos());
    }

    public Written write(ArticleGraph g, String sourceName) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(sourceName, "sourceName");
        long t0 = System.nanoTime();
        Validation v = validator.validate(g.withKnowledge());
        long nanos = System.nanoTime() - t0;
        String quarantineGraph = iris.quarantine(g.articleKey());
        if (!v.conforms()) {
            quarantine.put(quarantineGraph, g, v, sourceName);
            log.warn("{}: quarantined in <{}>: {}", sourceName, quarantineGraph, v.summary(3));
            return new Written(null, v, quarantineGraph, nanos);
        }
        KnowledgeStore.Outcome outcome = store.replace(g);
        quarantine.release(quarantineGraph);
        return new Written(outcome, v, quarantineGraph, nanos);
    }
}
