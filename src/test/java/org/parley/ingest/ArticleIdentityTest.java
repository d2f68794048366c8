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

    @Test
    void quotesAndDashesAreMadeStraightAsTheRegularExpressionsOfTheirClassesWould() {
        String[][] classes = {{"[\u2018\u2019\u201A\u201B\u2032]", "'"}, {"[\u201C\u201D\u201E\u201F\u2033]", "\""},
                {"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-"}};
        java.util.Random random = new java.util.Random(16);
        String alphabet = "aZ 9'\"-\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u2010\u2011\u2012\u2013\u2014"
                + "\u2015\u2212\u00AB\u00BB\u2026\u00A0\uFF02\uFF07\uFE63\u02BC\u00E9";
        int changed = 0;
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String expected = java.text.Normalizer.normalize(sb, java.text.Normalizer.Form.NFKC);
            for (String[] c : classes) expected = expected.replaceAll(c[0], c[1]);
            expected = org.parley.ingest.TextNormalizer.collapseWhitespace(expected.toLowerCase(java.util.Locale.ROOT)).strip();
            String actual = ArticleIdentity.canonical(sb);
            assertEquals(expected, actual, sb.toString());
            if (!actual.equals(org.parley.ingest.TextNormalizer.collapseWhitespace(
                    java.text.Normalizer.normalize(sb, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)).strip())) changed++;
        }
        assertTrue(changed > 1_000, "most strings have a quote or dash to straighten: " + changed);
    }
}
