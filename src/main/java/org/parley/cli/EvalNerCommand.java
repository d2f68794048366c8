package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import opennlp.tools.namefind.TokenNameFinderModel;

import org.parley.nlp.ner.ConllReader;
import org.parley.nlp.ner.NerEvaluator;
import org.parley.nlp.ner.NerScores;
import org.parley.nlp.ner.NerSentence;
import org.parley.nlp.ner.ParleyNameFinder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval-ner FILE}: scores Parley's name finder on a CoNLL file. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Scores Parley's name finder on a CoNLL NER file (token per line, tag last, IOB1 or IOB2; "
                + "PER/LOC/ORG exact spans, MISC ignored). Prints precision, recall and F1 per type and overall.")
public final class EvalNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The CoNLL file (not with --held-out).")
    Path file;

    @Option(names = "--held-out", paramLabel = "DIR", arity = "0..1", fallbackValue = "data/training",
            description = "Instead of a file, score the model with its rules, sentence by sentence, on the held-out part "
                    + "of the training corpus in DIR (default: data/training), as the model card measures it.")
    Path heldOut;

    @Option(names = "--model", description = "Model file (default: the model shipped with Parley).")
    Path model;

    @Option(names = "--no-rules", description = "Score the bare model, without Parley's rules.")
    boolean noRules;

    @Option(names = "--model-only", description = "Score the model (with its own post-processing rules) without the gazetteer and the name rules Parley runs with it.")
    boolean modelOnly;

    @Option(names = "--sentences", description = "Score sentence by sentence even when the file has "
            + "-DOCSTART- documents (by default each document is read as one article).")
    boolean sentences;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write every error (tab-separated: document, "
            + "sentence, FP or FN, type, words, overlapping names of the other side) to FILE; with the gazetteer and rules only.")
    Path errors;

    private int heldOut(PrintWriter out, TokenNameFinderModel m) throws Exception {
        if (file != null) {
            spec.commandLine().getErr().println("parley: --held-out scores the training corpus's held-out part, not " + file);
            return ParleyCli.USAGE;
        }
        if (!Files.isRegularFile(heldOut.resolve(org.parley.nlp.ner.NerCorpus.FILE))) {
            spec.commandLine().getErr().println("parley: no " + org.parley.nlp.ner.NerCorpus.FILE + " in " + heldOut);
            return ParleyCli.USAGE;
        }
        List<NerSentence> held = org.parley.nlp.ner.NerCorpus.load(heldOut).heldOut();
        NerScores scores = NerEvaluator.evaluate(held, new ParleyNameFinder(m, !noRules));
        out.printf("%s held-out part: %d sentences, model %s%s%n", heldOut, scores.sentences(),
                model == null ? "(shipped)" : model, noRules ? ", no rules" : ", with its rules");
        out.print(scores.table());
        out.flush();
        return ParleyCli.OK;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (model != null && !Files.isRegularFile(model)) {
            spec.commandLine().getErr().println("parley: no such model " + model);
            return ParleyCli.USAGE;
        }
        if (heldOut == null && file == null) {
            spec.commandLine().getErr().println("parley: give a CoNLL FILE or --held-out");
            return ParleyCli.USAGE;
        }
        if (heldOut == null && !Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("parley: no such file " + file);
            return ParleyCli.USAGE;
        }
        TokenNameFinderModel m = model == null ? ParleyNameFinder.loadDefaultModel()
                : ParleyNameFinder.loadModel(model);
        if (heldOut != null) {
            return heldOut(out, m);
        }
        int documents = ConllReader.readDocuments(file).size();
        boolean byDocument = !sentences && documents > 1;
        ParleyNameFinder statistical = new ParleyNameFinder(m, !noRules);
        NerScores scores;
        if (modelOnly || noRules) {
            scores = NerEvaluator.evaluate(file, statistical, byDocument);
        } else {
            // as Parley runs it: gazetteer and rules first, then the model, one document (article) at a time
            org.parley.extract.TokenSpans hybrid = new org.parley.extract.TokenSpans(
                    new org.parley.nlp.TextAnnotator(org.parley.nlp.OpenNlpModels.loadDefault(), org.parley.nlp.NlpOptions.defaults()),
                    new org.parley.extract.HybridNameFinder(
                            new org.parley.extract.ProperNameFinder(org.parley.knowledge.Gazetteer.loadDefault()), statistical::findDocument));
            List<List<NerSentence>> docs = byDocument ? ConllReader.readDocuments(file)
                    : ConllReader.read(file).stream().map(List::of).toList();
            if (errors == null) {
                scores = NerEvaluator.evaluateDocuments(docs, hybrid);
            } else {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(errors))) {
                    w.println("document\tsentence\terror\ttype\twords\toverlapping");
                    scores = NerEvaluator.evaluateDocuments(docs, hybrid, w);
                }
            }
        }
        out.printf("%s: %d sentences%s, model %s%s%n", file, scores.sentences(),
                byDocument ? " in " + documents + " documents" : "", model == null ? "(shipped)" : model,
                noRules ? ", no rules" : modelOnly ? ", model only" : ", with the gazetteer and rules");
        out.print(scores.table());
        out.flush();
        return ParleyCli.OK;
    }
}
