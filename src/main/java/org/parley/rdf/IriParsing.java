package org.parley.rdf;

import org.apache.jena.irix.SystemIRIx;

/**
 * Which IRI parser Jena uses for the whole process: the RFC 3986 parser that Jena 6 makes the default, rather than
 * Jena 5's legacy jena-iri. Every SPARQL query the server parses resolves the IRIs of its prefixes and terms; the
 * legacy parser does that in lexers shared by the whole JVM behind a lock, so concurrent queries queued on it.
 */
public final class IriParsing {
    /** Jena's system property naming the IRI provider. */
    static final String PROPERTY = "jena.iriprovider";
    /** The property's value for the RFC 3986 parser. */
    static final String RFC_3986 = "IRI3986";

    private IriParsing() {}

    /**
     * Makes the RFC 3986 parser the system's IRI provider, unless {@code -Djena.iriprovider} chose one. Idempotent;
     * call it before Jena parses anything concurrently.
     */
    public static synchronized void useRfc3986() {
        if (System.getProperty(PROPERTY) != null) return;
        System.setProperty(PROPERTY, RFC_3986);
        SystemIRIx.reset();
    }
}
