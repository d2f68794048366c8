package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown into plain text lines: the stored text is the rendered text, not the Markdown source, so
 * language processing never sees markup characters.
 *
 * <ul>
 *   <li>YAML front matter between {@code ---} lines gives {@code title}, {@code date}/{@code published},
 *       {@code url}/{@code canonical}, {@code source}/{@code publisher}/{@code site}; it is not part of the text.</li>
 *   <li>The first level-1 heading ({@code # Title} or a title underlined with {@code ===}) is the title
 *       (when the front matter has none, or it repeats it) and lies outside the body; other headings are
 *       content lines without their {@code #}.</li>
 *   <li>A paragraph's lines are joined into one line; list items and block quotes lose their markers; link
 *       and image syntax keeps only the link text (images are dropped); emphasis, inline code, strike-through
 *       and inline HTML tags are unwrapped; backslash escapes and character references are decoded.</li>
 *   <li>Fenced code blocks stay in the text, outside the body; thematic breaks, table separator rows and
 *       link reference definitions are dropped; a table row becomes one line with its cells separated by tabs.</li>
 * </ul>
 */
final class MarkdownFormat {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern BREAK = Pattern.compile("^ {0,3}(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,})$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern FRONT_MATTER_ENTRY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");

    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)|!\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)|\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /** Private-use characters stand in for escaped characters and code spans while inline markup is removed. */
    private static final char PLACEHOLDER_BASE = '\uE000';

    private MarkdownFormat() {
    }

    /** Builds a draft from normalised Markdown. */
    static Draft parse(String normalised) {
        Draft d = new Draft();
        String[] src = normalised.split("\n", -1);
        int i = frontMatter(src, d);
        String frontMatterTitle = d.title;
        boolean titleTaken = false;
        List<String> paragraph = new ArrayList<>();
        boolean paragraphIsItem = false;
        String fence = null;
        for (; i < src.length; i++) {
            String raw = src[i];
            if (fence != null) {
                if (closesFence(raw, fence))
                    fence = null;
                else
                    d.lines.add(new Line(raw, Line.Kind.CODE, false));
                continue;
            }
            Matcher m;
            if ((m = FENCE.matcher(raw)).matches()) {
                paragraphIsItem = flush(d, paragraph, paragraphIsItem);
                fence = m.group(1);
                continue;
            }
            if (raw.isBlank()) {
                paragraphIsItem = flush(d, paragraph, paragraphIsItem);
                d.lines.add(Line.of(""));
                continue;
            }
            if ((m = SETEXT.matcher(raw)).matches() && paragraph.size() == 1 && !paragraphIsItem) {
                String heading = inline(paragraph.get(0).strip());
                paragraph.clear();
                titleTaken = heading(d, heading, m.group(1).startsWith("=") ? 1 : 2, frontMatterTitle, titleTaken);
                continue;
            }
            if (BREAK.matcher(raw).matches() || REFERENCE_DEFINITION.matcher(raw).matches()
                    || TABLE_SEPARATOR.matcher(raw).matches()) {
                paragraphIsItem = flush(d, paragraph, paragraphIsItem);
                continue;
            }
            if ((m = ATX.matcher(raw)).matches()) {
                paragraphIsItem = flush(d, paragraph, paragraphIsItem);
                String heading = m.group(2) == null ? "" : inline(m.group(2));
                if (!heading.isBlank())
                    titleTaken = heading(d, heading, m.group(1).length(), frontMatterTitle, titleTaken);
                continue;
            }
            String content = raw;
            while ((m = QUOTE.matcher(content)).matches())
                content = m.group(1);
            if ((m = LIST_ITEM.matcher(content)).matches()) {
                paragraphIsItem = flush(d, paragraph, paragraphIsItem);
                paragraphIsItem = true;
                content = m.group(1);
            }
            String row = content.strip();
            if (row.length() > 1 && row.startsWith("|") && row.endsWith("|")) {
                paragraphIsItem = flush(d, paragraph, paragraphIsItem);
                paragraph.add(String.join("\t", row.substring(1, row.length() - 1).strip().split("\\s*\\|\\s*")));
                paragraphIsItem = flush(d, paragraph, false);
                continue;
            }
            paragraph.add(row);
        }
        flush(d, paragraph, paragraphIsItem);
        return d;
    }

    private static boolean closesFence(String line, String fence) {
        String t = line.strip();
        if (!t.startsWith(fence))
            return false;
        for (int k = 0; k < t.length(); k++)
            if (t.charAt(k) != fence.charAt(0))
                return false;
        return true;
    }

    /** Adds a heading line; the first level-1 heading is the title. Returns whether the title line is taken. */
    private static boolean heading(Draft d, String text, int level, String frontMatterTitle, boolean titleTaken) {
        boolean isTitle = level == 1 && !titleTaken
                && (frontMatterTitle == null || HeaderAnalyzer.sameTitle(text, frontMatterTitle));
        d.lines.add(new Line(text, isTitle ? Line.Kind.TITLE : Line.Kind.CONTENT, false));
        if (isTitle && d.title == null)
            d.title = text;
        return titleTaken || isTitle;
    }

    /** Adds the paragraph collected so far as one line; returns false (the next paragraph is not an item yet). */
    private static boolean flush(Draft d, List<String> paragraph, boolean listItem) {
        if (!paragraph.isEmpty()) {
            String text = inline(String.join(" ", paragraph)).strip();
            if (!text.isEmpty())
                d.lines.add(new Line(text, Line.Kind.CONTENT, listItem));
            paragraph.clear();
        }
        return false;
    }

    /** Reads YAML front matter (simple {@code key: value} lines) and returns the index of the first body line. */
    private static int frontMatter(String[] src, Draft d) {
        if (src.length == 0 || !src[0].strip().equals("---"))
            return 0;
        int end = -1;
        for (int i = 1; i < src.length && i < 200; i++) {
            String t = src[i].strip();
            if (t.equals("---") || t.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0)
            return 0;
        for (int i = 1; i < end; i++) {
            Matcher m = FRONT_MATTER_ENTRY.matcher(src[i]);
            if (!m.matches())
                continue;
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = unquote(m.group(2).strip());
            if (value.isEmpty())
                continue;
            switch (key) {
                case "title", "headline" -> d.title = d.title == null ? TextNormalizer.oneLine(value) : d.title;
                case "date", "published", "pubdate", "publishdate", "date_published", "published_at" ->
                        d.published = d.published == null ? Dates.parse(value) : d.published;
                case "url", "canonical", "canonical_url", "canonicalurl", "link", "permalink", "source_url" ->
                        d.url = d.url == null ? Draft.absoluteUrl(value) : d.url;
                case "source", "publisher", "site", "site_name", "outlet" ->
                        d.publisher = d.publisher == null ? TextNormalizer.oneLine(value) : d.publisher;
                default -> {
                }
            }
        }
        return end + 1;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'"))))
            return v.substring(1, v.length() - 1);
        int hash = v.indexOf(" #");
        return hash >= 0 ? v.substring(0, hash).strip() : v;
    }

    /** Removes inline markup from one line of Markdown. */
    static String inline(String s) {
        List<String> held = new ArrayList<>();
        String t = s.indexOf('\\') >= 0 ? hold(ESCAPE, s, held, 1) : s;
        if (t.indexOf('`') >= 0)
            t = hold(CODE_SPAN, t, held, 2);
        if (t.indexOf('[') >= 0) {
            t = IMAGE.matcher(t).replaceAll("");
            t = replaceWithGroup(LINK, t);
        }
        if (t.indexOf('<') >= 0) {
            t = AUTOLINK.matcher(t).replaceAll(mr -> Matcher.quoteReplacement(mr.group(1)));
            t = HTML_TAG.matcher(t).replaceAll("");
        }
        boolean emphasis = t.indexOf('*') >= 0 || t.indexOf('_') >= 0 || t.indexOf('~') >= 0;
        for (int k = 0; emphasis && k < 3; k++) {
            t = STRONG.matcher(t).replaceAll(mr -> Matcher.quoteReplacement(mr.group(2)));
            t = EMPHASIS_STAR.matcher(t).replaceAll(mr -> Matcher.quoteReplacement(mr.group(1)));
            t = EMPHASIS_UNDERSCORE.matcher(t).replaceAll(mr -> Matcher.quoteReplacement(mr.group(1)));
            t = STRIKE.matcher(t).replaceAll(mr -> Matcher.quoteReplacement(mr.group(1)));
        }
        t = HtmlEntities.decode(t);
        if (held.isEmpty())
            return SPACES.matcher(TextNormalizer.normalize(t)).replaceAll(" ");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int idx = c - PLACEHOLDER_BASE;
            out.append(idx >= 0 && idx < held.size() ? held.get(idx) : String.valueOf(c));
        }
        return SPACES.matcher(TextNormalizer.normalize(out.toString())).replaceAll(" ");
    }

    /** Replaces each match by a placeholder character and remembers the given group's text for it. */
    private static String hold(Pattern p, String s, List<String> held, int group) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            if (held.size() >= 0x1000) // more than the private-use area we borrow: leave the rest as it is
                break;
            held.add(m.group(group));
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) (PLACEHOLDER_BASE + held.size() - 1))));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String replaceWithGroup(Pattern p, String s) {
        return p.matcher(s).replaceAll(mr -> Matcher.quoteReplacement(mr.group(1) != null ? mr.group(1) : mr.group(2)));
    }
}
