package org.parley.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import opennlp.tools.namefind.TokenNameFinderModel;

import org.parley.nlp.ner.ConllReader;
import org.parley.nlp.ner.ModelCard;
import org.parley.nlp.ner.NerCorpus;
import org.parley.nlp.ner.NerEvaluator;
import org.parley.nlp.ner.NerScores;
import org.parley.nlp.ner.NerTrainer;
import org.parley.nlp.ner.ParleyNameFinder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley train-ner}: trains the name finder on the GMB/VOA corpus, writes the model and its card. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Trains Parley's English name finder and writes the model and its model card "
                + "(MODEL-CARD.md next to the model). Prints the held-out scores.")
public final class TrainNerCommand implements Callable<Integer> {
    static final Path DEFAULT_OUTPUT = Path.of("src/main/resources/org/parley/nlp/ner/parley-ner-en.bin");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "data/training",
            description = "Directory with ner_dataset.csv and ner-dictionary/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--output", description = "Model file to write (default: " + "src/main/resources/org/parley/"
            + "nlp/ner/parley-ner-en.bin).")
    Path output;

    @Option(names = "--iterations", description = "Training iterations (default: 100).")
    Integer iterations;

    @Option(names = "--algorithm", description = "PERCEPTRON, MAXENT (GIS) or MAXENT_QN (L-BFGS) "
            + "(default: PERCEPTRON).")
    String algorithm;

    @Option(names = "--features", description = "Feature descriptor: resource name or file "
            + "(default: features-parley.xml).")
    String features;

    @Option(names = "--codec", description = "BIO or BILOU (default: BILOU).")
    String codec;

    @Option(names = "--no-cleaning", description = "Train on the corpus as it is (only dedupe, truncation and "
            + "type mapping with all gpe as location), for comparison.")
    boolean noCleaning;

    @Option(names = "--no-misc", description = "Drop demonyms and art/eve/nat names instead of training them "
            + "as a fourth type (misc) that the finder never returns.")
    boolean noMisc;

    @Option(names = "--no-honorific-copies", description = "Do not add honorific-free copies of sentences.")
    boolean noCopies;

    @Option(names = "--eval", description = "Also score on this CoNLL file (repeatable); scores go into the card.")
    List<Path> evalFiles = new ArrayList<>();

    @Option(names = "--from-model", hidden = true, description = "Do not train: take this model, trained earlier "
            + "with the same data and configuration, score it and write it with its card.")
    Path fromModel;

    @Option(names = "--train-limit", hidden = true, description = "Train on the first N training sentences only.")
    Integer trainLimit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path csv = data.resolve(NerCorpus.FILE);
        if (!Files.isRegularFile(csv)) {
            spec.commandLine().getErr().println("parley: no " + csv);
            return ParleyCli.USAGE;
        }
        NerTrainer.Config d = NerTrainer.Config.DEFAULT;
        NerTrainer.Config config;
        try {
            config = new NerTrainer.Config(algorithm == null ? d.algorithm() : algorithm,
                    iterations == null ? d.iterations() : iterations, d.cutoff(),
                    features == null ? d.features() : features, codec == null ? d.codec() : codec,
                    d.clusterMinCount(), d.honorificFreeCopies() && !noCopies);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("parley: " + e.getMessage());
            return ParleyCli.USAGE;
        }
        Path target = output == null ? DEFAULT_OUTPUT : output;
        NerCorpus corpus = noCleaning ? NerCorpus.loadUncleaned(data)
                : noMisc ? NerCorpus.loadWithoutMisc(data) : NerCorpus.load(data);
        List<org.parley.nlp.ner.NerSentence> train = corpus.train();
        if (trainLimit != null && trainLimit < train.size()) {
            train = train.subList(0, trainLimit);
        }
        out.printf("training on %d sentences (%d held out): %s%n", train.size(), corpus.heldOut().size(),
                config.asMap());
        out.flush();
        long t0 = System.nanoTime();
        TokenNameFinderModel model = fromModel != null ? ParleyNameFinder.loadModel(fromModel)
                : NerTrainer.train(train, config, data);
        long seconds = fromModel != null ? -1 : (System.nanoTime() - t0) / 1_000_000_000L;
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        model.serialize(target);
        long size = Files.size(target);
        Map<String, NerScores> scores = new LinkedHashMap<>();
        ParleyNameFinder finder = new ParleyNameFinder(model);
        scores.put("held-out VOA (" + corpus.heldOut().size() + " sentences)",
                NerEvaluator.evaluate(corpus.heldOut(), finder));
        for (Path f : evalFiles) {
            boolean byDocument = ConllReader.readDocuments(f).size() > 1;
            scores.put(f.getFileName() + (byDocument ? ", by document" : ""), NerEvaluator.evaluate(f, finder,
                    byDocument));
            if (byDocument) {
                scores.put(f.getFileName() + ", sentence by sentence", NerEvaluator.evaluate(f, finder, false));
            }
        }
        Path card = target.resolveSibling("MODEL-CARD.md");
        Files.writeString(card, ModelCard.render(corpus, config, scores, size, seconds), StandardCharsets.UTF_8);
        out.printf("wrote %s (%,d bytes) and %s%s%n", target, size, card,
                seconds < 0 ? " (model taken from " + fromModel + ")" : " in " + seconds + " s");
        scores.forEach((name, s) -> out.printf("%s%n%s", name, s.table()));
        out.flush();
        return ParleyCli.OK;
    }
}
