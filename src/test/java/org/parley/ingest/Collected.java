package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.model.Article;
import org.parley.model.TextSpan;

/** A sink that keeps everything, plus assertions shared by the ingest tests. */
final class Collected implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<IngestProblem> problems = new ArrayList<>();

    @Override
    public void article(Article a) {
        articles.add(a);
    }

    @Override
    public void problem(IngestProblem p) {
        problems.add(p);
    }

    static Collected read(IngestOptions options, Path... inputs) {
        Collected c = new Collected();
        new ArticleReader(options).read(List.of(inputs), c);
        return c;
    }

    static Collected read(Path... inputs) {
        return read(IngestOptions.defaults(), inputs);
    }

    Article only() {
        assertEquals(List.of(), problems, "problems");
        assertEquals(1, articles.size(), "articles");
        return articles.get(0);
    }

    IngestProblem onlyProblem() {
        assertEquals(List.of(), articles.stream().map(Article::key).toList(), "articles");
        assertEquals(1, problems.size(), "problems: " + problems);
        return problems.get(0);
    }

    /** The body regions, one per line. */
    static String body(Article a) {
        return a.body().stream().map(s -> s.cover(a.text())).collect(Collectors.joining("\n"));
    }

    /**
     * Checks the offset contract: regions in order, inside the text, not overlapping, not empty, without
     * surrounding whitespace.
     */
    static void assertWellFormed(Article a) {
        assertFalse(a.body().isEmpty(), "body of " + a.key());
        int last = 0;
        for (TextSpan s : a.body()) {
            assertTrue(s.begin() >= last && s.end() <= a.text().length(), "span " + s + " in " + a.key());
            String covered = a.text().substring(s.begin(), s.end());
            assertFalse(covered.isBlank(), "blank span " + s + " in " + a.key());
            assertEquals(covered.strip(), covered, "span " + s + " has surrounding whitespace in " + a.key());
            last = s.end();
        }
    }
}
