package org.parley.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML character references: numeric ones ({@code &#8217;}, {@code &#x2019;}) and the named ones
 * news pages use: the markup characters, all of Latin-1, typographic punctuation, arrows, a few symbols.
 * An unknown name, or a reference without its semicolon (except the five markup names), is left as it is.
 */
final class HtmlEntities {
    /** The names of U+00A0 .. U+00FF, in order. */
    private static final String[] LATIN1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy"
            + " reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34"
            + " iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute"
            + " Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute"
            + " THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave"
            + " iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml"
            + " yacute thorn yuml").split(" ");
    private static final Map<String, String> NAMED = new HashMap<>();

    static {
        for (int i = 0; i < LATIN1.length; i++)
            NAMED.put(LATIN1[i], String.valueOf((char) (0xA0 + i)));
        Object[] more = {
            "amp", '&', "lt", '<', "gt", '>', "quot", '"', "apos", '\'',
            "ndash", '\u2013', "mdash", '\u2014', "horbar", '\u2015', "hyphen", '\u2010', "dash", '\u2010',
            "lsquo", '\u2018', "rsquo", '\u2019', "rsquor", '\u2019', "sbquo", '\u201A',
            "ldquo", '\u201C', "rdquo", '\u201D', "rdquor", '\u201D', "bdquo", '\u201E',
            "lsaquo", '\u2039', "rsaquo", '\u203A', "prime", '\u2032', "Prime", '\u2033',
            "hellip", '\u2026', "mldr", '\u2026', "bull", '\u2022', "bullet", '\u2022', "dagger", '\u2020',
            "Dagger", '\u2021', "permil", '\u2030', "oline", '\u203E', "frasl", '\u2044',
            "euro", '\u20AC', "trade", '\u2122', "TRADE", '\u2122', "COPY", '\u00A9', "REG", '\u00AE',
            "larr", '\u2190', "rarr", '\u2192', "uarr", '\u2191', "darr", '\u2193', "harr", '\u2194',
            "minus", '\u2212', "thinsp", '\u2009', "ensp", '\u2002', "emsp", '\u2003', "hairsp", '\u200A',
            "numsp", '\u2007', "puncsp", '\u2008', "NonBreakingSpace", '\u00A0',
            "zwnj", '\u200C', "zwj", '\u200D', "lrm", '\u200E', "rlm", '\u200F', "ZeroWidthSpace", '\u200B',
            "OElig", '\u0152', "oelig", '\u0153', "Scaron", '\u0160', "scaron", '\u0161', "Yuml", '\u0178',
            "fnof", '\u0192', "circ", '\u02C6', "tilde", '\u02DC', "Zcaron", '\u017D', "zcaron", '\u017E',
            "cacute", '\u0107', "Cacute", '\u0106', "ccaron", '\u010D', "Ccaron", '\u010C',
            "scedil", '\u015F', "Scedil", '\u015E', "gbreve", '\u011F', "Gbreve", '\u011E',
            "inodot", '\u0131', "imath", '\u0131', "Idot", '\u0130', "lstrok", '\u0142', "Lstrok", '\u0141',
            "star", '\u2606', "starf", '\u2605', "check", '\u2713', "nbhy", '\u2011', "colon", ':', "comma", ',',
            "period", '.', "excl", '!', "quest", '?', "num", '#', "dollar", '$', "percnt", '%', "lpar", '(',
            "rpar", ')', "ast", '*', "plus", '+', "sol", '/', "bsol", '\\', "lsqb", '[', "rsqb", ']',
            "lowbar", '_', "lcub", '{', "rcub", '}', "verbar", '|', "vert", '|', "Tab", '\t', "NewLine", '\n',
        };
        for (int i = 0; i < more.length; i += 2)
            NAMED.put((String) more[i], String.valueOf((char) (Character) more[i + 1]));
    }

    /** Names that browsers also accept without the closing semicolon. */
    private static final String[] BARE = {"amp", "lt", "gt", "quot", "nbsp"};

    private HtmlEntities() {
    }

    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0)
            return s;
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            b.append(s, i, amp);
            i = amp + 1;
            int consumed = reference(s, i, b);
            if (consumed == 0)
                b.append('&');
            else
                i += consumed;
            amp = s.indexOf('&', i);
        }
        b.append(s, i, s.length());
        return b.toString();
    }

    /** Appends the character a reference starting after {@code &} at {@code i} stands for; returns chars used. */
    private static int reference(String s, int i, StringBuilder out) {
        if (i < s.length() && s.charAt(i) == '#') {
            int j = i + 1;
            boolean hex = j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
            if (hex)
                j++;
            int digitsStart = j;
            long cp = 0;
            while (j < s.length() && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0 && j - digitsStart < 8) {
                cp = cp * (hex ? 16 : 10) + Character.digit(s.charAt(j), hex ? 16 : 10);
                j++;
            }
            if (j == digitsStart)
                return 0;
            if (j < s.length() && s.charAt(j) == ';')
                j++;
            boolean valid = cp > 0 && cp <= Character.MAX_CODE_POINT && !(cp >= 0xD800 && cp <= 0xDFFF);
            out.appendCodePoint(valid ? (int) cp : 0xFFFD);
            return j - i;
        }
        int j = i;
        while (j < s.length() && j - i < 32 && Character.isLetterOrDigit(s.charAt(j)))
            j++;
        if (j == i)
            return 0;
        String name = s.substring(i, j);
        if (j < s.length() && s.charAt(j) == ';') {
            String v = NAMED.get(name);
            if (v == null)
                return 0;
            out.append(v);
            return j + 1 - i;
        }
        for (String bare : BARE) {
            if (name.equals(bare)) {
                out.append(NAMED.get(bare));
                return bare.length();
            }
        }
        return 0;
    }
}
