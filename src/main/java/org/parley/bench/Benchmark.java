package org.parley.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.ingest.ArticleReader;
import org.parley.pipeline.IngestJob;
import org.parley.pipeline.IngestOptions;
import org.parley.pipeline.IngestReport;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.ProgressListener;
import org.parley.rdf.ParleyNamespaces;
import org.parley.serve.ParleyServer;
import org.parley.store.KnowledgeStore;
import org.parley.store.TextSearch;

/**
 * One benchmark run on one corpus: for each thread count, the bare OpenNLP floor and the end-to-end ingest into
 * a fresh TDB2 store (with memory watched), then the store's write rate against Jena's TDB2 bulk loader on the
 * same N-Quads, and optionally query latency over HTTP at several concurrencies. The result is JSON (see
 * {@code BENCHMARKS.md} for the fields) and a readable table.
 *
 * <pre>{@code
 * Benchmark.Result r = Benchmark.run(new Benchmark.Config(null, Path.of("data/training/ner_dataset.csv"), 2000,
 *         List.of(1, 2), true, List.of(1, 8, 32, 64), 200, 200, null), System.err::println);
 * }</pre>
 */
public final class Benchmark {
    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);

    /**
     * What to run.
     *
     * @param corpus   a JSON Lines corpus to use, or null to write one of {@code articles} articles from {@code source}
     * @param source   the GMB NER CSV file the corpus is built from
     * @param articles articles in the corpus
     * @param threads  worker thread counts to measure, in order
     * @param queries  whether to measure query latency
     * @param clients  concurrent HTTP clients to measure the queries at
     * @param requests timed queries per kind and concurrency (at least two per client are sent)
     * @param warmup   articles of the corpus run through the floor and the pipeline before measuring (JIT warm-up), in
     *                 rounds until the JIT compiler is quiet
     * @param warmupSeconds the longest the ingest warm-up goes on, in seconds (at least one round)
     * @param keep     a directory to keep the corpus, stores and dump in, or null for a temporary one deleted at the end
     * @param queryWarmup queries sent to the server, all kinds in turn, before any query is timed (JIT warm-up)
     * @param cellWarmupSeconds the longest untimed warm-up of each cell of the query table, in seconds (it ends sooner
     *                 once the JIT compiler is quiet; 0: one round)
     * @param store    an existing TDB2 store to measure the queries on, or null; if given, only the queries are
     *                 measured (no corpus, no ingest, no store comparison)
     * @param kinds    the query kinds to time (names as in {@link #QUERY_KINDS}); empty for all
     */
    public record Config(Path corpus, Path source, int articles, List<Integer> threads, boolean queries, List<Integer> clients,
                         int requests, int warmup, double warmupSeconds, Path keep, int queryWarmup,
                         double cellWarmupSeconds, Path store, List<String> kinds) {
        public Config {
            kinds = List.copyOf(kinds);
            if (!QUERY_KINDS.containsAll(kinds)) throw new IllegalArgumentException("query kinds are " + QUERY_KINDS + ": " + kinds);
            Objects.requireNonNull(source, "source");
            threads = List.copyOf(threads);
            clients = List.copyOf(clients);
            if (articles < 1) throw new IllegalArgumentException("articles must be at least 1");
            if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) throw new IllegalArgumentException("threads must be at least 1");
            if (clients.stream().anyMatch(c -> c < 1)) throw new IllegalArgumentException("clients must be at least 1");
            if (requests < 1) throw new IllegalArgumentException("requests must be at least 1");
            if (warmup < 0) throw new IllegalArgumentException("warmup must not be negative");
            if (!(warmupSeconds >= 0)) throw new IllegalArgumentException("warmupSeconds must not be negative");
            if (queryWarmup < 0) throw new IllegalArgumentException("queryWarmup must not be negative");
            if (!(cellWarmupSeconds >= 0)) throw new IllegalArgumentException("cellWarmupSeconds must not be negative");
            if (store != null && !queries) throw new IllegalArgumentException("a store is given only to measure queries");
        }

        /** The same run without an existing store and with the default query warm-up. */
        public Config(Path corpus, Path source, int articles, List<Integer> threads, boolean queries, List<Integer> clients,
                      int requests, int warmup, Path keep) {
            this(corpus, source, articles, threads, queries, clients, requests, warmup, DEFAULT_WARMUP_SECONDS, keep,
                    DEFAULT_QUERY_WARMUP, DEFAULT_CELL_WARMUP_SECONDS, null, List.of());
        }
    }

    /** The names of the query kinds, in the order they are measured. */
    public static final List<String> QUERY_KINDS = List.of("lookup", "neighbourhood", "dateRange", "fullText", "countByType",
            "floor");
    /**
     * The query of the {@code floor} kind: the cheapest request the server answers, which reads no data, so that its
     * latency is the server's own (HTTP, SPARQL protocol, parsing, transaction, results) at each concurrency; the
     * floor under every other kind, measured in the same run, as the bare OpenNLP pass is for ingest.
     */
    public static final String FLOOR_QUERY = "ASK {}";

    /** Queries sent to warm the server up before the timed ones, by default. */
    public static final int DEFAULT_QUERY_WARMUP = 1000;

    /** The figures as JSON and as a table for people. */
    public record Result(JsonObject json, String table) {}

    /** Clients of the server warm-up: one per core of the reference machine. */
    static final int WARMUP_CLIENTS = 2;
    /** The warm-up sends at most this many times the queries asked for, waiting for the CPU per query to settle. */
    static final int WARMUP_LIMIT_FACTOR = 4;

    private Benchmark() {}

    public static Result run(Config c, Consumer<String> progress) throws IOException, InterruptedException {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(progress, "progress");
        if (c.store() != null) return queriesOnly(c, progress);
        Path work = c.keep() != null ? Files.createDirectories(c.keep()) : Files.createTempDirectory("parley-bench");
        try {
            return run(c, work, progress);
        } finally {
            if (c.keep() == null) deleteTree(work);
        }
    }

    private static Result run(Config c, Path work, Consumer<String> progress) throws IOException, InterruptedException {
        JsonObject json = new JsonObject();
        json.put("started", Instant.now().toString());
        json.put("machine", Machine.describe());
        Path corpus = c.corpus();
        BenchCorpus.Written written = null;
        if (corpus == null) {
            corpus = work.resolve("corpus.jsonl");
            progress.accept("writing the corpus: " + c.articles() + " articles");
            written = new BenchCorpus(c.source()).write(c.articles(), corpus);
        }
        JsonObject corpusJson = new JsonObject();
        corpusJson.put("file", corpus.toString());
        corpusJson.put("articles", written != null ? written.articles() : c.articles());
        if (written != null) {
            corpusJson.put("sentences", written.sentences());
            corpusJson.put("sourceTokens", written.tokens());
            corpusJson.put("bytes", written.bytes());
        }
        json.put("corpus", corpusJson);

        ParleyNamespaces ns = ParleyNamespaces.defaults();
        long t0 = System.nanoTime();
        PipelineResources resources = PipelineResources.load(ns);
        json.put("resourcesLoadSeconds", num((System.nanoTime() - t0) / 1e9));
        ArticleReader reader = new ArticleReader();

        if (c.warmup() > 0) {
            progress.accept("warming up on " + Math.min(c.warmup(), c.articles()) + " articles");
            Path warm = work.resolve("warmup.jsonl");
            new BenchCorpus(c.source()).write(Math.min(c.warmup(), c.articles()), warm);
            int t = c.threads().stream().max(Integer::compare).orElseThrow();
            int rounds = 0;
            double seconds = 0, share;
            do {
                long jit0 = jitMillis(), w0 = System.nanoTime();
                OpenNlpFloor.run(resources.models(), reader, warm, t);
                Path db = work.resolve("db-warmup");
                try (KnowledgeStore ks = openStore(db)) {
                    new IngestJob(resources, ks, new IngestOptions(t, java.util.Set.of("eng"), false, false), reader)
                            .run(List.of(warm), ProgressListener.NONE);
                }
                deleteTree(db);
                double wall = (System.nanoTime() - w0) / 1e9;
                share = (jitMillis() - jit0) / 1e3 / Math.max(1e-3, wall);
                seconds += wall;
                rounds++;
                progress.accept(String.format(java.util.Locale.ROOT, "  warm-up round %d: %.1f s, JIT compiler busy %.0f%% of it",
                        rounds, wall, 100 * share));
            } while (share >= WARMUP_JIT_QUIET && seconds < c.warmupSeconds());
            Files.deleteIfExists(warm);
            JsonObject wj = new JsonObject();
            wj.put("articles", Math.min(c.warmup(), c.articles()));
            wj.put("rounds", rounds);
            wj.put("seconds", num(seconds));
            wj.put("jitShareLastRound", num(share));
            json.put("warmup", wj);
        }

        JsonArray runs = new JsonArray();
        Map<Integer, Double> e2e = new LinkedHashMap<>(), floor = new LinkedHashMap<>();
        Path lastDb = null;
        IngestReport lastReport = null;
        for (int threads : c.threads()) {
            progress.accept("floor (bare OpenNLP), " + threads + " thread(s)");
            System.gc();
            long jitFloor0 = jitMillis(), cpuFloor0 = QueryLoad.processCpuNanos();
            OpenNlpFloor.Result f = OpenNlpFloor.run(resources.models(), reader, corpus, threads);
            long jitFloor = jitMillis() - jitFloor0, cpuFloor = QueryLoad.processCpuNanos() - cpuFloor0;
            progress.accept("end to end, " + threads + " thread(s)");
            Path db = work.resolve("db-" + threads + "t");
            deleteTree(db);
            IngestReport r;
            MemoryWatch.Peak mem;
            int expected = written != null ? written.articles() : c.articles();
            long jit0 = jitMillis(), cpu0 = QueryLoad.processCpuNanos();
            try (KnowledgeStore ks = openStore(db); MemoryWatch watch = new MemoryWatch()) {
                r = new IngestJob(resources, ks, new IngestOptions(threads, java.util.Set.of("eng"), false, false), reader)
                        .run(List.of(corpus), (done, source) -> watch.progress(done / (double) expected));
                mem = watch.stop();
            }
            long jit = jitMillis() - jit0, cpu = QueryLoad.processCpuNanos() - cpu0;
            if (lastDb != null && c.keep() == null) deleteTree(lastDb);
            lastDb = db;
            lastReport = r;
            JsonObject run = new JsonObject();
            run.put("threads", threads);
            JsonObject fj = new JsonObject();
            fj.put("articles", f.articles());
            fj.put("tokens", f.tokens());
            fj.put("seconds", num(f.nanos() / 1e9));
            fj.put("articlesPerSecond", num(f.articlesPerSecond()));
            fj.put("tokensPerSecond", num(f.tokensPerSecond()));
            fj.put("cpuSeconds", num(cpuFloor / 1e9));
            fj.put("jitSeconds", num(jitFloor / 1e3));
            run.put("floor", fj);
            double secs = r.elapsed().toNanos() / 1e9;
            JsonObject ej = new JsonObject();
            ej.put("articles", r.ingested());
            ej.put("skipped", r.skipped().size());
            ej.put("tokens", r.tokens());
            ej.put("triples", r.triples());
            ej.put("seconds", num(secs));
            ej.put("articlesPerSecond", num(r.ingested() / secs));
            ej.put("tokensPerSecond", num(r.tokens() / secs));
            ej.put("triplesPerSecond", num(r.triples() / secs));
            JsonObject stages = new JsonObject();
            r.stageMillis().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> stages.put(e.getKey(), num(e.getValue() / 1000.0)));
            ej.put("stageSeconds", stages);
            ej.put("cpuSeconds", num(cpu / 1e9));
            ej.put("jitSeconds", num(jit / 1e3));
            run.put("endToEnd", ej);
            run.put("ratio", num((r.ingested() / secs) / f.articlesPerSecond()));
            run.put("memory", memoryJson(mem));
            runs.add(run);
            e2e.put(threads, r.ingested() / secs);
            floor.put(threads, f.articlesPerSecond());
            if (!r.skipped().isEmpty())
                progress.accept(r.skipped().size() + " article(s) skipped, e.g. " + r.skipped().get(0));
        }
        json.put("runs", runs);
        int top = c.threads().stream().max(Integer::compare).orElseThrow();
        json.put("threads", top);
        json.put("ratio", num(e2e.get(top) / floor.get(top)));
        if (e2e.containsKey(1) && e2e.containsKey(2)) {
            json.put("scaling", num(e2e.get(2) / e2e.get(1)));
            json.put("floorScaling", num(floor.get(2) / floor.get(1)));
        }

        progress.accept("store: N-Quads dump, replay through the ingest write path, TDB2 bulk loader");
        json.put("store", StoreLoad.compare(lastDb, work, lastReport));

        if (c.queries()) {
            progress.accept("queries over HTTP");
            try (KnowledgeStore ks = openStore(lastDb)) {
                json.put("queries", queries(ks.dataset(), c, progress));
            }
        }
        json.put("finished", Instant.now().toString());
        return new Result(json, Table.render(json));
    }

    /** Only the queries, on an existing store. */
    private static Result queriesOnly(Config c, Consumer<String> progress) throws InterruptedException {
        if (!Files.isDirectory(c.store())) throw new IllegalArgumentException("no store at " + c.store());
        JsonObject json = new JsonObject();
        json.put("started", Instant.now().toString());
        json.put("machine", Machine.describe());
        json.put("storeDirectory", c.store().toString());
        progress.accept("queries over HTTP on " + c.store());
        try (KnowledgeStore ks = openStore(c.store())) {
            json.put("queries", queries(ks.dataset(), c, progress));
        }
        json.put("finished", Instant.now().toString());
        return new Result(json, Table.render(json));
    }

    /** Opens a TDB2 store in {@code db} with its text index, as the command line does. */
    static KnowledgeStore openStore(Path db) {
        KnowledgeStore ks = KnowledgeStore.openTdb2(db);
        TextSearch.attach(ks.dataset(), db.resolve(TextSearch.DIRECTORY));
        return ks;
    }

    private static JsonObject memoryJson(MemoryWatch.Peak m) {
        JsonObject o = new JsonObject();
        o.put("maxHeapMB", mb(m.maxHeap()));
        o.put("peakHeapUsedMB", mb(m.heapUsedSampled()));
        o.put("heapPoolPeaksMB", mb(m.heapPoolPeaks()));
        o.put("peakHeapAfterGcMB", mb(m.heapAfterGc()));
        JsonArray q = new JsonArray();
        for (long v : m.heapAfterGcByQuarter()) q.add(v < 0 ? JsonNumber.value(-1) : mb(v));
        o.put("heapAfterGcByQuarterMB", q);
        o.put("peakRssSampledMB", mb(m.rssSampled()));
        o.put("vmHwmMB", mb(m.vmHwm()));
        o.put("vmHwmResetAtStart", m.hwmReset());
        return o;
    }

    /** How many of the most-mentioned entities the lookup and neighbourhood queries cycle through. */
    static final int QUERY_ENTITIES = 40;

    /** An entity the bench queries: one of its labels and the number of mentions that refer to it. */
    record Mentioned(Node entity, Node label, long mentions) {}

    /**
     * The {@code n} entities with the most mentions ({@code parley:refersTo}) in the store's default graph (the
     * union of the graphs in a Parley store), most first (ties by IRI), with one label each; entities without a
     * label are passed over. Must run inside a read transaction.
     */
    static List<Mentioned> mostMentioned(DatasetGraph dsg, int n) {
        // count the mentions first (one scan of the refersTo index), then look up the labels of the few winners
        // only: joining every mention with its entity's label took 15 minutes on a cold 100,000-article store, and
        // counted an entity with two labels twice
        String q = "PREFIX parley: <https://w3id.org/parley/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?e (SAMPLE(?l) AS ?label) ?n { { SELECT ?e (COUNT(?m) AS ?n) { ?m parley:refersTo ?e } "
                + "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT " + 2 * n + " } ?e rdfs:label ?l } "
                + "GROUP BY ?e ?n ORDER BY DESC(?n) ?e LIMIT " + n;
        List<Mentioned> out = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(q, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(new Mentioned(s.get("e").asNode(), s.get("label").asNode(), s.getLiteral("n").getLong()));
            }
        }
        return out;
    }

    private static JsonObject queries(DatasetGraph dsg, Config c, Consumer<String> progress) throws InterruptedException {
        List<String> labels = new ArrayList<>(), entities = new ArrayList<>(), words = new ArrayList<>();
        long[] articles = {0};
        Txn.executeRead(dsg, () -> {
            String count = "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT (COUNT(DISTINCT ?a) AS ?n) "
                    + "{ GRAPH ?g { ?a a parley:Article } }";
            try (var qe = QueryExecutionFactory.create(count, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                articles[0] = qe.execSelect().next().getLiteral("n").getLong();
            }
            for (Mentioned m : mostMentioned(dsg, QUERY_ENTITIES)) {
                entities.add(FmtUtils.stringForNode(m.entity()));
                labels.add(FmtUtils.stringForNode(m.label()));
                String w = m.label().getLiteralLexicalForm().split("[^\\p{L}]+", 2)[0];
                if (w.length() >= 3) words.add(w.substring(0, Math.min(w.length(), 5)) + "*");
            }
        });
        if (labels.isEmpty()) throw new IllegalStateException("the store has no labelled entities to query");
        if (words.isEmpty()) words.add("a*");
        long days = Math.max(31, articles[0]);
        String prefixes = "PREFIX parley: <https://w3id.org/parley/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                + "PREFIX text: <http://jena.apache.org/text#>\n";
        List<QueryLoad.Kind> kinds = List.of(
                new QueryLoad.Kind("lookup", i -> prefixes + "SELECT DISTINCT ?e ?type { ?e rdfs:label " + labels.get(i % labels.size())
                        + " ; a ?type }"),
                new QueryLoad.Kind("neighbourhood", i -> {
                    String e = entities.get(i % entities.size());
                    return prefixes + "SELECT DISTINCT ?p ?o { { " + e + " ?p ?o } UNION { ?o ?p " + e + " } } LIMIT 200";
                }),
                new QueryLoad.Kind("dateRange", i -> {
                    java.time.LocalDate from = java.time.LocalDate.of(2004, 1, 1).plusDays((i * 37L) % days);
                    // events (talks, meetings, attacks ...) dated within 30 days, with their names
                    return prefixes + "SELECT DISTINCT ?e ?date ?label { ?e parley:date ?date ; rdfs:label ?label "
                            + "FILTER(?date >= \"" + from + "\"^^xsd:date && ?date < \"" + from.plusDays(30) + "\"^^xsd:date) } "
                            + "ORDER BY ?date LIMIT 100";
                }),
                new QueryLoad.Kind("fullText", i -> prefixes + "SELECT DISTINCT ?e ?label { ?e text:query (rdfs:label \""
                        + words.get(i % words.size()) + "\" 20) ; rdfs:label ?label } LIMIT 20"),
                new QueryLoad.Kind("countByType", i -> prefixes + "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) { ?e a ?type } GROUP BY ?type"),
                new QueryLoad.Kind("floor", i -> FLOOR_QUERY));
        JsonObject out = new JsonObject();
        out.put("note", "dateRange: events by parley:date in a 30-day window (until session 6: articles by dcterms:date); "
                + "the bench corpus's article dates are placeholders, and relative event dates resolve against them");
        JsonArray results = new JsonArray();
        try (ParleyServer server = ParleyServer.builder().dataset(dsg).host("127.0.0.1").port(0).build().start()) {
            String endpoint = server.sparqlUrl();
            out.put("endpoint", endpoint.replaceAll(":\\d+/", ":PORT/"));
            List<QueryLoad.Kind> timed = kinds.stream().filter(k -> c.kinds().isEmpty() || c.kinds().contains(k.name())).toList();
            int maxWarmup = WARMUP_LIMIT_FACTOR * c.queryWarmup();
            progress.accept("  server warm-up: " + c.queryWarmup() + " to " + maxWarmup + " queries (until the CPU per query settles), "
                    + "the kinds in turn, " + WARMUP_CLIENTS + " clients");
            QueryLoad.Warmup warm = QueryLoad.warmUp(endpoint, timed, WARMUP_CLIENTS, c.queryWarmup(), maxWarmup);
            if (warm.errors() > 0) log.warn("warm-up: {} error(s), e.g. {}", warm.errors(), warm.firstError());

            JsonObject wj = new JsonObject();
            wj.put("requests", warm.requests());
            wj.put("minRequests", c.queryWarmup());
            wj.put("maxRequests", maxWarmup);
            wj.put("clients", WARMUP_CLIENTS);
            wj.put("errors", warm.errors());
            wj.put("seconds", num(warm.seconds()));
            wj.put("cpuMsPerQueryLastRound", num(warm.cpuMsPerQuery()));
            wj.put("cpuMsPerQueryRoundBefore", num(warm.cpuMsPerQueryBefore()));
            wj.put("jitShareLastRound", num(warm.jitShare()));
            out.put("warmup", wj);
            out.put("method", "after the warm-up, for each concurrency and kind: the same kind at the same concurrency, "
                    + "untimed, in rounds of the cell's size until the JIT compiler was busy for less than "
                    + QueryLoad.JIT_QUIET + " of a round (at most " + c.cellWarmupSeconds() + " s); a full GC and a 0.5 s "
                    + "pause (untimed); then each client opens its own HTTP/1.1 connection with one untimed request, then "
                    + "the clients send the timed requests on them (latency: send to last byte)");
            for (int clients : c.clients()) {
                for (QueryLoad.Kind k : timed) {
                    int n = Math.max(c.requests(), 2 * clients);
                    progress.accept("  " + k.name() + " at " + clients + " client(s), " + n + " requests");
                    QueryLoad.Warmup cw = QueryLoad.warmCell(endpoint, k, clients, n, c.cellWarmupSeconds());
                    if (cw.errors() > 0) log.warn("warm-up of {} at {}: {} error(s), e.g. {}", k.name(), clients,
                            cw.errors(), cw.firstError());
                    settle();
                    QueryLoad.Result r = QueryLoad.run(endpoint, k, clients, n);
                    JsonObject o = new JsonObject();
                    o.put("query", r.kind());
                    o.put("clients", r.clients());
                    o.put("requests", r.requests());
                    o.put("errors", r.errors());
                    o.put("p50ms", num(r.p50()));
                    o.put("p95ms", num(r.p95()));
                    o.put("p99ms", num(r.p99()));
                    o.put("maxMs", num(r.max()));
                    o.put("meanMs", num(r.mean()));
                    o.put("queriesPerSecond", num(r.requests() / r.seconds()));
                    o.put("openingRequests", r.opened());
                    o.put("openingMaxMs", num(r.openingMax()));
                    o.put("connections", r.connections());
                    o.put("cpuMsPerQuery", num(r.cpuMsPerQuery()));
                    o.put("warmupRequests", cw.requests());
                    o.put("warmupSeconds", num(cw.seconds()));
                    o.put("warmupJitShareLastRound", num(cw.jitShare()));
                    o.put("warmupErrors", cw.errors());
                    if (r.firstError() != null) o.put("firstError", r.firstError());
                    results.add(o);
                }
            }
        }
        out.put("results", results);
        return out;
    }

    /**
     * Between two timed cells of the query table: a full collection and a short pause, untimed, so that the garbage
     * of one cell (a heavy {@code countByType} at 64 clients leaves hundreds of MB) is not collected in the next
     * cell's time and on its CPU count.
     */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(SETTLE_MILLIS);
    }

    /** The ingest warm-up ends after a round in which the JIT compiler was busy for less than this share of the time. */
    static final double WARMUP_JIT_QUIET = 0.1;
    /** The longest the ingest warm-up goes on by default, in seconds. */
    public static final double DEFAULT_WARMUP_SECONDS = 300;

    /** Milliseconds the JIT compiler has worked so far (all its threads), or 0 if the JVM cannot tell. */
    static long jitMillis() {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** The longest warm-up of one cell of the query table, in seconds (it ends sooner once the JIT is quiet). */
    public static final double DEFAULT_CELL_WARMUP_SECONDS = 20;

    /** The pause after the collection between two timed cells of the query table. */
    static final long SETTLE_MILLIS = 500;

    static JsonNumber num(double v) {
        return JsonNumber.value(new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros());
    }

    static JsonNumber mb(long bytes) {
        return bytes < 0 ? JsonNumber.value(-1) : num(bytes / (1024.0 * 1024.0));
    }

    /** Writes JSON to a file, creating its directory. */
    public static void writeJson(JsonObject json, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(file)) {
            org.apache.jena.atlas.json.JSON.write(out, json);
            out.write('\n');
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.2f", v);
    }
}
