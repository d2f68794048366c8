package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

/** Walking, dispatch and every kind of bad input, on files made in a temporary directory. */
class ArticleReaderTest {
    private static final String PARA = "Officials from both countries met on Tuesday to discuss a ceasefire.";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static List<String> messages(Collected c) {
        return c.problems.stream().map(p -> p.line() == 0 ? p.message() : p.line() + ": " + p.message()).toList();
    }

    @Test
    void walksDirectoriesRecursivelyInNameOrder() throws IOException {
        write("b.txt", PARA);
        write("a/z.md", "# Title Here\n\n" + PARA);
        write("a/y.html", "<p>" + PARA + "</p>");
        write("a/x.htm", "<p>" + PARA + "</p>");
        write("c.jsonl", "{\"text\": \"" + PARA + "\"}\n{\"id\": \"two\", \"text\": \"" + PARA + "\"}");
        write("notes.docx", "unknown extensions inside directories are skipped");
        write("README", "no extension");
        write(".hidden.txt", PARA);
        write(".git/config.txt", PARA);
        Collected c = Collected.read(dir);
        assertEquals(List.of(), c.problems);
        assertEquals(List.of("a/x.htm", "a/y.html", "a/z.md", "b.txt", "c.jsonl:1", "c.jsonl#two"),
                c.articles.stream().map(Article::key).toList());
        assertEquals(dir.resolve("a/x.htm").toString(), c.articles.get(0).sourceName());
        assertEquals(dir.resolve("c.jsonl") + ":2", c.articles.get(5).sourceName());
    }

    @Test
    void fileGivenDirectlyIsKeyedByItsName() throws IOException {
        Path f = write("sub/story.txt", PARA);
        Article a = Collected.read(f).only();
        assertEquals("story.txt", a.key());
        assertEquals(f.toString(), a.sourceName());
    }

    @Test
    void extensionsAreMatchedWithoutCaseAndCanBeRestricted() throws IOException {
        write("A.TXT", PARA);
        write("b.md", PARA);
        assertEquals(List.of("A.TXT", "b.md"), Collected.read(dir).articles.stream().map(Article::key).toList());
        Collected onlyText = Collected.read(IngestOptions.defaults().withExtensions(Set.of(".txt")), dir, dir.resolve("b.md"));
        assertEquals(List.of("A.TXT"), onlyText.articles.stream().map(Article::key).toList());
        assertEquals(List.of("unsupported file type '.md'; readable extensions: [txt]"), messages(onlyText));
    }

    @Test
    void explicitFileWithUnknownExtensionIsAProblem() throws IOException {
        Path f = write("paper.pdf.bak", "text");
        IngestProblem p = Collected.read(f).onlyProblem();
        assertEquals(f.toString(), p.source());
        assertEquals(0, p.line());
        assertTrue(p.message().startsWith("unsupported file type '.bak'"), p.message());
    }

    @Test
    void missingPathIsAProblemAndTheRestIsRead() throws IOException {
        Path good = write("good.txt", PARA);
        Path missing = dir.resolve("missing.txt");
        Collected c = Collected.read(missing, good);
        assertEquals(List.of(new IngestProblem(missing.toString(), 0, "no such file or directory")), c.problems);
        assertEquals(1, c.articles.size());
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws IOException {
        Collected c = Collected.read(write("empty.txt", ""), write("blank.md", " \n\t\u00A0\n"), write("blank.html", "   "));
        assertEquals(List.of("empty file", "file contains only whitespace", "file contains only whitespace"), messages(c));
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        Collected c = Collected.read(
                write("nul.txt", new byte[] {'a', 'b', 0, 'c'}),
                write("doc.txt", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)),
                write("img.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
                write("arc.md", new byte[] {'P', 'K', 3, 4, 20, 0}));
        assertEquals(List.of("not a text file: looks like binary data (NUL byte at byte offset 2)",
                "not a text file: looks like a PDF document", "not a text file: looks like a PNG image",
                "not a text file: looks like a ZIP archive"), messages(c));
    }

    @Test
    void invalidUtf8IsReportedWithByteOffsetAndLine() throws IOException {
        byte[] bytes = "First line.\nSecond line \u00E9 and ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xFF;
        bad[bytes.length + 1] = 'x';
        bad[bytes.length + 2] = '\n';
        IngestProblem p = Collected.read(write("bad.txt", bad)).onlyProblem();
        assertEquals(2, p.line());
        assertEquals("invalid UTF-8 at byte offset " + bytes.length + " (line 2)", p.message());
    }

    @Test
    void byteOrderMarksAreHonoured() throws IOException {
        String text = "Talks in Istanbul\n" + PARA + " Caf\u00E9 \uD83D\uDE00.";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] u8 = text.getBytes(StandardCharsets.UTF_8);
        Collected c = Collected.read(
                write("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le)),
                write("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be)),
                write("u8.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, u8)));
        assertEquals(List.of(), c.problems);
        for (Article a : c.articles) {
            assertEquals(text, a.text(), a.key());
            assertEquals("Talks in Istanbul", a.title(), a.key());
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsBinary() throws IOException {
        IngestProblem p = Collected.read(write("wide.txt", PARA.getBytes(StandardCharsets.UTF_16LE))).onlyProblem();
        assertTrue(p.message().startsWith("not a text file"), p.message());
    }

    @Test
    void filesOverTheSizeLimitAreSkippedUnread(@TempDir Path other) throws IOException {
        Path big = write("big.txt", PARA.repeat(20));
        Path small = write("small.txt", PARA);
        List<Path> opened = Collections.synchronizedList(new ArrayList<>());
        Collected c = new Collected();
        new ArticleReader(IngestOptions.defaults().withMaxFileBytes(200), f -> {
            opened.add(f);
            return new java.io.InputStream() {
                private final java.io.InputStream in = Files.newInputStream(f);
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > 250)
                        throw new AssertionError("read past the limit");
                    return b;
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }).read(List.of(big, small), c);
        assertEquals(List.of("file is " + Files.size(big) + " bytes, over the limit of 200 bytes; skipped"), messages(c));
        assertEquals(List.of("small.txt"), c.articles.stream().map(Article::key).toList());
    }

    @Test
    void unreadableFilesAreReported() throws IOException {
        Path locked = write("locked.txt", PARA);
        Path fine = write("fine.txt", PARA);
        Collected c = new Collected();
        new ArticleReader(IngestOptions.defaults(), f -> {
            if (f.equals(locked))
                throw new AccessDeniedException(f.toString());
            return Files.newInputStream(f);
        }).read(List.of(dir), c);
        assertEquals(List.of(new IngestProblem(locked.toString(), 0, "cannot read: permission denied")), c.problems);
        assertEquals(List.of("fine.txt"), c.articles.stream().map(Article::key).toList());
    }

    @Test
    void unreadableFilesAreReportedByTheFileSystem() throws IOException {
        Path locked = write("locked.txt", PARA);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "permissions do not stop this user (root) from reading");
        assertEquals("cannot read: permission denied", Collected.read(locked).onlyProblem().message());
    }

    @Test
    void symbolicLinksInsideDirectoriesAreNotFollowedByDefault() throws IOException {
        Path target = write("elsewhere/linked.txt", PARA);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("own.txt"), PARA);
        Files.createSymbolicLink(tree.resolve("link.txt"), target);
        Files.createSymbolicLink(tree.resolve("linkdir"), target.getParent());
        assertEquals(List.of("own.txt"), Collected.read(tree).articles.stream().map(Article::key).toList());
        Collected followed = Collected.read(IngestOptions.defaults().withFollowSymlinks(true), tree);
        assertEquals(List.of("link.txt", "own.txt"), followed.articles.stream().map(Article::key).toList(),
                "linkdir/linked.txt is the same file as link.txt and is read once");
        assertEquals(List.of("link.txt"), Collected.read(tree.resolve("link.txt")).articles.stream()
                .map(Article::key).toList(), "a link named directly is followed, and keyed by its own name");
    }

    @Test
    void symbolicLinkLoopsAreDetected() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(tree.resolve("a.txt"), PARA);
        Path up = Files.createSymbolicLink(tree.resolve("up"), tree.getParent());
        Path self = Files.createSymbolicLink(dir.resolve("tree/self.txt"), dir.resolve("tree/self.txt"));
        Collected c = Collected.read(IngestOptions.defaults().withFollowSymlinks(true), dir.resolve("tree"));
        assertEquals(List.of("sub/a.txt"), c.articles.stream().map(Article::key).toList());
        assertEquals(List.of(self.toString(), up.toString()), c.problems.stream().map(IngestProblem::source).toList());
        assertEquals("symbolic link loop", c.problems.get(0).message());
        assertTrue(c.problems.get(1).message().startsWith("symbolic link loop: leads back to"), c.problems.get(1).message());
        assertEquals("symbolic link loop", Collected.read(self).onlyProblem().message());
    }

    @Test
    void brokenSymbolicLinkIsAProblem() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        IngestProblem p = Collected.read(link).onlyProblem();
        assertTrue(p.message().startsWith("broken symbolic link"), p.message());
    }

    @Test
    void sameInputTwiceIsReadOnce() throws IOException {
        Path f = write("one.txt", PARA);
        assertEquals(1, Collected.read(f, dir, f).articles.size());
    }

    @Test
    void readerCanBeSharedBetweenThreads() throws Exception {
        for (int i = 0; i < 20; i++)
            write("f" + i + ".txt", "Headline Number " + i + "\n" + PARA + " Item " + i + ".");
        ArticleReader reader = new ArticleReader();
        List<Article> expected = Collected.read(dir).articles;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Article>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++)
                results.add(pool.submit(() -> {
                    Collected c = new Collected();
                    reader.read(List.of(dir), c);
                    return c.articles;
                }));
            for (Future<List<Article>> r : results)
                assertEquals(expected, r.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void argumentsAreChecked() {
        ArticleReader reader = new ArticleReader();
        assertThrows(NullPointerException.class, () -> reader.read(null, new Collected()));
        assertThrows(NullPointerException.class, () -> reader.read(List.of(dir), null));
        assertThrows(IllegalArgumentException.class, () -> IngestOptions.defaults().withMaxFileBytes(0));
        assertThrows(IllegalArgumentException.class, () -> IngestOptions.defaults().withExtensions(Set.of("pdf")));
        assertThrows(IllegalArgumentException.class, () -> IngestOptions.defaults().withExtensions(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new IngestProblem("x", -1, "m"));
        assertEquals(Set.of("txt", "md"), IngestOptions.defaults().withExtensions(Set.of(".TXT", "md")).extensions());
        assertEquals("f.txt:3: bad", new IngestProblem("f.txt", 3, "bad").toString());
        assertEquals("f.txt: bad", new IngestProblem("f.txt", 0, "bad").toString());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
