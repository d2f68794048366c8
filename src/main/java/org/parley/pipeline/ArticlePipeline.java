package org.parley.pipeline;

import java.util.List;
import java.util.Objects;

import org.parley.extract.MentionFinder;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.ExtractedArticle;
import org.parley.model.Mention;
import org.parley.model.ResolvedMention;
import org.parley.nlp.TextAnnotator;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.GraphMapper;
import org.parley.resolve.EntityResolver;

/**
 * The per-article pipeline: language processing, mention finding, entity resolution and RDF mapping.
 * Maps one article to one article graph and keeps no state between articles, so the same code can run
 * in any number of workers (one instance per worker: the annotator inside is not thread-safe).
 *
 * <pre>{@code
 * ArticlePipeline p = ArticlePipeline.create(resources);   // once per worker
 * ArticleGraph g = p.process(article);
 * }</pre>
 */
public final class ArticlePipeline {
    private final TextAnnotator annotator;
    private final MentionFinder finder;
    private final EntityResolver resolver;
    private final GraphMapper mapper;
    private final StageTimer timer;
    private final Facts facts;

    /** The fact extractors that run after entity resolution. */
    public record Facts(org.parley.extract.TimeFinder times, org.parley.extract.QuantityFinder quantities,
                        org.parley.extract.RelationExtractor relations, org.parley.extract.EventExtractor events) {
        public Facts {
            Objects.requireNonNull(times, "times");
            Objects.requireNonNull(quantities, "quantities");
            Objects.requireNonNull(relations, "relations");
            Objects.requireNonNull(events, "events");
        }

        /** Extractors that find nothing: names only. */
        public static Facts none() {
            return new Facts(a -> List.of(), a -> List.of(), (a, m) -> List.of(), (a, m, t, q) -> List.of());
        }
    }

    public ArticlePipeline(TextAnnotator annotator, MentionFinder finder, EntityResolver resolver, GraphMapper mapper,
                           StageTimer timer) {
        this(annotator, finder, resolver, Facts.none(), mapper, timer);
    }

    public ArticlePipeline(TextAnnotator annotator, MentionFinder finder, EntityResolver resolver, Facts facts,
                           GraphMapper mapper, StageTimer timer) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    /**
     * The version of the extraction rules as a whole (names, times, quantities, relations, events). It is part of
     * every article's digest, so raising it makes the next ingest replace every article graph: raise it whenever
     * a change alters what is extracted.
     */
    public static final String EXTRACTION_VERSION = "4.6";

    /** A pipeline built from shared, already loaded resources. */
    public static ArticlePipeline create(PipelineResources r, StageTimer timer) {
        org.parley.nlp.ner.ParleyNameFinder statistical = new org.parley.nlp.ner.ParleyNameFinder(r.nameModel());
        org.parley.extract.time.RuleTimeFinder times = new org.parley.extract.time.RuleTimeFinder();
        Facts facts = new Facts(times, new org.parley.extract.quantity.RuleQuantityFinder(times),
                new org.parley.extract.relation.RuleRelationExtractor(r.gazetteer()),
                new org.parley.extract.event.RuleEventExtractor(r.gazetteer()));
        return new ArticlePipeline(new org.parley.nlp.TextAnnotator(r.models(), r.nlpOptions()),
                new org.parley.extract.HybridNameFinder(new org.parley.extract.ProperNameFinder(r.gazetteer()),
                        statistical::findDocument),
                new EntityResolver(r.gazetteer()), facts, r.mapper(), timer);
    }

    public GraphMapper mapper() {
        return mapper;
    }

    /**
     * The article's language as detected (ISO 639-3), or {@code null} when the text is too short to tell
     * ({@value #MIN_CHARS_FOR_LANGUAGE} characters of body at least).
     */
    public String language(Article article) {
        int chars = article.body().stream().mapToInt(org.parley.model.TextSpan::length).sum();
        return chars < MIN_CHARS_FOR_LANGUAGE ? null : annotator.detectLanguage(article);
    }

    static final int MIN_CHARS_FOR_LANGUAGE = 200;

    /** An article's graph and the number of tokens it had. */
    public record Processed(ArticleGraph graph, int tokens) {}

    public Processed process(Article article) {
        return process(article, null);
    }

    /**
     * Processes an article whose language the caller has already detected with {@link #language} ({@code null}:
     * detect it here), so that the detector runs once per article.
     */
    public Processed process(Article article, String language) {
        ExtractedArticle extracted = extract(article, language);
        long t0 = System.nanoTime();
        ArticleGraph graph = mapper.map(extracted);
        timer.add("rdf", System.nanoTime() - t0);
        return new Processed(graph, extracted.annotated().tokenCount());
    }

    /** Everything the pipeline reads from one article, before it is mapped to RDF. */
    public ExtractedArticle extract(Article article) {
        return extract(article, null);
    }

    /** {@link #extract(Article)} for an article whose language is known ({@code null}: detect it). */
    public ExtractedArticle extract(Article article, String language) {
        long t0 = System.nanoTime();
        AnnotatedArticle annotated = annotator.annotate(article, language);
        long t1 = System.nanoTime();
        List<Mention> mentions = finder.find(annotated);
        long t2 = System.nanoTime();
        List<ResolvedMention> resolved = resolver.resolve(annotated, mentions);
        long t3 = System.nanoTime();
        List<org.parley.model.TimeExpression> times = facts.times().find(annotated);
        List<org.parley.model.Quantity> quantities = facts.quantities().find(annotated);
        List<org.parley.model.Relation> relations = facts.relations().extract(annotated, resolved);
        List<org.parley.model.Event> events = facts.events().extract(annotated, resolved, times, quantities);
        long t4 = System.nanoTime();
        timer.add("nlp", t1 - t0);
        timer.add("extract", t2 - t1);
        timer.add("resolve", t3 - t2);
        timer.add("facts", t4 - t3);
        return new ExtractedArticle(annotated, resolved, times, quantities, relations, events);
    }
}
