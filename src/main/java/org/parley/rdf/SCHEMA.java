package org.parley.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms Parley writes, in the {@code http://schema.org/} namespace. Jena's own
 * {@code SchemaDO} uses {@code https://schema.org/}; Parley uses the http form because schema.org's JSON-LD
 * context, Wikidata and most linked data expand to it, and it never mixes the two.
 */
public final class SCHEMA {
    public static final String NS = "http://schema.org/";

    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
    public static final Property url = ResourceFactory.createProperty(NS + "url");
    public static final Property name = ResourceFactory.createProperty(NS + "name");

    private SCHEMA() {}
}
