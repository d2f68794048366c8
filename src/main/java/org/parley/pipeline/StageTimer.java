package org.parley.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wall-clock time spent per pipeline stage, summed over all workers. Thread-safe. */
public final class StageTimer {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    public void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Milliseconds per stage, by stage name. */
    public Map<String, Long> millis() {
        Map<String, Long> out = new TreeMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
        return out;
    }
}
