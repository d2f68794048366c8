package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

class ParsedQueriesTest {
    private static final String PREFIXES = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX ex: <http://example.org/>\n";

    /** Queries of many shapes: each copy handed out must be the query Fuseki's own parse gives. */
    private static final List<String> TEXTS = List.of(
            PREFIXES + "SELECT DISTINCT ?p ?o { { ex:a ?p ?o } UNION { ?o ?p ex:a } } LIMIT 200",
            PREFIXES + "SELECT ?e (COUNT(?m) AS ?n) { ?m ex:refersTo ?e FILTER(?e != ex:b) } GROUP BY ?e ORDER BY DESC(?n) LIMIT 5 OFFSET 2",
            PREFIXES + "SELECT * { ?s rdfs:label ?l OPTIONAL { ?s ex:p ?x } MINUS { ?s a ex:C } VALUES ?l { \"a\" \"b\"@en } }",
            PREFIXES + "ASK { ex:a ?p \"x\" }",
            PREFIXES + "CONSTRUCT { ?s ex:q ?o } WHERE { GRAPH ?g { ?s ex:p ?o } }",
            "BASE <http://example.org/base/> SELECT ?s { ?s <relative> ?o } ",
            PREFIXES + "DESCRIBE ex:a",
            PREFIXES + "SELECT ?s { ?s ex:n ?n } ORDER BY ?n");

    @Test
    void aTextSeenBeforeGivesACopyOfTheQueryFusekiWouldParse() {
        ParsedQueries parsed = new ParsedQueries();
        for (int round = 0; round < 3; round++) {
            for (String text : TEXTS) {
                Query expected = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
                Query got = parsed.parse(text);
                assertEquals(expected, got, text);
                assertEquals(expected.serialize(), got.serialize(), text);
                assertEquals(expected.getResultVars(), got.getResultVars(), text);
                assertEquals(expected.getPrefixMapping().getNsPrefixMap(), got.getPrefixMapping().getNsPrefixMap(), text);
            }
        }
        assertArrayEquals(new long[] {2L * TEXTS.size(), TEXTS.size()}, parsed.counts());
    }

    @Test
    void eachRequestGetsAQueryOfItsOwn() {
        ParsedQueries parsed = new ParsedQueries();
        String text = PREFIXES + "SELECT ?s { ?s ex:p ?o }";
        Query first = parsed.parse(text);
        first.setLimit(7);
        first.setOffset(3);
        first.setDistinct(true);
        Query second = parsed.parse(text);
        assertNotSame(first, second);
        assertFalse(second.hasLimit());
        assertFalse(second.hasOffset());
        assertFalse(second.isDistinct());
        assertEquals(QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ).serialize(), second.serialize());
    }

    @Test
    void textsThatDoNotParseAreReportedEveryTimeAndNotKept() {
        ParsedQueries parsed = new ParsedQueries();
        String bad = "SELECT * { ?s ?p }";
        QueryParseException e1 = assertThrows(QueryParseException.class, () -> parsed.parse(bad));
        QueryParseException e2 = assertThrows(QueryParseException.class, () -> parsed.parse(bad));
        assertEquals(e1.getMessage(), e2.getMessage());
        assertEquals(1, e2.getLine());
        assertArrayEquals(new long[] {0, 2}, parsed.counts());
    }

    @Test
    void onlyTheLastTextsAndOnlyShortOnesAreKept() {
        ParsedQueries parsed = new ParsedQueries();
        for (int i = 0; i <= ParsedQueries.MAX_ENTRIES; i++) parsed.parse("SELECT * { ?s ?p " + i + " }");
        // the first text was the least recently used: parsed again; the last one is still kept
        parsed.parse("SELECT * { ?s ?p 0 }");
        parsed.parse("SELECT * { ?s ?p " + ParsedQueries.MAX_ENTRIES + " }");
        assertArrayEquals(new long[] {1, ParsedQueries.MAX_ENTRIES + 2L}, parsed.counts());

        StringBuilder longText = new StringBuilder("SELECT * { ?s ?p ?o }");
        while (longText.length() <= ParsedQueries.MAX_CHARS) longText.append("\n# padding");
        ParsedQueries fresh = new ParsedQueries();
        Query q1 = fresh.parse(longText.toString());
        Query q2 = fresh.parse(longText.toString());
        assertNotSame(q1, q2);
        assertEquals(q1, q2);
        assertArrayEquals(new long[] {0, 0}, fresh.counts());
    }

    @Test
    void concurrentRequestsForOneTextEachGetAWholeCopy() throws Exception {
        ParsedQueries parsed = new ParsedQueries();
        String text = TEXTS.get(1);
        String expected = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ).serialize();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    boolean ok = true;
                    for (int i = 0; i < 500; i++) {
                        Query q = parsed.parse(text);
                        ok &= q.serialize().equals(expected);
                        q.setLimit(i + 1);       // each thread changes its own copies only
                    }
                    return ok;
                }));
            }
            for (Future<Boolean> r : results) assertTrue(r.get());
        } finally {
            pool.shutdownNow();
        }
        long[] counts = parsed.counts();
        assertEquals(2000, counts[0] + counts[1]);
        assertTrue(counts[1] >= 1 && counts[1] <= 4, "parsed " + counts[1] + " times");
    }
}
