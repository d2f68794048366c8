package org.parley.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises decoded text before anything else looks at it, so that every later offset points into the
 * normalised form.
 *
 * <ul>
 *   <li>line ends: CR LF and lone CR become LF; U+2028, U+2029, NEL, vertical tab and form feed become LF;</li>
 *   <li>other control characters (C0 except tab and LF, DEL, C1) are removed;</li>
 *   <li>format characters (Unicode category Cf: byte order mark, zero-width space/joiners, soft hyphen,
 *       bidirectional marks, word joiner) are removed;</li>
 *   <li>space separators other than U+0020 (no-break space, thin space, ideographic space, ...) become U+0020;</li>
 *   <li>unpaired surrogates become U+FFFD;</li>
 *   <li>the result is put in Unicode NFC.</li>
 * </ul>
 *
 * <p>Typographic dashes and quotes are deliberately left as they are: {@code "progress—most"} keeps its
 * em dash, and the language layer must treat U+2013/U+2014 as token boundaries.
 */
final class TextNormalizer {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    static String normalize(CharSequence in) {
        StringBuilder out = new StringBuilder(in.length());
        int n = in.length();
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && in.charAt(i + 1) == '\n')
                    continue;
                out.append('\n');
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f') {
                out.append('\n');
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(in.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, in.charAt(i + 1));
                    i++;
                    if (Character.getType(cp) != Character.FORMAT)
                        out.appendCodePoint(cp);
                } else {
                    out.append('\uFFFD');
                }
            } else if (Character.isLowSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                int type = Character.getType(c);
                if (type == Character.CONTROL || type == Character.FORMAT)
                    continue;
                out.append(type == Character.SPACE_SEPARATOR ? ' ' : c);
            }
        }
        String s = out.toString();
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Collapses every run of whitespace to one space and trims: for titles and other one-line fields. */
    static String oneLine(String s) {
        if (s == null)
            return null;
        String t = collapseWhitespace(normalize(s)).strip();
        return t.isEmpty() ? null : t;
    }

    /** Every run of whitespace as one space. */
    static String collapseWhitespace(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ");
    }

    /** The number of whitespace-separated words. */
    static int countWords(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord)
                words++;
            inWord = !space;
        }
        return words;
    }
}
