package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from its source, before any language processing.
 *
 * @param key        the article's identity across runs: its URL when it has one, else an explicit id,
 *                   else its source name; re-ingesting an article with the same key replaces it
 * @param sourceName where it came from, for messages (a file path, with {@code :line} for JSON lines)
 * @param url        its web address, or {@code null}
 * @param title      its headline, or {@code null} when it has none
 * @param publisher  the publisher or outlet, or {@code null}
 * @param published  the publication date, or {@code null}
 * @param text       the article text (normalised, boilerplate kept in place); all offsets point into it
 * @param body       the regions of {@code text} that carry the article's content, in order; language
 *                   processing and extraction look only inside them (boilerplate lies outside)
 */
public record Article(String key, String sourceName, String url, String title, String publisher,
                      LocalDate published, String text, List<TextSpan> body) {
    public Article {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        body = List.copyOf(Objects.requireNonNull(body, "body"));
        int last = 0;
        for (TextSpan s : body) {
            if (s.begin() < last || s.end() > text.length())
                throw new IllegalArgumentException("body region " + s + " out of order or beyond text in " + sourceName);
            last = s.end();
        }
    }

    /** An article whose whole text is content. */
    public static Article of(String key, String sourceName, String text) {
        return new Article(key, sourceName, null, null, null, null, text, List.of(new TextSpan(0, text.length())));
    }
}
