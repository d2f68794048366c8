package org.parley.rdf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

import org.parley.ingest.ArticleReader;
import org.parley.ingest.ArticleSink;
import org.parley.ingest.IngestProblem;
import org.parley.model.Article;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.StageTimer;
import org.parley.rdf.ParleyNamespaces;

/**
 * The fast validation and the all-SHACL reference agree on the graphs the real pipeline builds from the seed
 * articles, and on broken copies of them (a sample of triples removed, offsets broken).
 */
class ValidatorAgreementIT {
    static {
        JenaSystem.init();
    }

    @Test
    void seedArticleGraphsAndBrokenCopiesAgree() {
        ArticlePipeline pipeline = ArticlePipeline.create(PipelineResources.load(ParleyNamespaces.defaults()),
                new StageTimer());
        List<Graph> graphs = new ArrayList<>();
        new ArticleReader().read(List.of(Path.of("data/articles")), new ArticleSink() {
            @Override
            public void article(Article a) {
                // the article graph with the knowledge graph's descriptions of the entities it names, as ingest validates it
                Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                pipeline.process(a).graph().withKnowledge().find().forEachRemaining(g::add);
                graphs.add(g);
            }

            @Override
            public void problem(IngestProblem p) {
                throw new AssertionError(p.toString());
            }
        });
        assertEquals(5, graphs.size());
        ValidatorAgreement a = new ValidatorAgreement();
        for (int i = 0; i < graphs.size(); i++) {
            Graph g = graphs.get(i);
            a.assertAgree("seed " + i, g);
            assertTrue(GraphValidator.standard().validate(g).conforms(), "seed " + i);
            List<Triple> triples = g.find().toList();
            for (int k = i; k < triples.size(); k += 307) {
                Triple t = triples.get(k);
                a.assertAgree("seed " + i + " without " + t, ValidatorAgreement.mutated(g, m -> m.delete(t)));
            }
            a.assertAgreeOnBrokenSpans("seed " + i, g, 97, 4);
        }
        assertTrue(a.violating() > 10, a.violating() + " of " + a.graphs());
    }
}
