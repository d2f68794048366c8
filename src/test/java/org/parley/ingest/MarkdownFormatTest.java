package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class MarkdownFormatTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/articles/article.md");

    static Article md(String text) throws BadInputException {
        Article a = ArticleReader.readText(ArticleReader.Format.MARKDOWN, "k.md", "k.md", text);
        Collected.assertWellFormed(a);
        return a;
    }

    @Test
    void fixtureGivesFrontMatterAndCleanBody() {
        Article a = Collected.read(FIXTURE).only();
        assertEquals("https://wire.example/markdown/talks-end", a.key());
        assertEquals("https://wire.example/markdown/talks-end", a.url());
        assertEquals("Talks End Without Ceasefire", a.title());
        assertEquals(LocalDate.of(2025, 5, 16), a.published());
        assertEquals("Example Wire", a.publisher());
        assertEquals(List.of(
                "Istanbul \u2014 The first direct talks between Ukraine and Russia in three years ended on Friday without a"
                        + " ceasefire, although both sides agreed to a large prisoner exchange.",
                "What was agreed",
                "A swap of 1,000 prisoners from each side.",
                "Each side will set out its conditions for a ceasefire in writing.",
                "\"We agreed to continue,\" said Hakan Fidan, Turkey's foreign minister.",
                "The next round has no date yet, officials said."),
                a.body().stream().map(s -> s.cover(a.text())).toList());
        assertFalse(a.text().contains("tags:"), "front matter is not text");
        assertTrue(a.text().contains("{\"internal\": \"code that is not article text\"}"), "code stays in the text");
        assertTrue(a.text().contains("Copyright 2025 Example Wire"), "boilerplate stays in the text");
        assertFalse(a.text().contains("**") || a.text().contains("](") || a.text().contains("palace.jpg"), a.text());
    }

    @Test
    void atxHeadingIsTheTitleWithoutFrontMatter() throws Exception {
        Article a = md("# Talks *End* in Istanbul #\n\nThe talks ended on Friday.\n\n## Next steps\n\nMore talks are planned.");
        assertEquals("Talks End in Istanbul", a.title());
        assertEquals("The talks ended on Friday.\nNext steps\nMore talks are planned.", Collected.body(a));
        assertNull(a.url());
        assertEquals("k.md", a.key());
    }

    @Test
    void setextHeadingIsTheTitle() throws Exception {
        Article a = md("Talks in Istanbul\n=================\nThe talks ended.\nA second line of the same paragraph.");
        assertEquals("Talks in Istanbul", a.title());
        assertEquals("The talks ended. A second line of the same paragraph.", Collected.body(a));
    }

    @Test
    void dateLineUnderTheHeadingIsRead() throws Exception {
        Article a = md("# Talks in Istanbul\n\n*May 16, 2025*\n\nThe talks ended.");
        assertEquals(LocalDate.of(2025, 5, 16), a.published());
        assertEquals("The talks ended.", Collected.body(a));
    }

    @Test
    void inlineMarkupIsRemoved() {
        assertEquals("bold, italic, code *, link, snake_case_name and x < y & z",
                MarkdownFormat.inline("**bold**, _italic_, `code *`, [link](http://x.example/a_b), snake_case_name and x &lt; y \\& z"));
        assertEquals("a*b* c", MarkdownFormat.inline("a\\*b\\* <span>c</span>"));
        assertEquals("see https://x.example/", MarkdownFormat.inline("see <https://x.example/>"));
        assertEquals("", MarkdownFormat.inline("![alt text](img.png)"));
        assertEquals("~~", MarkdownFormat.inline("~~"));
        assertEquals("deleted", MarkdownFormat.inline("~~deleted~~"));
    }

    @Test
    void thematicBreaksTablesAndReferenceDefinitionsAreDropped() throws Exception {
        Article a = md("The talks ended.\n\n---\n\n| Side | Prisoners |\n|---|---|\n| Ukraine | 1000 |\n\n[1]: https://x.example/ref");
        assertEquals("The talks ended.\nSide\tPrisoners\nUkraine\t1000", Collected.body(a));
    }

    @Test
    void frontMatterTitleWinsOverADifferentHeading() throws Exception {
        Article a = md("---\ntitle: Official Title\n---\n# Another Heading\n\nThe talks ended.");
        assertEquals("Official Title", a.title());
        assertEquals("Another Heading\nThe talks ended.", Collected.body(a));
    }
}
