package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.ingest.ArticleReader;
import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;

class IngestJobIT {
    static {
        JenaSystem.init();
    }

    static PipelineResources resources;

    @BeforeAll
    static void load() {
        resources = PipelineResources.load(ParleyNamespaces.defaults());
    }

    private static IngestReport ingest(KnowledgeStore ks, Path dir) throws InterruptedException {
        return new IngestJob(resources, ks, new IngestOptions(2, java.util.Set.of("eng"), false, false),
                new ArticleReader()).run(List.of(dir), ProgressListener.NONE);
    }

    private static Map<Node, Graph> graphs(KnowledgeStore ks) {
        return org.parley.testutil.StoreGraphs.snapshot(ks);
    }

    private static Path copySeeds(Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        try (Stream<Path> s = Files.list(Path.of("data/articles"))) {
            for (Path f : s.toList()) Files.copy(f, articles.resolve(f.getFileName()));
        }
        return articles;
    }

    @Test
    void ingestingTwiceGivesTheSameGraphAndChangingOneArticleReplacesOnlyItsGraph(@TempDir Path dir) throws Exception {
        Path articles = copySeeds(dir);
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(dir.resolve("db"))) {
            IngestReport first = ingest(ks, articles);
            assertEquals(5, first.added(), first.toString());
            assertTrue(first.triples() > 500);
            Map<Node, Graph> before = graphs(ks);
            assertEquals(5, before.size());

            IngestReport second = ingest(ks, articles);
            assertEquals(5, second.unchanged(), second.toString());
            assertEquals(0, second.triples());
            Map<Node, Graph> again = graphs(ks);
            assertEquals(before.keySet(), again.keySet());
            before.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(again.get(g)), "graph " + g + " unchanged"));

            Path changed = articles.resolve("001_4a8fd4bb1ed0eb13.txt");
            Files.writeString(changed, Files.readString(changed).replace("Rustem Umerov", "Rustem Umerov and Andriy Sybiha"));
            IngestReport third = ingest(ks, articles);
            assertEquals(1, third.replaced(), third.toString());
            assertEquals(4, third.unchanged());
            Map<Node, Graph> after = graphs(ks);
            assertEquals(before.keySet(), after.keySet());
            int differing = 0;
            for (Node g : before.keySet()) if (!before.get(g).isIsomorphicWith(after.get(g))) differing++;
            assertEquals(1, differing, "only the changed article's graph differs");
        }
    }

    @Test
    void theSameTextUnderTwoNamesIsOneArticle(@TempDir Path dir) throws Exception {
        Path articles = copySeeds(dir);
        Files.copy(articles.resolve("000_319887c0bcb2e2dd.txt"), articles.resolve("copy-of-000.txt"));
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            IngestReport r = ingest(ks, articles);
            assertEquals(5, r.added());
            assertEquals(1, r.skipped().size(), r.toString());
            assertTrue(r.skipped().get(0).reason().contains("duplicate"), r.toString());
            assertFalse(graphs(ks).size() > 5);
        }
    }
}
