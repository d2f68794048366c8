package org.parley.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an HTML page with a small, forgiving tokenizer (no DOM, no dependency).
 *
 * <ul>
 *   <li>Dropped with everything inside: scripts, styles, iframes, {@code noscript}, templates, SVG/MathML,
 *       forms and their controls, embedded media, and the page chrome elements {@code nav}, {@code header},
 *       {@code footer}, {@code aside}, {@code dialog}, {@code menu}.</li>
 *   <li>Block elements ({@code p}, {@code div}, headings, list items, table rows, {@code br}, ...) end a
 *       line; other whitespace collapses to one space, except inside {@code pre}. A table row is one line,
 *       its cells separated by tabs.</li>
 *   <li>When the page has an {@code <article>} or {@code <main>}, lines outside it stay in the text but
 *       outside the body.</li>
 *   <li>Character references are decoded, see {@link HtmlEntities}.</li>
 *   <li>URL: {@code <link rel=canonical>} (resolved against {@code <base>} or {@code og:url}), else
 *       {@code og:url}, else JSON-LD {@code url}. Title: {@code og:title}, else JSON-LD {@code headline},
 *       else {@code <title>}, else the first {@code <h1>}; a site name after "|" or "-" is removed. Date:
 *       {@code article:published_time}, else JSON-LD {@code datePublished}, else an element with
 *       {@code itemprop=datePublished}, else a {@code <time datetime>} (inside the article first), else a
 *       {@code date}/{@code dc.date}-style meta tag. Publisher: {@code og:site_name}, else JSON-LD
 *       {@code publisher}.</li>
 * </ul>
 * The line analysis shared by all formats runs afterwards (headline line, boilerplate lines).
 */
final class HtmlFormat {
    private static final Logger log = LoggerFactory.getLogger(HtmlFormat.class);

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "keygen");
    /** Elements whose content is not markup: read up to the matching end tag. */
    private static final Set<String> RAW = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes",
            "noscript", "textarea", "title", "plaintext");
    private static final Set<String> DROP = Set.of("script", "style", "iframe", "noscript", "noembed", "noframes",
            "template", "svg", "math", "form", "button", "select", "textarea", "object", "embed", "canvas", "audio",
            "video", "nav", "header", "footer", "aside", "dialog", "menu", "xmp", "plaintext");
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "br",
            "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "html", "head");
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenews",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting",
            "report", "scholarlyarticle", "techarticle");
    private static final List<String> DATE_META = List.of("date", "pubdate", "publishdate", "publish-date",
            "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "article.published", "sailthru.date");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014\u00B7:]{1,2}\\s+");

    private HtmlFormat() {
    }

    /** One block of text as found in the page. */
    private record Block(String text, boolean inArticle, boolean listItem) {
    }

    /** Builds a draft from decoded (not yet normalised) HTML. */
    static Draft parse(String html) {
        Parser p = new Parser(html);
        p.run();
        Draft d = new Draft();
        boolean hasArticle = p.blocks.stream().anyMatch(Block::inArticle);
        for (Block b : p.blocks) {
            Line.Kind kind = hasArticle && !b.inArticle() ? Line.Kind.BOILERPLATE : Line.Kind.CONTENT;
            d.lines.add(new Line(b.text(), kind, b.listItem()));
        }
        Map<String, Object> ld = p.jsonLdArticle();
        d.publisher = first(p.meta("og:site_name"), ldName(ld == null ? null : ld.get("publisher")));
        d.url = pageUrl(p, ld);
        d.title = first(withoutSiteName(p.meta("og:title"), d.publisher, null), ldString(ld, "headline"),
                withoutSiteName(p.titleTag, d.publisher, p.firstH1), p.firstH1);
        d.published = publishedDate(p, ld);
        return d;
    }

    private static String pageUrl(Parser p, Map<String, Object> ld) {
        String ogUrl = Draft.absoluteUrl(p.meta("og:url"));
        if (p.canonical != null) {
            String base = first(Draft.absoluteUrl(p.base), ogUrl);
            String resolved = p.canonical;
            if (Draft.absoluteUrl(resolved) == null && base != null) {
                try {
                    resolved = new URI(base).resolve(new URI(p.canonical.strip())).toString();
                } catch (URISyntaxException | IllegalArgumentException e) {
                    resolved = null;
                }
            }
            if (Draft.absoluteUrl(resolved) != null)
                return resolved.strip();
        }
        if (ogUrl != null)
            return ogUrl;
        Object main = ld == null ? null : ld.get("mainEntityOfPage");
        if (main instanceof Map<?, ?> m && m.get("@id") instanceof String id && Draft.absoluteUrl(id) != null)
            return id;
        return first(Draft.absoluteUrl(ldString(ld, "url")), main instanceof String s ? Draft.absoluteUrl(s) : null);
    }

    private static LocalDate publishedDate(Parser p, Map<String, Object> ld) {
        LocalDate d = Dates.parse(p.meta("article:published_time"));
        if (d == null)
            d = Dates.parse(ldString(ld, "datePublished"));
        if (d == null)
            d = Dates.parse(p.itempropDate);
        if (d == null) {
            for (String[] t : p.times) // prefer a time inside the article
                if (d == null && t[1] != null)
                    d = Dates.parse(t[0]);
            for (String[] t : p.times)
                if (d == null)
                    d = Dates.parse(t[0]);
        }
        for (String name : DATE_META)
            if (d == null)
                d = Dates.parse(p.meta(name));
        return d;
    }

    /**
     * A page title without the site name after (or before) it: "Talks Stall | Example Post" is "Talks Stall"
     * when the publisher is Example Post, or when the page's first heading is "Talks Stall".
     */
    private static String withoutSiteName(String title, String publisher, String h1) {
        if (title == null)
            return null;
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2)
            return title;
        if (publisher != null) {
            String pub = publisher.toLowerCase(Locale.ROOT);
            if (parts[parts.length - 1].toLowerCase(Locale.ROOT).equals(pub))
                return title.substring(0, title.length() - parts[parts.length - 1].length()).replaceAll("[\\s|\\-\u2013\u2014\u00B7:]+$", "");
            if (parts[0].toLowerCase(Locale.ROOT).equals(pub))
                return title.substring(parts[0].length()).replaceAll("^[\\s|\\-\u2013\u2014\u00B7:]+", "");
        }
        if (h1 != null && title.startsWith(h1))
            return h1;
        return title;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values)
            if (v != null)
                return v;
        return null;
    }

    private static String ldString(Map<String, Object> ld, String key) {
        if (ld == null)
            return null;
        Object v = ld.get(key);
        if (v instanceof List<?> l && !l.isEmpty())
            v = l.get(0);
        return v instanceof String s ? TextNormalizer.oneLine(HtmlEntities.decode(s)) : null;
    }

    private static String ldName(Object publisher) {
        if (publisher instanceof List<?> l && !l.isEmpty())
            publisher = l.get(0);
        if (publisher instanceof String s)
            return TextNormalizer.oneLine(s);
        if (publisher instanceof Map<?, ?> m && m.get("name") instanceof String s)
            return TextNormalizer.oneLine(s);
        return null;
    }

    /** The tokenizer and its state while walking one page. */
    private static final class Parser {
        private final String s;
        private int pos;
        final List<Block> blocks = new ArrayList<>();
        private final List<String> open = new ArrayList<>();
        private int dropDepth;
        private int articleDepth;
        private int preDepth;
        private final StringBuilder line = new StringBuilder();
        private boolean lineInArticle;
        private boolean pendingListItem;

        private final Map<String, String> meta = new HashMap<>();
        String canonical;
        String base;
        String titleTag;
        String firstH1;
        String itempropDate;
        /** datetime value and, when inside the article, a non-null marker. */
        final List<String[]> times = new ArrayList<>();
        private final List<String> jsonLd = new ArrayList<>();
        private StringBuilder h1;

        Parser(String s) {
            this.s = s;
        }

        String meta(String key) {
            return meta.get(key);
        }

        void run() {
            int n = s.length();
            while (pos < n) {
                int lt = s.indexOf('<', pos);
                if (lt < 0) {
                    text(s.substring(pos), true);
                    break;
                }
                if (lt > pos)
                    text(s.substring(pos, lt), true);
                pos = lt;
                if (s.startsWith("<!--", pos)) {
                    int end = s.indexOf("-->", pos + 4);
                    pos = end < 0 ? n : end + 3;
                } else if (s.startsWith("<![CDATA[", pos)) {
                    int end = s.indexOf("]]>", pos);
                    String cdata = s.substring(pos + 9, end < 0 ? n : end);
                    pos = end < 0 ? n : end + 3;
                    text(cdata, false);
                } else if (s.startsWith("</", pos) && pos + 2 < n && Character.isLetter(s.charAt(pos + 2))) {
                    int end = s.indexOf('>', pos);
                    String name = tagName(pos + 2);
                    pos = end < 0 ? n : end + 1;
                    endTag(name);
                } else if (pos + 1 < n && Character.isLetter(s.charAt(pos + 1))) {
                    startTag();
                } else if (s.startsWith("<!", pos) || s.startsWith("<?", pos) || s.startsWith("</", pos)) {
                    int end = s.indexOf('>', pos);
                    pos = end < 0 ? n : end + 1;
                } else {
                    text("<", false);
                    pos++;
                }
            }
            flush();
        }

        private String tagName(int from) {
            int i = from;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/')
                i++;
            return s.substring(from, i).toLowerCase(Locale.ROOT);
        }

        private void startTag() {
            String name = tagName(pos + 1);
            int i = pos + 1 + name.length();
            Map<String, String> attrs = new HashMap<>();
            boolean selfClosing = false;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c == '>') {
                    i++;
                    break;
                }
                if (c == '/' ) {
                    selfClosing = i + 1 < n && s.charAt(i + 1) == '>';
                    i++;
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int a = i;
                while (i < n && !Character.isWhitespace(s.charAt(i)) && "=>/".indexOf(s.charAt(i)) < 0)
                    i++;
                String attr = s.substring(a, i).toLowerCase(Locale.ROOT);
                while (i < n && Character.isWhitespace(s.charAt(i)))
                    i++;
                String value = "";
                if (i < n && s.charAt(i) == '=') {
                    i++;
                    while (i < n && Character.isWhitespace(s.charAt(i)))
                        i++;
                    if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                        char q = s.charAt(i);
                        int end = s.indexOf(q, i + 1);
                        value = s.substring(i + 1, end < 0 ? n : end);
                        i = end < 0 ? n : end + 1;
                    } else {
                        int v = i;
                        while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>')
                            i++;
                        value = s.substring(v, i);
                    }
                }
                attrs.putIfAbsent(attr, HtmlEntities.decode(value));
            }
            pos = i;
            element(name, attrs, selfClosing);
        }

        private void element(String name, Map<String, String> attrs, boolean selfClosing) {
            collectMetadata(name, attrs);
            if (BLOCK.contains(name))
                flush();
            if (name.equals("li"))
                pendingListItem = true;
            if (name.equals("td") || name.equals("th"))
                appendText("\t");
            if (RAW.contains(name)) {
                String content = rawContent(name);
                if (name.equals("title") && titleTag == null)
                    titleTag = TextNormalizer.oneLine(HtmlEntities.decode(content));
                else if (name.equals("script") && attrs.getOrDefault("type", "").toLowerCase(Locale.ROOT).contains("ld+json"))
                    jsonLd.add(content);
                return;
            }
            if (VOID.contains(name) || selfClosing)
                return;
            open.add(name);
            if (DROP.contains(name))
                dropDepth++;
            if (name.equals("article") || name.equals("main"))
                articleDepth++;
            if (name.equals("pre"))
                preDepth++;
            if (name.equals("h1") && firstH1 == null && h1 == null)
                h1 = new StringBuilder();
        }

        private void collectMetadata(String name, Map<String, String> attrs) {
            String content = attrs.get("content");
            if (name.equals("meta") && content != null) {
                for (String k : new String[] {"property", "name", "itemprop"}) {
                    String key = attrs.get(k);
                    if (key != null)
                        meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), TextNormalizer.oneLine(content));
                }
            }
            if (name.equals("link") && attrs.containsKey("href")
                    && List.of(attrs.getOrDefault("rel", "").toLowerCase(Locale.ROOT).split("\\s+")).contains("canonical")
                    && canonical == null)
                canonical = attrs.get("href").strip();
            if (name.equals("base") && attrs.containsKey("href") && base == null)
                base = attrs.get("href").strip();
            if ("datepublished".equalsIgnoreCase(attrs.getOrDefault("itemprop", "")) && itempropDate == null)
                itempropDate = attrs.containsKey("content") ? attrs.get("content") : attrs.get("datetime");
            if (name.equals("time") && attrs.containsKey("datetime"))
                times.add(new String[] {attrs.get("datetime"), articleDepth > 0 ? "article" : null});
        }

        /** The raw content of a script-like element up to its end tag, which is consumed. */
        private String rawContent(String name) {
            int from = pos;
            int end = indexOfIgnoreCase("</" + name, from);
            if (end < 0 || name.equals("plaintext")) {
                pos = s.length();
                return s.substring(from);
            }
            int close = s.indexOf('>', end);
            pos = close < 0 ? s.length() : close + 1;
            return s.substring(from, end);
        }

        private int indexOfIgnoreCase(String needle, int from) {
            for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1))
                if (s.regionMatches(true, i, needle, 0, needle.length()))
                    return i;
            return -1;
        }

        private void endTag(String name) {
            if (BLOCK.contains(name))
                flush();
            int at = open.lastIndexOf(name);
            if (at < 0)
                return;
            for (int k = open.size() - 1; k >= at; k--) {
                String closed = open.remove(k);
                if (DROP.contains(closed))
                    dropDepth--;
                if (closed.equals("article") || closed.equals("main"))
                    articleDepth--;
                if (closed.equals("pre"))
                    preDepth--;
                if (closed.equals("h1") && h1 != null) {
                    firstH1 = TextNormalizer.oneLine(h1.toString());
                    h1 = null;
                }
            }
        }

        private void text(String raw, boolean decode) {
            String t = TextNormalizer.normalize(decode ? HtmlEntities.decode(raw) : raw);
            if (h1 != null)
                h1.append(t);
            if (dropDepth > 0)
                return;
            if (preDepth > 0) {
                String[] parts = t.split("\n", -1);
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0)
                        flush();
                    appendText(parts[k]);
                }
            } else {
                appendText(TextNormalizer.collapseWhitespace(t));
            }
        }

        private void appendText(String t) {
            if (t.isEmpty() || dropDepth > 0)
                return;
            if (line.length() == 0) {
                t = t.stripLeading();
                if (t.isEmpty())
                    return;
                lineInArticle = articleDepth > 0;
            } else if (t.equals("\t")) {
                while (line.length() > 0 && line.charAt(line.length() - 1) == ' ')
                    line.setLength(line.length() - 1);
            } else if (Character.isWhitespace(line.charAt(line.length() - 1)) && t.startsWith(" ")) {
                t = t.substring(1);
            }
            line.append(t);
        }

        private void flush() {
            String t = line.toString().strip();
            line.setLength(0);
            if (t.isEmpty())
                return;
            blocks.add(new Block(t, lineInArticle, pendingListItem));
            pendingListItem = false;
        }

        /** The first JSON-LD object that is an article (or, failing that, has a publication date). */
        Map<String, Object> jsonLdArticle() {
            List<Map<String, Object>> objects = new ArrayList<>();
            for (String script : jsonLd) {
                String body = script.strip();
                if (body.startsWith("<!--"))
                    body = body.substring(4);
                if (body.endsWith("-->"))
                    body = body.substring(0, body.length() - 3);
                try {
                    collectObjects(Json.parse(body), objects, 0);
                } catch (Json.JsonException e) {
                    log.debug("ignoring malformed JSON-LD: {}", e.getMessage());
                }
            }
            for (Map<String, Object> o : objects)
                if (isArticleType(o.get("@type")))
                    return o;
            for (Map<String, Object> o : objects)
                if (o.containsKey("datePublished"))
                    return o;
            return null;
        }

        @SuppressWarnings("unchecked")
        private static void collectObjects(Object v, List<Map<String, Object>> out, int depth) {
            if (depth > 8)
                return;
            if (v instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
                Object graph = m.get("@graph");
                if (graph != null)
                    collectObjects(graph, out, depth + 1);
            } else if (v instanceof List<?> l) {
                for (Object o : l)
                    collectObjects(o, out, depth + 1);
            }
        }

        private static boolean isArticleType(Object type) {
            if (type instanceof String t)
                return ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT).replaceFirst("^(?:https?://)?schema\\.org/", ""));
            if (type instanceof List<?> l)
                return l.stream().anyMatch(HtmlFormat.Parser::isArticleType);
            return false;
        }
    }
}
