package org.parley.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.rdf.ArticleGraph;

/**
 * Article graphs waiting for one bulk load: written as gzipped N-Quads to a spool file as they come, then loaded
 * into the store by Jena's sequential TDB2 loader in a single transaction ({@link #loadInto}). TDB2 copies every index block a
 * commit changes, so a large corpus written in many commits leaves most of the disk to replaced blocks; one
 * transaction copies each block once. The store is untouched until the load, and the load lands whole or not at
 * all. Nothing here grows with the corpus but the set of graph names spooled.
 *
 * <pre>{@code
 * try (BulkSpool spool = BulkSpool.create(dir)) {
 *     spool.add(articleGraph);          // false: that article's graph is already spooled
 *     long quads = spool.loadInto(store);
 * }
 * }</pre>
 *
 * Not thread-safe: one writer.
 */
public final class BulkSpool implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BulkSpool.class);
    private final Path file;
    private final OutputStream out;
    private final StreamRDF stream;
    private final Set<String> graphs = new HashSet<>();
    /**
     * The knowledge the spooled graphs refer to, each entity's description once, by knowledge graph: bounded by
     * the gazetteer, not the corpus. Written at the end of the spool, so that the load is one transaction; a bulk
     * load goes into an empty store, so there is no earlier description to replace.
     */
    private final java.util.Map<org.apache.jena.graph.Node, org.apache.jena.graph.Graph> knowledge = new java.util.HashMap<>();
    private final Set<org.apache.jena.graph.Node> described = new HashSet<>();
    private long quads;
    private boolean finished;

    private BulkSpool(Path file) throws IOException {
        this.file = file;
        this.out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
        this.stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
        stream.start();
    }

    /**
     * Deletes the spool files in {@code dir} that a bulk run left behind when it was killed before it could delete
     * them (before or during its load); returns how many.
     * Only for a directory no other live process spools into, such as the directory of a store this process holds
     * open (TDB2 locks it).
     */
    public static int deleteStale(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) return 0;
        int n = 0;
        try (java.nio.file.DirectoryStream<Path> stale = Files.newDirectoryStream(dir, SPOOL_PREFIX + "*" + SPOOL_SUFFIX)) {
            for (Path f : stale) {
                log.warn("deleting {} ({} MB), left by a bulk run that did not finish", f, Files.size(f) >> 20);
                Files.delete(f);
                n++;
            }
        } catch (IOException e) {
            log.warn("could not delete the old spool files in {}: {}", dir, e.toString());
        }
        return n;
    }

    private static final String SPOOL_PREFIX = "ingest-spool-", SPOOL_SUFFIX = ".nq.gz";

    /** A new spool file in {@code dir} (created when missing). */
    public static BulkSpool create(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
            return new BulkSpool(Files.createTempFile(dir, SPOOL_PREFIX, SPOOL_SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a spool file in " + dir, e);
        }
    }

    /** Appends an article graph; {@code false} (and nothing written) when a graph of that name is spooled already. */
    public boolean add(ArticleGraph g) {
        Objects.requireNonNull(g, "g");
        if (finished) throw new IllegalStateException("the spool was loaded or closed");
        if (!graphs.add(g.graphName().getURI())) return false;
        // an entity's description is the gazetteer's, the same in every article: the first one spooled is kept
        for (Iterator<Triple> k = g.knowledge().find(); k.hasNext(); ) {
            org.apache.jena.graph.Node subject = k.next().getSubject();
            if (!described.add(subject)) continue;
            org.apache.jena.graph.Graph kg = knowledge.computeIfAbsent(g.knowledgeGraph(),
                    x -> org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
            g.knowledge().find(subject, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).forEachRemaining(kg::add);
        }
        Iterator<Triple> it = g.graph().find();
        while (it.hasNext()) {
            Triple t = it.next();
            stream.quad(new org.apache.jena.sparql.core.Quad(g.graphName(), t));
            quads++;
        }
        return true;
    }

    public int graphs() {
        return graphs.size();
    }

    public long quads() {
        return quads;
    }

    /** Loads everything spooled into the store in one transaction and deletes the spool; returns the quads loaded. */
    public long loadInto(KnowledgeStore store) {
        Objects.requireNonNull(store, "store");
        finish();
        if (quads == 0) return 0;
        try {
            log.info("loading {} quads of {} article graphs into the store with Jena's TDB2 loader (one transaction)",
                    quads, graphs.size());
            return load(store.dataset(), file);
        } finally {
            delete();
        }
    }

    /**
     * Loads an RDF file into a TDB2 dataset with Jena's sequential loader in one transaction: all of it or, when
     * loading fails or the process dies, none. Returns the quads and triples loaded.
     *
     * <p>The sequential loader fills the primary indexes, then builds each secondary index in turn, on one thread.
     * Loading 13.5 million quads of 10,000 bench articles into an empty store with {@code -Xmx1g} took it 280 s with
     * a heap of at most 21 MB after young collections; Jena's default (phased) loader took 263 s but up to 807 MB,
     * and Jena documents it as not fully transactional when the process is killed mid-load.
     */
    public static long load(org.apache.jena.sparql.core.DatasetGraph dataset, Path rdf) {
        Objects.requireNonNull(dataset, "dataset");
        return load(LoaderFactory.sequentialLoader(dataset, (fmt, args) -> log.debug(String.format(fmt, args))), rdf);
    }

    /** Loads an RDF file with the given TDB2 loader in one transaction; returns the quads and triples loaded. */
    public static long load(DataLoader loader, Path rdf) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(rdf, "rdf");
        loader.startBulk();
        try {
            loader.load(rdf.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads() + loader.countTriples();
    }

    private void finish() {
        if (finished) return;
        finished = true;
        // the descriptions of the entities the articles name, in the same file: one transaction loads them all
        knowledge.forEach((kg, g) -> g.find().forEachRemaining(t -> {
            stream.quad(new org.apache.jena.sparql.core.Quad(kg, t));
            quads++;
        }));
        stream.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the spool file " + file, e);
        }
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete the spool file {}: {}", file, e.toString());
        }
    }

    /** Deletes the spool file (what was not loaded is dropped). */
    @Override
    public void close() {
        try {
            finish();
        } catch (UncheckedIOException e) {
            log.warn("{}", e.getMessage());
        }
        delete();
    }
}
