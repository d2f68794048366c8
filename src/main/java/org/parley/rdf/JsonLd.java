package org.parley.rdf;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Parley's JSON-LD: flat {@code @graph} documents whose {@code @context} is a URL, the published context
 * ({@link #context}) that declares Parley's prefixes. Keys and IRIs are compact IRIs ({@code parley:refersTo},
 * {@code pid:person/rustem-umerov}); any JSON-LD 1.1 processor that loads the context expands them back to
 * exactly the triples given.
 *
 * <pre>{@code
 * String json = JsonLd.write(graph, ns.prefixes(), ns.base() + "context.jsonld");
 * }</pre>
 */
public final class JsonLd {
    private JsonLd() {}

    /** The published context: each prefix as a JSON-LD prefix term. */
    public static JsonObject context(PrefixMapping prefixes) {
        Objects.requireNonNull(prefixes, "prefixes");
        JsonObject terms = new JsonObject();
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach((p, ns) -> {
            JsonObject def = new JsonObject();
            def.put("@id", ns);
            def.put("@prefix", true);
            terms.put(p, def);
        });
        JsonObject doc = new JsonObject();
        doc.put("@context", terms);
        return doc;
    }

    /** The graph as a JSON-LD document referring to the context at {@code contextUrl}. */
    public static String write(Graph graph, PrefixMapping prefixes, String contextUrl) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(prefixes, "prefixes");
        Objects.requireNonNull(contextUrl, "contextUrl");
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        graph.find().forEachRemaining(t -> bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
        List<Node> subjects = new ArrayList<>(bySubject.keySet());
        subjects.sort((a, b) -> a.toString().compareTo(b.toString()));
        JsonArray nodes = new JsonArray();
        Map<String, String> ns = prefixes.getNsPrefixMap();   // a copy: taken once, not for every IRI
        for (Node s : subjects) nodes.add(nodeObject(s, bySubject.get(s), ns));
        JsonObject doc = new JsonObject();
        doc.put("@context", contextUrl);
        doc.put("@graph", nodes);
        return doc.toString();
    }

    /**
     * A sink that writes a JSON-LD document to {@code out} as the triples arrive, one node object per run of triples
     * with the same subject, so that nothing but the current subject's triples is held: for unions too large for
     * the heap. Give it each subject's triples together (a subject that comes back gets a second node object with
     * the same {@code @id}, which JSON-LD processors merge). Quads are taken as triples. {@link StreamRDF#finish()}
     * ends the document and flushes; {@code out} is left open.
     */
    public static StreamRDF stream(OutputStream out, PrefixMapping prefixes, String contextUrl) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(prefixes, "prefixes");
        Objects.requireNonNull(contextUrl, "contextUrl");
        return new Streaming(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), prefixes, contextUrl);
    }

    private static final class Streaming extends StreamRDFBase {
        private final Writer out;
        private final Map<String, String> prefixes;
        private final String contextUrl;
        private final List<Triple> current = new ArrayList<>();
        private boolean first = true;

        Streaming(Writer out, PrefixMapping prefixes, String contextUrl) {
            this.out = out;
            this.prefixes = prefixes.getNsPrefixMap();   // a copy: taken once, not for every IRI
            this.contextUrl = contextUrl;
        }

        @Override
        public void start() {
            write("{\"@context\":" + JSON.toStringFlat(new JsonString(contextUrl)) + ",\n\"@graph\":[\n");
        }

        @Override
        public void triple(Triple t) {
            if (!current.isEmpty() && !current.get(0).getSubject().equals(t.getSubject())) flushSubject();
            current.add(t);
        }

        @Override
        public void quad(Quad q) {
            triple(q.asTriple());
        }

        @Override
        public void finish() {
            flushSubject();
            write("\n]}\n");
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void flushSubject() {
            if (current.isEmpty()) return;
            String node = JSON.toStringFlat(nodeObject(current.get(0).getSubject(), current, prefixes));   // one line each
            write((first ? "" : ",\n") + node);
            first = false;
            current.clear();
        }

        private void write(String s) {
            try {
                out.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One subject's node object: {@code @id}, {@code @type} and its other properties in the order of their names. */
    private static JsonObject nodeObject(Node s, List<Triple> triples, Map<String, String> prefixes) {
        JsonObject o = new JsonObject();
        o.put("@id", id(s, prefixes));
        Map<String, JsonArray> props = new TreeMap<>();
        JsonArray types = new JsonArray();
        for (Triple t : triples) {
            if (t.getPredicate().equals(RDF.type.asNode()) && !t.getObject().isLiteral()) {
                types.add(id(t.getObject(), prefixes));
                continue;
            }
            props.computeIfAbsent(compact(t.getPredicate().getURI(), prefixes), k -> new JsonArray()).add(value(t.getObject(), prefixes));
        }
        if (!types.isEmpty()) o.put("@type", types);
        props.forEach(o::put);
        return o;
    }

    private static JsonValue value(Node n, Map<String, String> pm) {
        JsonObject v = new JsonObject();
        if (n.isLiteral()) {
            v.put("@value", n.getLiteralLexicalForm());
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) v.put("@language", lang);
            else if (!XSDDatatype.XSDstring.getURI().equals(n.getLiteralDatatypeURI()))
                v.put("@type", compact(n.getLiteralDatatypeURI(), pm));
        } else {
            v.put("@id", id(n, pm));
        }
        return v;
    }

    private static String id(Node n, Map<String, String> pm) {
        if (n.isBlank()) return "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "");
        return compact(n.getURI(), pm);
    }

    /** A compact IRI when a prefix fits and the local part cannot be mistaken for an IRI; else the full IRI. */
    static String compact(String iri, Map<String, String> pm) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : pm.entrySet())
            if (iri.startsWith(e.getValue()) && e.getValue().length() > bestNs.length()) {
                best = e.getKey();
                bestNs = e.getValue();
            }
        if (best == null) return iri;
        String local = iri.substring(bestNs.length());
        if (local.startsWith("//")) return iri;
        return best + ":" + local;
    }
}
