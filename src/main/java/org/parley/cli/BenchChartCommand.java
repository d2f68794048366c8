package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

import org.parley.bench.Charts;

/** {@code parley bench-chart --json FILE... --out DIR}: PNG charts from benchmark results. */
@Command(name = "bench-chart", mixinStandardHelpOptions = true,
        description = "Draw PNG charts from bench JSON results: throughput by threads (end to end against the floor) "
                + "and query latency percentiles by concurrency.")
public final class BenchChartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", required = true, arity = "1..*", paramLabel = "FILE", description = "bench JSON results.")
    List<Path> json;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the PNG files.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<JsonObject> results = new ArrayList<>();
        for (Path p : json) results.add(JSON.parse(Files.readString(p)));
        for (Path p : Charts.draw(results, out)) spec.commandLine().getOut().println("Wrote " + p);
        return ParleyCli.OK;
    }
}
