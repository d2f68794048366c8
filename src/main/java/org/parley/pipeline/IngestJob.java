package org.parley.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.ingest.ArticleReader;
import org.parley.ingest.ArticleSink;
import org.parley.ingest.IngestProblem;
import org.parley.model.Article;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.validate.GraphValidator;
import org.parley.resolve.CrossArticleLinker;
import org.parley.resolve.EventLinker;
import org.parley.store.KnowledgeStore;

/**
 * Reads articles from files and directories, runs them through the pipeline on worker threads and
 * swaps each article's graph into the store in its own transaction. A bad input is reported and skipped;
 * the rest of the run completes.
 *
 * <pre>{@code
 * IngestReport r = new IngestJob(resources, store, IngestOptions.defaults(), reader).run(List.of(Path.of("data/articles")), ProgressListener.NONE);
 * }</pre>
 */
public final class IngestJob {
    private static final Logger log = LoggerFactory.getLogger(IngestJob.class);
    private static final Article END = Article.of("\u0000end", "\u0000end", "");

    private final PipelineResources resources;
    private final KnowledgeStore store;
    private final IngestOptions options;
    private final ArticleReader reader;

    public IngestJob(PipelineResources resources, KnowledgeStore store, IngestOptions options, ArticleReader reader) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public IngestReport run(List<Path> inputs, ProgressListener progress) throws InterruptedException {
        Objects.requireNonNull(inputs, "inputs");
        boolean emptyAtStart = store.isEmpty();
        if (options.bulk() && !emptyAtStart)
            throw new IllegalStateException("a bulk load goes into an empty store, and this one holds data");
        long start = System.nanoTime();
        long diskAtStart = store.diskBytes();
        // linking and the text index read the whole store, so a run that writes no article (all unchanged) leaves
        // them as they are, unless an earlier run stopped before finishing them (its mark is still there)
        boolean linkingPending = store.markLinkingPending();
        AtomicInteger handedOverToWriter = new AtomicInteger();
        StageTimer timer = new StageTimer();
        List<IngestReport.Skip> skipped = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger added = new AtomicInteger(), replaced = new AtomicInteger(), unchanged = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong triples = new AtomicLong(), tokens = new AtomicLong();
        Map<String, String> bodyOwners = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        BlockingQueue<Article> queue = new ArrayBlockingQueue<>(options.threads() * 4);

        ValidatingWriter writer = new ValidatingWriter(store, resources.mapper().iris(), GraphValidator.standard());
        // validated graphs wait here for the one writer, which commits them in batches (see BatchWriter)
        BlockingQueue<ValidatingWriter.Validated> toWrite = new ArrayBlockingQueue<>(KnowledgeStore.WRITE_QUEUE_ARTICLES);
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < options.threads(); w++) {
            futures.add(workers.submit(() -> {
                ArticlePipeline pipeline = ArticlePipeline.create(resources, timer);
                while (true) {
                    Article a = queue.take();
                    if (a == END) return null;
                    if (stop.get()) continue;
                    boolean handedOver = false;
                    try {
                        String[] language = new String[1];
                        String why = rejection(pipeline, a, bodyOwners, language);
                        if (why != null) {
                            skipped.add(new IngestReport.Skip(a.sourceName(), why));
                            if (options.strict()) stop.set(true);
                            log.warn("{}: skipped: {}", a.sourceName(), why);
                            continue;
                        }
                        String graphIri = resources.mapper().iris().graph(a.key());
                        if (!options.force() && store.digestOf(org.apache.jena.graph.NodeFactory.createURI(graphIri))
                                .filter(resources.mapper().digest(a)::equals).isPresent()) {
                            unchanged.incrementAndGet();
                            continue;
                        }
                        ArticlePipeline.Processed p = pipeline.process(a, language[0]);
                        tokens.addAndGet(p.tokens());
                        ValidatingWriter.Validated v = writer.validate(p.graph(), a.sourceName());
                        timer.add("validate", v.validationNanos());
                        handedOverToWriter.incrementAndGet();
                        toWrite.put(v);
                        handedOver = true;
                    } catch (RuntimeException e) {
                        skipped.add(new IngestReport.Skip(a.sourceName(), "failed: " + e));
                        if (options.strict()) stop.set(true);
                        log.error("{}: failed", a.sourceName(), e);
                    } finally {
                        if (!handedOver) progress.progress(done.incrementAndGet(), a.sourceName());
                    }
                }
            }));
        }
        // this process holds the store's lock: a spool file in its directory is from a bulk run that was killed
        if (store.isPersistent()) org.parley.store.BulkSpool.deleteStale(store.directory());
        org.parley.store.BulkSpool spool = !options.bulk() ? null : org.parley.store.BulkSpool.create(
                store.isPersistent() ? store.directory() : Path.of(System.getProperty("java.io.tmpdir")));
        BatchWriter batchWriter = new BatchWriter(writer, spool, toWrite, timer, options.strict() ? stop : null, skipped,
                progress, done, options.batches());
        Thread writerThread = new Thread(batchWriter, "parley-writer");
        writerThread.setDaemon(true);
        writerThread.start();

        try {
            reader.read(inputs, new ArticleSink() {
                @Override
                public void article(Article a) {
                    if (stop.get()) throw new StopReading();
                    try {
                        queue.put(a);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while queueing " + a.sourceName(), e);
                    }
                }

                @Override
                public void problem(IngestProblem p) {
                    String where = p.line() > 0 ? p.source() + ":" + p.line() : p.source();
                    skipped.add(new IngestReport.Skip(where, p.message()));
                    log.warn("{}: skipped: {}", where, p.message());
                    if (options.strict()) stop.set(true);
                    progress.progress(done.incrementAndGet(), where);
                }
            });
        } catch (StopReading e) {
            log.warn("stopped at the first failure (--strict)");
        } finally {
            for (int w = 0; w < options.threads(); w++) queue.put(END);
            workers.shutdown();
        }
        try {
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("worker failed", e.getCause());
                }
            }
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } finally {
            toWrite.put(BatchWriter.END);
            writerThread.join();
        }
        if (batchWriter.failure != null) {
            if (spool != null) spool.close();
            throw new IllegalStateException("writer failed", batchWriter.failure);
        }
        if (spool != null) {
            // everything the workers produced, in one transaction: all of it lands or none
            long l0 = System.nanoTime();
            try (spool) {
                spool.loadInto(store);
            }
            timer.add("store", System.nanoTime() - l0);
        }
        added.addAndGet(batchWriter.added);
        replaced.addAndGet(batchWriter.replaced);
        unchanged.addAndGet(batchWriter.unchanged);
        triples.addAndGet(batchWriter.triples);
        int[] counts = {0, 0, 0};
        if (linkingPending || handedOverToWriter.get() > 0 || spool != null)
            // the whole index after a bulk load (which writes around the store's record of relabelled subjects), a
            // run that stopped before its own indexing, or a load into an empty store
            counts = linkAndIndex(timer, linkingPending || spool != null || emptyAtStart);
        else
            log.info("no article written: cross-article links and the text index stay as the last run left them");
        store.clearLinkingPending();
        int linked = counts[0], events = counts[1];
        long diskNow = store.diskBytes();
        if (shouldCompact(diskAtStart, diskNow))
            log.info("the store's data files grew from {} MB to {} MB in this run, much of it index blocks that commits "
                    + "replaced; `parley compact --db DIR` reclaims them", diskAtStart >> 20, diskNow >> 20);
        if (linked > 0) log.info("linked {} surname-only person(s) to people named in full in other articles", linked);
        if (events > 0) log.info("merged {} canonical event(s) into compatible events reported by other articles", events);
        if (counts[2] > 0) log.info("removed the gazetteer descriptions of {} entit(ies) no article names any more", counts[2]);
        return new IngestReport(stop.get(), added.get(), replaced.get(), unchanged.get(), skipped, triples.get(), tokens.get(),
                Duration.ofNanos(System.nanoTime() - start), timer.millis());
    }

    /**
     * Links people and events across articles and sweeps unused gazetteer descriptions, in one write transaction
     * (a crash leaves the article graphs all linked or none), then indexes labels and aliases: all of them when
     * {@code rebuild}, else those of the subjects this run's writes and links touched. Returns the people linked,
     * the events merged and the descriptions swept.
     */
    private int[] linkAndIndex(StageTimer timer, boolean rebuild) {
        long t0 = System.nanoTime();
        java.util.Set<org.apache.jena.graph.Node> rewritten = new java.util.HashSet<>();
        int[] counts = org.apache.jena.system.Txn.calculateWrite(store.dataset(), () -> {
            int people = new CrossArticleLinker(resources.namespaces()).link(store.dataset(), rewritten::add);
            // after the people: an event's parties are compared as the merged people
            int merged = new EventLinker(resources.namespaces()).link(store.dataset(), rewritten::add);
            // descriptions of entities that replaced article graphs no longer name
            int swept = store.sweepKnowledge(org.apache.jena.graph.NodeFactory.createURI(resources.mapper().iris().knowledgeGraph()));
            return new int[] {people, merged, swept};
        });
        timer.add("link", System.nanoTime() - t0);
        // after quarantine and linking
        java.util.Set<org.apache.jena.graph.Node> relabelled = store.takeRelabelled();
        relabelled.addAll(rewritten);
        if (rebuild) org.parley.store.TextSearch.rebuild(store.dataset());
        else org.parley.store.TextSearch.update(store.dataset(), relabelled);
        return counts;
    }

    /**
     * The one writer: takes the validated graphs the workers hand over and commits them in batches (up to the
     * options' {@link IngestOptions.Batches} articles or triples, or what has arrived within their window after the
     * batch's first article) in one write transaction, so that a commit's fixed cost is shared by
     * several articles while the workers go on. A batch lands whole or not at all; when a batch fails, its articles
     * are written one by one so that one bad article does not take the others with it.
     */
    static final class BatchWriter implements Runnable {
        static final ValidatingWriter.Validated END = new ValidatingWriter.Validated(
                new ArticleGraph("\u0000end", org.apache.jena.graph.NodeFactory.createURI("urn:x-parley:end"), "",
                        org.apache.jena.graph.Graph.emptyGraph), "\u0000end",
                new org.parley.rdf.validate.Validation(true, org.apache.jena.graph.Graph.emptyGraph, List.of()), 0);
        private final ValidatingWriter writer;
        /** In a bulk run: where conforming graphs wait for the load at the end (else null). */
        private final org.parley.store.BulkSpool spool;
        private final BlockingQueue<ValidatingWriter.Validated> queue;
        private final StageTimer timer;
        private final java.util.concurrent.atomic.AtomicBoolean stopOnFailure;
        private final List<IngestReport.Skip> skipped;
        private final ProgressListener progress;
        private final AtomicInteger done;
        private final IngestOptions.Batches batches;
        int added, replaced, unchanged;
        long triples;
        volatile Throwable failure;

        BatchWriter(ValidatingWriter writer, org.parley.store.BulkSpool spool,
                    BlockingQueue<ValidatingWriter.Validated> queue, StageTimer timer,
                    java.util.concurrent.atomic.AtomicBoolean stopOnFailure, List<IngestReport.Skip> skipped,
                    ProgressListener progress, AtomicInteger done, IngestOptions.Batches batches) {
            this.batches = batches;
            this.writer = writer;
            this.spool = spool;
            this.queue = queue;
            this.timer = timer;
            this.stopOnFailure = stopOnFailure;
            this.skipped = skipped;
            this.progress = progress;
            this.done = done;
        }

        @Override
        public void run() {
            List<ValidatingWriter.Validated> batch = new ArrayList<>();
            try {
                while (true) {
                    ValidatingWriter.Validated first = queue.take();
                    boolean end = first == END;
                    long triples = 0;
                    if (!end) {
                        batch.add(first);
                        triples += first.graph().graph().size();
                        put(first);
                    }
                    // wait a little for more articles: a few large transactions write far less than many small ones
                    long deadline = System.nanoTime() + batches.windowMillis() * 1_000_000L;
                    while (!end && batch.size() < batches.articles() && triples < batches.triples()) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) break;
                        ValidatingWriter.Validated next = queue.poll(left, TimeUnit.NANOSECONDS);
                        if (next == null) break;
                        if (next == END) end = true;
                        else {
                            batch.add(next);
                            triples += next.graph().graph().size();
                            put(next);
                        }
                    }
                    if (!batch.isEmpty()) write(batch);
                    batch.clear();
                    if (end) return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
            } catch (RuntimeException | Error e) {
                failure = e;
                log.error("the writer failed", e);
                drain();
            } finally {
                if (open != null) open.close();
            }
        }

        /**
         * The batch's write transaction, open from its first article (not in a bulk run): each article goes into it
         * as it arrives, so that the index work is done while the workers make the next articles, and the batch
         * lands at the commit. Null between batches, and once a put has failed (the batch is then written one
         * article at a time).
         */
        private ValidatingWriter.Batch open;
        /** Whether a put into this batch's transaction failed. */
        private boolean putFailed;

        /** Writes an article into the open batch, opening it for the batch's first article. */
        private void put(ValidatingWriter.Validated v) {
            if (spool != null || putFailed) return;
            long t0 = System.nanoTime();
            try {
                if (open == null) open = writer.begin();
                open.put(v);
            } catch (RuntimeException e) {
                log.warn("{}: could not be written with its batch ({}); the batch will be written one article at a time",
                        v.sourceName(), e.toString());
                putFailed = true;
                if (open != null) open.close();
                open = null;
            } finally {
                timer.add("store", System.nanoTime() - t0);
            }
        }

        /** After a failure: takes what the workers still hand over, so that none of them waits for ever. */
        private void drain() {
            try {
                while (queue.take() != END) {
                    // dropped: the run fails
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void write(List<ValidatingWriter.Validated> batch) {
            if (spool != null) {
                spool(batch);
                return;
            }
            ValidatingWriter.Batch b = open;
            open = null;
            boolean failedBefore = putFailed;
            putFailed = false;
            if (failedBefore) oneByOne(batch);
            else commit(batch, b);
        }

        /** Commits a batch in one write transaction (one by one when the batch fails). */
        private void commit(List<ValidatingWriter.Validated> batch) {
            commit(batch, null);
        }

        /**
         * Commits a batch in one write transaction: {@code b}, into which its articles were put, or a new one when
         * {@code b} is null. One by one when the batch fails.
         */
        private void commit(List<ValidatingWriter.Validated> batch, ValidatingWriter.Batch b) {
            long t0 = System.nanoTime();
            List<ValidatingWriter.Written> written;
            try {
                written = b != null ? b.commit() : writer.writeAll(batch);
            } catch (RuntimeException e) {
                if (b != null) b.close();
                if (batch.size() == 1) {
                    timer.add("store", System.nanoTime() - t0);
                    failed(batch.get(0), e);
                    return;
                }
                log.warn("a batch of {} articles failed ({}); writing them one by one", batch.size(), e.toString());
                timer.add("store", System.nanoTime() - t0);
                oneByOne(batch);
                return;
            }
            timer.add("store", System.nanoTime() - t0);
            for (int i = 0; i < batch.size(); i++) {
                ValidatingWriter.Validated v = batch.get(i);
                ValidatingWriter.Written w = written.get(i);
                if (w.quarantined()) {
                    skipped.add(new IngestReport.Skip(v.sourceName(), w.reason()));
                    if (stopOnFailure != null) stopOnFailure.set(true);
                } else {
                    switch (w.outcome()) {
                        case ADDED -> added++;
                        case REPLACED -> replaced++;
                        case UNCHANGED -> unchanged++;
                    }
                    if (w.outcome() != KnowledgeStore.Outcome.UNCHANGED) triples += v.graph().graph().size();
                    log.debug("{}: {} ({} triples)", v.sourceName(), w.outcome(), v.graph().graph().size());
                }
                progress.progress(done.incrementAndGet(), v.sourceName());
            }
        }

        /** Commits each article of a batch in a transaction of its own. */
        private void oneByOne(List<ValidatingWriter.Validated> batch) {
            for (ValidatingWriter.Validated v : batch) commit(List.of(v));
        }

        /** A bulk run: conforming graphs go to the spool, the others to quarantine as in any run. */
        private void spool(List<ValidatingWriter.Validated> batch) {
            long t0 = System.nanoTime();
            List<ValidatingWriter.Validated> quarantined = new ArrayList<>();
            for (ValidatingWriter.Validated v : batch) {
                if (!v.validation().conforms()) {
                    quarantined.add(v);
                    continue;
                }
                if (spool.add(v.graph())) {
                    added++;
                    triples += v.graph().graph().size();
                } else {
                    skipped.add(new IngestReport.Skip(v.sourceName(), "the same article (" + v.graph().articleKey()
                            + ") twice in one bulk load; the first is kept"));
                    if (stopOnFailure != null) stopOnFailure.set(true);
                }
                progress.progress(done.incrementAndGet(), v.sourceName());
            }
            timer.add("spool", System.nanoTime() - t0);
            if (!quarantined.isEmpty()) commit(quarantined);
        }

        private void failed(ValidatingWriter.Validated v, RuntimeException e) {
            skipped.add(new IngestReport.Skip(v.sourceName(), "failed: " + e));
            if (stopOnFailure != null) stopOnFailure.set(true);
            log.error("{}: failed", v.sourceName(), e);
            progress.progress(done.incrementAndGet(), v.sourceName());
        }
    }

    /** Thrown through the reader to end a strict run early. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super("stopped", null, false, false);
        }
    }

    /** Why an article is not processed, or {@code null} when it is. */
    /** A run that grew the data files by at least this much suggests compacting the store. */
    static final long COMPACT_AFTER_BYTES = 256L << 20;

    /**
     * Whether a run that took the data files from {@code before} to {@code after} bytes should suggest compacting the
     * store: when it grew them by {@link #COMPACT_AFTER_BYTES} or more and by at least half their size before.
     * Compaction rewrites the whole store, so it is the user's call (`parley compact`), not done on every run.
     */
    static boolean shouldCompact(long before, long after) {
        long grown = after - before;
        return grown >= COMPACT_AFTER_BYTES && grown >= before / 2;
    }

    /** Why an article is not read, or {@code null}; {@code language[0]} receives the language detected, if any. */
    private String rejection(ArticlePipeline pipeline, Article a, Map<String, String> bodyOwners, String[] language) {
        if (a.body().stream().allMatch(s -> a.text().substring(s.begin(), s.end()).isBlank()))
            return "no article text (empty after removing boilerplate)";
        String bodyHash = org.parley.ingest.ArticleIdentity.contentHash(a);
        // another article with this text in the store (from an earlier run) comes first, then one seen in this run
        java.util.Optional<String> stored = store.sourceWithBody(bodyHash,
                org.apache.jena.graph.NodeFactory.createURI(resources.mapper().iris().graph(a.key())));
        if (stored.isPresent()) return "duplicate of " + stored.get() + " (same text, already in the store)";
        String owner = bodyOwners.putIfAbsent(bodyHash, a.key());
        if (owner != null && !owner.equals(a.key())) return "duplicate of " + owner + " (same text)";
        String lang = pipeline.language(a);
        language[0] = lang;
        if (lang != null && !options.languages().contains(lang))
            return "language '" + lang + "' not accepted (allowed: " + String.join(", ", options.languages())
                    + "; use --lang to allow it)";
        return null;
    }
}
