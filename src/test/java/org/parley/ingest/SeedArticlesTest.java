package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

/** The five sample articles in {@code data/articles}, read through the public entry point. */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("data/articles");
    private static List<Article> articles;

    @BeforeAll
    static void readSeeds() {
        Collected c = Collected.read(SEEDS);
        assertEquals(List.of(), c.problems);
        articles = c.articles;
    }

    private static Article seed(int n) {
        return articles.get(n);
    }

    @Test
    void readsAllFiveInNameOrderWithRelativeKeys() {
        assertEquals(List.of("000_319887c0bcb2e2dd.txt", "001_4a8fd4bb1ed0eb13.txt", "002_8cdb4aa7376b1dc0.txt",
                "003_cc0198c9900a5ea4.txt", "004_eaec5825e0824157.txt"), articles.stream().map(Article::key).toList());
        assertEquals(SEEDS.resolve("000_319887c0bcb2e2dd.txt").toString(), seed(0).sourceName());
        articles.forEach(Collected::assertWellFormed);
    }

    @Test
    void textIsTheNormalisedFile() throws IOException {
        for (Article a : articles) {
            String file = Files.readString(SEEDS.resolve(a.key()), StandardCharsets.UTF_8);
            assertEquals(TextNormalizer.normalize(file), a.text(), a.key());
        }
    }

    @Test
    void seed000HasAHeadlineButNoDateLine() {
        Article a = seed(0);
        assertEquals("Ukraine-Russia Peace Talks in Istanbul: A Step Forward Amid Deep Divides", a.title());
        assertNull(a.published(), "the date in the first sentence is not a date line");
        assertNull(a.publisher());
        String body = Collected.body(a);
        assertTrue(body.startsWith("On May 17, 2025, high-level peace talks"), body);
        assertFalse(body.contains("A Step Forward Amid Deep Divides"), "headline is outside the body");
        assertTrue(body.endsWith("underscore the challenges in achieving a lasting peace."), body);
        for (String boilerplate : List.of("Follow us on Bluesky", "Email us", "Sources", "Sanctioning Russia Act",
                "Germany, Italy say Europe's leaders"))
            assertFalse(body.contains(boilerplate), boilerplate);
        assertFalse(a.body().stream().anyMatch(s -> s.cover(a.text()).equals("Weimar+")), "list item");
        assertTrue(a.text().contains("- Weimar+"), "boilerplate stays in the text");
    }

    @Test
    void seeds001And002StartWithBodyText() {
        for (Article a : List.of(seed(1), seed(2))) {
            assertNull(a.title(), a.key());
            assertNull(a.published(), a.key());
            assertNull(a.publisher(), a.key() + ": 'speaking to Reuters' is not a byline");
            assertEquals(a.text().strip(), Collected.body(a), a.key() + ": every line is content");
        }
    }

    @Test
    void seed003DropsTheReactionWidget() {
        Article a = seed(3);
        assertEquals("Fragile Talks in Istanbul Yield Little Progress in Russia-Ukraine Peace Efforts", a.title());
        assertNull(a.published());
        String body = Collected.body(a);
        assertTrue(body.startsWith("In Istanbul, Russia and Ukraine resumed direct negotiations"), body);
        assertTrue(body.endsWith("reluctance to elevate the negotiation level."), body);
        assertFalse(body.contains("Reaction"), body);
    }

    @Test
    void seed004HasMastheadHeadlineAndDateLine() {
        Article a = seed(4);
        assertEquals("BreakingOn", a.publisher());
        assertEquals(LocalDate.of(2025, 5, 15), a.published());
        assertEquals("Historic Peace Talks in Istanbul: Ukraine and Russia Meet After Years of Conflict", a.title());
        String body = Collected.body(a);
        assertTrue(body.startsWith("In a significant diplomatic move"), body);
        assertFalse(body.contains("BREAKINGON"));
        assertFalse(body.contains("5/15/2025"));
        assertTrue(body.contains("LONDON -- Ukrainian and Russian representatives"), body);
        assertTrue(body.endsWith("the path forward for peace in the region."), body);
        assertFalse(body.contains("Breakingon.com is an independent news platform"), "publisher blurb");
        assertFalse(body.contains("All rights reserved"), "copyright");
    }

    @Test
    void offsetsOfEveryBodyRegionAreLinesOfTheText() {
        for (Article a : articles) {
            for (var span : a.body()) {
                assertTrue(span.begin() == 0 || a.text().charAt(span.begin() - 1) == '\n', a.key() + " " + span);
                assertTrue(span.end() == a.text().length() || a.text().charAt(span.end()) == '\n', a.key() + " " + span);
            }
        }
    }

    @Test
    void readingIsDeterministic() {
        Collected again = Collected.read(SEEDS);
        assertEquals(articles, again.articles);
    }
}
