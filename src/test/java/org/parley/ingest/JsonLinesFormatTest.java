package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class JsonLinesFormatTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/articles/feed.jsonl");

    @Test
    void goodLinesBecomeArticlesAndBadLinesProblems() {
        Collected c = Collected.read(FIXTURE);
        assertEquals(3, c.articles.size());
        assertEquals(List.of(2L, 4L), c.problems.stream().map(IngestProblem::line).toList());
        assertTrue(c.problems.get(0).message().startsWith("malformed JSON: unterminated string"), c.problems.get(0).message());
        assertEquals("\"title\" must be a string, found a number", c.problems.get(1).message());
        c.problems.forEach(p -> assertEquals(FIXTURE.toString(), p.source()));
        c.articles.forEach(Collected::assertWellFormed);

        Article first = c.articles.get(0);
        assertEquals("feed.jsonl#a1", first.key(), "id, prefixed with the file's key");
        assertEquals(FIXTURE + ":1", first.sourceName());
        assertEquals("Talks Open in Istanbul", first.title());
        assertEquals("Example Wire", first.publisher());
        assertEquals(LocalDate.of(2025, 5, 16), first.published());
        assertEquals("Negotiators from Ukraine and Russia met in Istanbul on Friday.\nThey agreed on a prisoner exchange.",
                Collected.body(first));

        Article second = c.articles.get(1);
        assertEquals("https://wire.example/news/2", second.key(), "url wins");
        assertEquals(LocalDate.of(2025, 5, 16), second.published(), "date of a date-time");
        assertEquals("Turkey hosted the meeting at the Dolmabahce Palace.", Collected.body(second), "call to action left out");

        assertEquals("feed.jsonl:5", c.articles.get(2).key(), "no url, no id: file key and line");
    }

    private static Collected jsonl(Path dir, String content) throws IOException {
        Path f = dir.resolve("t.jsonl");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return Collected.read(f);
    }

    @Test
    void everyKindOfBadLineIsNamed(@TempDir Path dir) throws IOException {
        Collected c = jsonl(dir, String.join("\n",
                "[1, 2]",
                "{\"id\": \"x\"}",
                "{\"text\": 5}",
                "{\"text\": null}",
                "{\"text\": \"  \"}",
                "{\"text\": \"ok\", \"id\": 1.5}",
                "{\"text\": \"ok\", \"id\": {}}",
                "{\"text\": \"ok\", \"source\": [\"a\"]}",
                "{\"text\": \"ok\", \"text\": \"again\"}",
                "{\"text\": \"ok\",}",
                "",
                "{\"text\": \"Share this article\"}",
                "{\"text\": \"The last line has no line break and a numeric id.\", \"id\": 42}"));
        assertEquals(List.of(
                "1: expected a JSON object, found an array",
                "2: missing \"text\"",
                "3: \"text\" must be a string, found a number",
                "4: missing \"text\"",
                "5: empty \"text\"",
                "6: \"id\" must be a string or an integer, found 1.5",
                "7: \"id\" must be a string or an integer, found an object",
                "8: \"source\" must be a string, found an array",
                "9: malformed JSON: duplicate member \"text\" at column 16",
                "10: malformed JSON: expected a quoted member name at column 15",
                "12: no article content found (only headings or boilerplate)"),
                c.problems.stream().map(p -> p.line() + ": " + p.message()).toList());
        assertEquals(List.of("t.jsonl#42"), c.articles.stream().map(Article::key).toList());
    }

    @Test
    void unusableUrlOrDateIsReportedButTheArticleIsKept(@TempDir Path dir) throws IOException {
        Collected c = jsonl(dir, "{\"text\": \"The talks ended.\", \"url\": \"/relative\", \"published\": \"May 16, 2025\"}\n");
        Article a = c.articles.get(0);
        assertNull(a.url());
        assertNull(a.published());
        assertEquals("t.jsonl:1", a.key());
        assertEquals(List.of("\"url\" is not an absolute http(s) address: '/relative'; ignored",
                "\"published\" is not an ISO 8601 date: 'May 16, 2025'; ignored"),
                c.problems.stream().map(IngestProblem::message).toList());
    }

    @Test
    void invalidUtf8OnOneLineIsReportedWithByteOffset(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bytes.jsonl");
        byte[] good = "{\"text\": \"First.\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] last = "{\"text\": \"Third.\"}".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(good);
            out.write(bad);
            out.write(last);
        }
        Collected c = Collected.read(f);
        assertEquals(List.of("First.", "Third."), c.articles.stream().map(Collected::body).toList());
        IngestProblem p = c.problems.get(0);
        assertEquals(2, p.line());
        long offset = 3 + good.length + 9;
        assertEquals("invalid UTF-8 at byte offset " + offset + " (line 2)", p.message());
    }

    @Test
    void linesOverTheLimitAreSkippedAndTheFileIsStreamed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.jsonl");
        String longText = "word ".repeat(400);
        try (var w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 50; i++)
                w.write("{\"id\": " + i + ", \"text\": \"Line " + i + " of the feed.\"}\n");
            w.write("{\"text\": \"" + longText + "\"}\n");
            w.write("{\"id\": \"after\", \"text\": \"After the long line.\"}\n");
        }
        long limit = 1000;
        assertTrue(Files.size(f) > limit * 3, "the file as a whole is far over the limit");
        Collected c = Collected.read(IngestOptions.defaults().withMaxFileBytes(limit), f);
        assertEquals(51, c.articles.size());
        assertEquals("big.jsonl#after", c.articles.get(50).key());
        assertEquals(List.of(new IngestProblem(f.toString(), 51, "line is longer than the limit of 1000 bytes; skipped")),
                c.problems);
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("wide.jsonl");
        byte[] body = "{\"text\": \"Caf\u00E9 talks.\"}\r\n{\"text\": \"Second.\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(f, all);
        Collected c = Collected.read(f);
        assertEquals(List.of(), c.problems);
        assertEquals(List.of("Caf\u00E9 talks.", "Second."), c.articles.stream().map(Collected::body).toList());
        assertEquals(f + ":2", c.articles.get(1).sourceName());
    }

    @Test
    void emptyAndBinaryFeedsAreProblems(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n \n");
        Path zip = Files.write(dir.resolve("zip.jsonl"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        Collected c = Collected.read(empty, blank, zip);
        assertEquals(List.of("empty file", "file contains only whitespace", "not a text file: looks like a ZIP archive"),
                c.problems.stream().map(IngestProblem::message).toList());
        assertEquals(List.of(0L, 0L, 0L), c.problems.stream().map(IngestProblem::line).toList());
    }
}
