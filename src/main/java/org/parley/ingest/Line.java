package org.parley.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of an article under analysis: its normalised text (without the line break) and its role. */
final class Line {
    /** What a line is. Only non-blank {@link #CONTENT} lines go into the article body. */
    enum Kind {
        /** Article content (or a blank line). */
        CONTENT,
        /** The headline, kept in the text but outside the body (it is in {@code Article.title}). */
        TITLE,
        /** Masthead, kicker, date line or byline at the top: metadata, outside the body. */
        HEADER,
        /** Share prompts, widgets, copyright, link lists, page chrome: outside the body. */
        BOILERPLATE,
        /** Program code (Markdown code blocks): outside the body. */
        CODE
    }

    /** A list bullet or number at the start of a line, with the space after it. */
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-*+\u2022\u00B7\u25AA\u2023\u25E6]|\\d{1,3}[.)])\\s+");

    final String text;
    Kind kind;
    /** True for list items (a bullet in plain text, {@code <li>} in HTML, a list item in Markdown). */
    final boolean listItem;
    /** Where the content starts inside {@link #text}: after leading spaces and any list marker. */
    final int contentStart;

    Line(String text, Kind kind, boolean listItem) {
        if (text.indexOf('\n') >= 0)
            throw new IllegalArgumentException("line contains a line break");
        this.text = text;
        this.kind = kind;
        Matcher m = MARKER.matcher(text);
        boolean marked = m.find();
        this.listItem = listItem || marked;
        int start = marked ? m.end() : 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start)))
            start++;
        this.contentStart = start;
    }

    /** A plain line: content unless it is classified otherwise later; a leading bullet makes it a list item. */
    static Line of(String text) {
        return new Line(text, Kind.CONTENT, false);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    boolean isContent() {
        return kind == Kind.CONTENT && !isBlank();
    }

    /** The text without list marker and surrounding spaces. */
    String content() {
        return text.substring(contentStart).strip();
    }

    /** Number of whitespace-separated words in the content. */
    int words() {
        return TextNormalizer.countWords(text.substring(contentStart));
    }

    @Override
    public String toString() {
        return kind + (listItem ? "*" : "") + ": " + text;
    }
}
