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

/**
 * Reads the GMB/VOA NER extract ({@code ner_dataset.csv}: header {@code Sentence #,Word,POS,Tag}, RFC 4180
 * quoting, {@code Sentence: N} on the first token of each sentence, IOB2 tags with the GMB types).
 */
public final class GmbCorpus {

    /**
     * One sentence as it is in the file.
     *
     * @param number the sentence number from the file ({@code Sentence: N})
     * @param words the tokens
     * @param pos the automatic part-of-speech tags
     * @param tags the IOB2 tags ({@code O}, {@code B-geo}, {@code I-per}, ...)
     */
    public record Sentence(int number, List<String> words, List<String> pos, List<String> tags) {
        public Sentence {
            words = List.copyOf(words);
            pos = List.copyOf(pos);
            tags = List.copyOf(tags);
            if (words.isEmpty() || words.size() != pos.size() || words.size() != tags.size()) {
                throw new IllegalArgumentException("sentence " + number + ": column lengths differ or empty");
            }
        }

        /** Number of tokens. */
        public int size() {
            return words.size();
        }
    }

    private GmbCorpus() {
    }

    /** Reads the whole file (UTF-8). */
    public static List<Sentence> read(Path csv) throws IOException {
        Objects.requireNonNull(csv, "csv");
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(r, csv.toString());
        }
    }

    /** Reads sentences from a reader; {@code source} names it in error messages. */
    public static List<Sentence> read(Reader reader, String source) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String header = r.readLine();
        if (header == null || !header.replace("\uFEFF", "").startsWith("Sentence #,Word,POS,Tag")) {
            throw new IOException(source + ": not a GMB NER file (header " + header + ")");
        }
        List<Sentence> out = new ArrayList<>();
        int number = -1;
        List<String> words = new ArrayList<>();
        List<String> pos = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        int lineNo = 1;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            List<String> f = splitCsv(line);
            if (f.size() != 4) {
                throw new IOException(source + ":" + lineNo + ": expected 4 fields, got " + f.size());
            }
            if (!f.get(0).isEmpty()) {
                if (!words.isEmpty()) {
                    out.add(new Sentence(number, words, pos, tags));
                }
                words = new ArrayList<>();
                pos = new ArrayList<>();
                tags = new ArrayList<>();
                String n = f.get(0).replace("Sentence:", "").trim();
                try {
                    number = Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    throw new IOException(source + ":" + lineNo + ": bad sentence id " + f.get(0), e);
                }
            } else if (number < 0) {
                throw new IOException(source + ":" + lineNo + ": token before the first sentence id");
            }
            words.add(f.get(1));
            pos.add(f.get(2));
            tags.add(f.get(3));
        }
        if (!words.isEmpty()) {
            out.add(new Sentence(number, words, pos, tags));
        }
        return out;
    }

    /** Splits one CSV record (RFC 4180 quoting, no line breaks inside fields). */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
            i++;
        }
        fields.add(cur.toString());
        return fields;
    }
}
