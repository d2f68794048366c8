package org.parley.rdf;

import java.util.Objects;

import org.apache.jena.shared.PrefixMapping;

/**
 * Where Parley's IRIs live. The data namespace is configurable (default {@code https://w3id.org/parley/});
 * the ontology namespace is fixed by the ontology.
 *
 * @param base the base IRI, ending in {@code /}; instance IRIs are minted under {@code base + "id/"}
 */
public record ParleyNamespaces(String base) {
    public static final String DEFAULT_BASE = "https://w3id.org/parley/";

    public ParleyNamespaces {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/"))
            throw new IllegalArgumentException("base IRI must be http(s) and end in '/': " + base);
    }

    public static ParleyNamespaces defaults() {
        return new ParleyNamespaces(DEFAULT_BASE);
    }

    public String id() {
        return base + "id/";
    }

    /** The usual prefixes for Parley data, for writers and query tools. */
    public PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("parley", PARLEY.NS);
        pm.setNsPrefix("pid", id());
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        pm.setNsPrefix("schema", SCHEMA.NS);
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("nif", NIF.NS);
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        pm.setNsPrefix("wdt", "http://www.wikidata.org/prop/direct/");
        pm.setNsPrefix("org", "http://www.w3.org/ns/org#");
        pm.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        pm.setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        pm.setNsPrefix("time", "http://www.w3.org/2006/time#");
        pm.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        pm.setNsPrefix("void", "http://rdfs.org/ns/void#");
        pm.setNsPrefix("text", "http://jena.apache.org/text#");
        pm.lock();
        return pm;
    }
}
