package org.parley.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.parley.model.Article;
import org.parley.model.ExtractedArticle;
import org.parley.model.Relation;
import org.parley.model.RelationType;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.StageTimer;
import org.parley.rdf.ParleyNamespaces;

/** The real pipeline (annotator, name finder, resolver) feeding the extractor, shared by the relation ITs. */
final class RelationHarness {
    private static RelationHarness instance;

    final PipelineResources resources;
    final ArticlePipeline pipeline;
    final RuleRelationExtractor extractor;

    private RelationHarness() {
        resources = PipelineResources.load(ParleyNamespaces.defaults());
        pipeline = ArticlePipeline.create(resources, new StageTimer());
        extractor = new RuleRelationExtractor(resources.gazetteer());
    }

    static synchronized RelationHarness get() {
        if (instance == null)
            instance = new RelationHarness();
        return instance;
    }

    /** The relations read from an article. */
    Result run(Article article) {
        ExtractedArticle e = pipeline.extract(article);
        return new Result(article.text(), extractor.extract(e.annotated(), e.mentions()));
    }

    /** The relations read from one text, as an article of its own. */
    Result run(String text) {
        return run(Article.of("test:" + Integer.toHexString(text.hashCode()), "test", text));
    }

    record Result(String text, List<Relation> relations) {
        /** The one relation of this type, subject, object (label or null) and post; fails if there is none. */
        Relation find(RelationType type, String subject, String object, String post) {
            List<Relation> hits = relations.stream().filter(r -> r.type() == type
                            && r.subject().label().equals(subject)
                            && Objects.equals(r.object() == null ? null : r.object().label(), object)
                            && Objects.equals(r.post(), post))
                    .collect(Collectors.toList());
            if (hits.isEmpty())
                fail("no " + type + " " + subject + " -> " + object + " (" + post + ") in:\n" + describe());
            return hits.get(0);
        }

        /** Asserts the relation is there and that its evidence covers exactly {@code evidence}. */
        Relation expect(RelationType type, String subject, String object, String post, String evidence) {
            Relation r = find(type, subject, object, post);
            assertEquals(evidence, r.evidence().span().cover(text), "evidence of " + r);
            return r;
        }

        List<Relation> of(RelationType type) {
            return relations.stream().filter(r -> r.type() == type).collect(Collectors.toList());
        }

        String describe() {
            return relations.stream().map(this::line).collect(Collectors.joining("\n"));
        }

        String line(Relation r) {
            return String.format("S%d %s %s -> %s%s [%s] %s %.2f", r.evidence().sentence(), r.type(),
                    r.subject().label(), r.object() == null ? "null" : r.object().label(),
                    r.post() == null ? "" : " post=" + r.post(), r.evidence().span().cover(text),
                    r.evidence().extractor(), r.evidence().confidence());
        }
    }
}
