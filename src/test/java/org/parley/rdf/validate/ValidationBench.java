package org.parley.rdf.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.model.Article;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.ArticleSink;
import org.parley.ingest.IngestProblem;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.StageTimer;
import org.parley.rdf.ParleyNamespaces;

/**
 * Measures per-article validation time (a test-scope tool, not a test). Builds the article graphs of the inputs
 * with the real pipeline (or loads them from a cache file of N-Quads written by an earlier run), then validates
 * every graph {@code reps} times after a warm-up, per validator, and logs milliseconds per article to the
 * {@code figures} logger.
 *
 * <pre>
 * ./mvnw -q -o -DskipTests package   # classes, test classes and target/lib
 * java -cp 'target/classes:target/test-classes:target/lib/*' org.parley.rdf.validate.ValidationBench \
 *     --cache /tmp/fv-graphs.nq --reps 5 data/articles /tmp/fv-corpus.jsonl
 * </pre>
 */
public final class ValidationBench {
    private static final Logger figures = LoggerFactory.getLogger("figures");

    private ValidationBench() {}

    public static void main(String[] args) throws IOException {
        JenaSystem.init();
        int reps = 5;
        Path cache = null;
        List<String> only = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--cache" -> cache = Path.of(args[++i]);
                case "--only" -> only.add(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        List<Graph> graphs = cache != null && Files.exists(cache) ? load(cache) : build(inputs);
        if (cache != null && !Files.exists(cache)) save(graphs, cache);
        long triples = graphs.stream().mapToLong(Graph::size).sum();
        figures.info("{} article graphs, {} triples on average", graphs.size(), triples / Math.max(1, graphs.size()));

        Map<String, Function<Graph, Validation>> validators = new LinkedHashMap<>();
        GraphValidator standard = GraphValidator.standard();
        validators.put("shacl", standard::validateWithShacl);
        validators.put("fast", standard::validate);
        for (Map.Entry<String, Function<Graph, Validation>> e : validators.entrySet()) {
            if (!only.isEmpty() && !only.contains(e.getKey())) continue;
            Function<Graph, Validation> v = e.getValue();
            int violating = 0;
            for (int w = 0; w < 2; w++) for (Graph g : graphs) if (!v.apply(g).conforms() && w == 0) violating++;
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) for (Graph g : graphs) v.apply(g);
            double ms = (System.nanoTime() - t0) / 1e6 / reps / graphs.size();
            figures.info(String.format("%-8s %7.2f ms per article (%d graphs x %d reps; %d violating)",
                    e.getKey(), ms, graphs.size(), reps, violating));
        }
    }

    private static List<Graph> build(List<Path> inputs) {
        ArticlePipeline pipeline = ArticlePipeline.create(PipelineResources.load(ParleyNamespaces.defaults()),
                new StageTimer());
        List<Graph> out = new ArrayList<>();
        new ArticleReader().read(inputs, new ArticleSink() {
            @Override
            public void article(Article a) {
                out.add(pipeline.process(a).graph().withKnowledge());   // as ingest validates it
            }

            @Override
            public void problem(IngestProblem p) {
                figures.warn("skipped: {}", p);
            }
        });
        return out;
    }

    private static void save(List<Graph> graphs, Path file) throws IOException {
        Dataset ds = DatasetFactory.create();
        DatasetGraph dsg = ds.asDatasetGraph();
        for (int i = 0; i < graphs.size(); i++) {
            Node name = org.apache.jena.graph.NodeFactory.createURI("urn:bench:" + i);
            Graph g = graphs.get(i);
            g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        try (OutputStream o = Files.newOutputStream(file)) {
            RDFDataMgr.write(o, dsg, Lang.NQUADS);
        }
    }

    private static List<Graph> load(Path file) throws IOException {
        DatasetGraph dsg = DatasetFactory.create().asDatasetGraph();
        try (InputStream in = Files.newInputStream(file)) {
            RDFDataMgr.read(dsg, in, Lang.NQUADS);
        }
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort((a, b) -> Integer.compare(Integer.parseInt(a.getURI().substring(10)),
                Integer.parseInt(b.getURI().substring(10))));
        List<Graph> out = new ArrayList<>();
        for (Node n : names) {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(n).find().forEachRemaining(g::add);
            out.add(g);
        }
        return out;
    }
}
