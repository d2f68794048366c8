package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The union-graph skip scan gives exactly TDB2's solutions (as multisets) for hand-picked and random queries, on a
 * Parley store (four indexes) and on TDB2's default layout, with triples copied into up to 150 graphs.
 */
class UnionScanExecutorTest {
    static {
        JenaSystem.init();
    }

    static final String NS = "http://example.org/";
    static final int GRAPHS = 150;

    @TempDir
    static Path dir;
    static KnowledgeStore parleyStore;
    static DatasetGraph tdbDefault;

    @BeforeAll
    static void load() {
        Stores both = Stores.with(dir, quads(new Random(7)));
        parleyStore = both.parley();
        tdbDefault = both.tdbDefault();
    }

    /** The same quads in a Parley store (four indexes) and in a TDB2 dataset with TDB2's default layout. */
    record Stores(KnowledgeStore parley, DatasetGraph tdbDefault) {
        static Stores with(Path dir, List<Quad> quads) {
            Stores s = new Stores(KnowledgeStore.openTdb2(dir.resolve("db")), DatabaseMgr.createDatasetGraph());
            for (DatasetGraph dsg : List.of(s.parley().dataset(), s.tdbDefault()))
                Txn.executeWrite(dsg, () -> quads.forEach(dsg::add));
            return s;
        }
    }

    static Node iri(String s) {
        return NodeFactory.createURI(NS + s);
    }

    /** Triples over a small vocabulary, each in 1 to 60 graphs (most in a few, some in many). */
    static List<Quad> quads(Random r) {
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Node s = iri("s" + r.nextInt(25));
            Node p = iri("p" + r.nextInt(6));
            Node o = switch (r.nextInt(4)) {
                case 0 -> iri("s" + r.nextInt(25));
                case 1 -> NodeFactory.createLiteralString("l" + r.nextInt(10));
                case 2 -> NodeFactory.createLiteralDT(Integer.toString(r.nextInt(12)), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
                default -> iri("o" + r.nextInt(40));
            };
            int copies = r.nextInt(10) == 0 ? 20 + r.nextInt(GRAPHS - 20) : 1 + r.nextInt(4);   // some past SKIP_AFTER
            for (int c = 0; c < copies; c++) out.add(Quad.create(iri("g" + r.nextInt(GRAPHS)), s, p, o));
        }
        // a triple with its subject as object, and one in every graph
        for (int g = 0; g < GRAPHS; g++) {
            out.add(Quad.create(iri("g" + g), iri("s1"), iri("p1"), iri("s1")));
            out.add(Quad.create(iri("g" + g), iri("s2"), iri("p0"), NodeFactory.createLiteralString("everywhere")));
        }
        return out;
    }

    static final List<String> QUERIES = List.of(
            "SELECT * { ?s ?p ?o }",
            "SELECT * { <" + NS + "s1> ?p ?o }",
            "SELECT * { ?s <" + NS + "p1> ?o }",
            "SELECT * { ?s ?p <" + NS + "s1> }",
            "SELECT * { <" + NS + "s2> <" + NS + "p0> ?o }",
            "SELECT * { <" + NS + "s2> ?p \"everywhere\" }",
            "SELECT * { ?s <" + NS + "p0> \"everywhere\" }",
            "SELECT * { <" + NS + "s1> <" + NS + "p1> <" + NS + "s1> }",
            "SELECT * { <" + NS + "s1> <" + NS + "p1> <" + NS + "nothing> }",
            "SELECT * { ?x ?p ?x }",
            "SELECT * { ?x <" + NS + "p1> ?x }",
            "SELECT * { ?s ?p ?o . ?o ?q ?z }",
            "SELECT * { ?s <" + NS + "p1> ?o . ?o <" + NS + "p2> ?z . ?z ?q ?w }",
            "SELECT * { ?s ?p 3 }",
            "SELECT * { ?s ?p \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> }",
            "SELECT * { ?s ?p ?o FILTER(isLiteral(?o) && ?o > 4) }",
            "SELECT * { ?s ?p ?o . ?s <" + NS + "p3> ?v FILTER(?v != ?o) }",
            "SELECT * { ?s <" + NS + "p0> ?o OPTIONAL { ?s <" + NS + "p4> ?w } }",
            "SELECT * { VALUES ?s { <" + NS + "s1> <" + NS + "s3> <" + NS + "unknown> } ?s ?p ?o }",
            "SELECT * { VALUES ?o { \"l1\" \"nowhere\" } ?s ?p ?o }",
            "SELECT * { { <" + NS + "s1> ?p ?o } UNION { ?o ?p <" + NS + "s1> } }",
            "SELECT DISTINCT ?p ?o { { <" + NS + "s2> ?p ?o } UNION { ?o ?p <" + NS + "s2> } } LIMIT 7",
            "SELECT * { GRAPH ?g { <" + NS + "s2> ?p ?o } }",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            "SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p",
            "SELECT * { ?s ?p ?o MINUS { ?s <" + NS + "p2> ?x } }",
            "SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?o ?q ?s } }",
            "ASK { <" + NS + "s2> <" + NS + "p0> \"everywhere\" }");

    static final OpExecutorFactory TDB2_OWN = OpExecutorTDB2.OpExecFactoryTDB;

    static List<String> run(DatasetGraph dsg, String query, OpExecutorFactory factory) {
        Supplier<List<String>> q = () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).set(ARQConstants.sysOpExecutorFactory, factory).build()) {
                if (qe.getQuery().isAskType()) return List.of(Boolean.toString(qe.execAsk()));
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    StringBuilder b = new StringBuilder();
                    for (String v : rs.getResultVars())
                        b.append(v).append('=').append(s.get(v) == null ? "-" : FmtUtils.stringForNode(s.get(v).asNode())).append(' ');
                    rows.add(b.toString());
                }
            }
            return rows;
        };
        return Txn.calculateRead(dsg, q);
    }

    static void assertSameSolutions(DatasetGraph dsg, String query) {
        List<String> expected = new ArrayList<>(run(dsg, query, TDB2_OWN));
        List<String> actual = new ArrayList<>(run(dsg, query, UnionScanExecutor.FACTORY));
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual, query);
    }

    @Test
    void handPickedQueriesGiveTdb2sSolutions() {
        long seeks = UnionScanExecutor.seeks(), patterns = UnionScanExecutor.patterns();
        for (DatasetGraph dsg : List.of(parleyStore.dataset(), tdbDefault))
            for (String q : QUERIES) assertSameSolutions(dsg, q);
        assertTrue(UnionScanExecutor.patterns() > patterns, "the executor solved the union-graph patterns");
        assertTrue(UnionScanExecutor.seeks() > seeks, "it skipped over copies");
    }

    @Test
    void filteredPatternsAreSolvedByTheScanToo() {
        long patterns = UnionScanExecutor.patterns();
        assertSameSolutions(parleyStore.dataset(), "SELECT * { ?s <" + NS + "p0> ?o . ?s ?q ?w FILTER(?o != \"everywhere\") }");
        // the filter is placed after the pattern that binds ?o, and the scan solves both placed patterns
        assertTrue(UnionScanExecutor.patterns() >= patterns + 2, "both placed patterns went through the scan");
    }

    @Test
    void copiesAreSkippedAndEachTripleComesOnce() {
        String q = "SELECT ?o { <" + NS + "s2> <" + NS + "p0> ?o }";
        long seeks = UnionScanExecutor.seeks();
        List<String> rows = run(parleyStore.dataset(), q, UnionScanExecutor.FACTORY);
        assertEquals(1, rows.stream().filter(r -> r.contains("\"everywhere\"")).count(), rows.toString());
        assertTrue(UnionScanExecutor.seeks() > seeks);
        // the same pattern inside GRAPH ?g sees every copy
        List<String> perGraph = run(parleyStore.dataset(), "SELECT ?g { GRAPH ?g { <" + NS + "s2> <" + NS + "p0> \"everywhere\" } }",
                UnionScanExecutor.FACTORY);
        assertEquals(GRAPHS, perGraph.size());
    }

    @Test
    void randomPatternsGiveTdb2sSolutions() {
        Random r = new Random(11);
        for (int i = 0; i < 300; i++) {
            StringBuilder bgp = new StringBuilder();
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++)
                bgp.append(term(r, "s", 25)).append(' ').append(term(r, "p", 6)).append(' ').append(object(r)).append(" . ");
            String q = "SELECT * { " + bgp + "}";
            assertSameSolutions(parleyStore.dataset(), q);
            if (i % 3 == 0) assertSameSolutions(tdbDefault, q);
        }
    }

    static String term(Random r, String prefix, int n) {
        return r.nextInt(3) == 0 ? "<" + NS + prefix + r.nextInt(n) + ">" : "?" + "abcd".charAt(r.nextInt(4));
    }

    static String object(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "<" + NS + "s" + r.nextInt(25) + ">";
            case 1 -> "\"l" + r.nextInt(10) + "\"";
            case 2 -> Integer.toString(r.nextInt(12));
            default -> "?" + "abcd".charAt(r.nextInt(4));
        };
    }

    @Test
    void unionFindGivesEachTripleOfTheNamedGraphsOnce() {
        DatasetGraph mem = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        List<Quad> quads = quads(new Random(7));
        Txn.executeWrite(mem, () -> {
            quads.forEach(mem::add);
            mem.getDefaultGraph().add(iri("s1"), iri("p1"), iri("only-in-the-default-graph"));
        });
        Txn.executeWrite(parleyStore.dataset(), () ->
                parleyStore.dataset().getDefaultGraph().add(iri("s1"), iri("p1"), iri("only-in-the-default-graph")));
        Random r = new Random(5);
        long seeks = UnionScanExecutor.seeks();
        for (int i = 0; i < 200; i++) {
            Node s = r.nextBoolean() ? Node.ANY : iri("s" + r.nextInt(25));
            Node p = r.nextBoolean() ? Node.ANY : iri("p" + r.nextInt(6));
            Node o = r.nextInt(3) == 0 ? iri("s" + r.nextInt(25)) : Node.ANY;
            java.util.Set<org.apache.jena.graph.Triple> expected = new java.util.HashSet<>();
            quads.stream().filter(q -> q.matches(Node.ANY, s, p, o)).forEach(q -> expected.add(q.asTriple()));
            for (DatasetGraph dsg : List.of(parleyStore.dataset(), mem)) {
                List<org.apache.jena.graph.Triple> found = Txn.calculateRead(dsg, () ->
                        org.apache.jena.atlas.iterator.Iter.toList(UnionScanExecutor.unionFind(dsg, s, p, o)));
                assertEquals(expected, new java.util.HashSet<>(found), s + " " + p + " " + o);
                assertEquals(expected.size(), found.size(), "no triple twice");
            }
        }
        assertTrue(UnionScanExecutor.seeks() > seeks);
        assertTrue(Txn.calculateRead(parleyStore.dataset(), () -> !UnionScanExecutor.unionFind(parleyStore.dataset(),
                iri("nothing-here"), Node.ANY, Node.ANY).hasNext()));
    }

    @Test
    void otherDatasetsKeepTdb2sExecutor() {
        DatasetGraph mem = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(mem, () -> mem.add(Quad.create(iri("g"), iri("a"), iri("b"), iri("c"))));
        long patterns = UnionScanExecutor.patterns();
        assertEquals(List.of("o=<" + NS + "c> "), run(mem, "SELECT ?o { GRAPH ?g { ?s ?p ?o } }", UnionScanExecutor.FACTORY));
        assertEquals(patterns, UnionScanExecutor.patterns());
        assertFalse(UnionScanExecutor.FACTORY.create(
                new org.apache.jena.sparql.engine.ExecutionContext(mem)) instanceof UnionScanExecutor);
    }

    @Test
    void aSolutionLooksEachOfItsNodesUpOnce() {
        DatasetGraph dsg = parleyStore.dataset();
        Txn.executeRead(dsg, () -> {
            org.apache.jena.tdb2.store.nodetable.NodeTable table = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dsg)
                    .getQuadTable().getNodeTupleTable().getNodeTable();
            long[] lookups = {0};
            org.apache.jena.tdb2.store.nodetable.NodeTable counting = new org.apache.jena.tdb2.store.nodetable.NodeTableWrapper(table) {
                @Override
                public Node getNodeForNodeId(org.apache.jena.tdb2.store.NodeId id) {
                    lookups[0]++;
                    return super.getNodeForNodeId(id);
                }
            };
            org.apache.jena.sparql.core.Var s = org.apache.jena.sparql.core.Var.alloc("s");
            org.apache.jena.sparql.core.Var o = org.apache.jena.sparql.core.Var.alloc("o");
            Node subject = iri("s1"), object = NodeFactory.createLiteralString("a label");
            org.apache.jena.tdb2.solver.BindingNodeId ids = new org.apache.jena.tdb2.solver.BindingNodeId();
            ids.put(s, table.getNodeIdForNode(subject));
            ids.put(o, org.apache.jena.tdb2.store.NodeIdFactory.createValue(org.apache.jena.tdb2.store.NodeIdType.XSD_INTEGER, 42));
            UnionScanExecutor.NodeMemo memo = new UnionScanExecutor.NodeMemo();
            var b = new UnionScanExecutor.NodeKeepingBinding(ids, counting, memo);
            for (int i = 0; i < 4; i++) {
                assertEquals(subject, b.get(s));
                assertEquals(NodeFactory.createLiteralDT("42", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger), b.get(o));
                assertEquals(null, b.get(org.apache.jena.sparql.core.Var.alloc("absent")));
                // an equal variable that is another object is found as well
                assertEquals(subject, b.get(org.apache.jena.sparql.core.Var.alloc("s")));
            }
            assertEquals(2, lookups[0]);
            // another solution of the same pattern with the same subject finds it in the pattern's memo
            org.apache.jena.tdb2.solver.BindingNodeId ids2 = new org.apache.jena.tdb2.solver.BindingNodeId();
            ids2.put(s, table.getNodeIdForNode(subject));
            ids2.put(o, table.getNodeIdForNode(iri("s2")));
            var b2 = new UnionScanExecutor.NodeKeepingBinding(ids2, counting, memo);
            assertEquals(subject, b2.get(s));
            assertEquals(iri("s2"), b2.get(o));
            assertEquals(iri("s2"), b2.get(o));
            assertEquals(3, lookups[0]);
            // a solution of another pattern (its own memo) looks the subject up again
            assertEquals(subject, new UnionScanExecutor.NodeKeepingBinding(ids2, counting, new UnionScanExecutor.NodeMemo()).get(s));
            assertEquals(4, lookups[0]);
            var same = org.apache.jena.sparql.engine.binding.BindingFactory.binding(s, subject, o, b.get(o));
            assertEquals(same, b);
            assertEquals(same.hashCode(), b.hashCode());
        });
    }
}
