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
                "--requests", "4", "--warmup", "0", "--json", json.toString());
        assertEquals(ParleyCli.OK, b.exitCode(), b.err());
        assertTrue(b.out().contains("ratio"), b.out());
        JsonObject r = JSON.parse(Files.readString(json));

        assertTrue(num(r, "ratio") > 0);
        assertTrue(num(r.get("machine").getAsObject(), "cores") >= 1);
        assertTrue(r.get("machine").getAsObject().get("java").getAsString().value().contains("17"));
        assertTrue(r.get("machine").getAsObject().hasKey("gitCommit"));
        assertEquals(10, num(r.get("corpus").getAsObject(), "articles"));
        JsonObject run = r.get("runs").getAsArray().get(0).getAsObject();
        assertEquals(1, num(run, "threads"));
        JsonObject e2e = run.get("endToEnd").getAsObject(), floor = run.get("floor").getAsObject();
        assertEquals(10, num(e2e, "articles"));
        assertTrue(num(e2e, "articlesPerSecond") > 0 && num(e2e, "tokensPerSecond") > num(e2e, "articlesPerSecond"));
        assertTrue(num(floor, "articlesPerSecond") > 0 && num(floor, "tokens") > 0);
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

        Set<String> kinds = new HashSet<>();
        int results = 0;
        for (JsonValue v : r.get("queries").getAsObject().get("results").getAsArray()) {
            JsonObject q = v.getAsObject();
            kinds.add(q.get("query").getAsString().value());
            results++;
            assertEquals(0, num(q, "errors"), q.toString());
            assertTrue(num(q, "p50ms") > 0, q.toString());
            assertTrue(num(q, "p50ms") <= num(q, "p95ms") && num(q, "p95ms") <= num(q, "p99ms")
                    && num(q, "p99ms") <= num(q, "maxMs"), q.toString());
        }
        assertEquals(Set.of("lookup", "neighbourhood", "dateRange", "fullText", "countByType"), kinds);
        assertEquals(10, results, "five queries at 1 and 2 clients");

        Path charts = dir.resolve("charts");
        CliHarness ch = CliHarness.run("bench-chart", "--json", json.toString(), "--out", charts.toString());
        assertEquals(ParleyCli.OK, ch.exitCode(), ch.err());
        for (String png : new String[] {"throughput-by-threads.png", "latency-by-clients.png"}) {
            BufferedImage img = ImageIO.read(charts.resolve(png).toFile());
            assertNotNull(img, png + " is a PNG");
            assertTrue(img.getWidth() > 100 && img.getHeight() > 100, png);
        }
    }
}
