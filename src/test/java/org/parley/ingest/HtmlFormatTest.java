package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class HtmlFormatTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/articles/article.html");

    static Article html(String text) throws BadInputException {
        Article a = ArticleReader.readText(ArticleReader.Format.HTML, "k.html", "k.html", text);
        Collected.assertWellFormed(a);
        return a;
    }

    @Test
    void fixtureGivesMetadataFromMarkup() {
        Article a = Collected.read(FIXTURE).only();
        assertEquals("https://courier.example/world/prisoner-swap-istanbul", a.url(), "canonical, resolved against <base>");
        assertEquals(a.url(), a.key());
        assertEquals("Envoys Agree on Prisoner Swap After Istanbul Meeting", a.title(), "og:title");
        assertEquals("Harbour Courier", a.publisher(), "og:site_name");
        assertEquals(LocalDate.of(2025, 5, 16), a.published(), "article:published_time, as written");
    }

    @Test
    void fixtureBodyIsTheArticleWithoutChrome() {
        Article a = Collected.read(FIXTURE).only();
        assertEquals(List.of(
                "Delegations from Kyiv and Moscow met in Istanbul on Friday and agreed to exchange 1,000 prisoners each,"
                        + " officials said \u2014 the first concrete result of direct talks since 2022.",
                "The meeting lasted less than two hours. Turkish Foreign Minister Hakan Fidan, who chaired it, said both"
                        + " sides would \u201Ccontinue to talk\u201D, but gave no date.",
                "A second round was not scheduled.",
                "Ceasefire demands",
                "Ukraine repeated its call for a 30-day ceasefire. Russia\u2019s delegation, led by Vladimir Medinsky,"
                        + " rejected it & restated its territorial demands.",
                "13 May Earlier in the week, the Kremlin had not confirmed who would travel."),
                a.body().stream().map(s -> s.cover(a.text())).toList());
        for (String dropped : List.of("Styled text", "Script text", "tracker", "Iframe text", "Subscribe to our",
                "Site Banner Heading", "Politics", "Aside text", "Enable JavaScript", "JSON-LD", "<p", "&amp;", "&mdash;"))
            assertFalse(a.text().contains(dropped), dropped);
        for (String kept : List.of("Share | Tweet | Email", "12 Comments", "Most Read", "Home \u203A World \u203A Europe"))
            assertTrue(a.text().contains(kept), "kept in the text but outside the body: " + kept);
        assertFalse(Collected.body(a).contains("By Mara Lindqvist"), "byline");
        assertFalse(Collected.body(a).contains("Envoys Agree on Prisoner Swap"), "headline");
    }

    @Test
    void withoutOpenGraphTheTitleComesFromTitleTagOrH1() throws Exception {
        Article a = html("<html><head><title>Talks Stall in Geneva - Example Post</title>"
                + "<meta property=\"og:site_name\" content=\"Example Post\"></head><body><p>The talks stalled.</p></body></html>");
        assertEquals("Talks Stall in Geneva", a.title(), "site name removed");
        assertEquals("Talks Stall in Geneva", html("<meta property=\"og:title\" content=\"Example Post \u2014 Talks Stall in Geneva\">"
                + "<meta property=\"og:site_name\" content=\"Example Post\"><p>The talks stalled.</p>").title());
        Article b = html("<body><h1>Talks Stall in Geneva</h1><p>The talks stalled.</p></body>");
        assertEquals("Talks Stall in Geneva", b.title());
        assertEquals("The talks stalled.", Collected.body(b));
        assertNull(b.url());
        assertEquals("k.html", b.key());
    }

    @Test
    void headingThatRepeatsTheTitleWithoutSiteNameIsOutsideTheBody() throws Exception {
        Article a = html("<meta property=\"og:title\" content=\"Talks Stall in Geneva | Example Post\">"
                + "<h1>Talks stall in Geneva</h1><p>The talks stalled.</p>");
        assertEquals("Talks Stall in Geneva | Example Post", a.title());
        assertEquals("The talks stalled.", Collected.body(a));
        Article b = html("<meta property=\"og:title\" content=\"Talks Stall\"><h1>Talks Stall in Geneva</h1><p>The talks stalled.</p>");
        assertEquals("Talks Stall in Geneva\nThe talks stalled.", Collected.body(b), "two words are too few to call it a repeat");
    }

    @Test
    void jsonLdGivesDatePublisherAndHeadline() throws Exception {
        Article a = html("<head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"Talks &amp; Deals\","
                + "\"datePublished\":\"2025-05-14T08:00:00Z\",\"url\":\"https://ld.example/a\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"LD News\"}}]}</script></head>"
                + "<body><p>The talks stalled.</p></body>");
        assertEquals("Talks & Deals", a.title());
        assertEquals(LocalDate.of(2025, 5, 14), a.published());
        assertEquals("LD News", a.publisher());
        assertEquals("https://ld.example/a", a.url());
    }

    @Test
    void timeElementGivesTheDateWhenNothingElseDoes() throws Exception {
        Article a = html("<body><time datetime=\"2025-01-01\">New year</time><article><p><time datetime=\"2025-05-13T10:00\">"
                + "Tuesday</time></p><p>The talks stalled.</p></article></body>");
        assertEquals(LocalDate.of(2025, 5, 13), a.published(), "the time inside the article comes first");
        assertEquals(LocalDate.of(2025, 5, 12), html("<p itemprop=\"datePublished\" content=\"2025-05-12\">x</p>"
                + "<p>The talks stalled.</p>").published());
    }

    @Test
    void malformedMarkupIsRead() throws Exception {
        Article a = html("<p>First paragraph<p>Second &amp paragraph with &unknown; entity and 3 < 4<div>Third <b>bold"
                + "<!-- comment --> text</i></div><script>never closed");
        assertEquals(List.of("First paragraph", "Second & paragraph with &unknown; entity and 3 < 4", "Third bold text"),
                a.body().stream().map(s -> s.cover(a.text())).toList());
    }

    @Test
    void preKeepsItsLinesAndBadNumericReferencesBecomeReplacementCharacters() throws Exception {
        Article a = html("<pre>line one\n  line two</pre><p>x&#x2019;s &#8212; &#0; &#xD800;</p>");
        assertEquals(List.of("line one", "line two", "x\u2019s \u2014 \uFFFD \uFFFD"), a.body().stream().map(s -> s.cover(a.text())).toList());
    }

    @Test
    void tableRowsAreLinesWithTabSeparatedCells() throws Exception {
        Article a = html("<p>Prisoners exchanged:</p><table><tr><th>Side</th><th>Prisoners</th></tr>"
                + "<tr><td>Ukraine</td> <td> 1,000</td></tr></table>");
        assertEquals("Prisoners exchanged:\nSide\tPrisoners\nUkraine\t1,000", Collected.body(a));
    }

    @Test
    void declaredCharsetIsUsed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin.html");
        Files.write(f, "<meta charset=\"windows-1252\"><p>Caf\u00E9 talks \u2014 \u201Cdone\u201D</p>"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals("Caf\u00E9 talks \u2014 \u201Cdone\u201D", Collected.body(Collected.read(f).only()));
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals("\u00A0\u00E9\u00FF\u2014\u2019&<>\"' \u20AC \u00A9", HtmlEntities.decode("&nbsp;&eacute;&yuml;&mdash;&rsquo;&amp;&lt;&gt;&quot;&apos; &euro; &copy;"));
        assertEquals("AT&T &ampx &notanentity;", HtmlEntities.decode("AT&T &ampx &notanentity;"));
        assertEquals("\uD83D\uDE00", HtmlEntities.decode("&#x1F600;"));
    }
}
