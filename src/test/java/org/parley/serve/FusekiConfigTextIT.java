package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.rdf.ArticleGraph;
import org.parley.store.KnowledgeStore;
import org.parley.store.TextSearch;
import org.parley.testutil.Sparql;

/** fuseki-config/parley.ttl serves the full-text index Parley builds, with the same entity map. */
class FusekiConfigTextIT {
    static {
        JenaSystem.init();
    }

    @Test
    void textQueryWorksThroughTheConfigFile(@TempDir Path dir) {
        Path db = dir.resolve("db");
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            ks.replace(new ArticleGraph("example", NodeFactory.createURI("https://w3id.org/parley/id/graph/example"), "d",
                    RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl")));
            TextSearch.attach(ks.dataset(), db.resolve(TextSearch.DIRECTORY));   // builds the missing index
        }
        try (ParleyServer s = ParleyServer.fromConfig(Path.of("fuseki-config", "parley.ttl"), db).port(0).enableUi(false).build().start()) {
            List<Map<String, String>> rows = Sparql.select(s.sparqlUrl(), "SELECT DISTINCT ?e { ?e text:query (skos:altLabel \"umerov\") }");
            assertEquals(List.of(Map.of("e", "https://w3id.org/parley/id/person/rustem-umerov")), rows);
        }
    }
}
