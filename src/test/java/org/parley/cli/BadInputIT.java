package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.jena.graph.Node;
import org.apache.jena.iri.IRI;
import org.apache.jena.iri.IRIFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.store.KnowledgeStore;
import org.parley.testutil.Corpus;

/**
 * Every kind of bad input the hardening issue lists, end to end through {@code parley ingest}: one run over a
 * directory holding all the cases next to good articles (each case then checked by its own test: a clear message
 * naming the file, and line where there is one, and the rest of the run completed), and a second run into the
 * same store for what needs one (the same article again under another name; a language allowed by {@code --lang}).
 */
class BadInputIT {
    @TempDir
    static Path tmp;
    static Path in, db, links, procMem;
    static CliHarness first, second;
    static Duration firstTook;
    static int goodArticles;

    private static final String GERMAN = "Die Gespräche zwischen der Ukraine und Russland in Istanbul haben am Freitag "
            + "begonnen. Die Delegationen trafen sich im Palast am Bosporus, doch schon nach wenigen Stunden war klar, "
            + "dass beide Seiten weit voneinander entfernt sind. Der ukrainische Verteidigungsminister forderte einen "
            + "sofortigen Waffenstillstand, während die russische Seite auf ihren Bedingungen beharrte.\n";
    private static final String FRENCH = "Les pourparlers entre l'Ukraine et la Russie se sont ouverts vendredi à Istanbul. "
            + "Les deux délégations se sont retrouvées au palais sur le Bosphore, mais il est vite apparu que leurs "
            + "positions restaient très éloignées. Le ministre ukrainien de la Défense a réclamé un cessez-le-feu "
            + "immédiat, tandis que la partie russe maintenait ses exigences.\n";

    @BeforeAll
    static void ingestEveryCase() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        db = tmp.resolve("db");
        List<String> texts = Corpus.articles(20);
        int t = 0;
        // good articles
        Files.writeString(in.resolve("good-1.txt"), texts.get(t++));
        Files.writeString(in.resolve("good-2.md"), "---\ntitle: Second report\n---\n" + texts.get(t++));
        goodArticles = 2;
        // empty, whitespace only
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("blank.md"), "  \n\t\n   \n");
        // binary files: a real PNG and a real ZIP archive, a PDF, under text names; a .pdf named directly
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        Files.write(in.resolve("photo.txt"), png.toByteArray());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("article.txt"));
            z.write(texts.get(t++).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Files.write(in.resolve("bundle.md"), zip.toByteArray());
        Files.write(in.resolve("scan.txt"), ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        Path pdf = Files.write(tmp.resolve("paper.pdf"), Files.readAllBytes(in.resolve("scan.txt")));
        // invalid UTF-8 on line 3; UTF-16 with a byte order mark, both byte orders
        Files.write(in.resolve("latin1.txt"), ("Talks in Istanbul\nThe delegations met.\nCaf\u00e9 au lait in Kyiv.\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("utf16-le.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                texts.get(t++).getBytes(StandardCharsets.UTF_16LE)));
        Files.write(in.resolve("utf16-be.md"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                texts.get(t++).getBytes(StandardCharsets.UTF_16BE)));
        goodArticles += 2;
        // over the size limit (2 MB here); a JSON line over it
        Files.writeString(in.resolve("huge.txt"), (texts.get(t++) + "\n").repeat(3 * 1024 * 1024 / texts.get(t - 1).length() + 1));
        // one line of a megabyte with no sentence breaks (lower case, so that it costs language processing, not
        // thousands of mentions)
        StringBuilder line = new StringBuilder(1 << 20);
        for (int i = 0; line.length() < (1 << 20); i++)
            line.append(Corpus.sentences().get(i % Corpus.sentences().size()).replaceAll("[.!?;:]", "").toLowerCase(java.util.Locale.ROOT)).append(' ');
        Files.writeString(in.resolve("one-line.txt"), line.toString());
        goodArticles++;
        // not English
        Files.writeString(in.resolve("de.txt"), GERMAN);
        Files.writeString(in.resolve("fr.md"), FRENCH);
        // HTML with scripts, styles and iframes
        Files.writeString(in.resolve("page.html"), """
                <!DOCTYPE html><html><head><title>Talks in Istanbul | The Daily Example</title>
                <style>.headline { color: red } /* Stylesheet Smith */</style>
                <script>var tracker = "Scripted Person"; document.write("<p>Injected Paragraph</p>");</script>
                </head><body><article><h1>Talks in Istanbul</h1>
                <iframe src="https://ads.example/frame"><p>Framed Jones said hello.</p></iframe>
                <p>%s</p><script type="text/javascript">console.log("Logged Lee")</script>
                <noscript>Enable JavaScript, Noscript Nguyen says.</noscript></article></body></html>
                """.replace("%s", texts.get(t++)));
        goodArticles++;
        // JSON lines: good, malformed, missing text, wrong types, not an object, too long, unsafe id/url/title
        String longName = ("\"Quoted\" <angled> name with spaces \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 "
                + "\u202Eright-to-left\u202C tab\tend ").repeat(8).substring(0, 500);
        List<String> jsonl = List.of(
                json(texts.get(t++), "\"id\": \"first\""),
                "{\"text\": \"The delegations met in Istanbul, broken",
                "{\"title\": \"An article without its text\"}",
                "{\"text\": 42}",
                json(texts.get(t++), "\"title\": [\"not\", \"a\", \"string\"]"),
                "[\"an\", \"array\", \"instead\", \"of\", \"an\", \"object\"]",
                "{\"text\": \"" + "x".repeat(2 * 1024 * 1024 + 10) + "\"}",
                json(texts.get(t++), "\"id\": " + quote(longName) + ", \"title\": " + quote(longName)
                        + ", \"url\": " + quote("https://example.org/a b/<c>?q=\"" + longName) + ", \"source\": " + quote(longName)),
                json(texts.get(t++), "\"id\": " + quote("\u0000\u0001\u001B[31m control \uD800 lone surrogate")));
        Files.writeString(in.resolve("feed.jsonl"), String.join("\n", jsonl) + "\n");
        goodArticles += 3;
        // the same article twice under different names (another title does not make it another article)
        Files.writeString(in.resolve("good-1-copy.txt"), Files.readString(in.resolve("good-1.txt")));
        Files.writeString(in.resolve("good-1-retitled.md"), "---\ntitle: Another headline\n---\n"
                + Files.readString(in.resolve("good-1.txt")).lines().skip(1).reduce("", (a, b) -> a + b + "\n"));
        // names that would make unsafe IRIs: quotes, angle brackets, spaces, control characters, right-to-left
        // text, a path of more than 500 characters
        List<String> names = List.of("quote\"s and 'apostrophes'.txt", "<angle> brackets & amp; %20 #frag?.txt",
                "tab\tand\u0001control\nnewline.txt", "\u05E2\u05D1\u05E8\u05D9\u05EA \u0648 \u0627\u0644\u0639\u0631\u0628\u064A\u0629.txt",
                "\u202Etxt.exe\u202C.md");
        for (String name : names) Files.writeString(in.resolve(name), texts.get(t++));
        goodArticles += names.size();
        Files.write(in.resolve("empty\nskipped evil.txt: forged\u001B[31m.txt"), new byte[0]);
        Path deep = in;
        for (int i = 0; i < 4; i++) deep = deep.resolve(("deep " + i + " <\"\u05D0\u05D1\"> ").repeat(9).substring(0, 120));
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("x".repeat(200) + ".txt"), texts.get(t++));
        goodArticles++;
        // unreadable: no permission (does not stop root), and an I/O error that stops everyone
        Path locked = in.resolve("locked.txt");
        Files.writeString(locked, texts.get(t++));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(locked)) goodArticles++;
        procMem = tmp.resolve("io-error.txt");
        if (Files.isRegularFile(Path.of("/proc/self/mem"))) Files.createSymbolicLink(procMem, Path.of("/proc/self/mem"));
        // symbolic link loops: a directory that links back to its parent, two files that link to each other,
        // and a link to itself named directly
        Path loop = Files.createDirectories(in.resolve("loop"));
        Files.writeString(loop.resolve("inside.txt"), texts.get(t++));
        goodArticles++;
        Files.createSymbolicLink(loop.resolve("back"), Path.of(".."));
        Files.createSymbolicLink(loop.resolve("a.txt"), Path.of("b.txt"));
        Files.createSymbolicLink(loop.resolve("b.txt"), Path.of("a.txt"));
        links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("self.txt"), Path.of("self.txt"));

        List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString(), "--threads", "2",
                "--max-file-size", "2MB", "--follow-symlinks", in.toString(), pdf.toString(),
                links.resolve("self.txt").toString(), tmp.resolve("missing.txt").toString()));
        if (Files.isSymbolicLink(procMem)) args.add(procMem.toString());
        long start = System.nanoTime();
        first = CliHarness.run(args.toArray(String[]::new));
        firstTook = Duration.ofNanos(System.nanoTime() - start);
        org.slf4j.LoggerFactory.getLogger("figures").info("bad input, first run ({} s): {}", firstTook.toSeconds(), first.out().strip());

        Path again = Files.createDirectories(tmp.resolve("again"));
        Files.writeString(again.resolve("the same story, elsewhere.txt"), Files.readString(in.resolve("good-1.txt")));
        Files.writeString(again.resolve("de.txt"), GERMAN);
        Files.writeString(again.resolve("fr.txt"), FRENCH);
        second = CliHarness.run("ingest", "--db", db.toString(), "--lang", "eng,deu", again.toString());
    }

    // ---- the cases

    @Test
    void emptyAndWhitespaceOnlyFilesAreReported() {
        assertSkipped(in.resolve("empty.txt"), 0, "empty file");
        assertSkipped(in.resolve("blank.md"), 0, "only whitespace");
    }

    @Test
    void binaryFilesAreReportedForWhatTheyAre() {
        assertSkipped(in.resolve("photo.txt"), 0, "not a text file: looks like a PNG image");
        assertSkipped(in.resolve("bundle.md"), 0, "not a text file: looks like a ZIP archive");
        assertSkipped(in.resolve("scan.txt"), 0, "not a text file: looks like a PDF document");
        assertSkipped(tmp.resolve("paper.pdf"), 0, "unsupported file type '.pdf'");
    }

    @Test
    void invalidUtf8IsReportedWithItsLineAndUtf16WithAByteOrderMarkIsRead() {
        assertSkipped(in.resolve("latin1.txt"), 3, "invalid UTF-8 at byte offset");
        for (String name : List.of("utf16-le.txt", "utf16-be.md")) {
            List<String> texts = strings("SELECT ?t { ?a parley:sourceName \"" + in.resolve(name) + "\" ; nif:isString ?t }");
            assertEquals(1, texts.size(), name);
            assertTrue(texts.get(0).startsWith("Istanbul Talks, Report ") && texts.get(0).length() > 300, texts.get(0));
            assertFalse(texts.get(0).contains("\uFEFF") || texts.get(0).contains("\u0000"), name);
        }
    }

    @Test
    void aFileOverTheSizeLimitIsReportedAndSkipped() {
        assertSkipped(in.resolve("huge.txt"), 0, "over the limit of 2097152 bytes");
        assertSkipped(in.resolve("feed.jsonl"), 7, "longer than the limit of 2097152 bytes");
        assertTrue(strings("SELECT ?s { ?a parley:sourceName ?s FILTER(CONTAINS(?s, 'huge')) }").isEmpty());
    }

    @Test
    void aMegabyteLineIsCutIntoBoundedSentencesWithoutSlowingDown() {
        String article = "?a parley:sourceName \"" + in.resolve("one-line.txt") + "\" ";
        long sentences = count("SELECT (COUNT(?s) AS ?n) { " + article + ". ?s parley:inArticle ?a ; a parley:Sentence }");
        long longest = count("SELECT (MAX(?e - ?b) AS ?n) { " + article
                + ". ?s parley:inArticle ?a ; a parley:Sentence ; nif:beginIndex ?b ; nif:endIndex ?e }");
        assertTrue(sentences >= (1 << 20) / 2000, "sentences: " + sentences);
        assertTrue(longest <= 2000, "longest sentence: " + longest + " characters");
        // the whole run, with a megabyte of text among its articles, finishes in bounded time
        assertTrue(firstTook.compareTo(Duration.ofMinutes(3)) < 0, "took " + firstTook);
    }

    @Test
    void articlesNotInEnglishAreReportedAndSkippedUnlessLangAllowsThem() {
        assertSkipped(in.resolve("de.txt"), 0, "language 'deu' not accepted");
        assertSkipped(in.resolve("fr.md"), 0, "language 'fra' not accepted");
        Path again = tmp.resolve("again");
        assertTrue(second.err().contains("skipped " + again.resolve("fr.txt") + ": language 'fra' not accepted"), second.err());
        assertEquals(List.of("deu"), strings("SELECT ?l { ?a parley:sourceName \"" + again.resolve("de.txt")
                + "\" ; dcterms:language ?l }"));
    }

    @Test
    void htmlScriptsStylesAndIframesAreDropped() {
        List<String> texts = strings("SELECT ?t { ?a parley:sourceName \"" + in.resolve("page.html") + "\" ; nif:isString ?t }");
        assertEquals(1, texts.size());
        String text = texts.get(0);
        assertTrue(text.length() > 300, text);
        for (String hidden : List.of("Scripted Person", "Injected Paragraph", "Stylesheet Smith", "Framed Jones",
                "Logged Lee", "Noscript Nguyen", "tracker", "color: red"))
            assertFalse(text.contains(hidden), hidden + " in " + text);
        assertTrue(strings("SELECT ?l { ?e rdfs:label ?l FILTER(REGEX(?l, 'Scripted|Framed|Logged|Noscript|Stylesheet')) }").isEmpty());
    }

    @Test
    void jsonLinesProblemsAreReportedByLine() {
        Path feed = in.resolve("feed.jsonl");
        assertSkipped(feed, 2, "malformed JSON");
        assertSkipped(feed, 3, "missing \"text\"");
        assertSkipped(feed, 4, "\"text\" must be a string, found a number");
        assertSkipped(feed, 5, "\"title\" must be a string, found an array");
        assertSkipped(feed, 6, "expected a JSON object, found an array");
        assertEquals(3, count("SELECT (COUNT(?a) AS ?n) { ?a parley:sourceName ?s FILTER(STRSTARTS(?s, '" + feed + ":')) }"));
    }

    @Test
    void theSameArticleTwiceUnderDifferentNamesIsOneArticle() {
        // three files, one story (one of them with another title): one is ingested, whichever a worker took first,
        // and the other two are reported as its duplicates
        List<String> copies = List.of("good-1.txt", "good-1-copy.txt", "good-1-retitled.md");
        List<String> stored = strings("SELECT ?s { ?a parley:sourceName ?s FILTER(CONTAINS(?s, '/good-1')) }");
        assertEquals(1, stored.size(), stored.toString());
        for (String copy : copies) {
            if (stored.get(0).equals(in.resolve(copy).toString())) continue;
            assertSkipped(in.resolve(copy), 0, "duplicate of ");
        }
        // and again in a later run, into the same store
        Path elsewhere = tmp.resolve("again").resolve("the same story, elsewhere.txt");
        assertTrue(second.err().contains("skipped " + elsewhere + ": duplicate of " + stored.get(0)
                + " (same text, already in the store)"), second.err());
        assertEquals(1, count("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a parley:bodyHash ?h . ?b parley:sourceName \""
                + stored.get(0) + "\" ; parley:bodyHash ?h }"));
    }

    @Test
    void unsafeNamesGiveValidIrisAndLiteralsThatRoundTrip() throws Exception {
        // the file names are kept as they are in parley:sourceName (control characters replaced by U+FFFD)
        for (String name : List.of("quote\"s and 'apostrophes'.txt", "<angle> brackets & amp; %20 #frag?.txt",
                "\u05E2\u05D1\u05E8\u05D9\u05EA \u0648 \u0627\u0644\u0639\u0631\u0628\u064A\u0629.txt", "\u202Etxt.exe\u202C.md")) {
            String path = in.resolve(name).toString();
            assertEquals(1, count("SELECT (COUNT(?a) AS ?n) { ?a parley:sourceName ?s FILTER(?s = " + quote(path) + ") }"), path);
        }
        assertEquals(1, count("SELECT (COUNT(?a) AS ?n) { ?a parley:sourceName ?s FILTER(CONTAINS(?s, 'tab\\tand\\uFFFDcontrol\\nnewline')) }"));
        assertEquals(1, count("SELECT (COUNT(?a) AS ?n) { ?a parley:sourceName ?s FILTER(STRLEN(?s) > 600) }"));
        // the JSON line with a 500-character id, title, URL and source: the URL is no address, which is reported,
        // and the article is kept without it
        assertSkipped(in.resolve("feed.jsonl"), 8, "\"url\" is not an absolute http(s) address");
        assertEquals(1, count("SELECT (COUNT(?a) AS ?n) { ?a dcterms:title ?t FILTER(STRLEN(?t) > 400) FILTER NOT EXISTS { ?a schema:url ?u } }"));
        assertEquals(1, count("SELECT (COUNT(?a) AS ?n) { ?a parley:publisherName ?p FILTER(STRLEN(?p) > 400) }"));
        // the console message escapes control characters in names: a name cannot forge a line of its own
        assertSkipped(in.resolve("empty\nskipped evil.txt: forged\u001B[31m.txt"), 0, "empty file");
        assertTrue(first.err().contains("/empty\\u000Askipped evil.txt: forged\\u001B[31m.txt: empty file"), first.err());
        assertFalse(first.err().lines().anyMatch(l -> l.startsWith("skipped evil.txt")), first.err());

        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            DatasetGraph dsg = ks.dataset();
            IRIFactory iris = IRIFactory.iriImplementation();
            ByteArrayOutputStream nquads = new ByteArrayOutputStream();
            int[] checked = new int[2];
            Txn.executeRead(dsg, () -> {
                dsg.find().forEachRemaining(q -> {
                    for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                        if (n.isURI()) {
                            IRI iri = iris.create(n.getURI());
                            assertFalse(iri.hasViolation(false), n.getURI());
                            assertTrue(n.getURI().chars().noneMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0), n.getURI());
                            checked[0]++;
                        } else if (n.isLiteral()) {
                            assertTrue(n.getLiteralLexicalForm().chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                                    || (c >= 0x7F && c < 0xA0) || c == 0xFFFE || c == 0xFFFF), n.toString());
                            checked[1]++;
                        }
                    }
                });
                RDFDataMgr.write(nquads, dsg, Lang.NQUADS);
            });
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(nquads.toByteArray())).lang(Lang.NQUADS).parse(back);
            Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g ->
                    assertTrue(dsg.getGraph(g).isIsomorphicWith(back.getGraph(g)), "graph " + g + " round-trips")));
            assertTrue(checked[0] > 1000 && checked[1] > 1000, checked[0] + " IRIs, " + checked[1] + " literals");
        }
    }

    @Test
    void unreadableFilesAreReported() {
        if (Files.isSymbolicLink(procMem)) assertSkipped(procMem, 0, "cannot read: Input/output error");
        Path locked = in.resolve("locked.txt");
        if (!Files.isReadable(locked)) assertSkipped(locked, 0, "cannot read: permission denied");
        assumeTrue(Files.isSymbolicLink(procMem) || !Files.isReadable(locked), "no way to make a file unreadable here");
    }

    @Test
    void symbolicLinkLoopsAreReported() {
        Path loop = in.resolve("loop");
        assertSkipped(loop.resolve("back"), 0, "symbolic link loop: leads back to");
        assertSkipped(loop.resolve("a.txt"), 0, "symbolic link loop");
        assertSkipped(loop.resolve("b.txt"), 0, "symbolic link loop");
        assertSkipped(links.resolve("self.txt"), 0, "symbolic link loop");
        assertEquals(1, count("SELECT (COUNT(?a) AS ?n) { ?a parley:sourceName \"" + loop.resolve("inside.txt") + "\" }"));
    }

    @Test
    void theRestOfTheRunCompletes() {
        assertEquals(ParleyCli.SOME_FAILED, first.exitCode(), first.err());
        assertTrue(first.out().contains("Ingested " + goodArticles + " articles (" + goodArticles + " new"), first.out());
        assertSkipped(tmp.resolve("missing.txt"), 0, "no such file or directory");
        long reported = first.err().lines().filter(l -> l.startsWith("skipped ")).count();
        assertTrue(first.out().contains("skipped " + reported + ";"), first.out() + first.err());
        assertEquals(goodArticles + 1, count("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a parley:Article }"),
                "the good articles of the first run and the German one of the second");
        assertEquals(ParleyCli.SOME_FAILED, second.exitCode(), second.err());
        assertTrue(second.out().contains("Ingested 1 article (1 new"), second.out());
    }

    // ---- helpers

    private static void assertSkipped(Path file, long line, String reason) {
        String where = Ingesting.printable(file.toString()) + (line > 0 ? ":" + line : "");
        assertTrue(first.err().lines().anyMatch(l -> l.startsWith("skipped " + where + ": ") && l.contains(reason)),
                "expected 'skipped " + where + ": …" + reason + "…' in:\n" + first.err());
    }

    private static List<String> strings(String select) {
        List<String> out = new ArrayList<>();
        query(select, row -> out.add(row.get(row.varNames().next()).asNode().getLiteralLexicalForm()));
        return out;
    }

    private static long count(String select) {
        long[] n = {-1};
        query(select, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private static void query(String select, java.util.function.Consumer<QuerySolution> each) {
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            Txn.executeRead(ks.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(ks.dataset()))
                        .query(org.parley.testutil.Sparql.PREFIXES + select).build()) {
                    qe.execSelect().forEachRemaining(each);
                }
            });
        }
    }

    private static String json(String text, String more) {
        return "{\"text\": " + quote(text) + ", " + more + "}";
    }

    /** A JSON (and SPARQL) string literal. */
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || Character.isSurrogate(c)) sb.append(String.format("\\u%04X", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
