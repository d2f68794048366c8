package org.parley.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology ({@code ontology/parley.ttl}) and the SHACL shapes ({@code ontology/parley-shapes.ttl}) as the
 * build copies them onto the classpath ({@code org/parley/ontology/}), parsed once.
 */
public final class OntologyResources {
    /** Classpath folder of the ontology files. */
    public static final String FOLDER = "/org/parley/ontology/";

    private static final class Holder {
        static final Graph ONTOLOGY = parse("parley.ttl");
        static final Graph SHAPES = parse("parley-shapes.ttl");
    }

    private OntologyResources() {}

    /** The ontology graph (read-only: do not modify). */
    public static Graph ontology() {
        return Holder.ONTOLOGY;
    }

    /** The shapes graph (read-only: do not modify). */
    public static Graph shapes() {
        return Holder.SHAPES;
    }

    /** The Turtle text of a file in the ontology folder, e.g. {@code parley.ttl}. */
    public static byte[] bytes(String file) {
        try (InputStream in = OntologyResources.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new IllegalStateException("not on the classpath: " + FOLDER + file + " (build with ./mvnw)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Graph parse(String file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE)
                .base("https://w3id.org/parley/").parse(g);
        return g;
    }
}
