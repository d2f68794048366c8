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
        long start = System.nanoTime();
        StageTimer timer = new StageTimer();
        List<IngestReport.Skip> skipped = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger added = new AtomicInteger(), replaced = new AtomicInteger(), unchanged = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong triples = new AtomicLong(), tokens = new AtomicLong();
        Map<String, String> bodyOwners = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        BlockingQueue<Article> queue = new ArrayBlockingQueue<>(options.threads() * 4);

        ValidatingWriter writer = new ValidatingWriter(store, resources.mapper().iris(), GraphValidator.standard());
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
                    try {
                        String why = rejection(pipeline, a, bodyOwners);
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
                        ArticlePipeline.Processed p = pipeline.process(a);
                        ArticleGraph g = p.graph();
                        tokens.addAndGet(p.tokens());
                        long t0 = System.nanoTime();
                        ValidatingWriter.Written written = writer.write(g, a.sourceName());
                        timer.add("validate", written.validationNanos());
                        if (written.quarantined()) {
                            skipped.add(new IngestReport.Skip(a.sourceName(), written.reason()));
                            if (options.strict()) stop.set(true);
                            continue;
                        }
                        KnowledgeStore.Outcome outcome = written.outcome();
                        timer.add("store", System.nanoTime() - t0 - written.validationNanos());
                        switch (outcome) {
                            case ADDED -> added.incrementAndGet();
                            case REPLACED -> replaced.incrementAndGet();
                            case UNCHANGED -> unchanged.incrementAndGet();
                        }
                        if (outcome != KnowledgeStore.Outcome.UNCHANGED) triples.addAndGet(g.graph().size());
                        log.debug("{}: {} ({} triples)", a.sourceName(), outcome, g.graph().size());
                    } catch (RuntimeException e) {
                        skipped.add(new IngestReport.Skip(a.sourceName(), "failed: " + e));
                        if (options.strict()) stop.set(true);
                        log.error("{}: failed", a.sourceName(), e);
                    } finally {
                        progress.progress(done.incrementAndGet(), a.sourceName());
                    }
                }
            }));
        }

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
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("worker failed", e.getCause());
            }
        }
        workers.awaitTermination(1, TimeUnit.MINUTES);
        long t0 = System.nanoTime();
        int linked = new CrossArticleLinker(resources.namespaces()).link(store.dataset());
        // after the people: an event's parties are compared as the merged people
        int events = new EventLinker(resources.namespaces()).link(store.dataset());
        // the ontology beside the articles, so that queries can read its declarations (conflicts.rq does)
        store.ensureGraph(org.parley.rdf.OntologyResources.GRAPH, org.parley.rdf.OntologyResources.ontology());
        timer.add("link", System.nanoTime() - t0);
        org.parley.store.TextSearch.rebuild(store.dataset());   // labels and aliases, after quarantine and linking
        if (linked > 0) log.info("linked {} surname-only person(s) to people named in full in other articles", linked);
        if (events > 0) log.info("merged {} canonical event(s) into compatible events reported by other articles", events);
        return new IngestReport(stop.get(), added.get(), replaced.get(), unchanged.get(), skipped, triples.get(), tokens.get(),
                Duration.ofNanos(System.nanoTime() - start), timer.millis());
    }

    /** Thrown through the reader to end a strict run early. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super("stopped", null, false, false);
        }
    }

    /** Why an article is not processed, or {@code null} when it is. */
    private String rejection(ArticlePipeline pipeline, Article a, Map<String, String> bodyOwners) {
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
        if (lang != null && !options.languages().contains(lang))
            return "language '" + lang + "' not accepted (allowed: " + String.join(", ", options.languages())
                    + "; use --lang to allow it)";
        return null;
    }
}
