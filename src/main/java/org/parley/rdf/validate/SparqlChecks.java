package org.parley.rdf.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.RDF;

import org.parley.rdf.NIF;
import org.parley.rdf.PARLEY;

/**
 * Java evaluations of the {@code sh:sparql} constraints of {@code ontology/parley-shapes.ttl}: each computes, for
 * one focus node, exactly the rows that the constraint's SELECT query returns, by direct graph look-ups instead
 * of a SPARQL execution per focus node (which costs far more than the look-ups). A check applies only to the
 * query text it was written for: each is keyed by a fingerprint of its query (whitespace-normalised), so a
 * changed query in the shapes file is no longer matched and is run by SHACL's SPARQL engine again.
 *
 * <p>The FILTER expressions that compare values (offsets) are Jena's own expressions, taken from the parsed
 * query and evaluated on each candidate row, so their SPARQL semantics (numeric promotion, type errors, code
 * point string functions) are the engine's; a fast path computes the common case of well-typed offsets
 * directly.
 */
final class SparqlChecks {
    /** One row of a constraint's result, as SHACL reports it. */
    interface Rows {
        /**
         * @param value the row's {@code ?value}, or null (SHACL then reports the focus node)
         * @param vars  the row's variables for the message template
         */
        void row(Node value, Map<String, Node> vars);
    }

    /** A constraint's evaluation for one focus node of a graph. */
    interface Check {
        void check(Graph g, Node focus, Rows out);
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBJECT = RDF.subject.asNode();
    private static final Node PREDICATE = RDF.predicate.asNode();
    private static final Node OBJECT = RDF.object.asNode();
    private static final Node IN_ARTICLE = PARLEY.inArticle.asNode();
    private static final Node IN_SENTENCE = PARLEY.inSentence.asNode();
    private static final Node REFERS_TO = PARLEY.refersTo.asNode();
    private static final Node EVIDENCE = PARLEY.evidence.asNode();
    private static final Node MEMBER_OF = PARLEY.memberOf.asNode();
    private static final Node HAS_PARTICIPANT = PARLEY.hasParticipant.asNode();
    private static final Node CONTENT = PARLEY.content.asNode();
    private static final Node CLAIM = PARLEY.Claim.asNode();
    private static final Node MENTION = PARLEY.Mention.asNode();
    private static final Node ENTITY = PARLEY.Entity.asNode();
    private static final Node IS_STRING = NIF.isString.asNode();
    private static final Node BEGIN = NIF.beginIndex.asNode();
    private static final Node END = NIF.endIndex.asNode();
    private static final Node ANCHOR = NIF.anchorOf.asNode();
    private static final Node ORG_MEMBER = NodeFactory.createURI("http://www.w3.org/ns/org#member");
    private static final Node ORG_ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#organization");

    /** Builds a check from the parsed query (for its VALUES and FILTER parts). */
    private static final Map<String, Function<Query, Check>> BY_FINGERPRINT = Map.of(
            "0c3da6c1333fb189", SparqlChecks::spanOffsets,
            "1ab6edb3f365840b", SparqlChecks::mentionInSentence,
            "7480fb1cee931846", q -> SparqlChecks::entitySource,
            "9c4ad45cc5c3f789", SparqlChecks::factClaim,
            "3eacf9b8ccf8e3f0", q -> SparqlChecks::claimStated,
            "cd22694076cc3be2", q -> SparqlChecks::membershipEdge,
            "fd8ac1c7acee8440", q -> SparqlChecks::memberOfClaim,
            "fdea3df8f9ebc49c", SparqlChecks::relationSource,
            "77b66746b8b09aa1", q -> SparqlChecks::eventParticipant);

    private SparqlChecks() {}

    /** The Java check for a constraint's SELECT text and parsed query, if there is one for exactly that text. */
    static Optional<Check> forQuery(String selectText, Query parsed) {
        Function<Query, Check> f = BY_FINGERPRINT.get(fingerprint(selectText));
        return f == null ? Optional.empty() : Optional.of(f.apply(parsed));
    }

    /** The first 16 hex digits of the SHA-256 of the query text with its whitespace runs collapsed to one space. */
    static String fingerprint(String selectText) {
        String normal = String.join(" ", selectText.trim().split("\\s+"));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** A message template with its {@code {?var}} / {@code {$var}} placeholders filled as Jena's SHACL fills them. */
    static String message(String template, Map<String, Node> vars) {
        String x = template;
        for (Map.Entry<String, Node> e : vars.entrySet()) {
            Node v = e.getValue();
            String shown = v.isLiteral() ? v.getLiteralLexicalForm() : ShLib.displayStr(v);
            x = x.replaceAll("\\{[?$]" + Matcher.quoteReplacement(e.getKey()) + "\\}", Matcher.quoteReplacement(shown));
        }
        return x;
    }

    // ------------------------------------------------------------------ the checks

    /** ArticleShape: the offsets of every span of the article point at its anchor text. */
    private static Check spanOffsets(Query q) {
        Expr filter = onlyFilter(q);
        return (g, article, out) -> {
            for (Node text : objects(g, article, IS_STRING)) {
                String textStr = plainString(text);
                int textLength = textStr == null ? -1 : textStr.codePointCount(0, textStr.length());
                for (Node span : subjects(g, IN_ARTICLE, article))
                    for (Node begin : objects(g, span, BEGIN))
                        for (Node end : objects(g, span, END))
                            for (Node anchor : objects(g, span, ANCHOR)) {
                                int b = smallInt(begin), e = smallInt(end);
                                boolean bad;
                                if (textStr != null && b >= 0 && e >= 0 && anchor.isLiteral()) {
                                    bad = e < b || e > textLength || !anchor.getLiteralLexicalForm().equals(
                                            textStr.substring(textStr.offsetByCodePoints(0, b), textStr.offsetByCodePoints(0, e)));
                                } else {
                                    bad = satisfied(filter, Map.of("this", article, "text", text, "value", span,
                                            "begin", begin, "end", end, "anchor", anchor));
                                }
                                if (bad) out.row(span, vars("this", article, "value", span, "begin", begin, "end", end));
                            }
            }
        };
    }

    /** ArticleShape: every mention of the article lies inside its sentence, and that sentence is in the article. */
    private static Check mentionInSentence(Query q) {
        Expr filter = onlyFilter(q);
        return (g, article, out) -> {
            for (Node m : subjects(g, IN_ARTICLE, article)) {
                if (!g.contains(m, TYPE, MENTION)) continue;
                for (Node s : objects(g, m, IN_SENTENCE))
                    for (Node b : objects(g, m, BEGIN))
                        for (Node e : objects(g, m, END))
                            for (Node sb : objects(g, s, BEGIN))
                                for (Node se : objects(g, s, END)) {
                                    List<Node> sas = objects(g, s, IN_ARTICLE);
                                    if (sas.isEmpty()) sas = java.util.Collections.singletonList(null);
                                    for (Node sa : sas) {
                                        int ib = smallInt(b), ie = smallInt(e), isb = smallInt(sb), ise = smallInt(se);
                                        boolean bad;
                                        if (ib >= 0 && ie >= 0 && isb >= 0 && ise >= 0 && sa != null && sa.isURI()) {
                                            bad = ib < isb || ie > ise || !sa.equals(article);
                                        } else {
                                            Map<String, Node> row = new HashMap<>(Map.of("this", article, "value", m,
                                                    "s", s, "b", b, "e", e, "sb", sb, "se", se));
                                            if (sa != null) row.put("sa", sa);
                                            bad = satisfied(filter, row);
                                        }
                                        if (bad) out.row(m, vars("this", article, "value", m));
                                    }
                                }
            }
        };
    }

    /** ArticleShape: every entity has a source (a mention that refers to it, or evidence). */
    private static void entitySource(Graph g, Node article, Rows out) {
        for (Node x : subjects(g, TYPE, ENTITY))
            if (!g.contains(Node.ANY, REFERS_TO, x) && !g.contains(x, EVIDENCE, Node.ANY))
                out.row(x, vars("this", article, "value", x));
    }

    /** ArticleShape: every fact edge has a claim. */
    private static Check factClaim(Query q) {
        List<Node> predicates = values(q, "p");
        return (g, article, out) -> {
            for (Node p : predicates)
                g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                    if (!hasClaim(g, t.getSubject(), p, t.getObject()))
                        out.row(null, vars("this", article, "s", t.getSubject(), "p", p, "o", t.getObject()));
                });
        };
    }

    /** ClaimShape: the claim's triple is stated. */
    private static void claimStated(Graph g, Node claim, Rows out) {
        for (Node s : objects(g, claim, SUBJECT))
            for (Node p : objects(g, claim, PREDICATE))
                for (Node o : objects(g, claim, OBJECT))
                    if (!g.contains(s, p, o)) out.row(null, vars("this", claim));
    }

    /** MembershipShape: the membership comes with its memberOf edge. */
    private static void membershipEdge(Graph g, Node membership, Rows out) {
        for (Node m : objects(g, membership, ORG_MEMBER))
            for (Node o : objects(g, membership, ORG_ORGANIZATION))
                if (!g.contains(m, MEMBER_OF, o)) out.row(null, vars("this", membership));
    }

    /** MemberOfShape: each memberOf edge has a claim. */
    private static void memberOfClaim(Graph g, Node member, Rows out) {
        for (Node o : objects(g, member, MEMBER_OF))
            if (!hasClaim(g, member, MEMBER_OF, o)) out.row(null, vars("this", member, "o", o));
    }

    /** RelationSourceShape: both ends of a relation edge have a source. */
    private static Check relationSource(Query q) {
        List<Node> predicates = values(q, "p");
        return (g, subject, out) -> {
            boolean subjectUnsourced = unsourced(g, subject);
            for (Node p : predicates)
                for (Node o : objects(g, subject, p))
                    if (subjectUnsourced || unsourced(g, o)) out.row(null, vars("this", subject, "o", o));
        };
    }

    /** EventParticipantShape (a warning): the event has a participant unless it is the content of another. */
    private static void eventParticipant(Graph g, Node event, Rows out) {
        if (!g.contains(event, HAS_PARTICIPANT, Node.ANY) && !g.contains(Node.ANY, CONTENT, event))
            out.row(null, vars("this", event));
    }

    // ------------------------------------------------------------------ helpers

    private static boolean unsourced(Graph g, Node x) {
        return !g.contains(Node.ANY, REFERS_TO, x) && !g.contains(x, EVIDENCE, Node.ANY);
    }

    /** Whether a parley:Claim reifies (s, p, o). */
    private static boolean hasClaim(Graph g, Node s, Node p, Node o) {
        for (Node c : subjects(g, SUBJECT, s))
            if (g.contains(c, PREDICATE, p) && g.contains(c, OBJECT, o) && g.contains(c, TYPE, CLAIM)) return true;
        return false;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>(1);
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static Map<String, Node> vars(Object... kv) {
        Map<String, Node> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Node) kv[i + 1]);
        return m;
    }

    private static final Set<String> INTEGER_TYPES = Set.of(
            "http://www.w3.org/2001/XMLSchema#integer", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger",
            "http://www.w3.org/2001/XMLSchema#int", "http://www.w3.org/2001/XMLSchema#long");

    /**
     * A literal's value when it is a well-formed integer of one of the usual integer datatypes between 0 and
     * 2^31-1 written in canonical digits; -1 otherwise (the caller then uses the engine's evaluation).
     */
    private static int smallInt(Node n) {
        if (!n.isLiteral() || !INTEGER_TYPES.contains(n.getLiteralDatatypeURI())) return -1;
        String lex = n.getLiteralLexicalForm();
        if (lex.isEmpty() || lex.length() > 9) return -1;
        for (int i = 0; i < lex.length(); i++) if (lex.charAt(i) < '0' || lex.charAt(i) > '9') return -1;
        return Integer.parseInt(lex);
    }

    /** An xsd:string literal's text; null for anything else (the caller then uses the engine's evaluation). */
    private static String plainString(Node n) {
        return n.isLiteral() && "http://www.w3.org/2001/XMLSchema#string".equals(n.getLiteralDatatypeURI())
                ? n.getLiteralLexicalForm() : null;
    }

    private static final FunctionEnv ENV = new FunctionEnvBase();

    /** Whether a FILTER expression keeps the row (true; false on false or an evaluation error, as FILTER does). */
    private static boolean satisfied(Expr filter, Map<String, Node> row) {
        BindingBuilder b = BindingFactory.builder();
        row.forEach((k, v) -> b.add(Var.alloc(k), v));
        Binding binding = b.build();
        return filter.isSatisfied(binding, ENV);
    }

    /** The single top-level FILTER of a query. */
    private static Expr onlyFilter(Query q) {
        List<Expr> found = new ArrayList<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementFilter el) {
                found.add(el.getExpr());
            }
        });
        if (found.size() != 1) throw new IllegalStateException("expected one FILTER in " + q);
        return found.get(0);
    }

    /** The values a query's VALUES block gives a variable. */
    private static List<Node> values(Query q, String var) {
        List<Node> found = new ArrayList<>();
        Var v = Var.alloc(var);
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData el) {
                el.getRows().forEach(r -> {
                    Node n = r.get(v);
                    if (n != null && !found.contains(n)) found.add(n);
                });
            }
        });
        if (found.isEmpty()) throw new IllegalStateException("no VALUES for ?" + var + " in " + q);
        return List.copyOf(found);
    }
}
