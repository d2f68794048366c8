package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.parley.model.Article;
import org.parley.model.TextSpan;

/**
 * Content fingerprints for finding the same article under different keys.
 *
 * <pre>{@code
 * if (ArticleIdentity.contentHash(a).equals(ArticleIdentity.contentHash(b))) { ... same content ... }
 * }</pre>
 */
public final class ArticleIdentity {
    private ArticleIdentity() {
    }

    /**
     * The SHA-256 (64 lower-case hex digits) of the article's body text in a canonical form: the body
     * regions joined by a space, Unicode NFKC, curly quotes made straight, dashes made hyphens, lower case,
     * every run of whitespace one space, trimmed. Title, metadata and boilerplate do not count, so the same
     * story with a different layout, headline, key or footer has the same hash.
     */
    public static String contentHash(Article article) {
        Objects.requireNonNull(article, "article");
        StringBuilder body = new StringBuilder();
        for (TextSpan span : article.body())
            body.append(span.cover(article.text())).append(' ');
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    static String canonical(CharSequence text) {
        char[] s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toCharArray();
        for (int i = 0; i < s.length; i++) s[i] = straight(s[i]);
        return TextNormalizer.collapseWhitespace(new String(s).toLowerCase(Locale.ROOT)).strip();
    }

    /** Curly single quotes and the prime as {@code '}, curly double quotes and the double prime as {@code "}, dashes and minus as {@code -}. */
    static char straight(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }
}
