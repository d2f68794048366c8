package org.parley.model;

/** The kinds of named thing Parley recognises. Each maps to one ontology class (see {@code rdf}). */
public enum EntityType {
    PERSON, STATE, ALLIANCE, ORGANIZATION, PLACE;

    /** Parses a type name, case-insensitively ({@code "Person"}, {@code "STATE"}). */
    public static EntityType parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
