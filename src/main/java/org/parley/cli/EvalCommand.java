package org.parley.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.parley.eval.FactScorer;
import org.parley.eval.GoldDocument;
import org.parley.eval.GoldFormatException;
import org.parley.eval.GoldSet;
import org.parley.eval.Scores;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.ArticleSink;
import org.parley.ingest.IngestProblem;
import org.parley.model.Article;
import org.parley.model.TextSpan;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.StageTimer;
import org.parley.rdf.ParleyNamespaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley eval}: runs the pipeline over the hand-annotated gold set of {@code data/eval/facts} and
 * prints precision, recall and F1 for entities, relations, events and event arguments.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores extraction (entities, relations, events, event arguments) against the hand-annotated "
                + "gold set: runs the pipeline over every gold document and prints gold, predicted and correct counts "
                + "with precision, recall and F1 per category, relation type and event type.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "The gold directory (default: ${DEFAULT-VALUE}).")
    Path gold = GoldSet.DEFAULT_DIR;

    @Option(names = "--part", paramLabel = "PART", split = ",",
            description = "Which parts to score: dev, test, seeds or all (repeatable; default: all).")
    List<String> parts = new ArrayList<>(List.of("all"));

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores and errors as JSON to FILE.")
    Path json;

    @Option(names = "--errors", paramLabel = "N",
            description = "List up to N false positives and N false negatives per category.")
    int errors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (errors < 0) {
            err.println("parley: --errors must not be negative");
            return ParleyCli.USAGE;
        }
        if (!Files.isDirectory(gold)) {
            err.println("parley: no such gold directory " + gold);
            return ParleyCli.USAGE;
        }
        List<String> names;
        try {
            names = GoldSet.expand(gold, parts);
        } catch (IllegalArgumentException e) {
            err.println("parley: " + e.getMessage());
            return ParleyCli.USAGE;
        }
        Map<String, List<GoldDocument>> set;
        List<Article> articles = new ArrayList<>();
        List<GoldDocument> docs = new ArrayList<>();
        try {
            if (names.isEmpty()) throw new GoldFormatException(gold + ":0: no gold files (" + GoldSet.PARTS.values() + ")");
            for (String n : names)
                if (!Files.isRegularFile(gold.resolve(GoldSet.PARTS.get(n))))
                    throw new GoldFormatException(gold.resolve(GoldSet.PARTS.get(n)) + ":0: no such file");
            set = GoldSet.read(gold, names);
            for (List<GoldDocument> part : set.values())
                for (GoldDocument d : part) {
                    docs.add(d);
                    articles.add(article(d));
                }
        } catch (GoldFormatException e) {
            err.println("parley: unreadable gold: " + e.getMessage());
            return ParleyCli.SOME_FAILED;
        }
        ArticlePipeline pipeline = ArticlePipeline.create(PipelineResources.load(ParleyNamespaces.defaults()),
                new StageTimer());
        FactScorer scorer = new FactScorer();
        int sentences = 0;
        for (int i = 0; i < docs.size(); i++) {
            scorer.add(docs.get(i), pipeline.extract(articles.get(i)));
            sentences += docs.get(i).sentences();
        }
        Scores scores = scorer.scores();
        out.printf("Gold %s, parts %s: %d documents, %d sentences%n", gold, String.join(", ", set.keySet()),
                docs.size(), sentences);
        out.print(scores.table());
        if (errors > 0) out.print(scores.errorList(errors));
        if (json != null) {
            try (OutputStream o = Files.newOutputStream(json)) {
                JSON.write(o, scores.toJson());
            }
            out.println("Wrote " + json);
        }
        out.flush();
        return ParleyCli.OK;
    }

    /** The article the pipeline reads for a gold document: its text, or its file as ingest reads it. */
    private Article article(GoldDocument d) throws GoldFormatException {
        if (d.text() != null)
            return new Article(d.id(), d.origin(), null, null, null, d.published(), d.text(),
                    List.of(new TextSpan(0, d.text().length())));
        Path file = GoldSet.resolveFile(gold, d);
        List<Article> read = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        new ArticleReader().read(List.of(file), new ArticleSink() {
            @Override
            public void article(Article a) {
                read.add(a);
            }

            @Override
            public void problem(IngestProblem p) {
                problems.add(p);
            }
        });
        if (!problems.isEmpty() || read.size() != 1)
            throw new GoldFormatException(d.origin() + ": cannot read " + file
                    + (problems.isEmpty() ? "" : ": " + problems.get(0)));
        return read.get(0);
    }
}
