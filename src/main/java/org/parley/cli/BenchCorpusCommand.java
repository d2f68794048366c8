package org.parley.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.bench.BenchCorpus;

/** {@code parley bench-corpus --out FILE --articles N}: a benchmark corpus of real news as JSON lines. */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
        description = {"Write a benchmark corpus of real news (Voice of America sentences from the GMB NER data, "
                + "regrouped in source order into articles of about 25 sentences) as JSON lines.",
                "The ~1,900 articles are repeated (grouped differently each time, with distinct ids) to reach N."})
public final class BenchCorpusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON Lines file to write.")
    Path out;

    @Option(names = "--articles", defaultValue = "1900", paramLabel = "N", description = "Number of articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--source", defaultValue = "data/training/ner_dataset.csv", paramLabel = "CSV",
            description = "The GMB NER CSV file (default: ${DEFAULT-VALUE}).")
    Path source;

    @Override
    public Integer call() throws Exception {
        if (articles < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 1");
        BenchCorpus.Written w = new BenchCorpus(source).write(articles, out);
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %,d articles (%,d sentences, %,d tokens, %,d bytes) to %s%n",
                w.articles(), w.sentences(), w.tokens(), w.bytes(), out);
        return ParleyCli.OK;
    }
}
