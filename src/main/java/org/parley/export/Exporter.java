package org.parley.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamException;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.rdf.JsonLd;
import org.parley.rdf.OntologyResources;
import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;

/**
 * Exports a store's article graphs (quarantine graphs are left out) for other tools: RDF dumps (N-Quads and
 * TriG keep one named graph per article; Turtle and JSON-LD hold their union), GraphML and GEXF for Gephi and
 * Cytoscape ({@link GraphView}), and CSV tables ({@link CsvTables}).
 *
 * <p>N-Quads, TriG, Turtle and JSON-LD are streamed from the store to the file inside one read transaction
 * ({@link #streamArticleQuads}, {@link #streamArticleUnion}): on a TDB2 store the memory they take does not grow
 * with the number of article graphs or quads (the writers keep one subject's block at a time). GraphML, GEXF and
 * CSV keep the network's nodes and edges in memory.
 *
 * <pre>{@code
 * Exporter.export(store.dataset(), Exporter.Format.GRAPHML, Path.of("parley.graphml"), ParleyNamespaces.defaults());
 * }</pre>
 */
public final class Exporter {
    /** The export formats. */
    public enum Format {
        NQUADS, TRIG, TURTLE, JSONLD, GRAPHML, GEXF, CSV;

        /** By name, case-insensitive, {@code -} and {@code _} ignored ({@code n-quads}, {@code json-ld}). */
        public static Format parse(String s) {
            String k = s.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
            return switch (k) {
                case "NQ" -> NQUADS;
                case "TTL" -> TURTLE;
                default -> valueOf(k);
            };
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Exporter.class);
    private static final Node QUARANTINE_RECORD = PARLEY.QuarantineRecord.asNode();

    private Exporter() {}

    /**
     * Writes the export. For {@link Format#CSV} {@code output} is a directory that receives the tables; for every
     * other format it is a file. Returns the files written.
     */
    public static List<Path> export(DatasetGraph dsg, Format format, Path output, ParleyNamespaces ns) throws IOException {
        return export(dsg, format, output, ns, m -> { });
    }

    /** Statements a stream export sends between two messages to its progress listener. */
    static final long PROGRESS_EVERY = 1_000_000;

    /**
     * {@link #export(DatasetGraph, Format, Path, ParleyNamespaces)}, telling {@code progress} what it has done so
     * far: every {@value #PROGRESS_EVERY} quads or triples of a stream; the nodes, edges and co-occurrences of a
     * network; each CSV table as it is written.
     */
    public static List<Path> export(DatasetGraph dsg, Format format, Path output, ParleyNamespaces ns,
                                    Consumer<String> progress) throws IOException {
        return export(dsg, format, output, ns, progress, PROGRESS_EVERY);
    }

    /** The export, with a message to {@code progress} every {@code every} statements of a stream. */
    static List<Path> export(DatasetGraph dsg, Format format, Path output, ParleyNamespaces ns,
                             Consumer<String> progress, long every) throws IOException {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(ns, "ns");
        Objects.requireNonNull(progress, "progress");
        if (format == Format.CSV) return CsvTables.write(dsg, OntologyResources.ontology(), output, progress);
        if (output.toAbsolutePath().getParent() != null) Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            switch (format) {
                case NQUADS -> {
                    long n = write(StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS), null, sink -> streamArticleQuads(dsg, sink), "quads", progress, every);
                    LOG.info("exported {} quads to {}", n, output);
                }
                case TRIG -> {
                    long n = write(StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS), ns.prefixes(), sink -> streamArticleQuads(dsg, sink), "quads", progress, every);
                    LOG.info("exported {} quads to {}", n, output);
                }
                case TURTLE -> {
                    long n = write(StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS), ns.prefixes(), sink -> streamArticleUnion(dsg, sink), "triples", progress, every);
                    LOG.info("exported {} triples to {}", n, output);
                }
                case JSONLD -> {
                    long n = write(JsonLd.stream(out, ns.prefixes(), ns.base() + "context.jsonld"), null, sink -> streamArticleUnion(dsg, sink), "triples", progress, every);
                    LOG.info("exported {} triples to {}", n, output);
                }
                case GRAPHML -> GraphFormats.graphml(GraphView.of(dsg, OntologyResources.ontology(), true, progress), out);
                case GEXF -> GraphFormats.gexf(GraphView.of(dsg, OntologyResources.ontology(), true, progress), out);
                case CSV -> throw new IllegalStateException("unreachable");
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + output + ": " + e.getMessage(), e);
        }
        return List.of(output);
    }

    /** What a streaming method sends to its sink; returns how many quads or triples it sent. */
    @FunctionalInterface
    private interface Source {
        long sendTo(StreamRDF sink);
    }

    /**
     * Starts {@code sink}, gives it the prefixes (when not {@code null}), the data, and finishes it; tells
     * {@code progress} every {@code every} statements ({@code what}: "quads" or "triples").
     */
    private static long write(StreamRDF sink, PrefixMapping prefixes, Source source, String what, Consumer<String> progress,
                              long every) {
        sink.start();
        if (prefixes != null)
            for (Map.Entry<String, String> e : prefixes.getNsPrefixMap().entrySet()) sink.prefix(e.getKey(), e.getValue());
        long n = source.sendTo(new StreamRDFWrapper(sink) {
            private long sent;

            @Override
            public void triple(Triple t) {
                super.triple(t);
                counted();
            }

            @Override
            public void quad(Quad q) {
                super.quad(q);
                counted();
            }

            private void counted() {
                if (++sent % every == 0) progress.accept(String.format(Locale.ROOT, "%,d %s", sent, what));
            }
        });
        sink.finish();
        return n;
    }

    /**
     * Sends the quads of the article graphs to {@code sink}, one named graph after the other (each graph's quads
     * together, in the order of {@link DatasetGraph#listGraphNodes()}), straight from the store inside one read
     * transaction; quarantine graphs (those holding a {@link PARLEY#QuarantineRecord}) are left out. Sends only
     * quads: the caller {@linkplain StreamRDF#start() starts} and {@linkplain StreamRDF#finish() finishes} the sink.
     * Keeps nothing but the names of the quarantine graphs. Returns the number of quads sent.
     */
    public static long streamArticleQuads(DatasetGraph dsg, StreamRDF sink) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(sink, "sink");
        return Txn.calculateRead(dsg, () -> {
            Set<Node> quarantine = quarantineGraphs(dsg);
            long n = 0;
            Iterator<Node> graphs = dsg.listGraphNodes();
            while (graphs.hasNext()) {
                Node g = graphs.next();
                if (quarantine.contains(g)) continue;
                Iterator<Quad> quads = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (quads.hasNext()) {
                    sink.quad(quads.next());
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * Sends the union of the article graphs to {@code sink}, each triple once, straight from the store inside one
     * read transaction; a triple that quarantine graphs hold is sent when some article graph holds it too. Sends
     * only triples: the caller {@linkplain StreamRDF#start() starts} and {@linkplain StreamRDF#finish() finishes}
     * the sink. Returns the number of triples sent.
     *
     * <p>On a TDB2 dataset this scans the quads in the order of an index that ends with the graph ({@code SPOG};
     * TDB2 picks such an index for a full scan), where the copies of one triple in several graphs come one after
     * the other: a triple is sent when its run of copies ends, if one of them is in an article graph. Nothing is
     * kept but the previous quad and the names of the quarantine graphs. The store's own union graph is not used:
     * Jena 5.6 removes its repeats with a set of every triple given so far ({@code DatasetGraphBaseFind}), which
     * grows with the store.
     *
     * <p>Any other dataset (Jena's general or transactional in-memory datasets) holds its data in memory already;
     * its union graph, which remembers the triples it has given to drop repeats, is sent less the triples that
     * only quarantine graphs hold (collected first: a quarantine graph is small). That takes at most about as much
     * memory again as the union.
     */
    public static long streamArticleUnion(DatasetGraph dsg, StreamRDF sink) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(sink, "sink");
        return Txn.calculateRead(dsg, () -> {
            Set<Node> quarantine = quarantineGraphs(dsg);
            return scanKeepsCopiesTogether(dsg) ? unionByScan(dsg, quarantine, sink) : unionByUnionGraph(dsg, quarantine, sink);
        });
    }

    /**
     * Whether {@code dsg} is a TDB2 dataset whose full scan of the quads ({@code findNG} with no term given) reads
     * an index ending with the graph, so that the quads of one triple are adjacent. TDB2's {@code TupleTable}
     * scans {@code SPOG} when there is one, else another index ending with {@code G}; every store Parley creates
     * has {@code SPOG} ({@link org.parley.store.KnowledgeStore#QUAD_INDEXES}), as do TDB2's defaults. A
     * {@link DatasetGraphWrapper} around a TDB2 dataset counts as TDB2: it passes the scan on (a filtering wrapper
     * drops quads, which keeps the remaining copies of a triple together).
     */
    static boolean scanKeepsCopiesTogether(DatasetGraph dsg) {
        return quadIndexes(dsg).stream().anyMatch(name -> name.endsWith("G"));
    }

    /**
     * The names of the quad indexes ({@code SPOG}, {@code POSG}, ...) of a TDB2 dataset, or of the TDB2 dataset a
     * {@link DatasetGraphWrapper} wraps; empty for any other dataset.
     */
    static List<String> quadIndexes(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(d);
        while (tdb == null && d instanceof DatasetGraphWrapper w) {   // a wrapper passes the scan through (or filters it)
            d = w.getWrapped();
            tdb = TDBInternal.getDatasetGraphTDB(d);
        }
        if (tdb == null) return List.of();
        List<String> names = new ArrayList<>();
        for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes())
            if (index != null) names.add(index.getName());
        return names;
    }

    private static long unionByScan(DatasetGraph dsg, Set<Node> quarantine, StreamRDF sink) {
        Iterator<Quad> quads = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        long n = 0;
        Quad run = null;          // the first quad of the current run of copies of one triple
        boolean inArticle = false;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (run == null || !sameTriple(run, q)) {
                if (inArticle) {
                    sink.triple(run.asTriple());
                    n++;
                }
                run = q;
                inArticle = false;
            }
            if (!inArticle && !quarantine.contains(q.getGraph())) inArticle = true;
        }
        if (inArticle) {
            sink.triple(run.asTriple());
            n++;
        }
        return n;
    }

    private static boolean sameTriple(Quad a, Quad b) {
        return a.getSubject().equals(b.getSubject()) && a.getPredicate().equals(b.getPredicate()) && a.getObject().equals(b.getObject());
    }

    private static long unionByUnionGraph(DatasetGraph dsg, Set<Node> quarantine, StreamRDF sink) {
        Set<Triple> quarantineOnly = quarantineOnlyTriples(dsg, quarantine);
        long n = 0;
        ExtendedIterator<Triple> triples = dsg.getUnionGraph().find();
        try {
            while (triples.hasNext()) {
                Triple t = triples.next();
                if (quarantineOnly.contains(t)) continue;
                sink.triple(t);
                n++;
            }
        } finally {
            triples.close();
        }
        return n;
    }

    /** The names of the quarantine graphs (inside a read transaction). */
    private static Set<Node> quarantineGraphs(DatasetGraph dsg) {
        Set<Node> graphs = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), QUARANTINE_RECORD).forEachRemaining(q -> graphs.add(q.getGraph()));
        return graphs;
    }

    /** The triples of the quarantine graphs that no other named graph holds (inside a read transaction). */
    private static Set<Triple> quarantineOnlyTriples(DatasetGraph dsg, Set<Node> quarantine) {
        Set<Triple> only = new HashSet<>();
        for (Node q : quarantine) {
            Iterator<Quad> quads = dsg.find(q, Node.ANY, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                Triple t = quads.next().asTriple();
                if (!inArticleGraph(dsg, t, quarantine)) only.add(t);
            }
        }
        return only;
    }

    private static boolean inArticleGraph(DatasetGraph dsg, Triple t, Set<Node> quarantine) {
        Iterator<Quad> holders = dsg.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (holders.hasNext())
            if (!quarantine.contains(holders.next().getGraph())) return true;
        return false;
    }
}
