package org.parley.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns names into lookup keys. A key keeps letter case but folds diacritics ("Türkiye" = "Turkiye"), maps
 * typographic apostrophes and dashes to {@code '} and {@code -}, and drops all white space, so that a name and the
 * concatenation of its tokens ("United" + "States", "Guinea" + "-" + "Bissau") give the same key.
 */
public final class NameKeys {
    private NameKeys() {
    }

    /** The case-sensitive key of a name or of a token. */
    public static String key(CharSequence s) {
        boolean plain = true;
        boolean spaces = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                plain = false;
                break;
            }
            if (c <= ' ')
                spaces = true;
        }
        if (plain && !spaces)
            return s.toString();
        StringBuilder out = new StringBuilder(s.length());
        if (plain) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > ' ')
                    out.append(c);
            }
            return out.toString();
        }
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u00AD')
                continue;
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK)
                continue;
            switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u02BC', '\u02BB', '\u02BD', '\u02B9', '\u0060', '\u00B4',
                        '\u2032', '\uFF07' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D' ->
                        out.append('-');
                case '\u00F8' -> out.append('o');
                case '\u00D8' -> out.append('O');
                case '\u0142' -> out.append('l');
                case '\u0141' -> out.append('L');
                case '\u0111', '\u00F0' -> out.append('d');
                case '\u0110', '\u00D0' -> out.append('D');
                case '\u0131' -> out.append('i');
                case '\u00DF' -> out.append("ss");
                case '\u00E6' -> out.append("ae");
                case '\u00C6' -> out.append("AE");
                case '\u0153' -> out.append("oe");
                case '\u0152' -> out.append("OE");
                case '\u00FE' -> out.append("th");
                case '\u00DE' -> out.append("TH");
                case '\u0127' -> out.append('h');
                case '\u0126' -> out.append('H');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The key of a title variant: case-insensitive, and also without hyphens and full stops. */
    public static String titleKey(CharSequence s) {
        String k = key(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c != '-' && c != '.')
                out.append(c);
        }
        return out.toString();
    }

    /** Whether a string has letters and none of them is lower case ("US", "U.K.", "NATO"). */
    public static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c))
                    return false;
            }
        }
        return letter;
    }
}
