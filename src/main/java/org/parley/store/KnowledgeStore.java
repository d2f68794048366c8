package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.PARLEY;

/**
 * Parley's store: a TDB2 database (or an in-memory dataset) with one named graph per article, one knowledge graph
 * holding the gazetteer's description of each entity the articles name (written with the article graphs, once
 * per entity; see {@link ArticleGraph}), and the union of the named graphs as the default graph.
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
    private DatasetGraph dsg;
    private final boolean persistent;
    private final Path dir;

    private KnowledgeStore(DatasetGraph dsg, Path dir) {
        this.dsg = dsg;
        this.persistent = dir != null;
        this.dir = dir;
        queryAsUnion(dsg);
    }

    /** Queries over {@code dsg} see the union of its named graphs as their default graph, with the union scan. */
    private static void queryAsUnion(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        UnionScanExecutor.install(dsg.getContext());
    }

    /**
     * Opens (creating if needed) the TDB2 database in {@code dir}.
     *
     * @throws StoreLockedException when another process has the database open
     */
    public static KnowledgeStore openTdb2(Path dir) {
        Objects.requireNonNull(dir, "dir");
        setTornJournalAside(dir);
        try {
            return new KnowledgeStore(connectTdb2(dir), dir);
        } catch (RuntimeException e) {
            if (isLockFailure(e))
                throw new StoreLockedException("the store " + dir + " is in use by another process (" + rootMessage(e)
                        + "); stop that process or use another --db", e);
            throw e;
        }
    }

    /**
     * The quad indexes of a store Parley creates: TDB2's default six less {@code GPOS} and {@code GOSP}, which only
     * serve a pattern whose graph and predicate or object are given but not its subject. Queries over the union
     * graph (the default graph Parley serves) use the three indexes ending in G; a pattern inside one named graph
     * scans {@code GSPO} from the graph's first quad, and an article graph is small. Every quad is written to each
     * index, so four instead of six is a third fewer index inserts per article and a smaller store.
     */
    public static final List<String> QUAD_INDEXES = List.of("GSPO", "SPOG", "POSG", "OSPG");

    /** TDB2's default parameters with {@link #QUAD_INDEXES}, recorded in a new store's {@code tdb.cfg}. */
    public static StoreParams storeParams() {
        return StoreParams.builder().quadIndexes(QUAD_INDEXES.toArray(new String[0])).build();
    }

    /**
     * Connects to the TDB2 database in {@code dir}. A new database (no data generation in {@code dir} yet) is created
     * with {@link #storeParams()}; an existing one keeps the indexes it was created with (stores of earlier Parley
     * versions have TDB2's six), since giving other indexes to a database that has data corrupts it.
     */
    public static DatasetGraph connectTdb2(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (dataGeneration(dir).isPresent()) {
            if (!heldByAnotherProcess(dir)) deleteUnusedIndexes(dir);
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        }
        StoreParams params = storeParams();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString(), params);
        // TDB2 records the parameters of a new database in the container's tdb.cfg only; compaction builds the next
        // data generation from the parameters in the current generation's directory, so they are recorded there too
        Optional<Path> generation = dataGeneration(dir);
        if (generation.isPresent() && !Files.exists(generation.get().resolve("tdb.cfg")))
            StoreParamsCodec.write(Location.create(generation.get()), params);
        return dsg;
    }

    /**
     * Deletes the files of quad indexes the newest data generation does not use. Jena 5.6's compaction builds the
     * new generation with TDB2's default six quad indexes whatever the store's parameters say; opened again, the
     * store reads and writes only the indexes in its {@code tdb.cfg}, and the other two would sit there, a third of
     * the index bytes, and go stale. Only while no process has the store open.
     */
    static void deleteUnusedIndexes(Path dir) {
        Optional<Path> generation = dataGeneration(dir);
        if (generation.isEmpty()) return;
        StoreParams recorded = StoreParamsCodec.read(Location.create(generation.get()));
        if (recorded == null) recorded = StoreParamsCodec.read(Location.create(dir));
        if (recorded == null) return;   // TDB2's defaults: every index is in use
        List<String> used = List.of(recorded.getQuadIndexes());
        try (java.util.stream.Stream<Path> files = Files.list(generation.get())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                int dot = name.indexOf('.');
                if (dot != 4 || !name.substring(0, 4).matches("[GSPO]{4}") || used.contains(name.substring(0, 4))) continue;
                Files.delete(f);
            }
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(KnowledgeStore.class).warn("could not delete the unused index files of {}: {}",
                    generation.get(), e.toString());
        }
    }

    /** The newest data generation ({@code Data-NNNN}) of the TDB2 database in {@code dir}, if any. */
    static Optional<Path> dataGeneration(Path dir) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (java.util.stream.Stream<Path> gens = Files.list(dir)) {
            return gens.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * TDB2 fails to open a database whose journal ends in an entry cut short (the process died while writing it:
     * "Failed to read the journal entry data"). The journal holds one transaction at a time and its commit record
     * comes last, so a journal ending in a torn entry holds a transaction that never committed.
     */
    /**
     * Whether the store's lock file names a live process other than this one: its journal may be in the middle of
     * a transaction and must not be touched (TDB2 then refuses to open the store anyway).
     */
    private static boolean heldByAnotherProcess(Path dir) {
        Path lock = dir.resolve("tdb.lock");
        try {
            if (!java.nio.file.Files.isRegularFile(lock)) return false;
            String text = java.nio.file.Files.readString(lock).trim();
            if (text.isEmpty()) return false;
            long pid = Long.parseLong(text);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (java.io.IOException | NumberFormatException e) {
            return true;   // cannot tell: leave the journal alone
        }
    }

    /**
     * Length, checksum, entry type, component id. Jena 5.6's component ids are {@code ComponentId.SIZE} = 4 bytes;
     * until session 14 this was taken as 16, so the entries of a real journal did not add up and every journal
     * left by a kill counted as torn.
     */
    static final int JOURNAL_HEADER_BYTES = 4 + 4 + 4 + org.apache.jena.dboe.transaction.txn.ComponentId.SIZE;

    /**
     * Whether a TDB2 journal file ends inside an entry, or holds an entry whose checksum does not match (TDB2 would
     * refuse to open the store). An entry is a header (data length, Adler-32 checksum of the header with the
     * checksum zeroed and of the data, type, component id) and its data; an entry without data (COMMIT, ABORT)
     * has the length -1. (Until session 14 a length of -1 counted as torn, so a journal holding a committed
     * transaction that TDB2 had not finished applying was set aside, and the store opened with some indexes of the
     * new state and some of the old.)
     */
    static boolean isTorn(Path journal) throws java.io.IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(journal)) {
            long size = ch.size(), pos = 0;
            java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(JOURNAL_HEADER_BYTES);
            while (pos < size) {
                if (size - pos < JOURNAL_HEADER_BYTES) return true;
                header.clear();
                readAt(ch, header, pos);
                int length = header.getInt(0), checksum = header.getInt(4);
                int data = Math.max(0, length);
                if (size - pos - JOURNAL_HEADER_BYTES < data) return true;
                java.util.zip.Adler32 adler = new java.util.zip.Adler32();
                header.putInt(4, 0);
                adler.update(header.array());
                if (data > 0) {
                    java.nio.ByteBuffer body = java.nio.ByteBuffer.allocate(data);
                    readAt(ch, body, pos + JOURNAL_HEADER_BYTES);
                    adler.update(body.array());
                }
                if ((int) adler.getValue() != checksum) return true;
                pos += JOURNAL_HEADER_BYTES + data;
            }
            return false;
        }
    }

    /** Fills {@code buf} from {@code ch} starting at {@code pos} (less only at the end of the file). */
    private static void readAt(java.nio.channels.FileChannel ch, java.nio.ByteBuffer buf, long pos) throws java.io.IOException {
        int start = buf.position();
        while (buf.hasRemaining() && ch.read(buf, pos + buf.position() - start) > 0) { /* fill */ }
    }

    /**
     * Before TDB2 opens a store: when the journal of its newest data generation ends in a torn entry, moves it aside
     * ({@code journal.jrnl.torn-<millis>}, kept for a look) and leaves an empty one, so that the store opens as of its
     * last commit instead of not at all. A journal that parses to its end is left for TDB2 to replay.
     */
    private static void setTornJournalAside(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir) || heldByAnotherProcess(dir)) return;
        try {
            Optional<Path> newest = dataGeneration(dir);
            if (newest.isEmpty()) return;
            Path journal = newest.get().resolve("journal.jrnl");
            if (!java.nio.file.Files.isRegularFile(journal) || !isTorn(journal)) return;
            Path aside = journal.resolveSibling("journal.jrnl.torn-" + System.currentTimeMillis());
            java.nio.file.Files.move(journal, aside);
            java.nio.file.Files.createFile(journal);
            org.slf4j.LoggerFactory.getLogger(KnowledgeStore.class).warn("the store's journal ended in an entry cut short "
                    + "(a process died while writing a transaction that never committed); opening the store as of its "
                    + "last commit, the journal kept as {}", aside);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(KnowledgeStore.class).warn("could not check the journal of {}: {}", dir, e.toString());
        }
    }

    /** A transactional in-memory store (nothing is kept after the process ends). */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(DatabaseMgr.createDatasetGraph(), null);
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

    /** Whether the store holds no quad at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    /** The database directory, or {@code null} in memory. */
    public Path directory() {
        return dir;
    }

    /** The file whose presence says that an ingest may have left cross-article linking or the text index undone. */
    public static final String LINKING_PENDING = "parley-linking-pending";

    /**
     * Marks, before an ingest writes anything, that its cross-article linking and text index are not done yet: a
     * file in the database directory, synced to disk. {@link #clearLinkingPending} removes it once they are done,
     * so a mark found here is left by a run that stopped before that.
     *
     * @return whether linking must run whatever this run writes: the mark was already there, or the store is in
     *         memory (where no mark outlives a process)
     */
    public boolean markLinkingPending() {
        if (!persistent) return true;
        Path mark = dir.resolve(LINKING_PENDING);
        if (Files.exists(mark)) return true;
        try {
            Files.writeString(mark, "an ingest started and has not finished linking and indexing\n");
            try (java.nio.channels.FileChannel f = java.nio.channels.FileChannel.open(mark, java.nio.file.StandardOpenOption.WRITE)) {
                f.force(true);
            }
            try (java.nio.channels.FileChannel d = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ)) {
                d.force(true);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + mark, e);
        }
        return false;
    }

    /** Removes the mark of {@link #markLinkingPending}, after linking and indexing are done. */
    public void clearLinkingPending() {
        if (!persistent) return;
        try {
            Files.deleteIfExists(dir.resolve(LINKING_PENDING));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot delete " + dir.resolve(LINKING_PENDING), e);
        }
    }

    /**
     * Bytes the database's data files ({@code Data-NNNN} directories) take, or 0 for an in-memory store. TDB2
     * keeps every index block a commit replaced until the database is {@linkplain #compact compacted}, so this
     * grows faster than the data.
     */
    public long diskBytes() {
        if (!persistent) return 0;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            return files.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().startsWith("Data-"))
                    .filter(java.nio.file.Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return java.nio.file.Files.size(p);
                        } catch (java.io.IOException e) {
                            return 0;
                        }
                    }).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * Compacts a TDB2 database: writes its live data into a new generation ({@code Data-NNNN}) and deletes the old
     * one, which holds every block earlier commits replaced. A crash during compaction leaves the old generation in
     * use. Nothing happens in memory. Then the store is opened again, with its own indexes (see
     * {@link #deleteUnusedIndexes}): take {@link #dataset()} again afterwards; no other thread may be using the store.
     */
    public void compact() {
        if (!persistent) return;
        DatabaseMgr.compact(dsg, true);
        TDBInternal.expel(dsg);
        deleteUnusedIndexes(dir);
        dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        queryAsUnion(dsg);
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
        putKnowledge(ag.knowledgeGraph(), ag.knowledge());
        Iterator<Quad> it = dsg.find(g, Node.ANY, DIGEST, Node.ANY);
        boolean existed = it.hasNext();
        if (existed && it.next().getObject().getLiteralLexicalForm().equals(ag.digest())) return Outcome.UNCHANGED;
        if (existed) {
            recordLabelledIn(g);
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
        Iterator<Triple> triples = ag.graph().find();
        while (triples.hasNext()) {
            Triple t = triples.next();
            dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        }
        for (Node p : TextSearch.INDEXED_PROPERTIES)
            ag.graph().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> relabelled.add(t.getSubject()));
        return existed ? Outcome.REPLACED : Outcome.ADDED;
    }

    /** Records the subjects that graph {@code g} gives a label or alias ({@link #relabelled}), before it changes. */
    private void recordLabelledIn(Node g) {
        for (Node p : TextSearch.INDEXED_PROPERTIES)
            dsg.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> relabelled.add(q.getSubject()));
    }

    /**
     * Subjects whose labels or aliases this store's writes may have changed since {@link #takeRelabelled} was last
     * called: those of article graphs written, replaced and removed, and of knowledge descriptions written and swept.
     * Recorded also in transactions that abort (then the subjects are only indexed again for nothing).
     */
    private final java.util.Set<Node> relabelled = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The subjects recorded since the last call (see {@link #relabelled}), and forgets them. */
    public java.util.Set<Node> takeRelabelled() {
        java.util.Set<Node> out = new java.util.HashSet<>();
        for (java.util.Iterator<Node> it = relabelled.iterator(); it.hasNext(); ) {
            out.add(it.next());
            it.remove();
        }
        return out;
    }

    /**
     * Puts descriptions into the knowledge graph {@code kg} inside a write transaction: for each subject of
     * {@code knowledge}, its triples replace the ones {@code kg} held about it, unless they are the same already
     * (then nothing is written, which is the usual case: most articles name entities the store describes).
     * Returns the number of subjects whose description was written.
     */
    int putKnowledge(Node kg, org.apache.jena.graph.Graph knowledge) {
        if (knowledge.isEmpty()) return 0;
        java.util.Map<Node, java.util.Set<Triple>> bySubject = new java.util.LinkedHashMap<>();
        knowledge.find().forEachRemaining(t -> bySubject.computeIfAbsent(t.getSubject(), k -> new java.util.HashSet<>()).add(t));
        int written = 0;
        for (var e : bySubject.entrySet()) {
            java.util.Set<Triple> held = new java.util.HashSet<>();
            dsg.find(kg, e.getKey(), Node.ANY, Node.ANY).forEachRemaining(q -> held.add(q.asTriple()));
            if (held.equals(e.getValue())) continue;
            relabelled.add(e.getKey());
            if (!held.isEmpty()) dsg.deleteAny(kg, e.getKey(), Node.ANY, Node.ANY);
            for (Triple t : e.getValue()) dsg.add(kg, t.getSubject(), t.getPredicate(), t.getObject());
            written++;
        }
        return written;
    }

    /**
     * Puts descriptions into the knowledge graph {@code kg} in one write transaction (see {@link ArticleGraph}), as
     * {@link #replace} does for an article's: e.g. a knowledge graph read back from a dump.
     */
    public int replaceKnowledge(Node kg, org.apache.jena.graph.Graph knowledge) {
        Objects.requireNonNull(kg, "kg");
        Objects.requireNonNull(knowledge, "knowledge");
        return Txn.calculateWrite(dsg, () -> putKnowledge(kg, knowledge));
    }

    /**
     * Deletes from the knowledge graph {@code kg} the description of every entity that no other graph names any
     * more (its articles were removed or re-extracted without it); must run inside a write transaction. Returns the
     * number of entities whose description was deleted.
     */
    public int sweepKnowledge(Node kg) {
        Objects.requireNonNull(kg, "kg");
        java.util.Set<Node> subjects = new java.util.LinkedHashSet<>();
        dsg.find(kg, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> subjects.add(q.getSubject()));
        int swept = 0;
        for (Node s : subjects) {
            if (namedOutside(kg, dsg.find(Node.ANY, Node.ANY, Node.ANY, s))
                    || namedOutside(kg, dsg.find(Node.ANY, s, Node.ANY, Node.ANY))) continue;
            dsg.deleteAny(kg, s, Node.ANY, Node.ANY);
            relabelled.add(s);
            swept++;
        }
        return swept;
    }

    private static boolean namedOutside(Node kg, Iterator<Quad> quads) {
        while (quads.hasNext()) if (!quads.next().getGraph().equals(kg)) return true;
        return false;
    }

    /** Article graphs the ingest writer commits in one write transaction at most. */
    public static final int BATCH_ARTICLES = 512;

    /**
     * Triples the ingest writer puts in one write transaction at most (a batch closes when it reaches this many,
     * whatever the number of articles). Bounds the heap the waiting graphs take.
     */
    public static final int BATCH_TRIPLES = 500_000;

    /**
     * How long the ingest writer waits for more articles before it commits a batch that is not full (ms). TDB2
     * copies every index block a transaction changes, so many small commits cost far more disk writes (and disk)
     * than a few large ones: 440,000 quads of 300 news articles written one article per commit took 21.8 s and
     * 1.7 GB of data files, in batches of 32 8.3 s and 282 MB, in one commit 7.1 s and 149 MB. An ingest of 3,600
     * bench articles (4.8 million triples, 2 workers, {@code -Xmx1g}) in batches of at most 64 articles, 150,000
     * triples or 3 s left 5.7 GiB of data files (1.3 GB after compaction) in 131–134 s; in batches of at most 512
     * articles, 500,000 triples or 10 s (about 280 articles at that speed), each article written into the batch's
     * open transaction as it arrives, 2.3–2.4 GiB in 115–120 s.
     */
    public static final long BATCH_WINDOW_MILLIS = 10_000;

    /**
     * Validated article graphs that may wait for the ingest writer while it commits a batch: room for what the
     * workers make meanwhile, bounded apart from the batch so that the heap holds at most a batch and this many.
     */
    public static final int WRITE_QUEUE_ARTICLES = 64;

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
        return remove(graphIri, null);
    }

    /**
     * Removes an article's graph and, when {@code knowledgeGraph} is given, the descriptions in that knowledge graph
     * of the entities no other article names any more, in one write transaction; returns whether there was one.
     */
    public boolean remove(String graphIri, Node knowledgeGraph) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateWrite(dsg, () -> {
            boolean had = dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
            recordLabelledIn(g);
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            if (had && knowledgeGraph != null) sweepKnowledge(knowledgeGraph);
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
