package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

/**
 * The streaming JSON-LD writer that exports use: node objects written as each subject's triples end, read back to
 * the same triples as the graph given, and to the same triples as the in-memory writer's document.
 */
public class JsonLdStreamTest {
    static {
        JenaSystem.init();
    }

    private static final Graph EXAMPLE = RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");
    private static final String CONTEXT_URL = "https://w3id.org/parley/context.jsonld";

    private static JsonObject stream(List<Triple> triples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF sink = JsonLd.stream(out, ParleyNamespaces.defaults().prefixes(), CONTEXT_URL);
        sink.start();
        triples.forEach(sink::triple);
        sink.finish();
        return JSON.parse(out.toString(StandardCharsets.UTF_8));
    }

    /**
     * A JSON-LD document Parley wrote, read back with its published context put inline (no network needed); the
     * document given is not changed.
     */
    public static Graph read(JsonObject written) {
        JsonObject doc = JSON.parse(written.toString());   // a copy: the context is put inline below
        assertEquals(CONTEXT_URL, doc.get("@context").getAsString().value());
        doc.put("@context", JsonLd.context(ParleyNamespaces.defaults().prefixes()).get("@context"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(doc.toString(), Lang.JSONLD).parse(g);
        return g;
    }

    @Test
    void eachRunOfASubjectIsOneNodeObject() {
        List<Triple> bySubject = new ArrayList<>(EXAMPLE.find().toList());
        bySubject.sort((a, b) -> a.getSubject().toString().compareTo(b.getSubject().toString()));
        JsonObject doc = stream(bySubject);
        long subjects = bySubject.stream().map(Triple::getSubject).distinct().count();
        assertEquals(subjects, doc.get("@graph").getAsArray().size());
        assertTrue(IsoMatcher.isomorphic(EXAMPLE, read(doc)));
        // the same triples as the document the in-memory writer makes
        JsonObject whole = JSON.parse(JsonLd.write(EXAMPLE, ParleyNamespaces.defaults().prefixes(), CONTEXT_URL));
        assertTrue(IsoMatcher.isomorphic(read(whole), read(doc)));
    }

    @Test
    void aSubjectThatComesBackGetsASecondNodeObjectAndNothingIsLost() {
        List<Triple> alternating = new ArrayList<>(EXAMPLE.find().toList());
        alternating.sort((a, b) -> a.getPredicate().toString().compareTo(b.getPredicate().toString()));
        JsonObject doc = stream(alternating);
        JsonArray nodes = doc.get("@graph").getAsArray();
        long subjects = alternating.stream().map(Triple::getSubject).distinct().count();
        assertTrue(nodes.size() > subjects, nodes.size() + " node objects for " + subjects + " subjects");
        assertTrue(IsoMatcher.isomorphic(EXAMPLE, read(doc)));
    }

    @Test
    void noTriplesIsAnEmptyGraph() {
        JsonObject doc = stream(List.of());
        assertEquals(0, doc.get("@graph").getAsArray().size());
        assertEquals(0, read(doc).size());
    }
}
