package org.parley.serve;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * The parsed form of the query texts an endpoint received last. Parsing is a fixed cost of every SPARQL request
 * (about 0.2 ms for a short query with five {@code PREFIX} lines, most of it in Jena's generated tokenizer), and the
 * clients of a knowledge-graph endpoint (a graph viewer expanding nodes, a dashboard, the Explore page) send the same
 * texts again and again. A text seen before is not parsed again: its query is copied ({@link Query#cloneQuery()},
 * a few microseconds), so that each request can change its own copy (the result limit) without touching the others.
 *
 * <p>Texts are parsed as Fuseki parses them (ARQ syntax, Fuseki's base IRI). Texts that do not parse are never kept,
 * so their error is reported each time. The most recently used {@value #MAX_ENTRIES} texts of at most
 * {@value #MAX_CHARS} characters are kept; longer texts are parsed every time. Safe for concurrent use.
 */
final class ParsedQueries {
    /** How many query texts are kept. */
    static final int MAX_ENTRIES = 512;
    /** Longer texts are not kept (they are rare, and keeping them would let a client fill the heap). */
    static final int MAX_CHARS = 16_384;

    private final Map<String, Query> byText = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long hits, misses;

    /** A query of its own for {@code text}, parsed as Fuseki parses queries. */
    Query parse(String text) throws QueryParseException {
        if (text.length() > MAX_CHARS) return fresh(text);
        Query kept;
        synchronized (byText) {
            kept = byText.get(text);
            if (kept != null) {
                hits++;
                // copied under the lock too: no request ever holds the kept query itself
                return kept.cloneQuery();
            }
            misses++;
        }
        kept = fresh(text);
        kept.getResultVars();           // settles the query's lazily computed parts before it is shared
        synchronized (byText) {
            byText.putIfAbsent(text, kept);
            return byText.get(text).cloneQuery();
        }
    }

    /** Texts found parsed, and texts parsed (not counting those too long to keep). */
    long[] counts() {
        synchronized (byText) {
            return new long[] {hits, misses};
        }
    }

    private static Query fresh(String text) {
        return QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
    }
}
