package org.parley.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an ingest run did.
 *
 * @param stopped    whether a strict run stopped early at a failure
 * @param added      articles new to the store
 * @param replaced   articles whose graph was replaced because the article changed
 * @param unchanged  articles already in the store as they are
 * @param skipped    inputs that were not ingested, each with its reason
 * @param triples    triples written to article graphs (not counting the gazetteer descriptions in the knowledge
 *                   graph, nor what the cross-article linkers add after the articles)
 * @param tokens     tokens processed
 * @param elapsed    wall-clock time of the run
 * @param stageMillis time per pipeline stage, summed over workers
 */
public record IngestReport(boolean stopped, int added, int replaced, int unchanged, List<Skip> skipped, long triples, long tokens,
                           Duration elapsed, Map<String, Long> stageMillis) {
    public IngestReport {
        skipped = List.copyOf(skipped);
        stageMillis = Map.copyOf(stageMillis);
    }

    /** An input that was not ingested: where it is ({@code file} or {@code file:line}) and why. */
    public record Skip(String source, String reason) {}

    public int ingested() {
        return added + replaced + unchanged;
    }
}
