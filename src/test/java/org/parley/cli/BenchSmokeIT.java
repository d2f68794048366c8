package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark itself works: corpus, a tiny run with queries, JSON with sane figures, charts. Not a timed test. */
class BenchSmokeIT {
    private static double num(JsonObject o, String key) {
        JsonValue v = o.get(key);
        assertNotNull(v, "missing " + key + " in " + o);
        assertTrue(v.isNumber(), key + " is not a number: " + v);
        return v.getAsNumber().value().doubleValue();
    }

    @Test
    void corpusBenchAndChartsRunAndWriteSaneFigures(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        CliHarness c = CliHarness.run("bench-corpus", "--out", corpus.toString(), "--articles", "20");
        assertEquals(ParleyCli.OK, c.exitCode(), c.err());
        assertEquals(20, Files.readAllLines(corpus).size());
        assertTrue(c.out().contains("Wrote 20 articles"), c.out());

        Path json = dir.resolve("bench.json");
        CliHarness b = CliHarness.run("bench", "--articles", "10", "--threads", "1", "--queries", "--clients", "1,2",
                "--requests", "4", "--warmup", "3", "--warmup-seconds", "0", "--query-warmup", "15", "--cell-warmup", "0", "--keep", dir.resolve("keep").toString(),
                "--json", json.toString());
        assertEquals(ParleyCli.OK, b.exitCode(), b.err());
        assertTrue(b.out().contains("ratio"), b.out());
        JsonObject r = JSON.parse(Files.readString(json));

        assertTrue(num(r, "ratio") > 0);
        assertTrue(num(r.get("machine").getAsObject(), "cores") >= 1);
        assertTrue(r.get("machine").getAsObject().get("java").getAsString().value().contains("17"));
        assertTrue(r.get("machine").getAsObject().hasKey("gitCommit"));
        String gc = r.get("machine").getAsObject().get("gc").getAsString().value();
        assertTrue(gc.contains("G1") || gc.contains("PS ") || gc.contains("Copy"), gc);
        assertTrue(b.out().contains(", GC " + gc + ", commit "), b.out());
        assertEquals(10, num(r.get("corpus").getAsObject(), "articles"));
        JsonObject run = r.get("runs").getAsArray().get(0).getAsObject();
        assertEquals(1, num(run, "threads"));
        JsonObject e2e = run.get("endToEnd").getAsObject(), floor = run.get("floor").getAsObject();
        assertEquals(10, num(e2e, "articles"));
        assertTrue(num(e2e, "articlesPerSecond") > 0 && num(e2e, "tokensPerSecond") > num(e2e, "articlesPerSecond"));
        assertTrue(num(floor, "articlesPerSecond") > 0 && num(floor, "tokens") > 0);
        assertTrue(num(e2e, "cpuSeconds") > 0 && num(floor, "cpuSeconds") > 0, "CPU time of each run: " + run);
        assertTrue(num(e2e, "jitSeconds") >= 0 && num(floor, "jitSeconds") >= 0, "the JIT compiler's time: " + run);
        JsonObject warm = r.get("warmup").getAsObject();
        assertEquals(3, num(warm, "articles"));
        assertEquals(1, num(warm, "rounds"), "with --warmup-seconds 0 one round: " + warm);
        assertTrue(num(warm, "seconds") > 0 && num(warm, "jitShareLastRound") >= 0, warm.toString());
        assertTrue(b.err().contains("warm-up round 1"), b.err());
        for (String stage : new String[] {"nlp", "extract", "resolve", "rdf", "validate", "store"})
            assertTrue(num(e2e.get("stageSeconds").getAsObject(), stage) >= 0, stage);
        JsonObject mem = run.get("memory").getAsObject();
        assertTrue(num(mem, "peakHeapUsedMB") > 0 && num(mem, "peakHeapUsedMB") <= num(mem, "maxHeapMB"));
        assertTrue(num(mem, "peakRssSampledMB") > 0);

        JsonObject store = r.get("store").getAsObject();
        assertTrue(num(store, "quads") > 0);
        assertEquals(num(store, "quads"), num(store, "replayQuadsInStore"), "the replay writes every quad once");
        assertEquals(num(store, "quads"), num(store, "bulkQuads"), "the bulk loader loads every quad");
        assertTrue(num(store, "bulkTriplesPerSecond") > 0 && num(store, "replayTriplesPerSecond") > 0);

        assertQueryResults(r.get("queries").getAsObject(), 15);
        assertTrue(b.out().contains("server warm-up of "), b.out());

        Path charts = dir.resolve("charts");
        CliHarness ch = CliHarness.run("bench-chart", "--json", json.toString(), "--out", charts.toString());
        assertEquals(ParleyCli.OK, ch.exitCode(), ch.err());
        for (String png : new String[] {"throughput-by-threads.png", "latency-by-clients.png"}) {
            BufferedImage img = ImageIO.read(charts.resolve(png).toFile());
            assertNotNull(img, png + " is a PNG");
            assertTrue(img.getWidth() > 100 && img.getHeight() > 100, png);
        }

        // Queries only, on the store kept from the run above.
        Path onlyJson = dir.resolve("queries-only.json");
        CliHarness q = CliHarness.run("bench", "--store", dir.resolve("keep").resolve("db-1t").toString(), "--clients", "1,2",
                "--requests", "4", "--query-warmup", "10", "--cell-warmup", "0", "--json", onlyJson.toString());
        assertEquals(ParleyCli.OK, q.exitCode(), q.err());
        JsonObject only = JSON.parse(Files.readString(onlyJson));
        assertTrue(!only.hasKey("runs") && !only.hasKey("store"), "no ingest figures: " + only.keys());
        assertQueryResults(only.get("queries").getAsObject(), 10);
        assertTrue(q.out().contains("p99 ms") && !q.out().contains("floor art/s"), q.out());
        Path onlyCharts = dir.resolve("charts-only");
        CliHarness och = CliHarness.run("bench-chart", "--json", onlyJson.toString(), "--out", onlyCharts.toString());
        assertEquals(ParleyCli.OK, och.exitCode(), och.err());
        assertNotNull(ImageIO.read(onlyCharts.resolve("latency-by-clients.png").toFile()));
        assertTrue(!Files.exists(onlyCharts.resolve("throughput-by-threads.png")));
    }

    /** Five kinds and the floor at 1 and 2 clients, no errors, ordered percentiles, each client's opening request, the warm-up. */
    private static void assertQueryResults(JsonObject queries, int warmup) {
        JsonObject w = queries.get("warmup").getAsObject();
        assertTrue(num(w, "requests") >= warmup + 2 && num(w, "requests") <= 4 * warmup + 2 * 4,
                "at least the warm-up queries asked for and the two clients' opening requests, more while the JIT is busy: " + w);
        assertEquals(0, num(w, "errors"), w.toString());
        Set<String> kinds = new HashSet<>();
        int results = 0;
        for (JsonValue v : queries.get("results").getAsArray()) {
            JsonObject q = v.getAsObject();
            kinds.add(q.get("query").getAsString().value());
            results++;
            assertEquals(0, num(q, "errors"), q.toString());
            assertTrue(num(q, "p50ms") > 0, q.toString());
            assertTrue(num(q, "p50ms") <= num(q, "p95ms") && num(q, "p95ms") <= num(q, "p99ms")
                    && num(q, "p99ms") <= num(q, "maxMs"), q.toString());
            assertEquals(num(q, "clients"), num(q, "openingRequests"), "one untimed opening request per client: " + q);
            assertEquals(num(q, "clients"), num(q, "connections"), "each client keeps the connection it opened: " + q);
            assertTrue(num(q, "openingMaxMs") > 0, q.toString());
            assertEquals(Math.max(4, 2 * num(q, "clients")), num(q, "requests"), q.toString());
            assertEquals(num(q, "requests") + num(q, "clients"), num(q, "warmupRequests"),
                    "with --cell-warmup 0 one untimed round of the cell's own size, with its opening requests: " + q);
            assertEquals(0, num(q, "warmupErrors"), q.toString());
        }
        assertEquals(Set.of("lookup", "neighbourhood", "dateRange", "fullText", "countByType", "floor"), kinds);
        assertEquals(12, results, "five queries and the floor at 1 and 2 clients");
    }
}
