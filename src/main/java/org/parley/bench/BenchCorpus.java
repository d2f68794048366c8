package org.parley.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A benchmark corpus of real news: the Voice of America sentences of the GMB NER data
 * ({@code data/training/ner_dataset.csv}, one token per line, {@code Sentence: N} starting each sentence),
 * detokenised to readable text and regrouped in source order into articles of about 25 sentences, written as
 * JSON lines ({@code id}, {@code url}, {@code title}, {@code published}, {@code source}, {@code text}), in paragraphs of
 * three sentences. The title names where the article starts in the source (a made-up headline would be synthetic
 * text).
 *
 * <p>To reach any size the corpus is repeated. Repetition {@code r} groups the same sentences differently
 * (articles of {@code 25 ± 5} sentences, starting at a different offset, the sentences before the offset
 * wrapping round to the end), so that every article has a distinct identity ({@code voa-000123-r2}) and a
 * distinct text (Parley skips an article whose text equals another's). Repetition 0 is the plain grouping in
 * 25s (about 1,900 articles). 220 repetitions (about 420,000 articles) give distinct texts; beyond that, texts
 * may repeat. Nothing is synthetic but the {@code published} dates, which are placeholders (one day per
 * article from 2004-01-01, in source order) so that date-range queries have something to range over.
 *
 * <p>The source is streamed: only one article's sentences (and the at most 30 wrapped ones) are in memory.
 */
public final class BenchCorpus {
    /** Sentences per paragraph (paragraphs are separated by a blank line). */
    static final int SENTENCES_PER_PARAGRAPH = 3;
    /** Sentences per article in repetition 0. */
    public static final int SENTENCES_PER_ARTICLE = 25;
    /** Length changes cycled through by the repetitions: 25, 24, 26, 23, 27, ..., 20, 30. */
    private static final int[] LENGTH_DELTA = {0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5};
    private static final LocalDate FIRST_DATE = LocalDate.of(2004, 1, 1);

    private final Path source;

    /** A corpus built from the GMB CSV file {@code source}. */
    public BenchCorpus(Path source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** What {@link #write} wrote. */
    public record Written(int articles, long sentences, long tokens, long bytes) {}

    /** Writes {@code articles} articles as JSON lines to {@code out}. */
    public Written write(int articles, Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (articles < 1) throw new IllegalArgumentException("articles must be at least 1: " + articles);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            Counts c = new Counts();
            for (int r = 0; c.articles < articles; r++) {
                int before = c.articles;
                writeRepetition(r, articles, w, c);
                if (c.articles == before) throw new IOException("no sentences in " + source);
            }
            w.flush();
            return new Written(c.articles, c.sentences, c.tokens, Files.size(out));
        }
    }

    private static final class Counts {
        int articles;
        long sentences, tokens;
    }

    /** Sentences per article in repetition {@code r}. */
    static int length(int r) {
        return SENTENCES_PER_ARTICLE + LENGTH_DELTA[r % LENGTH_DELTA.length];
    }

    /** Index of the first sentence of the first article of repetition {@code r}. */
    static int offset(int r) {
        return (r / LENGTH_DELTA.length) % length(r);
    }

    private void writeRepetition(int r, int limit, Writer w, Counts c) throws IOException {
        int length = length(r), offset = offset(r);
        List<Detokenizer.Sentence> wrapped = new ArrayList<>();
        ArrayDeque<Detokenizer.Sentence> current = new ArrayDeque<>();
        int[] index = {0, 0};   // sentence index in the source, article index in this repetition
        try (SentenceReader in = new SentenceReader(source)) {
            Detokenizer.Sentence s;
            while ((s = in.next()) != null && c.articles < limit) {
                if (index[0]++ < offset) {
                    wrapped.add(s);
                    continue;
                }
                current.add(s);
                if (current.size() == length) flush(r, current, index, w, c);
            }
        }
        for (Detokenizer.Sentence s : wrapped) {
            if (c.articles >= limit) return;
            current.add(s);
            if (current.size() == length) flush(r, current, index, w, c);
        }
        if (!current.isEmpty() && c.articles < limit) flush(r, current, index, w, c);
    }

    private static void flush(int r, ArrayDeque<Detokenizer.Sentence> sentences, int[] index, Writer w, Counts c) throws IOException {
        StringBuilder text = new StringBuilder();
        int k = 0;
        for (Detokenizer.Sentence sentence : sentences) {
            if (k > 0) text.append(k % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
            text.append(sentence.text());
            c.tokens += sentence.tokens();
            k++;
        }
        int firstSentence = sentences.peekFirst().index() + 1;
        c.sentences += sentences.size();
        sentences.clear();
        int n = index[1]++;
        String id = String.format(Locale.ROOT, "voa-%06d-r%d", n, r);
        String title = String.format(Locale.ROOT, "Voice of America news, GMB sentences from %d (%d)", firstSentence, r);
        w.write("{\"id\":" + quote(id) + ",\"url\":" + quote("https://bench.example.org/voa/" + id)
                + ",\"title\":" + quote(title) + ",\"published\":" + quote(FIRST_DATE.plusDays(n).toString())
                + ",\"source\":\"Voice of America (GMB NER corpus)\",\"text\":" + quote(text.toString()) + "}\n");
        c.articles++;
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    else sb.append(ch);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Reads the GMB CSV one sentence (its tokens and their POS tags) at a time. */
    static final class SentenceReader implements AutoCloseable {
        private final BufferedReader in;
        private List<String> words = null, tags = null;
        private boolean eof;
        private int count;

        SentenceReader(Path csv) throws IOException {
            this.in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
            in.readLine();   // header
        }

        /** The next sentence, or null at the end. */
        Detokenizer.Sentence next() throws IOException {
            while (!eof) {
                String line = in.readLine();
                if (line == null) {
                    eof = true;
                    break;
                }
                if (line.isBlank()) continue;
                List<String> f = fields(line);
                if (f.size() < 3) continue;
                Detokenizer.Sentence done = null;
                if (!f.get(0).isEmpty() && words != null && !words.isEmpty()) done = Detokenizer.tagged(words, tags, count++);
                if (!f.get(0).isEmpty() || words == null) {
                    words = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                words.add(f.get(1));
                tags.add(f.get(2));
                if (done != null) return done;
            }
            if (words != null && !words.isEmpty()) {
                Detokenizer.Sentence done = Detokenizer.tagged(words, tags, count++);
                words = null;
                return done;
            }
            return null;
        }

        /** The fields of one CSV line (double quotes quote, doubled quotes escape). */
        static List<String> fields(String line) {
            List<String> out = new ArrayList<>(4);
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            f.append('"');
                            i++;
                        } else quoted = false;
                    } else f.append(ch);
                } else if (ch == '"') quoted = true;
                else if (ch == ',') {
                    out.add(f.toString());
                    f.setLength(0);
                } else f.append(ch);
            }
            out.add(f.toString());
            return out;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
