package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at the top of an article for a masthead, a headline, a date line and a byline, marks those lines
 * as outside the body, and fills in the title, publisher and date the draft does not have yet.
 *
 * <p>The header zone is the run of such lines from the first non-blank line; it ends at the first line
 * that is none of them, and is at most {@value #MAX_HEADER_LINES} lines long. The rules:
 * <ul>
 *   <li>masthead: the very first line, one all-capital token of 3 to 30 characters (such as a brand
 *       name) with more text after it. A few kicker words ({@code BREAKING}, {@code EXCLUSIVE},
 *       {@code OPINION}, ...) are header lines but not publishers.</li>
 *   <li>headline: 2 to 25 words, at most 200 characters, followed by more text, not ending like a sentence
 *       (period, comma, colon, semicolon) and written in title case (at least three quarters of the words
 *       that are not short function words start with a capital), or else a short line (at most 15 words,
 *       no final punctuation) standing alone above a blank line. When the draft already has a title (from
 *       markup or metadata), only a line that repeats it is taken as the headline (see {@link #sameTitle}).</li>
 *   <li>date line: a line that holds only a date, see {@link Dates#parseDateLine}.</li>
 *   <li>byline: "By" followed by at most eight capitalised words, no final period.</li>
 * </ul>
 */
final class HeaderAnalyzer {
    static final int MAX_HEADER_LINES = 6;

    private static final Set<String> KICKERS = Set.of("BREAKING", "EXCLUSIVE", "UPDATE", "UPDATED", "LIVE",
            "ANALYSIS", "OPINION", "EDITORIAL", "COMMENTARY", "NEWS", "FEATURE", "INTERVIEW", "REVIEW",
            "WORLD", "POLITICS", "BUSINESS", "SPORTS", "SPORT", "ADVERTISEMENT", "SPONSORED", "WATCH", "VIDEO");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for",
            "from", "in", "into", "nor", "of", "off", "on", "onto", "or", "over", "per", "so", "than", "the",
            "to", "up", "upon", "via", "vs", "with", "yet", "amid", "out", "is", "are", "be");
    private static final Pattern MASTHEAD = Pattern.compile("[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}&.'\u2019-]{2,29}");
    private static final Pattern BYLINE = Pattern.compile(
            "by\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:(?:\\s+|\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)\\p{Lu}[\\p{L}.'\u2019-]*){0,7}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABBREVIATION_END = Pattern.compile(".*(?:\\p{Lu}\\.){2,}$");

    private HeaderAnalyzer() {
    }

    static void analyze(Draft draft) {
        List<Line> lines = draft.lines;
        boolean first = true;
        boolean titleFound = false;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < MAX_HEADER_LINES; i++) {
            Line line = lines.get(i);
            if (line.isBlank())
                continue;
            if (line.kind == Line.Kind.TITLE)
                titleFound = true;
            if (line.kind != Line.Kind.CONTENT) {
                first = false;
                continue;
            }
            String t = line.content();
            LocalDate date;
            if (first && isMasthead(t) && hasContentAfter(lines, i)) {
                line.kind = Line.Kind.HEADER;
                if (draft.publisher == null && !KICKERS.contains(t))
                    draft.publisher = mastheadName(t, draft.lines);
            } else if ((date = Dates.parseDateLine(t)) != null) {
                line.kind = Line.Kind.HEADER;
                if (draft.published == null)
                    draft.published = date;
            } else if (!titleFound && draft.title == null && looksLikeHeadline(lines, i)) {
                line.kind = Line.Kind.TITLE;
                draft.title = TextNormalizer.oneLine(t);
                titleFound = true;
            } else if (!titleFound && draft.title != null && sameTitle(t, draft.title)) {
                line.kind = Line.Kind.TITLE;
                titleFound = true;
            } else if (BYLINE.matcher(t).matches() && !t.endsWith(".")) {
                line.kind = Line.Kind.HEADER;
            } else {
                break;
            }
            first = false;
            seen++;
        }
    }

    static boolean isMasthead(String t) {
        if (!MASTHEAD.matcher(t).matches())
            return false;
        int letters = 0;
        for (int i = 0; i < t.length(); i++)
            if (Character.isLetter(t.charAt(i)))
                letters++;
        return letters >= 3;
    }

    /**
     * The publisher name a masthead stands for: the text's own mixed-case spelling of the same word when it
     * has one (preferring a spelling that is not part of a domain name, then the most frequent), else the
     * word itself when it is short like an acronym, else the word with only its first letter capital.
     */
    static String mastheadName(String masthead, List<Line> lines) {
        StringBuilder all = new StringBuilder();
        for (Line l : lines)
            all.append(l.text).append('\n');
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(masthead) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = word.matcher(all);
        java.util.Map<String, int[]> spellings = new java.util.LinkedHashMap<>();
        while (m.find()) {
            String s = m.group();
            if (s.equals(s.toUpperCase(Locale.ROOT)) || s.equals(s.toLowerCase(Locale.ROOT)))
                continue;
            boolean domain = all.length() > m.end() + 2 && all.charAt(m.end()) == '.'
                    && Character.isLowerCase(all.charAt(m.end() + 1));
            int[] score = spellings.computeIfAbsent(s, k -> new int[2]);
            score[domain ? 1 : 0]++;
        }
        String best = null;
        int[] bestScore = null;
        for (var e : spellings.entrySet()) {
            int[] s = e.getValue();
            if (best == null || s[0] > bestScore[0] || (s[0] == bestScore[0] && s[1] > bestScore[1])) {
                best = e.getKey();
                bestScore = s;
            }
        }
        if (best != null)
            return best;
        if (masthead.length() <= 4)
            return masthead;
        return masthead.charAt(0) + masthead.substring(1).toLowerCase(Locale.ROOT);
    }

    static boolean looksLikeHeadline(List<Line> lines, int i) {
        String t = lines.get(i).content();
        if (lines.get(i).listItem || t.length() > 200 || !hasContentAfter(lines, i))
            return false;
        String[] words = t.split("\\s+", 30);
        if (words.length < 2 || words.length > 25)
            return false;
        int firstCp = t.codePointAt(0);
        if (!Character.isUpperCase(firstCp) && !Character.isDigit(firstCp) && "\"'\u201C\u2018".indexOf(firstCp) < 0)
            return false;
        char last = t.charAt(t.length() - 1);
        if (last == ',' || last == ';' || last == ':')
            return false;
        if (last == '.' && !ABBREVIATION_END.matcher(t).matches())
            return false;
        if (isTitleCase(words))
            return true;
        boolean aloneAboveBlank = i + 1 < lines.size() && lines.get(i + 1).isBlank();
        return aloneAboveBlank && words.length <= 15 && Character.isLetterOrDigit(last);
    }

    static boolean isTitleCase(String[] words) {
        int significant = 0;
        int capitalised = 0;
        for (int w = 0; w < words.length; w++) {
            String word = stripPunctuation(words[w]);
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0)))
                continue;
            boolean cap = Character.isUpperCase(word.codePointAt(0)) || Character.isTitleCase(word.codePointAt(0));
            if (w == 0 && !cap)
                return false;
            if (w > 0 && SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)))
                continue;
            significant++;
            if (cap)
                capitalised++;
        }
        return significant > 0 && capitalised * 4 >= significant * 3;
    }

    private static String stripPunctuation(String w) {
        int b = 0;
        int e = w.length();
        while (b < e && !Character.isLetterOrDigit(w.charAt(b)))
            b++;
        while (e > b && !Character.isLetterOrDigit(w.charAt(e - 1)))
            e--;
        return w.substring(b, e);
    }

    /**
     * Whether a line repeats a title: the same words ignoring case and punctuation, or one of the two starts
     * with the other and the shorter has at least three words (a title with or without a site name or
     * subtitle after it).
     */
    static boolean sameTitle(String line, String title) {
        String a = titleKey(line);
        String b = titleKey(title);
        if (a.equals(b))
            return true;
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        return !shorter.isEmpty() && longer.startsWith(shorter + " ") && TextNormalizer.countWords(shorter) >= 3;
    }

    private static String titleKey(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean hasContentAfter(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++)
            if (lines.get(j).isContent())
                return true;
        return false;
    }
}
