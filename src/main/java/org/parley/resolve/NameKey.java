package org.parley.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A matching key for names that different transliterations spell differently: Zelenskyy, Zelensky and
 * Zelenskiy; Medinsky and Medinskyy; Zaporizhzhia and Zaporizhzhya; Dolmabahçe and Dolmabahce all get
 * the same key. The rules are general (diacritics, doubled letters, the Slavic endings -yy/-iy/-ij/-yi,
 * ia/ya/ja, kh/h, w/v, ph/f), not a list of names; how often they merge names of different things is
 * measured by {@code NameKeyIT} and reported in the README.
 *
 * <pre>{@code
 * NameKey.of("Volodymyr Zelenskyy").equals(NameKey.of("Volodymyr Zelensky"))   // true
 * }</pre>
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private NameKey() {}

    /** The key of a whole name: its words' keys joined by single spaces. */
    public static String of(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        StringBuilder sb = new StringBuilder();
        for (String w : NON_WORD.split(folded)) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(word(w));
        }
        return sb.toString();
    }

    /** The key of the last word of a name (a surname, usually). */
    public static String lastWord(String name) {
        String k = of(name);
        int sp = k.lastIndexOf(' ');
        return sp < 0 ? k : k.substring(sp + 1);
    }

    static String word(String w) {
        String s = w.replace("iya", "ya");
        s = s.replace("kh", "h").replace("ph", "f").replace('w', 'v').replace("ck", "k").replace('q', 'k');
        s = s.replace("ja", "ya").replace("ia", "ya").replace("ju", "yu").replace("iu", "yu").replace("je", "ye");
        // -yy, -iy, -ij, -yi, -ii, -y, -i at the end of a word are one Slavic ending
        s = s.replaceAll("(?:yy|iy|ij|yi|ii|yj)$", "y");
        s = s.replaceAll("(?<=[a-z]{3})i$", "y");
        // doubled letters
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && s.charAt(i) == s.charAt(i - 1)) continue;
            if (i > 1 && s.startsWith("zh", i) && s.startsWith("zh", i - 2)) {
                i++;
                continue;
            }
            out.append(s.charAt(i));
        }
        return out.toString();
    }
}
