package org.parley.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Real English text for tests that need many distinct articles: the sentences of the sample articles in
 * {@code data/articles}, recombined. Deterministic: article {@code i} is always the same text, and no two
 * articles have the same body.
 */
public final class Corpus {
    private static final List<String> SENTENCES = load();

    private Corpus() {}

    /** The whole sentences (40 to 400 characters) of the sample articles, in file order. */
    public static List<String> sentences() {
        return SENTENCES;
    }

    /** Article {@code i}: a headline (the title) and five to eight sentences of the sample articles. */
    public static String article(int i) {
        return articles(i + 1).get(i);
    }

    /** Articles {@code 0 .. n-1}, each with a different body. */
    public static List<String> articles(int n) {
        Random r = new Random(20250516L);
        Set<String> bodies = new HashSet<>();
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            int count = 5 + r.nextInt(4);
            List<String> picked = new ArrayList<>();
            while (picked.size() < count) {
                String s = SENTENCES.get(r.nextInt(SENTENCES.size()));
                if (!picked.contains(s)) picked.add(s);
            }
            String body = String.join(" ", picked.subList(0, 3)) + "\n" + String.join(" ", picked.subList(3, count));
            if (!bodies.add(body)) continue;
            out.add("Istanbul Talks, Report " + (out.size() + 1) + "\n" + body + "\n");
        }
        return out;
    }

    /** Writes articles {@code 0 .. n-1} into {@code dir} as {@code article-NNN.txt}; returns the files. */
    public static List<Path> write(Path dir, int n) {
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            List<String> texts = articles(n);
            for (int i = 0; i < n; i++) {
                Path f = dir.resolve(String.format("article-%03d.txt", i));
                Files.writeString(f, texts.get(i), StandardCharsets.UTF_8);
                files.add(f);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> load() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data", "articles"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    for (String s : line.strip().split("(?<=[.!?])\\s+(?=[A-Z\"\u201C])")) {
                        s = s.strip();
                        if (s.length() >= 40 && s.length() <= 400 && s.matches("[A-Z\"\u201C].*[.!?\"\u201D]")
                                && !s.contains("http") && !out.contains(s))
                            out.add(s);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() < 50) throw new IllegalStateException("too few sentences in data/articles: " + out.size());
        return List.copyOf(out);
    }
}
