package org.parley.extract.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.parley.ingest.ArticleReader;
import org.parley.ingest.ArticleSink;
import org.parley.ingest.IngestProblem;
import org.parley.model.Article;

/** Test helper: reads the seed articles with the real reader, in file order. */
final class Seeds {
    private Seeds() {}

    static List<Article> read() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("data/articles"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        new ArticleReader().read(files, new ArticleSink() {
            @Override public void article(Article a) { out.add(a); }
            @Override public void problem(IngestProblem p) { throw new IllegalStateException(p.toString()); }
        });
        return out;
    }
}
