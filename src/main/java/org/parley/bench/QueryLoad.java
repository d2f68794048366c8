package org.parley.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Query latency over HTTP: {@code clients} threads, each with its own {@link HttpClient}, send SPARQL queries of
 * one kind to the endpoint as fast as answers come back, until {@code requests} queries have been answered;
 * the latency of each (send to last byte of the answer) is recorded. An error is a failed request or a status
 * other than 200.
 */
final class QueryLoad {
    /** A kind of query: its name and the query text for the {@code i}-th request. */
    record Kind(String name, IntFunction<String> query) {
        Kind {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(query, "query");
        }
    }

    /** Latencies of one kind at one concurrency, in milliseconds. */
    record Result(String kind, int clients, int requests, int errors, double p50, double p95, double p99, double max,
                  double mean, double seconds, String firstError) {}

    private QueryLoad() {}

    static Result run(String endpoint, Kind kind, int clients, int requests) throws InterruptedException {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger(), errors = new AtomicInteger(), answered = new AtomicInteger();
        String[] firstError = {null};
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    String q = kind.query().apply(i);
                    HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                            .timeout(Duration.ofSeconds(60))
                            .header("Accept", "application/sparql-results+json")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        nanos[i] = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null)
                                    firstError[0] = "HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8)
                                            .lines().findFirst().orElse("");
                            }
                        }
                    } catch (Exception e) {
                        nanos[i] = System.nanoTime() - t0;
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) firstError[0] = e.toString();
                        }
                        if (e instanceof InterruptedException) return;
                    }
                    answered.incrementAndGet();
                }
            }, "parley-bench-client");
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(nanos, answered.get() == requests ? requests : answered.get());
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Result(kind.name(), clients, requests, errors.get(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, mean, seconds, firstError[0]);
    }

    /** The nearest-rank percentile of sorted nanosecond values, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
