package org.parley.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.parley.pipeline.IngestReport;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.PARLEY;
import org.parley.store.KnowledgeStore;

/**
 * The store's write rate: the ingested dataset is dumped to N-Quads, then written into fresh TDB2 databases twice
 * in the same run, once through Parley's ingest write path ({@link KnowledgeStore#replaceAll}, article graph by
 * article graph, in the batches the ingest writer uses) and once by Jena's own TDB2 bulk loader
 * ({@link LoaderFactory#createLoader}, in-process).
 */
final class StoreLoad {
    /** The ingest writer's batches (the replay does not wait, so only their articles and triples apply). */
    private static final org.parley.pipeline.IngestOptions.Batches BATCHES = org.parley.pipeline.IngestOptions.Batches.DEFAULT;

    private StoreLoad() {}

    static JsonObject compare(Path ingestedDb, Path work, IngestReport report) throws IOException {
        JsonObject o = new JsonObject();
        Path dump = work.resolve("dump.nq");
        long t0 = System.nanoTime();
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(ingestedDb); OutputStream out = new BufferedOutputStream(Files.newOutputStream(dump), 1 << 16)) {
            DatasetGraph dsg = ks.dataset();
            // graph by graph, so that each article graph is one run of lines (the replay below relies on it)
            Txn.executeRead(dsg, () -> {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                w.start();
                Iterator<Node> names = dsg.listGraphNodes();
                while (names.hasNext()) {
                    Node g = names.next();
                    Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                    while (it.hasNext()) w.quad(it.next());
                }
                w.finish();
            });
        }
        o.put("dumpSeconds", Benchmark.num((System.nanoTime() - t0) / 1e9));
        o.put("dumpBytes", Files.size(dump));

        // the ingest path, measured inside the ingest run: the writer's time committing article graphs
        double storeSecs = report.stageMillis().getOrDefault("store", 0L) / 1000.0;
        o.put("ingestTriples", report.triples());
        o.put("ingestStoreStageSeconds", Benchmark.num(storeSecs));
        if (storeSecs > 0) o.put("ingestStoreStageTriplesPerSecond", Benchmark.num(report.triples() / storeSecs));

        // the ingest write path replayed on the dump, without the language processing in front of it
        Path replayDb = work.resolve("db-replay");
        Benchmark.deleteTree(replayDb);
        long[] quads = {0};
        int[] graphs = {0};
        long[] batchTriples = {0};
        long t1 = System.nanoTime();
        long replayQuads;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(replayDb)) {
            List<ArticleGraph> batch = new ArrayList<>();
            RDFParser.source(dump).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                Node current;
                Graph g;

                @Override
                public void quad(Quad q) {
                    quads[0]++;
                    if (!q.getGraph().equals(current)) {
                        flush();
                        current = q.getGraph();
                        g = GraphFactory.createDefaultGraph();
                    }
                    g.add(q.asTriple());
                }

                @Override
                public void finish() {
                    flush();
                    if (!batch.isEmpty()) ks.replaceAll(batch);
                    batch.clear();
                }

                private void flush() {
                    if (current == null) return;
                    graphs[0]++;
                    if (org.parley.rdf.ArticleIris.isKnowledgeGraph(current)) {
                        // the gazetteer's descriptions, which ingest writes with the articles that name them
                        ks.replaceKnowledge(current, g);
                        current = null;
                        return;
                    }
                    var it = g.find(Node.ANY, PARLEY.contentDigest.asNode(), Node.ANY);
                    String digest = it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "replay";
                    batch.add(new ArticleGraph(current.getURI(), current, digest, g));
                    batchTriples[0] += g.size();
                    if (batch.size() >= BATCHES.articles() || batchTriples[0] >= BATCHES.triples()) {
                        ks.replaceAll(batch);
                        batch.clear();
                        batchTriples[0] = 0;
                    }
                    current = null;
                }
            });
            replayQuads = ks.size();
        }
        double replaySecs = (System.nanoTime() - t1) / 1e9;
        Benchmark.deleteTree(replayDb);
        o.put("quads", quads[0]);
        o.put("graphs", graphs[0]);
        o.put("replayQuadsInStore", replayQuads);
        o.put("replaySeconds", Benchmark.num(replaySecs));
        o.put("replayTriplesPerSecond", Benchmark.num(quads[0] / replaySecs));

        Path bulkDb = work.resolve("db-bulk");
        Benchmark.deleteTree(bulkDb);
        long t2 = System.nanoTime();
        long loaded;
        // the same indexes as the store the ingest path writes
        DatasetGraph bulk = KnowledgeStore.connectTdb2(bulkDb);
        try {
            // Jena's sequential loader, the one `ingest --bulk` uses: its default (phased) plan names TDB2's six quad
            // indexes and refuses a store with four ("No such index: GPOS")
            loaded = org.parley.store.BulkSpool.load(LoaderFactory.sequentialLoader(bulk, (fmt, args) -> { }), dump);
        } finally {
            TDBInternal.expel(bulk);
        }
        double bulkSecs = (System.nanoTime() - t2) / 1e9;
        Benchmark.deleteTree(bulkDb);
        o.put("bulkLoader", "org.apache.jena.tdb2.loader.LoaderFactory.sequentialLoader");
        o.put("bulkQuads", loaded);
        o.put("bulkSeconds", Benchmark.num(bulkSecs));
        o.put("bulkTriplesPerSecond", Benchmark.num(quads[0] / bulkSecs));
        o.put("replayVsBulk", Benchmark.num(bulkSecs / replaySecs));
        if (storeSecs > 0) o.put("ingestStoreStageVsBulk", Benchmark.num((report.triples() / storeSecs) / (quads[0] / bulkSecs)));
        Files.deleteIfExists(dump);
        return o;
    }
}
