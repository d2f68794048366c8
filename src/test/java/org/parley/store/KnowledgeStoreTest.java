package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.PARLEY;

class KnowledgeStoreTest {
    static {
        JenaSystem.init();
    }

    private static ArticleGraph graph(String name, String digest, int triples) {
        Graph g = GraphFactory.createDefaultGraph();
        Node s = NodeFactory.createURI("https://w3id.org/parley/id/article/" + name);
        g.add(s, PARLEY.contentDigest.asNode(), NodeFactory.createLiteralString(digest));
        for (int i = 0; i < triples; i++)
            g.add(s, PARLEY.tokenCount.asNode(), NodeFactory.createLiteralString(digest + i));
        return new ArticleGraph(name, NodeFactory.createURI("https://w3id.org/parley/id/graph/" + name), digest, g);
    }

    private static long count(KnowledgeStore ks, String query) {
        return Txn.calculateRead(ks.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(ks.dataset())).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void replacingWithTheSameDigestChangesNothingAndANewDigestReplacesOnlyThatGraph() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            assertEquals(KnowledgeStore.Outcome.ADDED, ks.replace(graph("a", "d1", 3)));
            assertEquals(KnowledgeStore.Outcome.ADDED, ks.replace(graph("b", "x", 2)));
            assertEquals(7, ks.size());
            assertEquals(KnowledgeStore.Outcome.UNCHANGED, ks.replace(graph("a", "d1", 3)));
            assertEquals(7, ks.size());
            assertEquals(KnowledgeStore.Outcome.REPLACED, ks.replace(graph("a", "d2", 1)));
            assertEquals(2 + 3, ks.size(), "a's old triples are gone, b's are untouched");
            assertEquals("d2", ks.digestOf(NodeFactory.createURI("https://w3id.org/parley/id/graph/a")).orElseThrow());
        }
    }

    @Test
    void defaultGraphIsTheUnionOfArticleGraphs(@TempDir Path dir) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            ks.replace(graph("a", "d1", 1));
            ks.replace(graph("b", "d2", 1));
            assertEquals(4, count(ks, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        }
    }

    @Test
    void tdb2StoreKeepsItsGraphsAcrossReopening(@TempDir Path dir) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            ks.replace(graph("a", "d1", 4));
        }
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            assertEquals(5, ks.size());
            assertEquals(KnowledgeStore.Outcome.UNCHANGED, ks.replace(graph("a", "d1", 4)));
            assertTrue(ks.remove("https://w3id.org/parley/id/graph/a"));
            assertEquals(0, ks.size());
        }
    }

    @Test
    void findsAnotherStoredArticleWithTheSameBodyHash() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ArticleGraph a = graph("a", "d1", 1);
            Node article = NodeFactory.createURI("https://w3id.org/parley/id/article/a");
            a.graph().add(article, PARLEY.bodyHash.asNode(), NodeFactory.createLiteralString("h1"));
            a.graph().add(article, PARLEY.sourceName.asNode(), NodeFactory.createLiteralString("in/a.txt"));
            ks.replace(a);
            Node graphB = NodeFactory.createURI("https://w3id.org/parley/id/graph/b");
            assertEquals(java.util.Optional.of("in/a.txt"), ks.sourceWithBody("h1", graphB));
            assertEquals(java.util.Optional.empty(), ks.sourceWithBody("h1", a.graphName()), "an article is no duplicate of itself");
            assertEquals(java.util.Optional.empty(), ks.sourceWithBody("h2", graphB));
        }
    }

    @Test
    void rejectsGraphNamesThatAreNotIris() {
        assertThrows(IllegalArgumentException.class, () ->
                new ArticleGraph("k", NodeFactory.createLiteralString("x"), "d", GraphFactory.createDefaultGraph()));
    }

    /** The quad index files (four letters of G, S, P, O) of the store's newest data generation. */
    private static java.util.Set<String> quadIndexFiles(Path db) throws java.io.IOException {
        Path gen = KnowledgeStore.dataGeneration(db).orElseThrow();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(gen)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[GSPO]{4}\\.dat"))
                    .map(n -> n.substring(0, 4))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    private static final String GRAPH_PATTERN_QUERIES = """
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/parley/id/graph/g3> { ?s <%s> ?o } }""";

    @Test
    void aNewStoreHasFourQuadIndexesAndKeepsThemThroughCompactionAndReopening(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        String byPredicate = GRAPH_PATTERN_QUERIES.formatted(PARLEY.tokenCount.getURI());
        String byObject = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/parley/id/graph/g3> { ?s ?p \"d35\" } }";
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            for (int i = 0; i < 20; i++) ks.replace(graph("g" + i, "d" + i, 10));
            assertEquals(java.util.Set.of("GSPO", "SPOG", "POSG", "OSPG"), quadIndexFiles(db));
            // patterns inside one graph with the predicate or the object given: answered without GPOS or GOSP
            assertEquals(10, count(ks, byPredicate));
            assertEquals(1, count(ks, byObject));
            ks.compact();
            assertEquals(java.util.Set.of("GSPO", "SPOG", "POSG", "OSPG"), quadIndexFiles(db),
                    "compaction builds the new generation with the store's own indexes");
            ks.replace(graph("g3", "d3-new", 4));
        }
        try (KnowledgeStore reopened = KnowledgeStore.openTdb2(db)) {
            assertEquals(java.util.Set.of("GSPO", "SPOG", "POSG", "OSPG"), quadIndexFiles(db));
            assertEquals(4, count(reopened, byPredicate));
            assertEquals(20 * 11 - 11 + 5, reopened.size());
        }
    }

    @Test
    void aStoreCreatedWithTdb2sSixIndexesKeepsAllSixUpToDate(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        var old = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(db.toString());
        Node g3 = NodeFactory.createURI("https://w3id.org/parley/id/graph/g3");
        Txn.executeWrite(old, () -> {
            old.add(g3, NodeFactory.createURI("urn:s"), PARLEY.tokenCount.asNode(), NodeFactory.createLiteralString("old"));
            old.add(g3, NodeFactory.createURI("urn:s"), PARLEY.contentDigest.asNode(), NodeFactory.createLiteralString("d-old"));
        });
        org.apache.jena.tdb2.sys.TDBInternal.expel(old);
        assertEquals(6, quadIndexFiles(db).size(), "Jena's default store, as earlier Parley versions created");
        String byPredicate = GRAPH_PATTERN_QUERIES.formatted(PARLEY.tokenCount.getURI());
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            assertEquals(KnowledgeStore.Outcome.REPLACED, ks.replace(graph("g3", "d3", 10)));
        }
        // opened again by Jena with its defaults, as a Fuseki configuration without tdb.cfg would: GPOS answers
        var again = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            long n = Txn.calculateRead(again, () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(again)).query(byPredicate).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(10, n, "the store's six indexes were all written: the old quad replaced, ten new ones");
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(again);
        }
    }

    @Test
    void compactionReclaimsTheBlocksSmallCommitsLeftBehindAndKeepsEveryQuad(@TempDir Path dir) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            long empty = ks.diskBytes();
            assertTrue(empty > 0, "a TDB2 store has data files");
            // one small commit per graph: each copies the index blocks it changes, as many small ingests would
            for (int i = 0; i < 150; i++) ks.replace(graph("g" + i, "d" + i, 40));
            long size = ks.size();
            assertEquals(150 * 41, size);
            long grown = ks.diskBytes();
            ks.compact();
            long compacted = ks.diskBytes();
            assertTrue(compacted < grown, "compaction shrinks the data files: " + grown + " -> " + compacted);
            assertEquals(size, ks.size(), "every quad survives compaction");
            assertEquals(KnowledgeStore.Outcome.UNCHANGED, ks.replace(graph("g7", "d7", 40)));
            assertEquals(KnowledgeStore.Outcome.REPLACED, ks.replace(graph("g7", "new", 2)));
            assertEquals(size - 40 + 2, ks.size(), "the compacted store takes writes");
        }
        try (KnowledgeStore reopened = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            assertEquals(150 * 41 - 40 + 2, reopened.size(), "the compacted generation is the one opened next time");
        }
    }

    @Test
    void anInMemoryStoreHasNoDiskAndCompactionDoesNothing() {
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            ks.replace(graph("a", "d", 3));
            assertEquals(0, ks.diskBytes());
            ks.compact();
            assertEquals(4, ks.size());
        }
    }

    /**
     * A store with graph "a" committed whose journal then got what a process killed while journalling a transaction
     * leaves: an entry header (length 24, checksum, type, component id) whose 24 bytes never came. Returns the journal.
     */
    private static Path storeWithATornJournal(Path db) throws java.io.IOException {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            ks.replace(graph("a", "d1", 3));
        }
        Path journal = db.resolve("Data-0001").resolve("journal.jrnl");
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(KnowledgeStore.JOURNAL_HEADER_BYTES);
        header.putInt(24).putInt(0).putInt(1).put(new byte[org.apache.jena.dboe.transaction.txn.ComponentId.SIZE]);
        java.nio.file.Files.write(journal, header.array(), java.nio.file.StandardOpenOption.APPEND);
        return journal;
    }

    @Test
    void aJournalEndingInAnEntryCutShortIsSetAsideAndTheStoreOpensAsOfItsLastCommit(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        storeWithATornJournal(db);
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            assertEquals(4, ks.size(), "the committed graph is there");
            assertEquals(KnowledgeStore.Outcome.ADDED, ks.replace(graph("b", "d2", 1)), "and the store takes writes");
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(db.resolve("Data-0001"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("journal.jrnl.torn-")), "kept for a look");
        }
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            assertEquals(6, ks.size());
        }
    }

    @Test
    void theJournalOfAStoreAnotherLiveProcessHoldsIsNotTouched(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Path journal = storeWithATornJournal(db);
        assertTrue(KnowledgeStore.isTorn(journal));
        // a live process that is not this one (its parent: the build) holds the lock
        long other = ProcessHandle.current().parent().orElseThrow().pid();
        java.nio.file.Files.writeString(db.resolve("tdb.lock"), Long.toString(other));
        assertThrows(RuntimeException.class, () -> KnowledgeStore.openTdb2(db).close());
        assertEquals(KnowledgeStore.JOURNAL_HEADER_BYTES, java.nio.file.Files.size(journal), "the journal is left as it is");
    }

    /** A journal as TDB2's own Journal writes it: a transaction's data entry and its COMMIT (which has no data). */
    private static Path committedJournal(Path dir) {
        org.apache.jena.dboe.base.file.Location loc = org.apache.jena.dboe.base.file.Location.create(dir);
        org.apache.jena.dboe.transaction.txn.journal.Journal journal = org.apache.jena.dboe.transaction.txn.journal.Journal.create(loc);
        org.apache.jena.dboe.transaction.txn.ComponentId id = org.apache.jena.dboe.transaction.txn.ComponentId.allocLocal();
        journal.write(org.apache.jena.dboe.transaction.txn.journal.JournalEntryType.REDO, id,
                java.nio.ByteBuffer.wrap("the state of a component".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        journal.write(org.apache.jena.dboe.transaction.txn.journal.JournalEntryType.COMMIT, id, null);
        journal.sync();
        journal.close();
        return dir.resolve(org.apache.jena.dboe.sys.Names.journalFile);
    }

    @Test
    void aJournalHoldingACommittedTransactionIsNotTornAndOneCutShortOrAlteredIs(@TempDir Path dir) throws Exception {
        Path journal = committedJournal(dir);
        long size = java.nio.file.Files.size(journal);
        assertEquals(2L * KnowledgeStore.JOURNAL_HEADER_BYTES + 24, size, "a data entry and a COMMIT entry");
        assertEquals(16, KnowledgeStore.JOURNAL_HEADER_BYTES, "Jena 5.6's header");
        assertFalse(KnowledgeStore.isTorn(journal), "a committed transaction for TDB2 to replay");
        byte[] bytes = java.nio.file.Files.readAllBytes(journal);
        long firstEntry = KnowledgeStore.JOURNAL_HEADER_BYTES + 24;
        for (int cut = 1; cut < size; cut++) {
            java.nio.file.Files.write(journal, java.util.Arrays.copyOf(bytes, (int) size - cut));
            // ending where the data entry ends, it is a transaction that never committed: TDB2 drops it itself
            assertEquals(size - cut != firstEntry, KnowledgeStore.isTorn(journal), "cut " + cut + " bytes short");
        }
        byte[] altered = bytes.clone();
        altered[KnowledgeStore.JOURNAL_HEADER_BYTES + 3] ^= 1;   // a byte of the data
        java.nio.file.Files.write(journal, altered);
        assertTrue(KnowledgeStore.isTorn(journal), "checksum");
        java.nio.file.Files.write(journal, bytes);
        assertFalse(KnowledgeStore.isTorn(journal));
    }

    @Test
    void theLinkingMarkIsAFileThatOutlivesTheProcessUntilCleared(@TempDir Path dir) {
        Path db = dir.resolve("db");
        Path mark = db.resolve(KnowledgeStore.LINKING_PENDING);
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            assertFalse(ks.markLinkingPending(), "no earlier mark");
            assertTrue(java.nio.file.Files.exists(mark));
        }
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            assertTrue(ks.markLinkingPending(), "left by the process before, which never cleared it");
            ks.clearLinkingPending();
            assertFalse(java.nio.file.Files.exists(mark));
            assertFalse(ks.markLinkingPending());
            ks.clearLinkingPending();
        }
        try (KnowledgeStore mem = KnowledgeStore.inMemory()) {
            assertTrue(mem.markLinkingPending(), "in memory no mark outlives the process: linking always runs");
            mem.clearLinkingPending();
            assertTrue(mem.markLinkingPending());
        }
    }

    @Test
    void writesAndRemovalsRecordTheSubjectsWhoseLabelsTheyChange() {
        Node umerov = NodeFactory.createURI("https://w3id.org/parley/id/person/rustem-umerov");
        ArticleGraph example = new ArticleGraph("example", NodeFactory.createURI("https://w3id.org/parley/id/graph/example"),
                "d", org.apache.jena.riot.RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl"));
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            store.replace(example);
            java.util.Set<Node> written = store.takeRelabelled();
            assertTrue(written.contains(umerov), written.toString());
            assertTrue(store.takeRelabelled().isEmpty(), "taken once");
            assertTrue(store.remove("https://w3id.org/parley/id/graph/example"));
            assertEquals(written, store.takeRelabelled(), "the removed graph's labelled subjects");
        }
    }
}
