package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.bench.Benchmark;

/** {@code parley bench --articles N --threads 1,2 --json FILE}: measures speed, memory, store and query latency. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark on a corpus of real news (see bench-corpus): the bare OpenNLP floor and the end-to-end "
                + "ingest into a fresh TDB2 store for each thread count, memory while ingesting, the store's write rate "
                + "against Jena's TDB2 bulk loader and, with --queries, query latency over HTTP.",
                "Prints a table and writes all figures as JSON (top-level \"ratio\": end-to-end / floor throughput)."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "2000", paramLabel = "N", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", defaultValue = "1,2", split = ",", paramLabel = "T",
            description = "Worker thread counts to measure, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--json", required = true, paramLabel = "FILE", description = "Where to write the JSON results.")
    Path json;

    @Option(names = "--queries", description = "Also measure query latency over HTTP on the store built.")
    boolean queries;

    @Option(names = "--clients", defaultValue = "1,8,32,64", split = ",", paramLabel = "C",
            description = "Concurrent HTTP clients for --queries (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--requests", defaultValue = "200", paramLabel = "R",
            description = "Timed queries per query kind and concurrency (default: ${DEFAULT-VALUE}; at least 2 per client), "
                    + "after each client's untimed first request that opens its connection.")
    int requests;

    @Option(names = "--query-warmup", defaultValue = "" + Benchmark.DEFAULT_QUERY_WARMUP, paramLabel = "N",
            description = "Queries sent to the server, all kinds in turn, before any is timed, to warm up its JIT "
                    + "(default: ${DEFAULT-VALUE}).")
    int queryWarmup;

    @Option(names = "--cell-warmup", defaultValue = "" + Benchmark.DEFAULT_CELL_WARMUP_SECONDS, paramLabel = "SECONDS",
            description = "Before each timed cell (kind and concurrency), the same queries untimed until the JIT compiler "
                    + "is quiet, for at most this long (default: ${DEFAULT-VALUE}; 0: one round).")
    double cellWarmup;

    @Option(names = "--kinds", split = ",", paramLabel = "K",
            description = "Query kinds to time, comma-separated, of lookup, neighbourhood, dateRange, fullText, countByType "
                    + "and floor (ASK {}, the server's own cost) (default: all; the warm-up sends these).")
    List<String> kinds = List.of();

    @Option(names = "--store", paramLabel = "DIR",
            description = "Measure only the queries (implies --queries), on this existing TDB2 store, e.g. one kept with --keep.")
    Path store;

    @Option(names = "--warmup", defaultValue = "200", paramLabel = "N",
            description = "Articles run through both passes before measuring, to warm up the JIT, again and again until the "
                    + "JIT compiler is quiet (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-seconds", defaultValue = "" + Benchmark.DEFAULT_WARMUP_SECONDS, paramLabel = "SECONDS",
            description = "Longest ingest warm-up, in seconds (default: ${DEFAULT-VALUE}; at least one round).")
    double warmupSeconds;

    @Option(names = "--corpus", paramLabel = "FILE", description = "Use this JSON Lines corpus instead of writing one of N articles.")
    Path corpus;

    @Option(names = "--source", defaultValue = "data/training/ner_dataset.csv", paramLabel = "CSV",
            description = "The GMB NER CSV the corpus is built from (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the corpus and stores in DIR (default: a temporary directory, deleted).")
    Path keep;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        Benchmark.Result r = Benchmark.run(new Benchmark.Config(corpus, source, articles, threads, queries || store != null,
                clients, requests, warmup, warmupSeconds, keep, queryWarmup, cellWarmup, store, kinds), msg -> {
            err.println("bench: " + msg);
            err.flush();
        });
        Benchmark.writeJson(r.json(), json);
        spec.commandLine().getOut().print(r.table());
        spec.commandLine().getOut().println("JSON: " + json);
        spec.commandLine().getOut().flush();
        return ParleyCli.OK;
    }
}
