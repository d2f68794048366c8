package org.parley.rdf;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.EntityRef;
import org.parley.model.EntityType;
import org.parley.model.ExtractedArticle;
import org.parley.model.Mention;
import org.parley.model.ResolvedMention;
import org.parley.model.Sentence;
import org.parley.model.TextSpan;

/**
 * Turns one extracted article into its named graph: the article with its metadata and text, its
 * sentences, its mentions with their offsets, the entities they refer to, and the facts read from it
 * (posts, memberships, delegations, events with their participants, places, times and numbers), each fact
 * as a direct triple and a {@link PARLEY#Claim} with its source (see {@link FactMapper}).
 *
 * <pre>{@code
 * GraphMapper mapper = new GraphMapper(ParleyNamespaces.defaults(), "0.1.0");
 * ArticleGraph g = mapper.map(extracted);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class GraphMapper {
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /**
     * The version of the graph model this mapper writes. Part of every article's digest, so that articles
     * ingested with an older model are extracted and written again. Version 2: facts and claims. Version 3: the
     * gazetteer's descriptions of entities in the knowledge graph, once per store; no alias equal to the name.
     */
    public static final String GRAPH_MODEL_VERSION = "3";
    private final ParleyNamespaces ns;
    private final ArticleIris iris;
    private final String pipelineVersion;

    public GraphMapper(ParleyNamespaces ns, String pipelineVersion) {
        this.ns = Objects.requireNonNull(ns, "ns");
        this.iris = new ArticleIris(ns);
        this.pipelineVersion = Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    }

    public ArticleIris iris() {
        return iris;
    }

    /** The digest an article's graph will carry: equal digests, equal graphs. */
    public String digest(Article a) {
        StringBuilder sb = new StringBuilder(a.text().length() + 256);
        sb.append(pipelineVersion).append('\u0000').append("graph-model:").append(GRAPH_MODEL_VERSION).append('\u0000').append(a.key()).append('\u0000').append(a.sourceName())
                .append('\u0000').append(a.url()).append('\u0000').append(a.title()).append('\u0000')
                .append(a.publisher()).append('\u0000').append(a.published()).append('\u0000').append(a.body())
                .append('\u0000').append(a.text());
        return ArticleIris.sha256(sb.toString());
    }

    public ArticleGraph map(ExtractedArticle extracted) {
        Objects.requireNonNull(extracted, "extracted");
        AnnotatedArticle annotated = extracted.annotated();
        Article a = annotated.article();
        Graph g = GraphFactory.createDefaultGraph();
        Node article = iri(iris.article(a));
        String digest = digest(a);
        CodePoints cp = new CodePoints(literalSafe(a.text()));

        add(g, article, RDF.type, PARLEY.Article);
        add(g, article, RDF.type, SCHEMA.NewsArticle);
        add(g, article, RDF.type, NIF.Context);
        add(g, article, PARLEY.sourceName, string(a.sourceName()));
        if (a.title() != null) add(g, article, DCTerms.title, string(a.title()));
        if (a.url() != null) add(g, article, SCHEMA.url, iriOrString(a.url()));
        if (a.publisher() != null) add(g, article, PARLEY.publisherName, string(a.publisher()));
        if (a.published() != null)
            add(g, article, DCTerms.date, NodeFactory.createLiteralDT(a.published().toString(), XSDDatatype.XSDdate));
        add(g, article, DCTerms.language, string(annotated.language()));
        add(g, article, NIF.isString, string(a.text()));
        add(g, article, PARLEY.contentDigest, string(digest));
        add(g, article, PARLEY.bodyHash, string(org.parley.ingest.ArticleIdentity.contentHash(a)));
        add(g, article, PARLEY.pipelineVersion, string(pipelineVersion));
        add(g, article, PARLEY.sentenceCount, integer(annotated.sentences().size()));
        add(g, article, PARLEY.tokenCount, integer(annotated.tokenCount()));

        for (Sentence s : annotated.sentences()) {
            Node sentence = iri(iris.sentence(a, s.index()));
            add(g, sentence, RDF.type, PARLEY.Sentence);
            add(g, sentence, PARLEY.inArticle, article);
            add(g, sentence, NIF.referenceContext, article);
            add(g, sentence, PARLEY.sentenceIndex, integer(s.index()));
            offsets(g, sentence, cp, s.span(), s.span().cover(a.text()));
        }

        Graph knowledge = GraphFactory.createDefaultGraph();
        Entities entities = new Entities(g, knowledge, iris);
        for (ResolvedMention rm : extracted.mentions()) {
            Mention m = rm.mention();
            EntityRef e = rm.entity();
            Node mention = iri(iris.mention(a, m.span()));
            Node entity = iri(iris.entity(e));
            add(g, mention, RDF.type, PARLEY.Mention);
            add(g, mention, PARLEY.inArticle, article);
            add(g, mention, NIF.referenceContext, article);
            add(g, mention, PARLEY.inSentence, iri(iris.sentence(a, m.sentence())));
            offsets(g, mention, cp, m.span(), m.text());
            add(g, mention, PARLEY.refersTo, entity);
            add(g, mention, PARLEY.extractor, string(m.extractor()));
            // the canonical form, as TDB2 gives it back (1.0e0, not 1.0), so that the literal round-trips
            add(g, mention, PARLEY.confidence, org.apache.jena.sparql.expr.NodeValue.makeDouble(m.confidence()).asNode());
            // every spelling an article uses is an alias of the entity, unless it is the entity's name
            if (!m.normalized().equals(e.label())) add(g, entity, SKOS_ALT_LABEL, string(m.normalized()));
            entities.mentioned(e);
        }
        new FactMapper(ns, new ClaimWriter(g, iris, annotated, article, cp), entities).map(extracted);
        return new ArticleGraph(a.key(), iri(iris.graph(a.key())), digest, g, iri(iris.knowledgeGraph()), knowledge);
    }

    /**
     * Writes each entity's type and labels once, and a source for those that no mention refers to. A gazetteer
     * entity's description comes from the gazetteer, the same for every article, so it goes to the knowledge graph
     * (see {@link ArticleGraph}); an entity the article alone names is described in the article graph.
     */
    static final class Entities {
        private final Graph g;
        private final Graph knowledge;
        private final ArticleIris iris;
        private final Set<String> typed = new HashSet<>();
        private final Set<String> mentioned = new HashSet<>();

        Entities(Graph g, Graph knowledge, ArticleIris iris) {
            this.g = g;
            this.knowledge = knowledge;
            this.iris = iris;
        }

        /** The entity's node, typed and labelled. */
        Node node(EntityRef e) {
            Node entity = iri(iris.entity(e));
            if (typed.add(e.key())) {
                Graph d = e.knowledgeId() != null ? knowledge : g;
                add(d, entity, RDF.type, typeOf(e.type()));
                add(d, entity, RDF.type, PARLEY.Entity);
                add(d, entity, RDFS.label, string(e.label()));
                if (e.wikidata() != null) add(d, entity, OWL.sameAs, iri(WIKIDATA + e.wikidata()));
                if (e.knowledgeId() != null) add(d, entity, PARLEY.gazetteerId, string(e.knowledgeId()));
            }
            return entity;
        }

        void mentioned(EntityRef e) {
            node(e);
            mentioned.add(e.key());
        }

        /** The entity's node for a fact read from {@code sentence}: an entity no mention names gets it as evidence. */
        Node inFact(EntityRef e, Node sentence) {
            Node entity = node(e);
            if (!mentioned.contains(e.key())) add(g, entity, PARLEY.evidence, sentence);
            return entity;
        }
    }

    static final Node SKOS_ALT_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");

    /** The ontology class of each entity type. */
    public static org.apache.jena.rdf.model.Resource typeOf(EntityType t) {
        return switch (t) {
            case PERSON -> PARLEY.Person;
            case STATE -> PARLEY.State;
            case ALLIANCE -> PARLEY.Alliance;
            case ORGANIZATION -> PARLEY.Organization;
            case PLACE -> PARLEY.Place;
        };
    }

    /** Offsets in the graph count Unicode code points, as NIF and SPARQL's SUBSTR do. */
    private static void offsets(Graph g, Node s, CodePoints cp, TextSpan span, String anchor) {
        add(g, s, NIF.beginIndex, NodeFactory.createLiteralDT(Integer.toString(cp.at(span.begin())), XSDDatatype.XSDnonNegativeInteger));
        add(g, s, NIF.endIndex, NodeFactory.createLiteralDT(Integer.toString(cp.at(span.end())), XSDDatatype.XSDnonNegativeInteger));
        add(g, s, NIF.anchorOf, string(anchor));
    }

    /** Converts UTF-16 offsets (Java's) to code-point offsets; the identity for text without surrogate pairs. */
    static final class CodePoints {
        private final int[] before;

        CodePoints(String text) {
            boolean surrogates = false;
            for (int i = 0; i < text.length() && !surrogates; i++) surrogates = Character.isSurrogate(text.charAt(i));
            if (!surrogates) {
                before = null;
                return;
            }
            before = new int[text.length() + 1];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                before[i] = n;
                if (!Character.isLowSurrogate(text.charAt(i))) n++;
            }
            before[text.length()] = n;
        }

        int at(int utf16Offset) {
            return before == null ? utf16Offset : before[utf16Offset];
        }
    }

    static void add(Graph g, Node s, org.apache.jena.rdf.model.Property p, Node o) {
        g.add(s, p.asNode(), o);
    }

    static void add(Graph g, Node s, org.apache.jena.rdf.model.Property p, org.apache.jena.rdf.model.Resource o) {
        g.add(s, p.asNode(), o.asNode());
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(literalSafe(s));
    }

    /**
     * The text with every character that XML 1.0 cannot carry replaced by U+FFFD: control characters other than
     * tab, line feed and carriage return (C0, DEL, C1), unpaired surrogates, U+FFFE and U+FFFF. One UTF-16 unit in, one out,
     * so offsets stay valid. Every literal Parley writes then reads back unchanged in every RDF syntax and
     * SPARQL result format (including RDF/XML and XML results) and through UTF-8.
     */
    static String literalSafe(String s) {
        int n = s.length(), i = 0;
        while (i < n && safeAt(s, i)) i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
        if (i >= n) return s;
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            if (safeAt(s, i)) {
                int len = Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
                sb.append(s, i, i + len);
                i += len;
            } else {
                sb.append('\uFFFD');
                i++;
            }
        }
        return sb.toString();
    }

    /** Whether the character at {@code i} (a whole surrogate pair when it starts one) is allowed in XML 1.0. */
    private static boolean safeAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return false;
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFFFD);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** A URL as an IRI when it is a valid absolute IRI, else as a plain string (nothing is lost). */
    private static Node iriOrString(String url) {
        return SafeIris.isSafeAbsoluteIri(url) ? iri(url) : string(url);
    }

}
