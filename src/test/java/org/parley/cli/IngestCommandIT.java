package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest command on good and bad input: clear messages, the rest ingested, exit codes that say so. */
class IngestCommandIT {
    private static final String GOOD = "Kyiv rejected the proposal on Friday, officials said. "
            + "President Volodymyr Zelenskyy met Defence Minister Rustem Umerov in Kyiv to discuss the talks in Istanbul. "
            + "Turkey hosted the delegations from Ukraine and Russia at Dolmabahçe Palace.";

    @Test
    void badInputsAreReportedByNameAndLineAndTheRestIsIngested(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD);
        Files.writeString(in.resolve("empty.txt"), "   \n\n");
        Files.write(in.resolve("binary.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3, (byte) 0xff});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 in Kyiv, said the minister.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("feed.jsonl"), "{\"text\": \"" + GOOD.replace("Friday", "Monday") + "\", \"id\": \"a1\"}\n"
                + "{\"text\": broken\n"
                + "{\"title\": \"no text here\"}\n");
        Path missing = dir.resolve("does-not-exist.txt");

        CliHarness r = CliHarness.run("ingest", "--mem", in.toString(), missing.toString());
        assertEquals(ParleyCli.SOME_FAILED, r.exitCode(), r.err());
        assertTrue(r.out().contains("Ingested 2 articles"), r.out());
        assertTrue(r.err().contains("empty.txt"), r.err());
        assertTrue(r.err().contains("binary.txt"), r.err());
        assertTrue(r.err().contains("latin1.txt"), r.err());
        assertTrue(r.err().contains("feed.jsonl:2"), r.err());
        assertTrue(r.err().contains("feed.jsonl:3"), r.err());
        assertTrue(r.err().contains("does-not-exist.txt"), r.err());
        assertTrue(r.out().contains("skipped 6"), r.out());
    }

    @Test
    void strictStopsAtTheFirstFailure(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-empty.txt"), "");
        Files.writeString(in.resolve("b-good.txt"), GOOD);
        CliHarness r = CliHarness.run("ingest", "--mem", "--strict", "--threads", "1", in.toString());
        assertEquals(ParleyCli.SOME_FAILED, r.exitCode());
        assertTrue(r.err().contains("--strict"), r.err());
        assertTrue(r.out().contains("Ingested 0 articles"), r.out());
    }

    @Test
    void allGoodInputGivesExitCodeZeroAndUsageErrorsTwo(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD);
        CliHarness ok = CliHarness.run("ingest", "--db", dir.resolve("db").toString(), in.toString());
        assertEquals(ParleyCli.OK, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("Ingested 1 article (1 new"), ok.out());
        java.util.regex.Matcher written = java.util.regex.Pattern.compile("; ([\\d,]+) triples written to article graphs;")
                .matcher(ok.out());
        assertTrue(written.find(), ok.out());
        assertEquals(ParleyCli.USAGE, CliHarness.run("ingest").exitCode());
        assertEquals(ParleyCli.USAGE, CliHarness.run("ingest", "--threads", "zero", in.toString()).exitCode());
        assertEquals(ParleyCli.USAGE, CliHarness.run("no-such-command").exitCode());

        CliHarness q = CliHarness.run("query", "--db", dir.resolve("db").toString(), "--format", "csv",
                "SELECT ?l { ?e a parley:Person ; rdfs:label ?l } ORDER BY ?l");
        assertEquals(ParleyCli.OK, q.exitCode(), q.err());
        assertTrue(q.out().startsWith("l\r\n"), q.out());
        assertTrue(q.out().contains("Rustem Umerov"), q.out());
        CliHarness json = CliHarness.run("query", "--db", dir.resolve("db").toString(), "--format", "json",
                "ASK { ?e rdfs:label \"Kyiv\" }");
        assertTrue(json.out().contains("\"boolean\" : true"), json.out());
        CliHarness bad = CliHarness.run("query", "--db", dir.resolve("db").toString(), "SELECT ?x {");
        assertEquals(ParleyCli.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("bad query"), bad.err());

        // the count printed is the article graph's: the store's quads less the knowledge graph's gazetteer descriptions
        CliHarness quads = CliHarness.run("query", "--db", dir.resolve("db").toString(), "--format", "csv",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/parley/id/graph/gazetteer>) }");
        assertEquals(ParleyCli.OK, quads.exitCode(), quads.err());
        assertEquals(written.group(1).replace(",", ""), quads.out().split("\\R")[1].trim(), quads.out());

        CliHarness stats = CliHarness.run("stats", "--db", dir.resolve("db").toString());
        assertEquals(ParleyCli.OK, stats.exitCode(), stats.err());
        assertTrue(stats.out().contains("1 article graphs"), stats.out());
        assertTrue(stats.out().contains("parley:Person"), stats.out());
    }
}
