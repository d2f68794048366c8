package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

/**
 * Random inputs made of markup fragments: every format must either produce a well-formed article or
 * report bad input, and never fail with any other exception. The seed is fixed, so runs are repeatable.
 */
class RobustnessTest {
    private static final String[] FRAGMENTS = {"<", ">", "</", "<p>", "</p>", "<div class='a'>", "<nav>", "</nav>",
        "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<pre>", "</pre>", "<li>", "<td>", "<h1>", "</h1>",
        "<article>", "</article>", "&", "&amp;", "&#", "&#x;", "&#99999999;", ";", "\"", "'", "=", " ", "\n", "\r\n", "\t",
        "#", "# ", "---", "===", "```", "~~~", "*", "**", "_", "`", "[", "](", ")", "![", "\\", "|", "> ", "- ", "1. ",
        "{", "}", "[", "]", ":", ",", "\"text\"", "null", "0", "-1e5", "\\u", "\\ud800", "\u00A0", "\u200B", "\uFEFF",
        "\u2014", "\uD83D\uDE00", "\uD800", "BREAKING", "Share", "\u00A9 2025", "Sources", "May 15, 2025", "5/15/2025",
        "Leaders Meet in Geneva", "Officials met on Tuesday.", "By Anna Weber", "(Reuters) -", "Published by X",
        "https://x.example/a", "<meta property=\"og:url\" content=\"", "<link rel=canonical href=\""};

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++)
            b.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
        return b.toString();
    }

    @Test
    void documentFormatsNeverFailUnexpectedly() {
        Random r = new Random(20250515);
        for (int i = 0; i < 3000; i++) {
            String input = random(r);
            for (ArticleReader.Format f : new ArticleReader.Format[] {
                ArticleReader.Format.TEXT, ArticleReader.Format.MARKDOWN, ArticleReader.Format.HTML}) {
                try {
                    Article a = ArticleReader.readText(f, "k", "k", input);
                    Collected.assertWellFormed(a);
                } catch (BadInputException expected) {
                    // reported as a problem
                } catch (RuntimeException | AssertionError e) {
                    fail(f + " failed on " + escape(input), e);
                }
            }
        }
    }

    @Test
    void jsonLinesNeverFailUnexpectedly() {
        Random r = new Random(7);
        for (int i = 0; i < 3000; i++) {
            String input = random(r);
            String line = r.nextBoolean() ? input : "{\"text\": \"" + input.replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
            try {
                Collected.assertWellFormed(JsonLinesFormat.record(line, "f.jsonl", "f.jsonl", 1, new java.util.ArrayList<>()));
            } catch (BadInputException expected) {
                // reported as a problem
            } catch (RuntimeException | AssertionError e) {
                fail("failed on " + escape(line), e);
            }
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
