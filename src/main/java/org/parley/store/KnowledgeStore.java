package org.parley.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.PARLEY;

/**
 * Parley's store: a TDB2 database (or an in-memory dataset) with one named graph per article and the
 * union of the article graphs as the default graph.
 *
 * <pre>{@code
 * try (KnowledgeStore store = KnowledgeStore.openTdb2(Path.of("parley-db"))) {
 *     store.replace(articleGraph);   // one write transaction per article
 * }
 * }</pre>
 *
 * Thread-safe: writes are serialised by TDB2's single-writer transactions; readers see snapshots.
 */
public final class KnowledgeStore implements AutoCloseable {
    /** What {@link #replace} did. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    private static final Node DIGEST = PARLEY.contentDigest.asNode();
    private static final Node BODY_HASH = PARLEY.bodyHash.asNode();
    private static final Node SOURCE_NAME = PARLEY.sourceName.asNode();
    private final DatasetGraph dsg;
    private final boolean persistent;

    private KnowledgeStore(DatasetGraph dsg, boolean persistent) {
        this.dsg = dsg;
        this.persistent = persistent;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if needed) the TDB2 database in {@code dir}.
     *
     * @throws StoreLockedException when another process has the database open
     */
    public static KnowledgeStore openTdb2(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            return new KnowledgeStore(DatabaseMgr.connectDatasetGraph(dir.toString()), true);
        } catch (RuntimeException e) {
            if (isLockFailure(e))
                throw new StoreLockedException("the store " + dir + " is in use by another process (" + rootMessage(e)
                        + "); stop that process or use another --db", e);
            throw e;
        }
    }

    /** A transactional in-memory store (nothing is kept after the process ends). */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(DatabaseMgr.createDatasetGraph(), false);
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("lock") || m.contains("Lock"))) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }

    /** The dataset, for serving and querying. Its default graph is the union of the named graphs. */
    public DatasetGraph dataset() {
        return dsg;
    }

    public boolean isPersistent() {
        return persistent;
    }

    /** The digest stored with an article's graph, if the store holds that graph. */
    public Optional<String> digestOf(Node graphName) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(graphName, Node.ANY, DIGEST, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /**
     * Another article with the same body ({@code parley:bodyHash}) already in the store: the source name of
     * the first such article graph other than {@code exceptGraph}, if there is one.
     */
    public Optional<String> sourceWithBody(String bodyHash, Node exceptGraph) {
        Objects.requireNonNull(bodyHash, "bodyHash");
        Node hash = NodeFactory.createLiteralString(bodyHash);
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, BODY_HASH, hash);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().equals(exceptGraph)) continue;
                Iterator<Quad> names = dsg.find(q.getGraph(), q.getSubject(), SOURCE_NAME, Node.ANY);
                return Optional.of(names.hasNext() ? names.next().getObject().getLiteralLexicalForm() : q.getGraph().getURI());
            }
            return Optional.<String>empty();
        });
    }

    /**
     * Puts an article's graph into the store in one write transaction, replacing whatever graph that
     * article had. An article whose stored digest is equal is left alone.
     */
    public Outcome replace(ArticleGraph ag) {
        Objects.requireNonNull(ag, "ag");
        return Txn.calculateWrite(dsg, () -> put(ag));
    }

    /** {@link #replace} inside a write transaction. */
    private Outcome put(ArticleGraph ag) {
        Node g = ag.graphName();
        Iterator<Quad> it = dsg.find(g, Node.ANY, DIGEST, Node.ANY);
        boolean existed = it.hasNext();
        if (existed && it.next().getObject().getLiteralLexicalForm().equals(ag.digest())) return Outcome.UNCHANGED;
        if (existed) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Triple> triples = ag.graph().find();
        while (triples.hasNext()) {
            Triple t = triples.next();
            dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        }
        return existed ? Outcome.REPLACED : Outcome.ADDED;
    }

    /** Article graphs the ingest writer commits in one write transaction at most. */
    public static final int BATCH_ARTICLES = 32;

    /**
     * Puts several article graphs into the store in one write transaction: either all of them land or none
     * does. Each replaces whatever graph its article had, as {@link #replace} does; graphs of the same article
     * later in the list replace earlier ones. Returns the outcome for each graph, in order.
     */
    public java.util.List<Outcome> replaceAll(java.util.List<ArticleGraph> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        return Txn.calculateWrite(dsg, () -> {
            java.util.List<Outcome> out = new java.util.ArrayList<>(graphs.size());
            for (ArticleGraph ag : graphs) out.add(put(ag));
            return out;
        });
    }

    /** Removes an article's graph; returns whether there was one. */
    public boolean remove(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateWrite(dsg, () -> {
            boolean had = dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            return had;
        });
    }

    /** Number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        TextSearch.detach(dsg);
        if (persistent) TDBInternal.expel(dsg);
        else dsg.close();
    }
}
