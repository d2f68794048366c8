package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleIris;
import org.parley.rdf.ParleyNamespaces;
import org.parley.rdf.validate.GraphValidator;
import org.parley.store.KnowledgeStore;

/**
 * The ingest writer: articles go into their batch's transaction as they arrive and land at its commit; a batch whose
 * writing fails part-way is written again one article at a time, so only the article that fails is lost, and none
 * of its triples land.
 */
class BatchWriterTest {
    static {
        JenaSystem.init();
    }

    private static final ArticleIris IRIS = new ArticleIris(ParleyNamespaces.defaults());
    private static final Graph GOOD = RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");

    /** A graph that gives half its triples and then fails, as a disk or a bug might in the middle of a write. */
    private static Graph failingHalfWay(Graph base) {
        return new GraphWrapper(base) {
            @Override
            public ExtendedIterator<Triple> find() {
                List<Triple> all = base.find().toList();
                List<Triple> half = new ArrayList<>(all.subList(0, all.size() / 2));
                return WrappedIterator.create(new java.util.Iterator<Triple>() {
                    int i;

                    @Override
                    public boolean hasNext() {
                        return true;
                    }

                    @Override
                    public Triple next() {
                        if (i < half.size()) return half.get(i++);
                        throw new IllegalStateException("failed half-way");
                    }
                });
            }
        };
    }

    private static ArticleGraph article(String key, Graph g) {
        return new ArticleGraph(key, NodeFactory.createURI(IRIS.graph(key)), "digest-" + key, g);
    }

    private record Run(IngestJob.BatchWriter writer, List<IngestReport.Skip> skipped, AtomicInteger done) {}

    /** Runs the writer over the articles (validated as they are), in batches of {@code perBatch}. */
    private static Run write(KnowledgeStore store, int perBatch, List<ArticleGraph> articles) {
        ValidatingWriter vw = new ValidatingWriter(store, IRIS, GraphValidator.standard());
        BlockingQueue<ValidatingWriter.Validated> queue = new ArrayBlockingQueue<>(articles.size() + 1);
        for (ArticleGraph a : articles) {
            // validated on its own graph: the failing wrapper fails only when the store reads it
            ValidatingWriter.Validated v = vw.validate(article(a.articleKey(), GOOD), a.articleKey() + ".txt");
            queue.add(new ValidatingWriter.Validated(a, v.sourceName(), v.validation(), 0));
        }
        queue.add(IngestJob.BatchWriter.END);
        List<IngestReport.Skip> skipped = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        IngestJob.BatchWriter w = new IngestJob.BatchWriter(vw, null, queue, new StageTimer(), null, skipped,
                ProgressListener.NONE, done, new IngestOptions.Batches(perBatch, Long.MAX_VALUE, 60_000));
        w.run();
        return new Run(w, skipped, done);
    }

    private static long quadsIn(KnowledgeStore store, String key) {
        return Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            var it = store.dataset().find(NodeFactory.createURI(IRIS.graph(key)), Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Test
    void everyArticleOfEveryBatchLands() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            List<ArticleGraph> articles = new ArrayList<>();
            for (int i = 0; i < 7; i++) articles.add(article("a" + i, GOOD));
            Run r = write(store, 3, articles);   // batches of 3, 3 and 1
            assertNull(r.writer().failure);
            assertEquals(7, r.writer().added);
            assertEquals(7L * GOOD.size(), r.writer().triples);
            assertEquals(7, r.done().get());
            assertEquals(List.of(), r.skipped());
            for (int i = 0; i < 7; i++) assertEquals(GOOD.size(), quadsIn(store, "a" + i), "a" + i);
        }
    }

    @Test
    void aBatchThatFailsPartWayIsWrittenOneByOneAndTheFailingArticleLeavesNothing() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            List<ArticleGraph> articles = List.of(article("a", GOOD), article("b", GOOD), article("bad", failingHalfWay(GOOD)),
                    article("c", GOOD), article("d", GOOD));
            Run r = write(store, 4, articles);   // a, b, bad, c in one batch; d in the next
            assertNull(r.writer().failure, "the writer goes on");
            assertEquals(4, r.writer().added);
            assertEquals(5, r.done().get(), "every article is accounted for");
            assertEquals(1, r.skipped().size(), r.skipped().toString());
            assertEquals("bad.txt", r.skipped().get(0).source());
            assertTrue(r.skipped().get(0).reason().contains("failed half-way"), r.skipped().get(0).reason());
            for (String key : List.of("a", "b", "c", "d")) assertEquals(GOOD.size(), quadsIn(store, key), key);
            assertEquals(0, quadsIn(store, "bad"), "none of the failing article's triples");
            assertFalse(store.dataset().isInTransaction());
        }
    }
}
