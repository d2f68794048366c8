package org.parley.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.ingest.ArticleReader;
import org.parley.ingest.ArticleSink;
import org.parley.ingest.IngestProblem;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.TextSpan;
import org.parley.nlp.NlpOptions;
import org.parley.nlp.OpenNlpModels;
import org.parley.nlp.TextAnnotator;

/**
 * Real text for the time and quantity tests: the seed articles as the reader reads them, and sentences of
 * the Voice of America corpus ({@code data/training/ner_dataset.csv}, one token a line) rebuilt as text.
 */
public final class Texts {
    private static TextAnnotator annotator;

    private Texts() {
    }

    public static synchronized TextAnnotator annotator() {
        if (annotator == null) annotator = new TextAnnotator(OpenNlpModels.loadDefault(), NlpOptions.defaults());
        return annotator;
    }

    /** The seed articles in name order, read with their publication dates, and annotated. */
    public static List<AnnotatedArticle> seeds() {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(List.of(Path.of("data/articles")), new ArticleSink() {
            @Override
            public void article(Article a) {
                articles.add(a);
            }

            @Override
            public void problem(IngestProblem p) {
                throw new AssertionError(p.toString());
            }
        });
        articles.sort((a, b) -> a.key().compareTo(b.key()));
        return articles.stream().map(a -> annotator().annotate(a)).toList();
    }

    /** One sentence as an article, published on the given date (or undated). */
    public static AnnotatedArticle sentence(String text, LocalDate published) {
        Article a = new Article("t", "t", null, null, null, published, text, List.of(new TextSpan(0, text.length())));
        return annotator().annotate(a);
    }

    /** The sentences with the given numbers from the VOA corpus, detokenised ("U.S. 's" becomes "U.S.'s"). */
    public static Map<Integer, String> voa(Set<Integer> numbers) {
        Map<Integer, String> out = new HashMap<>();
        int max = numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
        try (BufferedReader r = Files.newBufferedReader(Path.of("data/training/ner_dataset.csv"), StandardCharsets.UTF_8)) {
            r.readLine();
            int current = 0;
            List<String> words = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                List<String> cells = csv(line);
                if (cells.get(0).startsWith("Sentence:")) {
                    if (numbers.contains(current)) out.put(current, detokenize(words));
                    current = Integer.parseInt(cells.get(0).substring("Sentence:".length()).trim());
                    words.clear();
                    if (current > max) break;
                }
                words.add(cells.get(1));
            }
            if (numbers.contains(current)) out.put(current, detokenize(words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(b.toString());
                b.setLength(0);
            } else b.append(c);
        }
        cells.add(b.toString());
        return cells;
    }

    private static String detokenize(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            boolean glue = b.length() == 0 || w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":")
                    || w.equals("'s") || w.equals(")") || w.equals("%") || w.equals("?") || w.equals("!")
                    || b.charAt(b.length() - 1) == '(' || b.charAt(b.length() - 1) == '$';
            if (!glue) b.append(' ');
            b.append(w);
        }
        return b.toString();
    }
}
