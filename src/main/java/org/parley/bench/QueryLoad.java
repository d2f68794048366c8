package org.parley.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Query latency over HTTP in steady state, as a researcher's long-lived clients see it.
 *
 * <p>{@code clients} threads each have their own HTTP/1.1 connection ({@link Http1Client}, a blocking client that
 * costs the shared CPU little) and first send one <em>opening</em> request, untimed, which opens the connection.
 * Only when every client has its connection open does the timed phase start: the clients send SPARQL queries of
 * one kind (POST, form-encoded, JSON results) to the endpoint as fast as answers come back, each on its open
 * connection, until {@code requests} queries have been answered; the latency of each (send to last byte of the
 * answer) is recorded. An error is a failed request or a status other than 200, in either phase. The server's own
 * warm-up (its JIT) is {@link #warmUp}'s job, run once before.
 */
final class QueryLoad {
    /** A kind of query: its name and the query text for the {@code i}-th request. */
    record Kind(String name, IntFunction<String> query) {
        Kind {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(query, "query");
        }
    }

    /**
     * Latencies of one kind at one concurrency, in milliseconds, of the timed requests. {@code opened} is the
     * number of opening requests sent (one per client) and {@code openingMax} the slowest of them, which includes
     * the connection set-up; neither is in the percentiles. {@code cpuMsPerQuery} is the CPU time this process (server
     * and clients) used in the timed phase divided by the timed requests, or -1 if the JVM cannot tell; unlike the
     * latencies it hardly depends on what else runs on the machine.
     */
    record Result(String kind, int clients, int requests, int errors, double p50, double p95, double p99, double max,
                  double mean, double seconds, int opened, double openingMax, int connections, double cpuMsPerQuery,
                  String firstError) {}

    /**
     * What the warm-up did: requests sent, errors, seconds, the CPU time per query of its last round and of the round
     * before (-1 if there was none), and the share of the last round's wall time the JIT compiler was busy (-1 if the
     * JVM cannot tell).
     */
    record Warmup(int requests, int errors, double seconds, double cpuMsPerQuery, double cpuMsPerQueryBefore,
                  double jitShare, String firstError) {}

    /** The warm-up goes on while a round cost this much less CPU per query than the round before. */
    static final double SETTLED = 0.05;
    /** Queries in one extra round of the warm-up. */
    static final int WARMUP_ROUND = 250;

    private QueryLoad() {}

    /**
     * Warms the server up: {@code clients} clients send at least {@code requests} queries, taking the kinds in turn,
     * so that the server's code paths for every kind are compiled before anything is timed; then further rounds of
     * {@value #WARMUP_ROUND} queries for as long as a round cost more than {@value #SETTLED} less CPU per query than
     * the round before (the JIT compiler's work counts: server, clients and compiler share this JVM), up to
     * {@code maxRequests} queries in all.
     */
    static Warmup warmUp(String endpoint, List<Kind> kinds, int clients, int requests, int maxRequests)
            throws InterruptedException {
        Objects.requireNonNull(endpoint, "endpoint");
        List<Kind> all = List.copyOf(kinds);
        if (all.isEmpty()) throw new IllegalArgumentException("no kinds to warm up");
        if (requests < 1) return new Warmup(0, 0, 0, -1, -1, -1, null);
        AtomicInteger offset = new AtomicInteger();
        Kind mixed = new Kind("warmup", i -> {
            int j = i + offset.get();
            return all.get(j % all.size()).query().apply(j / all.size());
        });
        Rounds rounds = new Rounds();
        for (int round = requests; round > 0; round = Math.min(WARMUP_ROUND, maxRequests - rounds.sent)) {
            rounds.run(endpoint, mixed, Math.max(1, Math.min(clients, round)), round);
            offset.addAndGet(round);
            if (rounds.cpu < 0 || rounds.before >= 0 && rounds.cpu > (1 - SETTLED) * rounds.before) break;
        }
        return rounds.warmup();
    }

    /**
     * Warms one cell of the table up: its kind at its concurrency, untimed, in rounds of {@code round} requests, until
     * the JIT compiler was busy for less than {@value #JIT_QUIET} of a round's wall time (it recompiles when the mix of
     * queries or the number of threads changes), or {@code maxSeconds} have passed; at least one round. If the JVM
     * cannot time its compiler, one round.
     */
    static Warmup warmCell(String endpoint, Kind kind, int clients, int round, double maxSeconds)
            throws InterruptedException {
        Rounds rounds = new Rounds();
        do {
            rounds.run(endpoint, kind, clients, round);
        } while (rounds.jitTimed && rounds.share >= JIT_QUIET && rounds.seconds < maxSeconds);
        return rounds.warmup();
    }

    /** The rounds of a warm-up so far: requests, errors, time, and the last rounds' CPU per query and JIT share. */
    private static final class Rounds {
        final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        final boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        int sent, errors;
        double seconds, share = -1, cpu = -1, before = -1;
        String firstError;

        void run(String endpoint, Kind kind, int clients, int requests) throws InterruptedException {
            long jit0 = jitTimed ? jit.getTotalCompilationTime() : 0;
            Result r = QueryLoad.run(endpoint, kind, clients, requests);
            sent += r.requests() + r.opened();
            errors += r.errors();
            seconds += r.seconds();
            if (firstError == null) firstError = r.firstError();
            if (jitTimed) share = (jit.getTotalCompilationTime() - jit0) / 1000.0 / Math.max(1e-3, r.seconds());
            before = cpu;
            cpu = r.cpuMsPerQuery();
        }

        Warmup warmup() {
            return new Warmup(sent, errors, seconds, cpu, before, share, firstError);
        }
    }

    /** A cell's warm-up ends after a round in which the JIT compiler was busy for less than this share of the time. */
    static final double JIT_QUIET = 0.02;

    static Result run(String endpoint, Kind kind, int clients, int requests) throws InterruptedException {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(kind, "kind");
        if (clients < 1) throw new IllegalArgumentException("clients must be at least 1");
        if (requests < 1) throw new IllegalArgumentException("requests must be at least 1");
        URI uri = URI.create(endpoint);
        new Http1Client(uri, 1, 1).close();    // checks the URL before any thread starts
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger(), errors = new AtomicInteger(), answered = new AtomicInteger(),
                opened = new AtomicInteger(), connections = new AtomicInteger();
        AtomicLong openingMax = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients), go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                try (Http1Client http = new Http1Client(uri, 10_000, 60_000)) {
                    try {
                        // The opening request: connects; not timed.
                        long t0 = System.nanoTime();
                        String error = send(http, kind.query().apply(client));
                        openingMax.accumulateAndGet(System.nanoTime() - t0, Math::max);
                        opened.incrementAndGet();
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        }
                    } finally {
                        ready.countDown();
                    }
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        long t0 = System.nanoTime();
                        String error = send(http, kind.query().apply(i));
                        nanos[i] = System.nanoTime() - t0;
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        }
                        answered.incrementAndGet();
                    }
                    connections.addAndGet(http.connects());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "parley-bench-client-" + c);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        ready.await();
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu1 = processCpuNanos();
        double cpuMsPerQuery = cpu0 < 0 || cpu1 < 0 ? -1 : (cpu1 - cpu0) / 1e6 / requests;
        // Every index below min(next, requests) was taken by a client that finished it (or was interrupted).
        long[] sorted = Arrays.copyOf(nanos, Math.min(answered.get(), requests));
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Result(kind.name(), clients, requests, errors.get(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, mean, seconds,
                opened.get(), openingMax.get() / 1e6, connections.get(), cpuMsPerQuery, firstError.get());
    }

    /** CPU time of this process so far (every thread, the JIT compiler and GC included), in nanoseconds, or -1. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return -1;
    }

    /** Sends one query and reads the whole answer; returns null on 200, else what went wrong. */
    private static String send(Http1Client http, String query) {
        byte[] body = ("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        try {
            Http1Client.Response r = http.post("application/x-www-form-urlencoded", "application/sparql-results+json", body);
            if (r.status() == 200) return null;
            return "HTTP " + r.status() + ": " + new String(r.body(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The nearest-rank percentile of sorted nanosecond values, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
