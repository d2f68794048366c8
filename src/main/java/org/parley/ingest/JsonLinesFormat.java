package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.model.Article;

/**
 * Reads JSON lines: one JSON object per line with a required string {@code text} and optional string
 * {@code id} (or integer), {@code url}, {@code title}, {@code published} (ISO 8601 date or date-time) and
 * {@code source} (the publisher). Blank lines are skipped.
 *
 * <p>The file is streamed: only one line is in memory at a time, and a line longer than the size limit is
 * reported and skipped without being kept. Every line that cannot be used (malformed JSON, not an object,
 * missing or mistyped field, invalid UTF-8) becomes a problem with its line number, and the next line is
 * read. A {@code url} that is not an absolute http(s) address, or a {@code published} value that is not an
 * ISO date, is reported and ignored; the article is still read.
 */
final class JsonLinesFormat {
    private static final int HEAD_BYTES = 8192;

    private JsonLinesFormat() {
    }

    /**
     * Reads all records of one file.
     *
     * @param baseKey      the file's own key (its path relative to the input root)
     * @param source       the file as named, for source names and problems
     * @param maxLineBytes the longest line accepted
     */
    static void read(InputStream in, String baseKey, String source, long maxLineBytes, ArticleSink sink)
            throws IOException {
        byte[] head = in.readNBytes(HEAD_BYTES);
        TextDecoder.Bom bom = TextDecoder.bom(head, head.length);
        boolean wide = bom != null && bom.charset() != StandardCharsets.UTF_8;
        if (!wide) {
            String kind = head.length == 0 ? null : TextDecoder.binaryKind(head, head.length);
            if (kind != null) {
                sink.problem(new IngestProblem(source, 0, "not a text file: looks like " + kind));
                return;
            }
        }
        InputStream all = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
        all.skipNBytes(bom == null ? 0 : bom.length());
        int limit = (int) Math.min(maxLineBytes, Integer.MAX_VALUE - 16L);
        Counter counter = new Counter();
        if (wide)
            readWide(new InputStreamReader(all, bom.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                    bom.charset(), baseKey, source, limit, sink, counter);
        else
            readUtf8(all, bom == null ? 0 : bom.length(), baseKey, source, limit, sink, counter);
        if (counter.records == 0 && counter.problems == 0)
            sink.problem(new IngestProblem(source, 0, head.length == 0 ? "empty file" : "file contains only whitespace"));
    }

    private static final class Counter {
        long records;
        long problems;
    }

    private static void readUtf8(InputStream in, long firstOffset, String baseKey, String source, int limit,
                                 ArticleSink sink, Counter counter) throws IOException {
        ByteLines lines = new ByteLines(in, limit, firstOffset);
        long lineNo = 0;
        while (lines.next()) {
            lineNo++;
            if (lines.overflow) {
                problem(sink, counter, source, lineNo, "line is longer than the limit of " + limit + " bytes; skipped");
                continue;
            }
            String text;
            try {
                text = TextDecoder.decodeStrict(ByteBuffer.wrap(lines.line, 0, lines.length), StandardCharsets.UTF_8);
            } catch (TextDecoder.DecodeError e) {
                problem(sink, counter, source, lineNo, "invalid UTF-8 at byte offset " + (lines.lineStart + e.position)
                        + " (line " + lineNo + ")");
                continue;
            }
            handle(text, baseKey, source, lineNo, sink, counter);
        }
    }

    private static void readWide(Reader reader, Charset cs, String baseKey, String source, int limit,
                                 ArticleSink sink, Counter counter) throws IOException {
        int maxChars = Math.max(1, limit / 2);
        StringBuilder line = new StringBuilder();
        long lineNo = 0;
        boolean overflow = false;
        char[] buf = new char[8192];
        try (reader) {
            int n;
            boolean pending = false;
            while ((n = reader.read(buf)) >= 0) {
                for (int k = 0; k < n; k++) {
                    char c = buf[k];
                    if (c == '\n') {
                        lineNo++;
                        wideLine(line, overflow, baseKey, source, lineNo, limit, sink, counter);
                        line.setLength(0);
                        overflow = false;
                        pending = false;
                    } else {
                        pending = true;
                        if (line.length() < maxChars)
                            line.append(c);
                        else
                            overflow = true;
                    }
                }
            }
            if (pending)
                wideLine(line, overflow, baseKey, source, ++lineNo, limit, sink, counter);
        } catch (CharacterCodingException e) {
            problem(sink, counter, source, lineNo + 1, "invalid " + cs.name() + " text; the rest of the file is skipped");
        }
    }

    private static void wideLine(StringBuilder line, boolean overflow, String baseKey, String source, long lineNo,
                                 int limit, ArticleSink sink, Counter counter) {
        if (overflow)
            problem(sink, counter, source, lineNo, "line is longer than the limit of " + limit + " bytes; skipped");
        else
            handle(line.toString(), baseKey, source, lineNo, sink, counter);
    }

    private static void handle(String text, String baseKey, String source, long lineNo, ArticleSink sink,
                               Counter counter) {
        if (text.isBlank())
            return;
        List<String> warnings = new ArrayList<>();
        try {
            Article a = record(text, baseKey, source, lineNo, warnings);
            counter.records++;
            sink.article(a);
        } catch (BadInputException e) {
            problem(sink, counter, source, lineNo, e.getMessage());
        }
        for (String w : warnings)
            problem(sink, counter, source, lineNo, w);
    }

    private static void problem(ArticleSink sink, Counter counter, String source, long line, String message) {
        counter.problems++;
        sink.problem(new IngestProblem(source, line, message));
    }

    /**
     * Turns one line into an article.
     *
     * @param warnings receives messages about fields that were ignored
     */
    static Article record(String json, String baseKey, String source, long lineNo, List<String> warnings)
            throws BadInputException {
        Object value;
        try {
            value = Json.parse(json);
        } catch (Json.JsonException e) {
            throw new BadInputException(lineNo, "malformed JSON: " + e.getMessage());
        }
        if (!(value instanceof Map<?, ?> obj))
            throw new BadInputException(lineNo, "expected a JSON object, found " + typeName(value));
        if (!obj.containsKey("text") || obj.get("text") == null)
            throw new BadInputException(lineNo, "missing \"text\"");
        String text = string(obj, "text", lineNo);
        String id = id(obj, lineNo);
        String url = string(obj, "url", lineNo);
        String title = string(obj, "title", lineNo);
        String published = string(obj, "published", lineNo);
        String publisher = string(obj, "source", lineNo);

        String normalised = TextNormalizer.normalize(text);
        if (normalised.isBlank())
            throw new BadInputException(lineNo, "empty \"text\"");
        Draft d = Draft.ofPlainText(normalised);
        if (url != null) {
            d.url = Draft.absoluteUrl(url);
            if (d.url == null)
                warnings.add("\"url\" is not an absolute http(s) address: '" + url + "'; ignored");
        }
        if (published != null) {
            LocalDate date = Dates.parseIso(published);
            if (date == null)
                warnings.add("\"published\" is not an ISO 8601 date: '" + published + "'; ignored");
            d.published = date;
        }
        d.title = TextNormalizer.oneLine(title);
        d.publisher = TextNormalizer.oneLine(publisher);
        String fallbackKey = id != null ? baseKey + "#" + id : baseKey + ":" + lineNo;
        try {
            return d.toArticle(fallbackKey, source + ":" + lineNo);
        } catch (BadInputException e) {
            throw new BadInputException(lineNo, e.getMessage());
        }
    }

    private static String string(Map<?, ?> obj, String field, long lineNo) throws BadInputException {
        Object v = obj.get(field);
        if (v == null || v instanceof String)
            return (String) v;
        throw new BadInputException(lineNo, "\"" + field + "\" must be a string, found " + typeName(v));
    }

    private static String id(Map<?, ?> obj, long lineNo) throws BadInputException {
        Object v = obj.get("id");
        if (v instanceof BigDecimal n) {
            try {
                return n.toBigIntegerExact().toString();
            } catch (ArithmeticException e) {
                throw new BadInputException(lineNo, "\"id\" must be a string or an integer, found " + n);
            }
        }
        if (v instanceof String s && s.isBlank())
            throw new BadInputException(lineNo, "\"id\" must not be blank");
        if (v == null || v instanceof String)
            return v == null ? null : ((String) v).strip();
        throw new BadInputException(lineNo, "\"id\" must be a string or an integer, found " + typeName(v));
    }

    private static String typeName(Object v) {
        if (v == null)
            return "null";
        if (v instanceof Map)
            return "an object";
        if (v instanceof List)
            return "an array";
        if (v instanceof String)
            return "a string";
        if (v instanceof BigDecimal)
            return "a number";
        if (v instanceof Boolean)
            return "a boolean";
        return v.getClass().getSimpleName();
    }

    /** Splits a byte stream at LF (dropping a CR before it), keeping at most {@code max} bytes of a line. */
    private static final class ByteLines {
        private final InputStream in;
        private final int max;
        private final byte[] buf = new byte[1 << 16];
        private int bpos;
        private int blen;
        private boolean eof;
        private long consumed;
        byte[] line = new byte[1024];
        int length;
        boolean overflow;
        /** Byte offset in the file where the current line starts. */
        long lineStart;

        ByteLines(InputStream in, int max, long firstOffset) {
            this.in = in;
            this.max = max;
            this.consumed = firstOffset;
        }

        boolean next() throws IOException {
            length = 0;
            overflow = false;
            lineStart = consumed;
            boolean any = false;
            while (true) {
                if (bpos == blen) {
                    if (eof)
                        break;
                    blen = in.read(buf);
                    bpos = 0;
                    if (blen <= 0) {
                        blen = 0;
                        eof = true;
                        break;
                    }
                }
                int nl = -1;
                for (int k = bpos; k < blen; k++) {
                    if (buf[k] == '\n') {
                        nl = k;
                        break;
                    }
                }
                int end = nl < 0 ? blen : nl;
                append(bpos, end - bpos);
                any = true;
                int next = nl < 0 ? blen : nl + 1;
                consumed += next - bpos;
                bpos = next;
                if (nl >= 0)
                    break;
            }
            if (!overflow && length > 0 && line[length - 1] == '\r')
                length--;
            return any;
        }

        private void append(int from, int n) {
            if (overflow || n == 0)
                return;
            if ((long) length + n > max) {
                overflow = true;
                return;
            }
            if (length + n > line.length)
                line = java.util.Arrays.copyOf(line, Math.max(length + n, Math.min(max, line.length * 2)));
            System.arraycopy(buf, from, line, length, n);
            length += n;
        }
    }
}
