package org.parley.rdf;

import org.apache.jena.iri.IRI;
import org.apache.jena.iri.IRIFactory;

/** Checks of IRIs that come from outside (article URLs) before they are written as IRIs. */
final class SafeIris {
    private static final IRIFactory FACTORY = IRIFactory.iriImplementation();

    private SafeIris() {}

    static boolean isSafeAbsoluteIri(String s) {
        if (s == null || s.isEmpty() || s.length() > 2_000) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\'
                    || c == '^' || c == '`')
                return false;
        }
        IRI iri = FACTORY.create(s);
        return !iri.hasViolation(false) && iri.isAbsolute()
                && ("http".equals(iri.getScheme()) || "https".equals(iri.getScheme()));
    }
}
