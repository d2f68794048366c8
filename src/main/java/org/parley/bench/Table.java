package org.parley.bench;

import java.util.Locale;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** The benchmark figures as plain-text tables, from the JSON result. */
public final class Table {
    private Table() {}

    public static String render(JsonObject json) {
        StringBuilder sb = new StringBuilder();
        JsonObject m = json.get("machine").getAsObject();
        sb.append(String.format(Locale.ROOT, "Machine: %s cores, %s MB RAM, %s, -Xmx %s MB, %s, commit %s%s%n",
                v(m, "cores"), v(m, "memTotalMB"), str(m, "java"), v(m, "maxHeapMB"),
                m.hasKey("gc") ? "GC " + str(m, "gc") : "GC not recorded", str(m, "gitCommit"),
                m.get("gitDirty").getAsBoolean().value() ? " (with uncommitted changes)" : ""));
        if (json.hasKey("runs")) ingest(json, sb);
        else if (json.hasKey("storeDirectory")) sb.append("Store: ").append(str(json, "storeDirectory")).append('\n');
        if (json.hasKey("queries")) {
            JsonObject q = json.get("queries").getAsObject();
            if (q.hasKey("warmup")) sb.append(String.format(Locale.ROOT, "%nQueries: server warm-up of %s queries (%s errors); "
                    + "each client's first request (opening its connection) untimed%n", v(q.get("warmup").getAsObject(), "requests"),
                    v(q.get("warmup").getAsObject(), "errors")));
            sb.append(String.format(Locale.ROOT, "%n%-14s %7s %8s %7s %9s %9s %9s %9s %8s %9s%n", "query", "clients", "requests",
                    "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "q/s", "CPU ms/q"));
            for (JsonValue r : json.get("queries").getAsObject().get("results").getAsArray()) {
                JsonObject o = r.getAsObject();
                sb.append(String.format(Locale.ROOT, "%-14s %7s %8s %7s %9s %9s %9s %9s %8s %9s%n", str(o, "query"), v(o, "clients"),
                        v(o, "requests"), v(o, "errors"), v(o, "p50ms"), v(o, "p95ms"), v(o, "p99ms"), v(o, "maxMs"),
                        v(o, "queriesPerSecond"), v(o, "cpuMsPerQuery")));
            }
        }
        return sb.toString();
    }

    /** The corpus, ingest, memory and store part. */
    private static void ingest(JsonObject json, StringBuilder sb) {
        JsonObject c = json.get("corpus").getAsObject();
        sb.append(String.format(Locale.ROOT, "Corpus: %s articles%n%n", v(c, "articles")));
        sb.append(String.format(Locale.ROOT, "%-8s %12s %12s %12s %12s %7s %12s %12s%n", "threads", "floor art/s", "floor tok/s",
                "e2e art/s", "e2e tok/s", "ratio", "heap MB", "RSS MB"));
        JsonArray runs = json.get("runs").getAsArray();
        for (JsonValue r : runs) {
            JsonObject o = r.getAsObject(), f = o.get("floor").getAsObject(), e = o.get("endToEnd").getAsObject(),
                    mem = o.get("memory").getAsObject();
            sb.append(String.format(Locale.ROOT, "%-8s %12s %12s %12s %12s %7s %12s %12s%n", v(o, "threads"),
                    v(f, "articlesPerSecond"), v(f, "tokensPerSecond"), v(e, "articlesPerSecond"), v(e, "tokensPerSecond"),
                    v(o, "ratio"), v(mem, "peakHeapUsedMB"), v(mem, "peakRssSampledMB")));
        }
        sb.append(String.format(Locale.ROOT, "ratio (e2e / floor at %s threads): %s", v(json, "threads"), v(json, "ratio")));
        if (json.hasKey("scaling")) sb.append(String.format(Locale.ROOT, "; scaling (2 / 1 threads): %s (floor %s)",
                v(json, "scaling"), v(json, "floorScaling")));
        sb.append('\n');
        for (JsonValue r : runs) {
            JsonObject o = r.getAsObject();
            JsonObject stages = o.get("endToEnd").getAsObject().get("stageSeconds").getAsObject();
            StringBuilder line = new StringBuilder("stages (s, summed over workers), " + v(o, "threads") + " thread(s):");
            for (String k : stages.keys()) line.append(' ').append(k).append(' ').append(v(stages, k)).append(';');
            sb.append(line, 0, line.length() - 1).append('\n');
            JsonObject e = o.get("endToEnd").getAsObject(), f = o.get("floor").getAsObject();
            if (e.hasKey("cpuSeconds"))
                sb.append("CPU s (process, of which JIT compiler), " + v(o, "threads") + " thread(s): end to end "
                        + v(e, "cpuSeconds") + " (" + v(e, "jitSeconds") + "); floor " + v(f, "cpuSeconds") + " ("
                        + v(f, "jitSeconds") + ")\n");
            JsonObject mem = o.get("memory").getAsObject();
            sb.append("memory, " + v(o, "threads") + " thread(s): live heap after GC by quarter of the run (MB) "
                    + org.apache.jena.atlas.json.JSON.toStringFlat(mem.get("heapAfterGcByQuarterMB")) + "; VmHWM " + v(mem, "vmHwmMB") + " MB\n");
        }
        JsonObject s = json.get("store").getAsObject();
        sb.append(String.format(Locale.ROOT, "%nStore: %s quads; ingest writer %s triples/s (store stage %s s); replayed ingest "
                        + "write path %s triples/s; TDB2 bulk loader %s triples/s; replay / bulk %s%n",
                v(s, "quads"), v(s, "ingestStoreStageTriplesPerSecond"), v(s, "ingestStoreStageSeconds"),
                v(s, "replayTriplesPerSecond"), v(s, "bulkTriplesPerSecond"), v(s, "replayVsBulk")));
    }

    private static String v(JsonObject o, String key) {
        JsonValue x = o.get(key);
        if (x == null) return "-";
        if (x.isNumber()) {
            double d = x.getAsNumber().value().doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) d)
                    : String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%,.0f" : "%.2f", d);
        }
        return x.toString();
    }

    private static String str(JsonObject o, String key) {
        JsonValue x = o.get(key);
        return x == null ? "-" : x.isString() ? x.getAsString().value() : x.toString();
    }
}
