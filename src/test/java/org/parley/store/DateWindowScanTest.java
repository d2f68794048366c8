package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filters that put a date window on a pattern's object (events between two dates): the union scan seeks past the
 * dates outside the window and must still give TDB2's solutions, whatever else the store holds under the same
 * predicate (dates in other timezones, dates TDB2 cannot inline, date-times, years, strings).
 */
class DateWindowScanTest {
    static final String NS = "http://example.org/";
    static final String PREFIXES = "PREFIX ex: <" + NS + "> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @TempDir
    static Path dir;
    /** The events, in a Parley store and in TDB2's default layout. */
    static UnionScanExecutorTest.Stores stores;

    @BeforeAll
    static void load() {
        Random r = new Random(11);
        List<Quad> quads = new ArrayList<>();
        for (int e = 0; e < 600; e++) {
            Node event = NodeFactory.createURI(NS + "e" + e);
            Node value = value(r);
            // each fact in 1 to 5 article graphs, as a Parley store states it once per article
            for (int g = 0, n = 1 + r.nextInt(5); g < n; g++) {
                Node graph = NodeFactory.createURI(NS + "g" + r.nextInt(40));
                quads.add(Quad.create(graph, event, NodeFactory.createURI(NS + "date"), value));
                quads.add(Quad.create(graph, event, RDFS.label.asNode(), NodeFactory.createLiteralString("event " + e)));
                if (e % 7 == 0) quads.add(Quad.create(graph, event, NodeFactory.createURI(NS + "date"), value(r)));
            }
        }
        stores = UnionScanExecutorTest.Stores.with(dir, quads);
    }

    /** A value as news extraction and other sources may state one: mostly plain dates, and everything else. */
    static Node value(Random r) {
        int k = r.nextInt(100);
        String day = day(r, 1990, 2030);
        if (k < 55) return date(day);
        if (k < 60) return date(r.nextBoolean() ? "0001-01-01" : "7999-12-31");
        if (k < 70) return date(day + List.of("Z", "+05:00", "-05:00", "+14:00").get(r.nextInt(4)));
        if (k < 74) return date(r.nextBoolean() ? "9999-06-01" : "12000-01-01");          // not inline in TDB2
        if (k < 77) return date("-0044-03-15");
        if (k < 85) return NodeFactory.createLiteralDT(day + "T10:30:00", XSDDatatype.XSDdateTime);
        if (k < 90) return NodeFactory.createLiteralDT(day.substring(0, 4), XSDDatatype.XSDgYear);
        if (k < 95) return NodeFactory.createLiteralString(day);
        return NodeFactory.createLiteralDT(Integer.toString(r.nextInt(3000)), XSDDatatype.XSDinteger);
    }

    static String day(Random r, int from, int to) {
        return String.format("%04d-%02d-%02d", from + r.nextInt(to - from), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    static Node date(String lex) {
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdate);
    }

    static String lit(String lex) {
        return "\"" + lex + "\"^^xsd:date";
    }

    static final List<String> FILTERS = List.of(
            "?d >= C1 && ?d < C2", "?d > C1 && ?d <= C2", "C1 <= ?d && C2 > ?d", "C1 < ?d && C2 >= ?d", "?d = C1", "C1 = ?d",
            "?d >= C1", "?d < C2", "?d >= C1 && ?d < C2 && isLiteral(?d)", "(?d >= C1 && ?d < C2) || ?d = C2",
            "?d >= C1Z && ?d < C2", "?d >= C1Z && ?d < C2Z", "?d >= C2 && ?d < C1", "?d >= C1 && ?d >= C2 && ?d < C2",
            "?d != C1 && ?d < C2");

    static final List<String> SHAPES = List.of(
            "SELECT ?e ?d { ?e ex:date ?d FILTER(%F%) }",
            "SELECT DISTINCT ?e ?d ?l { ?e ex:date ?d ; rdfs:label ?l FILTER(%F%) } ORDER BY ?d LIMIT 50",
            "SELECT ?e ?d { ?e rdfs:label ?l . ?e ex:date ?d FILTER(%F%) }",
            "SELECT ?d { ex:e7 ex:date ?d FILTER(%F%) }",
            "SELECT ?s ?p ?d { ?s ?p ?d FILTER(%F%) }",
            "SELECT (COUNT(*) AS ?n) { ?e ex:date ?d FILTER(%F%) }");

    @Test
    void windowedDatesGiveTdb2sSolutions() {
        Random r = new Random(5);
        long seeks = UnionScanExecutor.seeks();
        int nonEmpty = 0;
        for (int i = 0; i < 12; i++) {
            String c1 = day(r, 1985, 2035), c2 = day(r, 1985, 2035);
            if (i % 2 == 0 && c1.compareTo(c2) > 0) {
                String t = c1;
                c1 = c2;
                c2 = t;
            }
            for (String f : FILTERS) {
                String filter = f.replace("C1Z", lit(c1 + "Z")).replace("C2Z", lit(c2 + "Z"))
                        .replace("C1", lit(c1)).replace("C2", lit(c2));
                for (DatasetGraph dsg : List.of(stores.parley().dataset(), stores.tdbDefault())) {
                    for (String shape : SHAPES) {
                        String q = PREFIXES + shape.replace("%F%", filter);
                        UnionScanExecutorTest.assertSameSolutions(dsg, q);
                        if (shape.startsWith("SELECT ?e ?d { ?e ex:date") && !UnionScanExecutorTest.run(dsg, q, UnionScanExecutor.FACTORY).isEmpty())
                            nonEmpty++;
                    }
                }
            }
        }
        assertTrue(nonEmpty > 40, "the windows found dates: " + nonEmpty);
        assertTrue(UnionScanExecutor.seeks() > seeks, "the scan sought past dates outside the windows");
    }

    @Test
    void aWindowSkipsTheDatesOutsideIt() {
        // a 30-day window in 40 years of dates: the scan reads the window, and seeks over the rest of the plain dates
        String q = PREFIXES + "SELECT ?e ?d { ?e ex:date ?d FILTER(?d >= " + lit("2004-01-01") + " && ?d < " + lit("2004-01-31") + ") }";
        long seeks = UnionScanExecutor.seeks();
        List<String> rows = UnionScanExecutorTest.run(stores.parley().dataset(), q, UnionScanExecutor.FACTORY);
        assertEquals(2, UnionScanExecutor.seeks() - seeks, "one seek to the window's start, one past its end");
        UnionScanExecutorTest.assertSameSolutions(stores.parley().dataset(), q);
        for (String row : rows) assertTrue(row.contains("2004-01-"), row);
    }

    @Test
    void windowsComeFromDateComparisonsOnOneVariableInOneTimezone() {
        Var d = Var.alloc("d"), e = Var.alloc("e");
        Map<Var, UnionScanExecutor.DateWindow> w = windows("?d >= " + lit("2004-01-01") + " && " + lit("2004-02-01") + " > ?d && ?e = 3");
        assertEquals(1, w.size());
        UnionScanExecutor.DateWindow window = w.get(d);
        assertEquals(UnionScanExecutor.DateWindow.INSIDE, window.seekFrom(enc("2004-01-01")));
        assertEquals(UnionScanExecutor.DateWindow.INSIDE, window.seekFrom(enc("2004-01-31")));
        assertEquals(enc("2004-01-01"), window.seekFrom(enc("2003-12-31")));
        assertEquals(window.blockEnd(), window.seekFrom(enc("2004-02-01")));
        // other timezones and other types are not in the window's block: read, and left to the filter
        assertEquals(UnionScanExecutor.DateWindow.INSIDE, window.seekFrom(enc("1990-01-01Z")));
        assertEquals(UnionScanExecutor.DateWindow.INSIDE, window.seekFrom(0L));
        assertFalse(w.containsKey(e));
        // bounds in two timezones, disjunctions and date-times give no window
        assertTrue(windows("?d >= " + lit("2004-01-01Z") + " && ?d < " + lit("2004-02-01")).isEmpty());
        assertTrue(windows("?d >= " + lit("2004-01-01") + " || ?d < " + lit("2000-02-01")).isEmpty());
        assertTrue(windows("?d >= \"2004-01-01T00:00:00\"^^xsd:dateTime").isEmpty());
        assertTrue(windows("?d >= " + lit("20004-01-01")).isEmpty());
        // > and <= move the bounds by one day's encoding step
        UnionScanExecutor.DateWindow open = windows("?d > " + lit("2004-01-01") + " && ?d <= " + lit("2004-01-05")).get(d);
        assertEquals(enc("2004-01-01") + 1, open.seekFrom(enc("2004-01-01")));
        assertEquals(UnionScanExecutor.DateWindow.INSIDE, open.seekFrom(enc("2004-01-05")));
        assertEquals(open.blockEnd(), open.seekFrom(enc("2004-01-06")));
    }

    static Map<Var, UnionScanExecutor.DateWindow> windows(String filter) {
        Query q = QueryFactory.create(PREFIXES + "SELECT * { ?x ex:p ?d FILTER(" + filter + ") }");
        org.apache.jena.sparql.algebra.Op op = Algebra.compile(q);
        while (!(op instanceof OpFilter)) op = ((org.apache.jena.sparql.algebra.op.Op1) op).getSubOp();
        return UnionScanExecutor.DateWindow.of(((OpFilter) op).getExprs());
    }

    static long enc(String lex) {
        org.apache.jena.tdb2.store.NodeId id = org.apache.jena.tdb2.store.NodeIdInline.inline(date(lex));
        byte[] b = new byte[8];
        org.apache.jena.tdb2.store.NodeIdFactory.set(id, b, 0);
        return java.nio.ByteBuffer.wrap(b).getLong();
    }
}
