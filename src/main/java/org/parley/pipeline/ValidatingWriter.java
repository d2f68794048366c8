package org.parley.pipeline;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleIris;
import org.parley.rdf.validate.GraphValidator;
import org.parley.rdf.validate.Validation;
import org.parley.store.KnowledgeStore;
import org.parley.store.Quarantine;

/**
 * Writes an article graph into the store only if it satisfies Parley's shapes; a graph that violates them goes
 * to the article's quarantine graph with the validation report instead (and the article's earlier graph, if
 * any, stays as it was). A graph that conforms releases the article from quarantine.
 *
 * <pre>{@code
 * ValidatingWriter w = new ValidatingWriter(store, mapper.iris(), GraphValidator.standard());
 * ValidatingWriter.Written r = w.write(articleGraph, "article.txt");
 * if (r.quarantined()) System.err.println(r.reason());
 * }</pre>
 *
 * Thread-safe.
 */
public final class ValidatingWriter {
    private static final Logger log = LoggerFactory.getLogger(ValidatingWriter.class);
    private final KnowledgeStore store;
    private final ArticleIris iris;
    private final GraphValidator validator;
    private final Quarantine quarantine;

    public ValidatingWriter(KnowledgeStore store, ArticleIris iris, GraphValidator validator) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.quarantine = new Quarantine(store.dataset());
    }

    /**
     * What {@link #write} did.
     *
     * @param outcome         what the store did with a conforming graph; null when the graph was quarantined
     * @param validation      the validation result
     * @param quarantineGraph the article's quarantine graph IRI
     * @param validationNanos time spent validating
     */
    public record Written(KnowledgeStore.Outcome outcome, Validation validation, String quarantineGraph, long validationNanos) {
        public boolean quarantined() {
            return outcome == null;
        }

        /** Why the graph was quarantined, for the run's report. */
        public String reason() {
            return "quarantined: violates the shapes (report in graph <" + quarantineGraph + ">): " + validation.summary(3);
        }
    }

    public Written write(ArticleGraph g, String sourceName) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(sourceName, "sourceName");
        long t0 = System.nanoTime();
        Validation v = validator.validate(g.graph());
        long nanos = System.nanoTime() - t0;
        String quarantineGraph = iris.quarantine(g.articleKey());
        if (!v.conforms()) {
            quarantine.put(quarantineGraph, g, v, sourceName);
            log.warn("{}: quarantined in <{}>: {}", sourceName, quarantineGraph, v.summary(3));
            return new Written(null, v, quarantineGraph, nanos);
        }
        KnowledgeStore.Outcome outcome = store.replace(g);
        quarantine.release(quarantineGraph);
        return new Written(outcome, v, quarantineGraph, nanos);
    }
}
