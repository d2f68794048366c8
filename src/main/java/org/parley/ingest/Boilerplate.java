package org.parley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A line classifier that keeps boilerplate out of the article body. It only ever moves {@link Line.Kind#CONTENT}
 * lines to {@link Line.Kind#BOILERPLATE}; the lines stay in the text.
 *
 * <p>Rules, all general patterns over whole lines (compared in lower case with curly quotes made straight):
 * <ul>
 *   <li>widget lines: a line that is only a share/print/email prompt, a reaction or comment widget
 *       ("Like", "0 Comments", "What's your reaction?"), page chrome ("Advertisement", "Skip to content",
 *       "Read more", "3 min read"), or several of these joined by {@code |}, {@code ·} or {@code /};</li>
 *   <li>lines of at most 40 words that contain a call to action ("Follow us on", "Subscribe to our",
 *       "Email us", ...), or a copyright notice (©, "(c) 2025", "Copyright 2025", "All rights reserved");</li>
 *   <li>lines that start with a link-list or credit label: "Read more:", "See also:", "Related:",
 *       "Photo:", "Tags:", "Reporting by";</li>
 *   <li>lines with no letter at all (emoji reaction rows, separators, lone numbers);</li>
 *   <li>a "Related" / "Read more" / "More stories" / "You may also like" heading and the short lines or
 *       list items right after it;</li>
 *   <li>a "Sources" / "References" / "Further reading" heading followed, up to the end, only by list-like
 *       lines (list items, web addresses or lines of at most 25 words): the heading and everything after;</li>
 *   <li>at the end of the article ({@link #trimTail}): "about us" blurbs that name the publisher (or start
 *       with a domain name) and speak as "we/our/us", and "This article was originally published ..." lines.</li>
 * </ul>
 */
final class Boilerplate {
    private static final int SHORT_LINE_WORDS = 40;

    private static final Pattern WIDGET = Pattern.compile(String.join("|",
            "share|share (?:this|the) (?:article|story|post|page|link)|share (?:on|via|to) \\w+(?: \\w+)?"
                    + "|tweet(?: this)?|pin it|print(?: this(?: article| page| story)?)?|e-?mail(?: this(?: article| story)?)?"
                    + "|copy(?: the)? link|link copied|save(?: for later| article| story)?|bookmark(?: this)?",
            "like|likes|\\d+ likes?|love|haha|wow|sad|angry|reply|report|repost",
            "\\d+ comments?|comments?(?: \\(\\d+\\))?|(?:leave|add|post|write) a (?:comment|reply)"
                    + "|(?:show|view|load|see|read)(?: all| more)?(?: \\d+)? comments|no comments(?: yet)?"
                    + "|be the first to comment|join the (?:conversation|discussion)",
            "what's your reaction\\??|reactions?|how (?:do|did) you feel about (?:this|it)(?: article| story)?\\??"
                    + "|did you (?:like|enjoy) this (?:article|story)\\??|was this (?:article|story) helpful\\??",
            "advertisement|advertising|sponsored(?: content)?|ad|skip to (?:main )?content|skip (?:ad|advertisement)"
                    + "|sign up|sign in|log ?in|register|subscribe(?: now| today)?|newsletter|continue reading"
                    + "|read (?:the )?full (?:story|article)|read more|load more|show more|back to top|top of page"
                    + "|scroll to continue(?: with content)?|listen to (?:this )?(?:article|story)|\\d+ min(?:ute)?s? read"));
    private static final Pattern WIDGET_SEPARATOR = Pattern.compile("\\s*[|\u00B7\u2022/]\\s*");
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "\\b(?:follow us (?:on|at)|like us on|subscribe to (?:our|the) \\w+|sign up (?:for|to) (?:our|the) \\w+"
                    + "|join our (?:newsletter|mailing list|community)|bookmark us|email us|contact us"
                    + "|download (?:our|the) app|share this (?:article|story|post))\\b");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "\u00A9|\\(c\\)\\s*\\d{4}|\\bcopyright\\b.*\\d{4}|\\ball rights reserved\\b");
    private static final Pattern LABEL_PREFIX = Pattern.compile(
            "^(?:(?:read more|read also|also read|see also|related(?: articles?| stories| coverage)?|recommended"
                    + "|tags|topics|filed under|categories|category)\\s*[:|\u00BB\u203A>\u2192]"
                    + "|(?:file )?(?:photo|image|picture|video|illustration|graphic)s?(?: credits?)?\\s*[:/]"
                    + "|(?:reporting|writing|editing|additional reporting|compiled) by\\b|(?:click|tap) here\\b)");
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "related(?: articles| stories| posts| news| coverage| content| links| reading| topics)?"
                    + "|read (?:more|next|also)|also read|more (?:stories|news|articles|coverage|on this(?: story| topic)?)"
                    + "|more from .{1,40}|you (?:may|might) also (?:like|be interested in)"
                    + "|recommended(?: for you| reading| stories| articles)?|most (?:read|popular|viewed|shared)"
                    + "|trending(?: now| stories)?|popular(?: now| stories| articles)?|top stories"
                    + "|latest (?:news|stories)|what to read next");
    private static final Pattern REFERENCES_HEADING = Pattern.compile(
            "sources?|references?|further reading|external links|bibliography|citations?"
                    + "|sources and (?:references|notes|further reading)|notes and references|links");
    private static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+$");
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("\\b(?:we|our|us|ours|ourselves)\\b");
    private static final Pattern DOMAIN_START = Pattern.compile("^[\\w-]+\\.(?:com|org|net|news|co\\.uk|io|info)\\b");
    private static final Pattern REPUBLISHED = Pattern.compile(
            "^this (?:article|story|post|piece) (?:was |has been |is )?(?:originally |first )?"
                    + "(?:published|appeared|produced|republished)\\b");

    private Boilerplate() {
    }

    /** Applies the line and section rules to the content lines. */
    static void classify(List<Line> lines) {
        String[] keys = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.isContent())
                continue;
            keys[i] = key(line.content());
            if (isBoilerplateLine(line, keys[i]))
                line.kind = Line.Kind.BOILERPLATE;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String key = keys[i];
            if (key == null)
                continue;
            if (RELATED_HEADING.matcher(key).matches()) {
                line.kind = Line.Kind.BOILERPLATE;
                for (int j = i + 1; j < lines.size(); j++) {
                    Line item = lines.get(j);
                    if (!item.isContent())
                        continue;
                    if (!isShortListItem(item))
                        break;
                    item.kind = Line.Kind.BOILERPLATE;
                }
            } else if (REFERENCES_HEADING.matcher(key).matches() && onlyListLinesAfter(lines, i)) {
                for (int j = i; j < lines.size(); j++)
                    if (lines.get(j).kind == Line.Kind.CONTENT)
                        lines.get(j).kind = Line.Kind.BOILERPLATE;
                return;
            }
        }
    }

    /** Moves "about the publisher" blurbs and republication notes at the end of the article out of the body. */
    static void trimTail(List<Line> lines, String publisher) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (!line.isContent())
                continue;
            if (!isTailBlurb(key(line.content()), publisher))
                return;
            line.kind = Line.Kind.BOILERPLATE;
        }
    }

    static boolean isBoilerplateLine(Line line) {
        return isBoilerplateLine(line, key(line.content()));
    }

    private static boolean isBoilerplateLine(Line line, String key) {
        if (line.content().codePoints().noneMatch(Character::isLetter))
            return true;
        if (WIDGET.matcher(key).matches() || allWidgets(key) || LABEL_PREFIX.matcher(key).find())
            return true;
        return line.words() <= SHORT_LINE_WORDS
                && (CALL_TO_ACTION.matcher(key).find() || COPYRIGHT.matcher(key).find());
    }

    private static boolean allWidgets(String key) {
        String[] parts = WIDGET_SEPARATOR.split(key);
        if (parts.length < 2)
            return false;
        for (String p : parts)
            if (!p.isEmpty() && !WIDGET.matcher(p).matches())
                return false;
        return true;
    }

    private static boolean isTailBlurb(String key, String publisher) {
        if (REPUBLISHED.matcher(key).find())
            return true;
        boolean namesPublisher = DOMAIN_START.matcher(key).find()
                || (publisher != null && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(key(publisher)))
                        .matcher(key).find());
        if (!namesPublisher)
            return false;
        int count = 0;
        var m = FIRST_PERSON_PLURAL.matcher(key);
        while (m.find())
            count++;
        return count >= 2;
    }

    private static boolean isShortListItem(Line line) {
        String c = line.content();
        return line.listItem || URL.matcher(c).matches() || (line.words() <= 15 && !c.endsWith("."));
    }

    private static boolean onlyListLinesAfter(List<Line> lines, int heading) {
        boolean any = false;
        for (int j = heading + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (l.kind != Line.Kind.CONTENT || l.isBlank())
                continue;
            if (!(l.listItem || URL.matcher(l.content()).matches() || l.words() <= 25))
                return false;
            any = true;
        }
        return any;
    }

    /** The comparison form of a line: lower case, straight quotes, single spaces, no trailing punctuation. */
    static String key(String text) {
        String k = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .strip().toLowerCase(Locale.ROOT);
        k = TextNormalizer.collapseWhitespace(k);
        int e = k.length();
        while (e > 0 && ":.!\u00BB\u203A>\u2192\u2026 ".indexOf(k.charAt(e - 1)) >= 0)
            e--;
        int b = 0;
        while (b < e && "\u00AB\u2039<\u2190 ".indexOf(k.charAt(b)) >= 0)
            b++;
        return k.substring(b, e);
    }
}
