package org.parley.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import opennlp.tools.util.Span;

/**
 * Reads a CoNLL-style NER file: one token per line, whitespace-separated columns with the tag last, a blank line
 * between sentences, {@code -DOCSTART-} lines ignored. Tags are IOB1 or IOB2 ({@code O}, {@code B-PER},
 * {@code I-LOC}, ...); an {@code I-} tag continues the open span only if it has the same type, {@code B-} always
 * starts a new span. PER, LOC and ORG become {@link NerTypes}; other types (MISC) are left out.
 */
public final class ConllReader {
    private ConllReader() {
    }

    /** Reads a file (UTF-8). */
    public static List<NerSentence> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** Reads sentences from a reader; {@code source} names it in error messages. */
    public static List<NerSentence> read(Reader reader, String source) throws IOException {
        List<NerSentence> all = new ArrayList<>();
        for (List<NerSentence> d : readDocuments(reader, source)) {
            all.addAll(d);
        }
        return all;
    }

    /** Reads a file (UTF-8) as documents: sentences grouped at {@code -DOCSTART-} lines. */
    public static List<List<NerSentence>> readDocuments(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readDocuments(r, file.toString());
        }
    }

    /**
     * Reads documents: a {@code -DOCSTART-} line ends the sentences before it (as in wikigold, where it
     * follows each document) or starts a document (as in CoNLL-2003); empty documents are left out. A file
     * without {@code -DOCSTART-} is one document.
     */
    public static List<List<NerSentence>> readDocuments(Reader reader, String source) throws IOException {
        List<List<NerSentence>> docs = new ArrayList<>();
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<NerSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("-DOCSTART-")) {
                flush(tokens, tags, out);
                if (t.startsWith("-DOCSTART-") && !out.isEmpty()) {
                    docs.add(List.copyOf(out));
                    out.clear();
                }
                continue;
            }
            String[] cols = t.split("\\s+");
            if (cols.length < 2) {
                throw new IOException(source + ":" + lineNo + ": expected a token and a tag: " + line);
            }
            String tag = cols[cols.length - 1];
            if (!(tag.equals("O") || tag.matches("[BI]-\\S+"))) {
                throw new IOException(source + ":" + lineNo + ": not an IOB tag: " + tag);
            }
            tokens.add(cols[0]);
            tags.add(tag);
        }
        flush(tokens, tags, out);
        if (!out.isEmpty()) {
            docs.add(List.copyOf(out));
        }
        return docs;
    }

    private static void flush(List<String> tokens, List<String> tags, List<NerSentence> out) {
        if (tokens.isEmpty()) {
            return;
        }
        out.add(new NerSentence(tokens, decode(tags)));
        tokens.clear();
        tags.clear();
    }

    /** Decodes IOB1 or IOB2 tags into PER/LOC/ORG spans; other types are dropped. */
    static List<Span> decode(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        String openType = null;
        int openStart = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String type = tag.equals("O") ? null : tag.substring(2);
            boolean continues = type != null && tag.charAt(0) == 'I' && type.equals(openType);
            if (!continues && openType != null) {
                Optional<String> parleyType = NerTypes.fromConll(openType);
                if (parleyType.isPresent()) {
                    spans.add(new Span(openStart, i, parleyType.get()));
                }
                openType = null;
            }
            if (type != null && !continues) {
                openType = type;
                openStart = i;
            }
        }
        return spans;
    }
}
