package org.parley.nlp;

/**
 * Maps typographic characters to the ASCII forms the English models were trained on, one character for
 * one, so that every offset into the result is an offset into the original.
 */
final class TypographyNormalizer {
    private TypographyNormalizer() {}

    static String normalize(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = map(c[i]);
        return new String(c);
    }

    static char map(char ch) {
        switch (ch) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
                return '"';
            case '\u2010': case '\u2011':
                return '-';
            // dashes between words separate them; as spaces they can never glue two words together
            case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return ' ';
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002': case '\u2003':
                return ' ';
            case '\u2026':
                return '.';
            default:
                return ch;
        }
    }
}
