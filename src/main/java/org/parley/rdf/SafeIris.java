package org.parley.rdf;

import org.apache.jena.iri.IRI;
import org.apache.jena.iri.IRIFactory;

/** Checks of IRIs that come from outside (article URLs) before they are written as IRIs. */
final class SafeIris {
    private static final IRIFactory FACTORY = IRIFactory.iriImplementation();

    private SafeIris() {}

    /**
     * Whether a non-ASCII character may stand in an IRI as it is: letters, marks, numbers, punctuation and
     * symbols; not controls, formatting characters (bidirectional controls, zero-width characters, which RFC 3987
     * forbids), separators, unpaired surrogates, private-use or unassigned code points and noncharacters.
     */
    private static boolean visible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    static boolean isSafeAbsoluteIri(String s) {
        if (s == null || s.isEmpty() || s.length() > 2_000) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\'
                    || c == '^' || c == '`')
                return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp > 0x7F && !visible(cp)) return false;
            i += Character.charCount(cp);
        }
        IRI iri = FACTORY.create(s);
        return !iri.hasViolation(false) && iri.isAbsolute()
                && ("http".equals(iri.getScheme()) || "https".equals(iri.getScheme()));
    }
}
