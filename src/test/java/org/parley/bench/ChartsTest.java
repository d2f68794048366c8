package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Throughput series are named by corpus, commit and, when recorded, garbage collector. */
class ChartsTest {
    private static JsonObject result(String machine) {
        return JSON.parse("{ \"corpus\": { \"articles\": 300 }, \"machine\": " + machine + " }");
    }

    @Test
    void seriesNamesTellTheCollectorsApart() {
        String commit = "\"gitCommit\": \"7220e8ab67db6f0f602fd41f0a5dff0588c6f3ca\"";
        assertEquals("300 articles @ 7220e8a, G1",
                Charts.seriesLabel(result("{ " + commit + ", \"gc\": \"G1 Young Generation, G1 Old Generation\" }"), 0));
        assertEquals("300 articles @ 7220e8a, parallel GC",
                Charts.seriesLabel(result("{ " + commit + ", \"gc\": \"PS MarkSweep, PS Scavenge\" }"), 1));
        assertEquals("300 articles @ 7220e8a, serial GC",
                Charts.seriesLabel(result("{ " + commit + ", \"gc\": \"Copy, MarkSweepCompact\" }"), 1));
        assertEquals("300 articles @ 7220e8a", Charts.seriesLabel(result("{ " + commit + " }"), 2), "older results");
        assertEquals("run 3", Charts.seriesLabel(JSON.parse("{ \"corpus\": { \"articles\": 0 } }"), 2));
    }
}
