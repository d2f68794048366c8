package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.ingest.ArticleReader;
import org.parley.pipeline.IngestJob;
import org.parley.pipeline.IngestOptions;
import org.parley.pipeline.IngestReport;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.ProgressListener;
import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;
import org.parley.testutil.Corpus;
import org.parley.testutil.Sparql;

/**
 * Serving while ingesting, and under load, on a real TDB2 store over real HTTP (loopback only).
 *
 * <ol>
 *   <li>An ingest run writes articles while clients query: every query succeeds and sees a consistent snapshot
 *       (every article with all its sentences, every mention's entity with its label, article counts that never
 *       go down).</li>
 *   <li>A load test on the result: {@value #DEFAULT_CLIENTS} concurrent clients with a mix of queries for
 *       {@value #DEFAULT_SECONDS} s in CI (at most {@value #MAX_REQUESTS} requests): no server error, and the heap
 *       after the run (after a collection) no larger than before, give or take {@value #HEAP_SLACK_MB} MB. The full
 *       run: {@code ./mvnw verify -Dit.test=ServingUnderLoadIT -Dparley.load.seconds=60}.</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServingUnderLoadIT {
    static final int DEFAULT_CLIENTS = 64;
    static final int DEFAULT_SECONDS = 10;
    static final long MAX_REQUESTS = 5_000_000;
    static final int HEAP_SLACK_MB = 64;
    static final int CLIENTS = Integer.getInteger("parley.load.clients", DEFAULT_CLIENTS);
    static final int SECONDS = Integer.getInteger("parley.load.seconds", DEFAULT_SECONDS);
    /** Bench articles ingested while the clients query (with the five seeds). */
    static final int ARTICLES = 70;
    /**
     * The writer's batches in that run: {@value #ARTICLES_PER_BATCH} articles, so that the store is committed several
     * times however fast the run is (in the default batches a run this short is one commit, and the clients would see
     * only the empty and the full store).
     */
    static final int ARTICLES_PER_BATCH = 16;
    private static final Logger figures = LoggerFactory.getLogger("figures");

    @TempDir
    static Path tmp;
    static KnowledgeStore store;
    static ParleyServer server;
    static String endpoint;

    @BeforeAll
    static void start() {
        store = KnowledgeStore.openTdb2(tmp.resolve("db"));
        server = ParleyServer.builder().dataset(store.dataset()).port(0).enableUi(false).build().start();
        endpoint = server.sparqlUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    @Order(1)
    void queriesDuringAnIngestRunAllSucceedAndSeeConsistentSnapshots() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Corpus.write(corpus, ARTICLES);
        try (Stream<Path> seeds = Files.list(Path.of("data", "articles"))) {
            for (Path f : seeds.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
        }
        PipelineResources resources = PipelineResources.load(ParleyNamespaces.defaults());
        IngestJob job = new IngestJob(resources, store, new IngestOptions(2, Set.of("eng"), false, false)
                .withBatches(new IngestOptions.Batches(ARTICLES_PER_BATCH, KnowledgeStore.BATCH_TRIPLES, KnowledgeStore.BATCH_WINDOW_MILLIS)),
                new ArticleReader());

        AtomicBoolean ingesting = new AtomicBoolean(true);
        LongAdder queries = new LongAdder();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Long, Long> articlesSeen = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            running.add(clients.submit(() -> {
                long last = 0;
                boolean finalRound = false;
                while (!finalRound) {
                    finalRound = !ingesting.get();
                    try {
                        long articles = Sparql.count(endpoint, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a parley:Article }");
                        if (articles < last) failures.add("article count went down: " + last + " -> " + articles);
                        last = articles;
                        articlesSeen.merge(articles, 1L, Long::sum);
                        long incomplete = Sparql.select(endpoint, """
                                SELECT ?a { ?a parley:sentenceCount ?n .
                                  OPTIONAL { ?s parley:inArticle ?a ; a parley:Sentence }
                                } GROUP BY ?a ?n HAVING (COUNT(?s) != ?n)""").size();
                        if (incomplete > 0) failures.add(incomplete + " article(s) seen without all their sentences");
                        long unlabelled = Sparql.count(endpoint, """
                                SELECT (COUNT(?m) AS ?n) { ?m parley:refersTo ?e FILTER NOT EXISTS { ?e rdfs:label ?l } }""");
                        if (unlabelled > 0) failures.add(unlabelled + " mention(s) of an entity without its label");
                        Map<String, String> graphs = Sparql.select(endpoint, """
                                SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?a) AS ?articles) {
                                  GRAPH ?g { ?a a parley:Article } }""").get(0);
                        if (!graphs.get("graphs").equals(graphs.get("articles")))
                            failures.add("graphs and articles differ: " + graphs);
                        queries.add(4);
                    } catch (AssertionError | RuntimeException e) {
                        failures.add(e.toString());
                    }
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        IngestReport report;
        try {
            report = job.run(List.of(corpus), ProgressListener.NONE);
        } finally {
            ingesting.set(false);
        }
        for (Future<?> f : running) f.get(5, TimeUnit.MINUTES);
        clients.shutdown();
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(ARTICLES + 5, report.added(), report.toString());
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
        assertEquals(ARTICLES + 5, Sparql.count(endpoint, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a parley:Article }"));
        assertTrue(articlesSeen.size() > 2, "queries saw the store grow: " + new TreeMap<>(articlesSeen));
        figures.info("ingest while serving: {} articles written in {} ms while 4 clients ran {} queries; failures: {}; "
                + "article counts seen: {}", report.added(), millis, queries.sum(), failures.size(), new TreeMap<>(articlesSeen));
    }

    @Test
    @Order(2)
    void manyConcurrentClientsGetNoServerErrorAndMemoryStaysFlat() throws Exception {
        assertTrue(Sparql.count(endpoint, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a parley:Article }") > 0, "a store to query");
        List<String> graphs = Sparql.select(endpoint, "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }").stream()
                .map(r -> r.get("g")).toList();
        List<String> entities = Sparql.select(endpoint, "SELECT DISTINCT ?e { ?e a parley:Entity }").stream()
                .map(r -> r.get("e")).toList();
        List<String> shipped = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) shipped.add(Files.readString(q));
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();
        // warm up, then measure the heap from a collected state
        runLoad(http, graphs, entities, shipped, 8, Duration.ofSeconds(2), 2_000);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);

        LoadResult r = runLoad(http, graphs, entities, shipped, CLIENTS, Duration.ofSeconds(SECONDS), MAX_REQUESTS);
        long after = usedAfterGc(memory);
        long growthMb = (after - before) / (1024 * 1024);

        figures.info("load: {} clients for {} s: {} requests ({}/s), {} server errors, {} client errors (4xx, on purpose: {}), "
                        + "{} failed connections; latency p50 {} ms, p99 {} ms, max {} ms; heap after collection {} MB before, "
                        + "{} MB after, peak {} MB", CLIENTS, r.seconds, r.requests, r.requests / Math.max(1, r.seconds),
                r.serverErrors, r.clientErrors, r.expectedClientErrors, r.ioErrors, r.percentile(50), r.percentile(99),
                r.percentile(100), before >> 20, after >> 20, r.peakHeap >> 20);
        assertEquals(0, r.serverErrors, "server errors: " + r.examples);
        assertEquals(0, r.ioErrors, "failed connections: " + r.examples);
        assertEquals(r.expectedClientErrors, r.clientErrors, "only the malformed queries get 4xx: " + r.examples);
        assertTrue(r.requests > CLIENTS * 5L, "requests: " + r.requests);
        assertTrue(growthMb < HEAP_SLACK_MB, "heap grew by " + growthMb + " MB");
        assertEquals(200, Sparql.post(endpoint, "ASK { ?s ?p ?o }").statusCode(), "still answering");
    }

    /** What a load run saw. */
    static final class LoadResult {
        long requests, serverErrors, clientErrors, expectedClientErrors, ioErrors, seconds, peakHeap;
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final List<String> examples = Collections.synchronizedList(new ArrayList<>());

        long percentile(int p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            if (sorted.isEmpty()) return 0;
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - (p == 0 ? 0 : 1)));
        }
    }

    private static LoadResult runLoad(HttpClient http, List<String> graphs, List<String> entities, List<String> shipped,
                                      int clients, Duration duration, long maxRequests) throws Exception {
        LoadResult result = new LoadResult();
        AtomicLong requests = new AtomicLong(), serverErrors = new AtomicLong(), clientErrors = new AtomicLong(),
                expected = new AtomicLong(), ioErrors = new AtomicLong(), peak = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                go.await();
                while (System.nanoTime() < end && requests.incrementAndGet() <= maxRequests) {
                    int kind = random.nextInt(10);
                    HttpRequest request = request(kind, random, graphs, entities, shipped);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        result.latencies.add((System.nanoTime() - t0) / 1_000_000);
                        int status = response.statusCode();
                        if (status >= 500) {
                            serverErrors.incrementAndGet();
                            result.examples.add(status + " for " + request.uri());
                        } else if (status >= 400) {
                            clientErrors.incrementAndGet();
                            if (kind != 9) result.examples.add(status + " for " + request.uri());
                        }
                        if (kind == 9) expected.incrementAndGet();
                    } catch (IOException e) {
                        ioErrors.incrementAndGet();
                        result.examples.add(e + " for " + request.uri());
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        while (futures.stream().anyMatch(f -> !f.isDone())) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            Thread.sleep(200);
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        result.seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000L);
        result.requests = result.latencies.size() + ioErrors.get();   // requests answered or failed
        result.serverErrors = serverErrors.get();
        result.clientErrors = clientErrors.get();
        result.expectedClientErrors = expected.get();
        result.ioErrors = ioErrors.get();
        result.peakHeap = peak.get();
        return result;
    }

    /** A request of the mix: shipped queries, lookups, graph store reads, ASK, CONSTRUCT, DESCRIBE, a bad query. */
    private static HttpRequest request(int kind, Random random, List<String> graphs, List<String> entities, List<String> shipped) {
        String entity = entities.get(random.nextInt(entities.size()));
        String graph = graphs.get(random.nextInt(graphs.size()));
        String base = server.datasetUrl();
        return switch (kind) {
            case 0, 1 -> query(shipped.get(random.nextInt(shipped.size())), "application/sparql-results+json");
            case 2 -> query(Sparql.PREFIXES + "SELECT ?label ?m ?a { <" + entity + "> rdfs:label ?label . ?m parley:refersTo <"
                    + entity + "> ; parley:inArticle ?a } LIMIT 50", "application/sparql-results+json");
            case 3 -> get(base + "/get?graph=" + enc(graph), "application/n-triples");
            case 4 -> query("ASK { GRAPH <" + graph + "> { ?s ?p ?o } }", "application/sparql-results+json");
            case 5 -> query("CONSTRUCT WHERE { GRAPH <" + graph + "> { ?s a ?t } }", "text/turtle");
            case 6 -> query("DESCRIBE <" + entity + ">", "application/n-triples");
            case 7 -> query(Sparql.PREFIXES + "SELECT ?type (COUNT(?e) AS ?n) { ?e a ?type } GROUP BY ?type", "text/csv");
            case 8 -> get(server.sparqlUrl() + "?query=" + enc(Sparql.PREFIXES + "SELECT ?t { ?a dcterms:title ?t } LIMIT 10"),
                    "application/sparql-results+xml");
            default -> query("SELECT ?x { ?x ?y ", "application/sparql-results+json");   // malformed: 400
        };
    }

    private static HttpRequest query(String q, String accept) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(q))).build();
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept", accept).GET().build();
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
