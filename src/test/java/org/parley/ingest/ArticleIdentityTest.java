package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.TextSpan;

class ArticleIdentityTest {
    private static final String PARA = "Officials met on Tuesday \u2014 the \u201Cfirst\u201D talks in years.";

    @Test
    void hashIsSha256OfTheCanonicalBody() {
        String h = ArticleIdentity.contentHash(Article.of("k", "s", "abc"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", h, "SHA-256 of \"abc\"");
        assertTrue(h.matches("[0-9a-f]{64}"));
    }

    @Test
    void sameStoryInAnotherLayoutHasTheSameHash() throws Exception {
        Article plain = PlainTextFormatTest.txt("Talks Resume in Geneva\n" + PARA + "\nShare this article\n\u00A9 2025 A");
        Article html = HtmlFormatTest.html("<h1>Different Headline Here</h1><p>  officials   MET on Tuesday - the \"first\" talks"
                + " in years.</p><footer>x</footer><p>12 Comments</p>");
        assertEquals(ArticleIdentity.contentHash(plain), ArticleIdentity.contentHash(html));
    }

    @Test
    void onlyTheBodyCounts() {
        String text = "Header\nBody text.\nFooter";
        Article a = new Article("a", "a", null, null, null, null, text, List.of(new TextSpan(7, 17)));
        Article b = new Article("b", "b", null, "T", "P", null, "Other header\nBody text.", List.of(new TextSpan(13, 23)));
        assertEquals(ArticleIdentity.contentHash(a), ArticleIdentity.contentHash(b));
        assertNotEquals(ArticleIdentity.contentHash(a), ArticleIdentity.contentHash(Article.of("c", "c", "Body text!")));
    }
}
