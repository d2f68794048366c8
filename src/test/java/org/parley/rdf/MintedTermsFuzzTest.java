package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.iri.IRI;
import org.apache.jena.iri.IRIFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.knowledge.Gazetteer;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.EntityType;
import org.parley.model.ExtractedArticle;
import org.parley.model.Mention;
import org.parley.model.ResolvedMention;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;
import org.parley.resolve.EntityResolver;
import org.parley.resolve.NameKey;
import org.parley.store.KnowledgeStore;

/**
 * Property test over random Unicode names: quotes, angle brackets, spaces, control characters, unpaired
 * surrogates, noncharacters, right-to-left text and bidirectional controls, combining marks, emoji, names of
 * 500 characters. Whatever the names, every IRI Parley mints is a valid absolute IRI, every literal reads back
 * unchanged through N-Triples, Turtle, RDF/XML, the TDB2 store and SPARQL results (JSON and XML), and
 * different names stay different entities unless their name keys say they are spellings of one name.
 *
 * <p>The seed is fixed so that a failure can be replayed; {@code -Dparley.fuzz.seed=N} and
 * {@code -Dparley.fuzz.articles=N} try others.
 */
class MintedTermsFuzzTest {
    static {
        JenaSystem.init();
    }

    private static final long SEED = Long.getLong("parley.fuzz.seed", 20250517L);
    private static final int ARTICLES = Integer.getInteger("parley.fuzz.articles", 100);
    private static final IRIFactory IRIS = IRIFactory.iriImplementation();
    private static final EntityType[] MINTED_TYPES = {EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION};

    private static EntityResolver resolver;
    private static GraphMapper mapper;

    @BeforeAll
    static void setUp() {
        resolver = new EntityResolver(Gazetteer.loadDefault());
        mapper = new GraphMapper(ParleyNamespaces.defaults(), "fuzz");
    }

    /** Character pools a name is drawn from: [first, last] code point ranges. */
    private static final int[][] POOLS = {
            {'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', ' '},
            {'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'},          // quotes, angle brackets, braces, backslash
            {0x00, 0x1F}, {0x7F, 0x9F},                          // C0 and C1 controls
            {0x00C0, 0x024F}, {0x0300, 0x036F},                  // Latin with diacritics, combining marks
            {0x0400, 0x044F}, {0x05D0, 0x05EA}, {0x0627, 0x064A}, // Cyrillic, Hebrew, Arabic
            {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2066, 0x2069}, // zero-width and bidirectional controls
            {0x2028, 0x2029}, {0x3000, 0x3000}, {0x00A0, 0x00A0}, // line/paragraph separators, odd spaces
            {0x4E00, 0x4FFF}, {0x1F600, 0x1F64F},                // CJK, emoji (surrogate pairs)
            {0xD800, 0xDFFF},                                    // unpaired surrogates
            {0xFFFE, 0xFFFF}, {0xFDD0, 0xFDEF},                  // noncharacters
    };

    static String randomName(Random r) {
        int length = r.nextInt(20) == 0 ? 500 : 1 + r.nextInt(24);
        StringBuilder sb = new StringBuilder(length);
        int[] pool = POOLS[r.nextInt(POOLS.length)];
        while (sb.length() < length) {
            if (r.nextInt(4) == 0) pool = POOLS[r.nextInt(POOLS.length)];
            int cp = pool[0] + r.nextInt(pool[1] - pool[0] + 1);
            if (cp >= 0xD800 && cp <= 0xDFFF) sb.append((char) cp);   // a lone surrogate, on purpose
            else sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    @Test
    void everyMintedIriIsValidAndEveryLiteralRoundTrips() throws Exception {
        Random r = new Random(SEED);
        int iris = 0, literals = 0;
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            for (int i = 0; i < ARTICLES; i++) {
                ArticleGraph ag = mapper.map(randomArticle(r));
                for (Node n : nodes(ag.graph())) {
                    if (n.isURI()) {
                        assertValidIri(n.getURI());
                        iris++;
                    } else if (n.isLiteral()) {
                        assertXmlSafe(n.getLiteralLexicalForm());
                        literals++;
                    } else {
                        fail("Parley mints no blank nodes: " + n);
                    }
                }
                assertValidIri(ag.graphName().getURI());
                for (Lang lang : List.of(Lang.NTRIPLES, Lang.TURTLE, Lang.RDFXML)) {
                    Graph back = roundTrip(ag.graph(), lang);
                    assertTrue(back.isIsomorphicWith(ag.graph()), "graph " + i + " survives " + lang.getName());
                }
                store.replace(ag);
                Graph stored = Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(ag.graphName())));
                assertTrue(stored.isIsomorphicWith(ag.graph()), () -> "graph survives the store: " + difference(ag.graph(), stored));
                assertSparqlResultsRoundTrip(store, ag);
            }
        }
        assertTrue(iris > ARTICLES * 5 && literals > ARTICLES * 5, iris + " IRIs, " + literals + " literals checked");
        org.slf4j.LoggerFactory.getLogger("figures").info("fuzz: {} articles of random names (seed {}): {} IRIs valid, {} literals "
                + "round-tripped through N-Triples, Turtle, RDF/XML, TDB2 and SPARQL JSON/XML results", ARTICLES, SEED, iris, literals);
    }

    @Test
    void entityKeysAreSafeAndDifferentNamesStayApart() {
        Random r = new Random(SEED + 1);
        Map<String, String> nameByEntity = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            String name = randomName(r);
            if (name.isBlank()) continue;
            String slug = EntityResolver.slug(name);
            assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), "slug of " + escape(name) + ": " + slug);
            Article a = Article.of("k", "s", name);
            Mention m = new Mention(0, new TextSpan(0, name.length()), name, EntityType.PERSON, name, "fuzz", 0.5, null);
            AnnotatedArticle annotated = new AnnotatedArticle(a, "eng", List.of(new Sentence(0, new TextSpan(0, name.length()), List.of())));
            String key = resolver.resolve(annotated, List.of(m)).get(0).entity().key();
            assertValidIri(mapper.iris().entity(resolver.resolve(annotated, List.of(m)).get(0).entity()));
            String other = nameByEntity.putIfAbsent(key, name);
            if (other != null && !other.equals(name)) {
                String k1 = NameKey.of(other), k2 = NameKey.of(name);
                assertTrue(!k1.isEmpty() && k1.equals(k2),
                        "different names " + escape(other) + " and " + escape(name) + " are one entity " + key);
            }
        }
        assertTrue(nameByEntity.size() > 4_000, "distinct entities: " + nameByEntity.size());
        org.slf4j.LoggerFactory.getLogger("figures").info("fuzz: 5000 random names resolved to {} distinct entities, every key a safe "
                + "IRI path, no two different names merged unless their name keys agree", nameByEntity.size());
    }

    @Test
    void namesWrittenOnlyInOtherScriptsAreDifferentEntities() {
        List<String> names = List.of("Зеленський", "Путін", "שלום", "محمد", "习近平", "\u202Eevil\u202C", "😀");
        Set<String> keys = new HashSet<>();
        for (String name : names) keys.add(key(name));
        assertEquals(names.size(), keys.size(), keys.toString());
    }

    private static String key(String name) {
        Article a = Article.of("k", "s", name);
        Mention m = new Mention(0, new TextSpan(0, name.length()), name, EntityType.PERSON, name, "fuzz", 0.5, null);
        AnnotatedArticle annotated = new AnnotatedArticle(a, "eng", List.of(new Sentence(0, new TextSpan(0, name.length()), List.of())));
        return resolver.resolve(annotated, List.of(m)).get(0).entity().key();
    }

    /** An article whose every field and every mentioned name is random. */
    private static ExtractedArticle randomArticle(Random r) {
        List<String> names = new ArrayList<>();
        StringBuilder text = new StringBuilder(randomName(r)).append(". ");
        List<TextSpan> spans = new ArrayList<>();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            String name = randomName(r);
            if (name.isBlank()) name = "x" + name;
            spans.add(new TextSpan(text.length(), text.length() + name.length()));
            names.add(name);
            text.append(name).append(i % 2 == 0 ? " met " : ". ");
        }
        String url = switch (r.nextInt(3)) {
            case 0 -> null;
            case 1 -> "https://example.org/" + randomName(r);
            default -> randomName(r);
        };
        Article a = new Article(randomName(r), randomName(r), url, r.nextBoolean() ? randomName(r) : null,
                r.nextBoolean() ? randomName(r) : null, null, text.toString(), List.of(new TextSpan(0, text.length())));
        AnnotatedArticle annotated = new AnnotatedArticle(a, "eng",
                List.of(new Sentence(0, new TextSpan(0, text.length()), List.of())));
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < n; i++)
            mentions.add(new Mention(0, spans.get(i), names.get(i), MINTED_TYPES[r.nextInt(MINTED_TYPES.length)], names.get(i),
                    "fuzz", r.nextDouble(), null));
        List<ResolvedMention> resolved = resolver.resolve(annotated, mentions);
        return new ExtractedArticle(annotated, resolved);
    }

    private static void assertValidIri(String s) {
        IRI iri = IRIS.create(s);
        assertFalse(iri.hasViolation(false), () -> "invalid IRI " + escape(s) + ": " + iri.violations(false).next().getShortMessage());
        assertTrue(iri.getScheme() != null && (iri.getScheme().equals("http") || iri.getScheme().equals("https")), s);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = c < 0x7F ? c > ' ' && "<>\"{}|\\^`".indexOf(c) < 0 : switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                        Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
                default -> true;
            };
            assertTrue(ok, () -> "unsafe character in IRI " + escape(s));
            i += Character.charCount(c);
        }
    }

    /** Characters XML 1.0 allows (and so every RDF syntax and UTF-8), without control characters: no lone surrogates, no U+FFFE/U+FFFF. */
    private static void assertXmlSafe(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp < 0x7F) || (cp >= 0xA0 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            assertTrue(ok, () -> "literal with U+" + Integer.toHexString(cp) + ": " + escape(s));
            i += Character.charCount(cp);
        }
    }

    private static Graph roundTrip(Graph g, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, lang == Lang.RDFXML ? org.apache.jena.riot.RDFFormat.RDFXML_PLAIN
                : lang == Lang.TURTLE ? org.apache.jena.riot.RDFFormat.TURTLE_BLOCKS : org.apache.jena.riot.RDFFormat.NTRIPLES);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
        return back;
    }

    /** Every triple of the article graph, read through SPARQL and written as JSON and XML results, reads back equal. */
    private static void assertSparqlResultsRoundTrip(KnowledgeStore store, ArticleGraph ag) {
        String q = "SELECT ?s ?p ?o { GRAPH <" + ag.graphName().getURI() + "> { ?s ?p ?o } }";
        ResultSetRewindable rs = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
        for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML)) {
            rs.reset();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (lang == ResultSetLang.RS_JSON) ResultSetFormatter.outputAsJSON(out, rs);
            else ResultSetFormatter.outputAsXML(out, rs);
            ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), lang);
            Graph g = GraphFactory.createDefaultGraph();
            while (back.hasNext()) {
                QuerySolution row = back.next();
                g.add(Triple.create(row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()));
            }
            assertTrue(g.isIsomorphicWith(ag.graph()), "SPARQL " + lang.getName() + " results of " + ag.graphName());
        }
    }

    /** What one graph has that the other lacks, for messages. */
    private static String difference(Graph expected, Graph actual) {
        List<String> out = new ArrayList<>();
        expected.find().forEachRemaining(t -> { if (!actual.contains(t)) out.add("missing " + escape(t.toString())); });
        actual.find().forEachRemaining(t -> { if (!expected.contains(t)) out.add("extra " + escape(t.toString())); });
        return out.toString();
    }

    private static Set<Node> nodes(Graph g) {
        Set<Node> out = new HashSet<>();
        g.find().forEachRemaining(t -> {
            out.add(t.getSubject());
            out.add(t.getPredicate());
            out.add(t.getObject());
        });
        return out;
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.chars().forEach(c -> {
            if (c >= 0x20 && c < 0x7F) sb.append((char) c);
            else sb.append(String.format("\\u%04X", c));
        });
        sb.append('"');
        return sb.length() > 300 ? sb.substring(0, 300) + "...\" (" + s.length() + " chars)" : sb.toString();
    }

    @Test
    void theGeneratorReallyProducesTheNastyCases() {
        Random r = new Random(SEED);
        boolean control = false, lone = false, rtl = false, quote = false, angle = false, space = false, long500 = false;
        for (int i = 0; i < 2_000; i++) {
            String s = randomName(r);
            for (char c : s.toCharArray()) {
                control |= c < 0x20;
                lone |= Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && s.indexOf(c) + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(s.indexOf(c) + 1)));
                rtl |= Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
                quote |= c == '"' || c == '\'';
                angle |= c == '<' || c == '>';
                space |= c == ' ';
            }
            long500 |= s.length() >= 500;
        }
        assertTrue(control && lone && rtl && quote && angle && space && long500,
                List.of(control, lone, rtl, quote, angle, space, long500).toString());
        assertNotEquals(randomName(new Random(1)), randomName(new Random(2)));
    }
}
