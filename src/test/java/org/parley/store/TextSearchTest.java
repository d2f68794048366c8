package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.rdf.ArticleGraph;

/** text:query finds entities by label and alias, and follows the store after a rebuild. */
class TextSearchTest {
    static {
        JenaSystem.init();
    }

    private static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private static Set<String> search(DatasetGraph dsg, String pattern) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                    .query(PREFIXES + "SELECT DISTINCT ?e { ?e text:query (rdfs:label \"" + pattern + "\") }").build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("e").getURI()));
            }
            return out;
        });
    }

    private static ArticleGraph example() {
        return new ArticleGraph("example", NodeFactory.createURI("https://w3id.org/parley/id/graph/example"), "d",
                RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl"));
    }

    @Test
    void findsLabelsAndAliasesAndForgetsRemovedGraphs() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            TextSearch.attachInMemory(store.dataset());
            store.replace(example());
            assertTrue(search(store.dataset(), "Umerov").isEmpty(), "not indexed before the rebuild");
            assertTrue(TextSearch.rebuild(store.dataset()) > 5);
            assertEquals(Set.of("https://w3id.org/parley/id/person/rustem-umerov"), search(store.dataset(), "umerov"));
            // "Defence Minister of Ukraine", "Russia–Ukraine talks …" and Ukraine itself (Lucene's standard analyzer
            // keeps "Ukraine's" as one token)
            assertEquals(Set.of("https://w3id.org/parley/id/state/UA", "https://w3id.org/parley/id/event/istanbul-talks-2025-05-16",
                    "https://w3id.org/parley/id/post/defence-minister-UA"), search(store.dataset(), "Ukraine"));
            assertTrue(search(store.dataset(), "Istanb*").contains("https://w3id.org/parley/id/place/istanbul"), "wildcards");

            store.remove("https://w3id.org/parley/id/graph/example");
            TextSearch.rebuild(store.dataset());
            assertTrue(search(store.dataset(), "umerov").isEmpty());
        }
    }

    @Test
    void anIndexOnDiskIsBuiltWhenMissingAndReleasedOnClose(@TempDir Path dir) {
        Path db = dir.resolve("db");
        try (KnowledgeStore store = KnowledgeStore.openTdb2(db)) {
            store.replace(example());
        }
        for (int i = 0; i < 2; i++) {   // opening twice in one JVM works: close releases the index
            try (KnowledgeStore store = KnowledgeStore.openTdb2(db)) {
                TextSearch.attach(store.dataset(), db.resolve(TextSearch.DIRECTORY));
                assertEquals(List.of("https://w3id.org/parley/id/person/rustem-umerov"), List.copyOf(search(store.dataset(), "Rustem")));
            }
        }
    }

    @Test
    void aLabelThatManyArticleGraphsStateIsIndexedOnce() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            TextSearch.attachInMemory(store.dataset());
            store.replace(example());
            long once = TextSearch.rebuild(store.dataset());
            ArticleGraph e = example();
            for (int i = 0; i < 3; i++)
                store.replace(new ArticleGraph("copy" + i, NodeFactory.createURI("https://w3id.org/parley/id/graph/copy" + i),
                        "d" + i, e.graph()));
            assertEquals(once, TextSearch.rebuild(store.dataset()), "the same subject and label in four graphs: one entry");
            assertEquals(Set.of("https://w3id.org/parley/id/person/rustem-umerov"), search(store.dataset(), "umerov"));
        }
    }
}
