package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;

/**
 * The streamed RDF dumps: N-Quads and TriG hold exactly the article graphs' quads, Turtle their union with each
 * triple once, on TDB2 stores (on disk and in memory) and Jena's in-memory datasets; a quarantine graph stays
 * out, and a triple it shares with an article graph stays in. And the quads reach the writer while the store is
 * still being read, graph by graph.
 */
class ExportStreamingTest {
    static {
        JenaSystem.init();
    }

    private static final String ID = "https://w3id.org/parley/id/";
    private static final Node A1 = uri("graph/a1"), A2 = uri("graph/a2"), A3 = uri("graph/a3");
    private static final Node Q = uri("quarantine/q1");
    private static final Node UKRAINE = uri("state/UA"), TURKEY = uri("state/TR"), RUSSIA = uri("state/RU");
    private static final Node STATE = PARLEY.State.asNode(), MENTIONS = uri("mentions"), NOTE = uri("note");
    private static final Node RECORD = uri("quarantine/q1/record");

    /** In both a quarantine graph and article graphs: must be exported. */
    private static final Triple SHARED_WITH_QUARANTINE = Triple.create(UKRAINE, RDF.type.asNode(), STATE);
    /** Only in the quarantine graph, about an entity the article graphs describe: must not be exported. */
    private static final Triple QUARANTINE_ONLY = Triple.create(UKRAINE, NOTE, NodeFactory.createLiteralString("quarantined claim"));

    private static Node uri(String local) {
        return NodeFactory.createURI(ID + local);
    }

    /** The article graphs: a triple in three graphs, one in two, the rest in one; a blank node in one. */
    private static List<Quad> articleQuads() {
        Node b = NodeFactory.createBlankNode("mention-1");
        return List.of(
                Quad.create(A1, SHARED_WITH_QUARANTINE),
                Quad.create(A1, UKRAINE, RDFS.label.asNode(), NodeFactory.createLiteralLang("Ukraine", "en")),
                Quad.create(A1, A1, MENTIONS, UKRAINE),
                Quad.create(A1, b, RDFS.label.asNode(), NodeFactory.createLiteralString("Kyiv")),
                Quad.create(A1, A1, MENTIONS, b),
                Quad.create(A2, SHARED_WITH_QUARANTINE),
                Quad.create(A2, TURKEY, RDFS.label.asNode(), NodeFactory.createLiteralLang("Turkey", "en")),
                Quad.create(A2, A2, MENTIONS, TURKEY),
                Quad.create(A3, SHARED_WITH_QUARANTINE),
                Quad.create(A3, TURKEY, RDFS.label.asNode(), NodeFactory.createLiteralLang("Turkey", "en")),
                Quad.create(A3, RUSSIA, RDFS.label.asNode(), NodeFactory.createLiteralLang("Russia", "en")),
                Quad.create(A3, A3, MENTIONS, RUSSIA));
    }

    private static List<Quad> quarantineQuads() {
        return List.of(
                Quad.create(Q, RECORD, RDF.type.asNode(), PARLEY.QuarantineRecord.asNode()),
                Quad.create(Q, RECORD, uri("rejected"), NodeFactory.createLiteralString("<a> <b> <c> .")),
                Quad.create(Q, SHARED_WITH_QUARANTINE),
                Quad.create(Q, QUARANTINE_ONLY));
    }

    /** An empty dataset and what closes it. */
    private record Store(DatasetGraph dsg, AutoCloseable closer) implements AutoCloseable {
        static Store of(KnowledgeStore ks) {
            return new Store(ks.dataset(), ks);
        }

        static Store of(DatasetGraph dsg) {
            return new Store(dsg, dsg::close);
        }

        @Override
        public void close() throws Exception {
            closer.close();
        }
    }

    /** A store kind: makes an empty store (in {@code dir} when it is on disk). */
    private interface StoreKind extends Function<Path, Store> {}

    static Stream<Arguments> stores() {
        return Stream.of(
                Arguments.of("TDB2 on disk", (StoreKind) dir -> Store.of(KnowledgeStore.openTdb2(dir.resolve("db")))),
                Arguments.of("TDB2 in memory", (StoreKind) dir -> Store.of(KnowledgeStore.inMemory())),
                Arguments.of("Jena general", (StoreKind) dir -> Store.of(DatasetGraphFactory.createGeneral())),
                Arguments.of("Jena TIM", (StoreKind) dir -> Store.of(DatasetGraphFactory.createTxnMem())));
    }

    private static DatasetGraph fill(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            articleQuads().forEach(dsg::add);
            quarantineQuads().forEach(dsg::add);
        });
        return dsg;
    }

    private static Path export(DatasetGraph dsg, Exporter.Format format, Path file) throws Exception {
        Exporter.export(dsg, format, file, new ParleyNamespaces(ParleyNamespaces.DEFAULT_BASE));
        return file;
    }

    /** Every quad or triple the file holds, in file order, repeats kept. */
    private static List<Quad> parse(Path file, Lang lang) {
        List<Quad> out = new ArrayList<>();
        RDFParser.source(file).lang(lang).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                out.add(q);
            }

            @Override
            public void triple(Triple t) {
                out.add(Quad.create(Quad.defaultGraphIRI, t));
            }
        });
        return out;
    }

    private static DatasetGraph datasetOf(List<Quad> quads) {
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        quads.forEach(d::add);
        return d;
    }

    private static void assertArticleQuads(List<Quad> parsed) {
        assertEquals(articleQuads().size(), parsed.size(), "each quad once: " + parsed);
        assertTrue(IsoMatcher.isomorphic(datasetOf(articleQuads()), datasetOf(parsed)), "same quads as the article graphs: " + parsed);
        Set<Node> graphs = new HashSet<>();
        parsed.forEach(q -> graphs.add(q.getGraph()));
        assertEquals(Set.of(A1, A2, A3), graphs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void nquadsHoldTheArticleGraphsWithoutTheQuarantineGraph(String name, StoreKind kind, @TempDir Path dir) throws Exception {
        try (Store store = kind.apply(dir)) {
            DatasetGraph dsg = fill(store.dsg());
            assertArticleQuads(parse(export(dsg, Exporter.Format.NQUADS, dir.resolve("out.nq")), Lang.NQUADS));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void trigHoldsTheArticleGraphsWithTheParleyPrefixes(String name, StoreKind kind, @TempDir Path dir) throws Exception {
        try (Store store = kind.apply(dir)) {
            DatasetGraph dsg = fill(store.dsg());
            Path out = export(dsg, Exporter.Format.TRIG, dir.resolve("out.trig"));
            assertArticleQuads(parse(out, Lang.TRIG));
            String text = java.nio.file.Files.readString(out);
            for (var e : new ParleyNamespaces(ParleyNamespaces.DEFAULT_BASE).prefixes().getNsPrefixMap().entrySet())
                assertTrue(text.contains("PREFIX " + e.getKey() + ": <" + e.getValue() + ">")
                        || text.contains("@prefix " + e.getKey() + ": <" + e.getValue() + ">"), "prefix " + e.getKey() + " in\n" + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void turtleHoldsTheUnionOnceWithoutQuarantineOnlyTriples(String name, StoreKind kind, @TempDir Path dir) throws Exception {
        try (Store store = kind.apply(dir)) {
            DatasetGraph dsg = fill(store.dsg());
            List<Quad> parsed = parse(export(dsg, Exporter.Format.TURTLE, dir.resolve("out.ttl")), Lang.TURTLE);
            List<Triple> triples = parsed.stream().map(Quad::asTriple).toList();
            Graph expected = GraphFactory.createDefaultGraph();   // the union the old in-memory export wrote
            articleQuads().forEach(q -> expected.add(q.asTriple()));
            assertEquals(9, expected.size());
            assertEquals(expected.size(), triples.size(), "each triple once: " + triples);
            Graph got = GraphFactory.createDefaultGraph();
            triples.forEach(got::add);
            assertTrue(IsoMatcher.isomorphic(expected, got), "the union of the article graphs: " + triples);
            assertTrue(triples.contains(SHARED_WITH_QUARANTINE), "a triple an article graph shares with the quarantine graph stays");
            assertFalse(triples.contains(QUARANTINE_ONLY), "a triple only the quarantine graph holds goes");
            assertTrue(triples.stream().noneMatch(t -> t.getSubject().equals(RECORD)), "the quarantine record goes");
        }
    }

    @Test
    void tdb2UnionIsReadByScanningAndJenasInMemoryDatasetsByTheirUnionGraph(@TempDir Path dir) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            assertTrue(Exporter.scanKeepsCopiesTogether(ks.dataset()));
            assertTrue(Exporter.scanKeepsCopiesTogether(new DatasetGraphWrapper(ks.dataset())));
        }
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            assertTrue(Exporter.scanKeepsCopiesTogether(ks.dataset()));
        }
        assertFalse(Exporter.scanKeepsCopiesTogether(DatasetGraphFactory.createGeneral()));
        assertFalse(Exporter.scanKeepsCopiesTogether(DatasetGraphFactory.createTxnMem()));
    }

    /**
     * A real dataset that counts the quads its {@code find} and {@code findNG} iterators hand out, so that a test
     * can see how much of the store had been read when the writer got something.
     */
    private static final class CountingDataset extends DatasetGraphWrapper {
        final AtomicLong handedOut = new AtomicLong();

        CountingDataset(DatasetGraph dsg) {
            super(dsg);
        }

        private Iterator<Quad> counted(Iterator<Quad> it) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Quad next() {
                    Quad q = it.next();
                    handedOut.incrementAndGet();
                    return q;
                }
            };
        }

        @Override
        public Iterator<Quad> find() {
            return counted(super.find());
        }

        @Override
        public Iterator<Quad> find(Quad q) {
            return counted(super.find(q));
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            return counted(super.find(g, s, p, o));
        }

        @Override
        public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
            return counted(super.findNG(g, s, p, o));
        }
    }

    private static final int GRAPHS = 5, PER_GRAPH = 40;

    /** {@link #GRAPHS} article graphs of {@link #PER_GRAPH} quads, each graph with one triple all of them share, and the quarantine graph. */
    private static DatasetGraph bigger(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            for (int g = 0; g < GRAPHS; g++) {
                Node graph = uri("graph/s" + g);
                dsg.add(Quad.create(graph, SHARED_WITH_QUARANTINE));
                for (int i = 1; i < PER_GRAPH; i++)
                    dsg.add(graph, uri("event/" + g + "-" + i), RDFS.label.asNode(), NodeFactory.createLiteralString("event " + g + " " + i));
            }
            quarantineQuads().forEach(dsg::add);
        });
        return dsg;
    }

    /**
     * The N-Quads (and TriG) path hands each quad to the sink as it reads it: when the sink gets its k-th quad the
     * store has handed out at most k quads besides the one quarantine record the exporter looks up first, and the
     * quads come graph by graph. Code that copied the store first and then wrote the copy (what {@code export}
     * did before) would have read all 200 article quads before the sink got the first one.
     */
    @Test
    void articleQuadsReachTheSinkWhileTheStoreIsBeingRead(@TempDir Path dir) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            CountingDataset counting = new CountingDataset(bigger(ks.dataset()));
            long quarantineRecords = 1;
            List<Node> graphOrder = new ArrayList<>();
            List<Long> handedOutAtArrival = new ArrayList<>();
            long sent = Exporter.streamArticleQuads(counting, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    handedOutAtArrival.add(counting.handedOut.get());
                    if (graphOrder.isEmpty() || !graphOrder.get(graphOrder.size() - 1).equals(q.getGraph())) graphOrder.add(q.getGraph());
                }
            });
            assertEquals((long) GRAPHS * PER_GRAPH, sent);
            assertEquals(sent, handedOutAtArrival.size());
            for (int k = 1; k <= handedOutAtArrival.size(); k++)
                assertTrue(handedOutAtArrival.get(k - 1) <= k + quarantineRecords,
                        "quad " + k + " arrived after the store had handed out " + handedOutAtArrival.get(k - 1) + " quads");
            assertEquals(GRAPHS, graphOrder.size(), "each graph's quads together, one graph after the other: " + graphOrder);
            assertEquals(GRAPHS, new LinkedHashSet<>(graphOrder).size());
            List<Node> listed = new ArrayList<>();
            Txn.executeRead(ks.dataset(), () -> ks.dataset().listGraphNodes().forEachRemaining(g -> {
                if (!g.equals(Q)) listed.add(g);
            }));
            assertEquals(listed, graphOrder, "in the store's graph order");
        }
    }

    /**
     * The Turtle path on TDB2 hands each triple of the union to the sink once the store has handed out its copies
     * and the first quad after them: when the sink gets its k-th triple the store has handed out about k quads, far
     * from the whole store, which copy-then-write would have read before the first triple.
     */
    @Test
    void unionTriplesReachTheSinkWhileTheStoreIsBeingRead(@TempDir Path dir) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            CountingDataset counting = new CountingDataset(bigger(ks.dataset()));
            // besides one quad per triple sent: the quarantine record looked up first, the shared triple's other copies
            // (one in every graph and the quarantine graph), the quarantine graph's other quads, and one quad read ahead
            long quarantineRecords = 1, extraQuads = GRAPHS + quarantineQuads().size();
            List<Triple> got = new ArrayList<>();
            List<Long> handedOutAtArrival = new ArrayList<>();
            long sent = Exporter.streamArticleUnion(counting, new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    handedOutAtArrival.add(counting.handedOut.get());
                    got.add(t);
                }
            });
            long storeQuads = GRAPHS * PER_GRAPH + quarantineQuads().size();
            assertEquals(1 + GRAPHS * (PER_GRAPH - 1), sent);
            assertEquals(sent, new HashSet<>(got).size(), "each triple once");
            assertTrue(got.contains(SHARED_WITH_QUARANTINE));
            assertFalse(got.contains(QUARANTINE_ONLY));
            for (int k = 1; k <= handedOutAtArrival.size(); k++)
                assertTrue(handedOutAtArrival.get(k - 1) <= quarantineRecords + k + extraQuads + 1,
                        "triple " + k + " arrived after the store had handed out " + handedOutAtArrival.get(k - 1) + " of " + storeQuads + " quads");
        }
    }
}
