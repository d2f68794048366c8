package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builder checks and configuration-file handling, without starting a server. */
class ParleyServerTest {

    private static final Path CONFIG = Path.of("fuseki-config", "parley.ttl");

    @Test
    void refusesADatasetThatIsNotTdb2() {
        ParleyServer.Builder builder = ParleyServer.builder().dataset(DatasetGraphFactory.createTxnMem()).port(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().contains("TDB2"), e.getMessage());
    }

    @Test
    void needsExactlyOneOfDatasetAndConfigFile(@TempDir Path dir) {
        assertThrows(IllegalStateException.class, () -> ParleyServer.builder().port(0).build());
        ParleyServer.Builder both = ParleyServer.fromConfig(CONFIG, dir)
                .dataset(TDB2Factory.createDataset().asDatasetGraph()).port(0);
        assertThrows(IllegalStateException.class, both::build);
    }

    @Test
    void queryTimeoutComesFromTheConfigFileOnly(@TempDir Path dir) {
        ParleyServer.Builder builder = ParleyServer.fromConfig(CONFIG, dir).queryTimeout(Duration.ofSeconds(5))
                .port(0);
        assertThrows(IllegalStateException.class, builder::build);
    }

    @Test
    void checksArguments() {
        ParleyServer.Builder builder = ParleyServer.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.port(-1));
        assertThrows(IllegalArgumentException.class, () -> builder.port(65536));
        assertThrows(IllegalArgumentException.class, () -> builder.queryTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder.queryTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> builder.host(" "));
        assertThrows(NullPointerException.class, () -> builder.dataset(null));
        assertThrows(IllegalArgumentException.class,
                () -> ParleyServer.builder().dataset(TDB2Factory.createDataset().asDatasetGraph())
                        .host("no-such-host.invalid").port(0).build());
    }

    @Test
    void datasetNamesAreCanonical() {
        assertEquals("/parley", ParleyServer.canonicalDatasetName("parley"));
        assertEquals("/parley", ParleyServer.canonicalDatasetName("/parley/"));
        assertEquals("/kg/news", ParleyServer.canonicalDatasetName("/kg/news"));
        for (String bad : List.of("", "/", "/$/datasets", "a b", "//x")) {
            assertThrows(IllegalArgumentException.class, () -> ParleyServer.canonicalDatasetName(bad), bad);
        }
    }

    @Test
    void parsesArqTimeoutSettings() {
        assertEquals(Duration.ofMillis(30000), ParleyServer.parseTimeout("30000"));
        assertEquals(Duration.ofMillis(500), ParleyServer.parseTimeout(" 500 , 2000"));
    }

    @Test
    void configFileKeepsOrOverridesTheDatabaseLocation(@TempDir Path dir) {
        Model asIs = FusekiConfigFile.load(CONFIG, null);
        assertEquals(List.of("parley-db"), locations(asIs));
        assertTrue(asIs.containsLiteral(null, VocabTDB2.pUnionDefaultGraph, true));

        Model moved = FusekiConfigFile.load(CONFIG, dir);
        assertEquals(List.of(dir.toAbsolutePath().toString()), locations(moved));
        assertEquals(asIs.size(), moved.size());
    }

    @Test
    void configFileOverrideNeedsATdb2Location(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("mem.ttl");
        Files.writeString(config, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
                <#service> a fuseki:Service ; fuseki:name "parley" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:dataset [ a ja:MemoryDataset ] .
                """);
        assertThrows(IllegalArgumentException.class, () -> FusekiConfigFile.load(config, dir.resolve("db")));
        assertThrows(IllegalArgumentException.class, () -> FusekiConfigFile.load(dir.resolve("missing.ttl"), null));
    }

    @Test
    void refusesAConfigurationWithAWriteEndpoint(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("writable.ttl");
        Files.writeString(config, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
                <#service> a fuseki:Service ; fuseki:name "parley" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name "update" ] ;
                    fuseki:dataset [ a ja:MemoryDataset ] .
                """);
        ParleyServer.Builder builder = ParleyServer.fromConfig(config, null).port(0).enableUi(false);
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
        assertTrue(e.getMessage().contains("update"), e.getMessage());
    }

    @Test
    void refusesAnUnknownDatasetName(@TempDir Path dir) {
        ParleyServer.Builder builder = ParleyServer.fromConfig(CONFIG, dir).datasetName("/other").port(0);
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
        assertTrue(e.getMessage().contains("/parley"), e.getMessage());
    }

    @Test
    void uiUrlNeedsTheUi() {
        ParleyServer server = ParleyServer.builder().dataset(TDB2Factory.createDataset().asDatasetGraph()).port(0)
                .enableUi(false).build();
        assertFalse(server.uiEnabled());
        assertThrows(IllegalStateException.class, server::uiUrl);
        server.stop();
        assertThrows(IllegalStateException.class, server::start);
    }

    private static List<String> locations(Model model) {
        return model.listObjectsOfProperty(VocabTDB2.pLocation).mapWith(RDFNode::asLiteral)
                .mapWith(literal -> literal.getLexicalForm()).toList();
    }
}
