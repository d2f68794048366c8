package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.testutil.Sparql;

/** The main job in-process on the seed articles, then SPARQL over HTTP against the embedded server. */
class RunCommandIT {
    static InProcessRun started;
    static RunCommand run;
    static String endpoint;
    static String output;

    @BeforeAll
    static void start() {
        started = InProcessRun.start("--mem", "--port", "0");
        run = started.command;
        endpoint = started.endpoint;
        output = started.output;
    }

    @AfterAll
    static void stop() {
        if (started != null) started.close();
    }

    @Test
    void printsTheEndpointAndTheSummary() {
        assertTrue(output.contains("Ingested 5 articles"), output);
        assertTrue(output.contains(endpoint), output);
        assertTrue(endpoint.startsWith("http://127.0.0.1:"), endpoint);
    }

    @Test
    void servesTheExplorerAndSaysWhere() throws Exception {
        String url = endpoint.replace("/parley/sparql", "/explore");
        assertTrue(output.contains("Explorer:        " + url), output);
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<title>Parley explorer</title>"), r.body());
    }

    @Test
    void fiveArticlesWithTheirTitlesPublisherAndDate() {
        assertEquals(5, Sparql.count(endpoint, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a parley:Article }"));
        Set<String> titles = Sparql.select(endpoint, "SELECT ?t { ?a a parley:Article ; dcterms:title ?t }").stream()
                .map(r -> r.get("t")).collect(Collectors.toSet());
        assertEquals(Set.of("Ukraine-Russia Peace Talks in Istanbul: A Step Forward Amid Deep Divides",
                "Fragile Talks in Istanbul Yield Little Progress in Russia-Ukraine Peace Efforts",
                "Historic Peace Talks in Istanbul: Ukraine and Russia Meet After Years of Conflict"), titles);
        List<Map<String, String>> r = Sparql.select(endpoint,
                "SELECT ?d ?p { ?a a parley:Article ; dcterms:date ?d ; parley:publisherName ?p }");
        assertEquals(List.of(Map.of("d", "2025-05-15", "p", "BreakingOn")), r);
    }

    @Test
    void aGazetteerEntityIsDescribedOnceInTheKnowledgeGraphAndNamedByTheArticleGraphs() {
        String ua = "<https://w3id.org/parley/id/state/UA>";
        // the five articles all name Ukraine; its description is stated once, in the knowledge graph
        assertEquals(5, Sparql.count(endpoint, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?m parley:refersTo " + ua + " } }"));
        assertEquals(List.of(Map.of("g", "https://w3id.org/parley/id/graph/gazetteer", "l", "Ukraine")),
                Sparql.select(endpoint, "SELECT ?g ?l { GRAPH ?g { " + ua + " rdfs:label ?l } }"));
        assertEquals(1, Sparql.count(endpoint, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { " + ua
                + " a parley:State ; owl:sameAs <http://www.wikidata.org/entity/Q212> ; parley:gazetteerId ?id } }"));
        // no article graph repeats it, and no spelling of a named entity merely repeats its name (a post keeps its
        // bare title as an alias, which queries/conflicts.rq compares, even when the title is the whole name)
        assertEquals(0, Sparql.count(endpoint, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { " + ua
                + " ?p ?o } FILTER (?g != <https://w3id.org/parley/id/graph/gazetteer> && ?p IN (rdf:type, rdfs:label, owl:sameAs)) }"));
        assertEquals(0, Sparql.count(endpoint, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?e skos:altLabel ?l ; rdfs:label ?l "
                + "FILTER NOT EXISTS { ?e a parley:Post } } }"));
        assertEquals(0, Sparql.count(endpoint, "SELECT (COUNT(*) AS ?n) { ?e parley:gazetteerId ?id ; rdfs:label ?l ; skos:altLabel ?l }"));
    }

    @Test
    void seedEntitiesArePresentWithTheirMentions() {
        for (String[] e : new String[][] {{"Istanbul", "Place"}, {"Ukraine", "State"}, {"Russia", "State"},
                {"Turkey", "State"}, {"Rustem Umerov", "Person"}}) {
            long n = Sparql.count(endpoint, """
                    SELECT (COUNT(DISTINCT ?m) AS ?n) {
                      ?e a parley:%s ; rdfs:label "%s" .
                      ?m parley:refersTo ?e ; nif:anchorOf ?text .
                    }""".formatted(e[1], e[0]));
            assertTrue(n >= 1, e[0] + " has mentions: " + n);
        }
        assertTrue(Sparql.count(endpoint, """
                SELECT (COUNT(DISTINCT ?a) AS ?n) { ?e rdfs:label "Istanbul" . ?m parley:refersTo ?e ; parley:inArticle ?a }""") == 5,
                "Istanbul is mentioned in all five articles");
    }

    @Test
    void everyShippedQueryRunsOverHttpAndAnswers() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("queries"))) {
            List<java.nio.file.Path> rq = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertTrue(rq.size() >= 5, rq.toString());
            for (java.nio.file.Path q : rq) {
                List<Map<String, String>> rows = Sparql.select(endpoint, java.nio.file.Files.readString(q));
                assertTrue(!rows.isEmpty(), q + " answers");
            }
        }
    }

    @Test
    void everyMentionOffsetPointsAtItsText() {
        long mentions = Sparql.count(endpoint, "SELECT (COUNT(?m) AS ?n) { ?m a parley:Mention }");
        assertTrue(mentions > 100, "mentions: " + mentions);
        long bad = Sparql.count(endpoint, """
                SELECT (COUNT(?m) AS ?n) {
                  ?m a parley:Mention ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; parley:inArticle ?a .
                  ?a nif:isString ?text .
                  FILTER (SUBSTR(?text, ?b + 1, ?e - ?b) != ?anchor)
                }""");
        assertEquals(0, bad);
    }

    @Test
    void theSeedOutputConformsToTheShapesAndNothingIsQuarantined() {
        assertTrue(!output.contains("quarantined"), output);
        var summary = new org.parley.rdf.validate.DatasetValidator(org.parley.rdf.validate.GraphValidator.standard())
                .validate(run.openedStore.dataset(), r -> assertTrue(r.validation().conforms(), r.graph() + ": " + r.validation().problems()));
        assertEquals(6, summary.graphs(), "five article graphs and the knowledge graph");
        assertEquals(0, summary.quarantined());
        assertTrue(summary.conforms());
    }

    @Test
    void fullTextSearchOverLabelsAndAliasesWorksOverSparql() {
        List<Map<String, String>> rows = Sparql.select(endpoint,
                "SELECT DISTINCT ?e { ?e text:query (rdfs:label \"Zelensk*\") ; a parley:Person }");
        assertTrue(rows.size() >= 1 && rows.size() <= 2, rows.toString());
        assertTrue(Sparql.count(endpoint, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e text:query \"Istanbul\" }") >= 1);
    }

    @Test
    void theSeedGraphExportsAsGraphmlWithEntityNodesAndCooccurrenceEdges(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("seed.graphml");
        org.parley.export.Exporter.export(run.openedStore.dataset(), org.parley.export.Exporter.Format.GRAPHML, file,
                org.parley.rdf.ParleyNamespaces.defaults());
        var dbf = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        org.w3c.dom.Document d = dbf.newDocumentBuilder().parse(file.toFile());
        var nodes = d.getElementsByTagNameNS(org.parley.export.GraphFormats.GRAPHML_NS, "node");
        var edges = d.getElementsByTagNameNS(org.parley.export.GraphFormats.GRAPHML_NS, "edge");
        assertTrue(nodes.getLength() > 20, "nodes: " + nodes.getLength());
        assertTrue(edges.getLength() > 20, "edges: " + edges.getLength());
        boolean istanbul = false;
        for (int i = 0; i < nodes.getLength(); i++) {
            String text = nodes.item(i).getTextContent();
            if (text.contains("Istanbul") && text.contains("Place")) istanbul = true;
        }
        assertTrue(istanbul, "Istanbul is a Place node");
        assertTrue(d.getDocumentElement().getTextContent().contains("co-occurrence"));
    }
}
