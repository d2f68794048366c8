package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import picocli.CommandLine;

import org.parley.cli.ParleyCli;
import org.parley.rdf.ArticleGraph;
import org.parley.store.KnowledgeStore;

/**
 * Exports of the hand-written example (an event with participants, a delegation, a membership, a post): the
 * GraphML and GEXF re-parse with a real XML parser and hold the expected nodes and edges; the dumps re-parse to
 * the same triples; the CSV tables hold the event and the membership.
 */
class ExportTest {
    static {
        JenaSystem.init();
    }

    private static final Graph EXAMPLE = RDFDataMgr.loadGraph("ontology/examples/istanbul-talks.ttl");

    private static Path store(Path dir) {
        Path db = dir.resolve("db");
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            ks.replace(new ArticleGraph("example", NodeFactory.createURI("https://w3id.org/parley/id/graph/example"), "d", EXAMPLE));
        }
        return db;
    }

    private static Path export(Path db, String format, Path output) {
        exportCommand(db, format, output);
        return output;
    }

    /** Runs {@code parley export}; returns its progress lines (stderr). */
    private static List<String> exportCommand(Path db, String format, Path output) {
        CommandLine cl = ParleyCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("export", "--db", db.toString(), "--format", format, "--output", output.toString());
        assertEquals(ParleyCli.OK, code, out + "\n" + err);
        assertTrue(out.toString().contains("Wrote"), out.toString());
        return err.toString().lines().toList();
    }

    /** The progress lines without their elapsed time, after checking that each ends with one. */
    private static List<String> withoutTimes(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            assertTrue(l.matches("export: .+ \\(\\d+\\.\\d s\\)"), l);
            out.add(l.replaceFirst(" \\(\\d+\\.\\d s\\)$", ""));
        }
        return out;
    }

    @Test
    void exportsTellWhatTheyHaveDoneOnStderr(@TempDir Path dir) throws Exception {
        Path db = store(dir);
        List<String> lines = withoutTimes(exportCommand(db, "graphml", dir.resolve("out.graphml")));
        // the counts are those of the network written
        Document d = xml(dir.resolve("out.graphml"));
        List<Element> edges = all(d, GraphFormats.GRAPHML_NS, "edge");
        long cooccurrences = edges.stream().filter(e -> "co-occurrence".equals(data(e, "ekind"))).count();
        assertTrue(cooccurrences > 0 && cooccurrences < edges.size());
        String nodes = "export: " + all(d, GraphFormats.GRAPHML_NS, "node").size() + " nodes";
        String others = "export: " + (edges.size() - cooccurrences) + " participation and relation edges";
        assertEquals(List.of(nodes, others, "export: " + cooccurrences + " co-occurrence edges"), lines);
        assertEquals(List.of(nodes, others,
                        "export: wrote entities.csv", "export: wrote events.csv", "export: wrote positions.csv", "export: wrote memberships.csv"),
                withoutTimes(exportCommand(db, "csv", dir.resolve("tables"))));
        assertEquals(List.of(), exportCommand(db, "nquads", dir.resolve("out.nq")), "fewer quads than a million: no line");
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            for (Exporter.Format f : List.of(Exporter.Format.NQUADS, Exporter.Format.TURTLE, Exporter.Format.JSONLD)) {
                List<String> progress = new ArrayList<>();
                Path file = dir.resolve("every40." + f);
                Exporter.export(ks.dataset(), f, file, org.parley.rdf.ParleyNamespaces.defaults(), progress::add, 40);
                long statements = f == Exporter.Format.NQUADS ? Files.readAllLines(file).size() : EXAMPLE.size();
                String what = f == Exporter.Format.NQUADS ? "quads" : "triples";
                List<String> expected = new ArrayList<>();
                for (long n = 40; n <= statements; n += 40) expected.add(n + " " + what);
                assertTrue(expected.size() >= 3, f + ": " + statements);
                assertEquals(expected, progress, f.toString());
            }
        }
    }

    private static Document xml(Path f) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        return dbf.newDocumentBuilder().parse(f.toFile());
    }

    private static List<Element> all(Document d, String ns, String tag) {
        NodeList l = d.getElementsByTagNameNS(ns, tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        return out;
    }

    private static String data(Element e, String key) {
        for (Element d : all(e.getOwnerDocument(), GraphFormats.GRAPHML_NS, "data"))
            if (d.getParentNode() == e && key.equals(d.getAttribute("key"))) return d.getTextContent();
        return null;
    }

    @Test
    void graphmlHoldsEntitiesEventsRelationsAndParticipationWithRoles(@TempDir Path dir) throws Exception {
        Document d = xml(export(store(dir), "graphml", dir.resolve("out.graphml")));
        assertEquals("graphml", d.getDocumentElement().getLocalName());
        Map<String, String> idByLabel = new HashMap<>();
        Map<String, String> typeByLabel = new HashMap<>();
        for (Element n : all(d, GraphFormats.GRAPHML_NS, "node")) {
            idByLabel.put(data(n, "label"), n.getAttribute("id"));
            typeByLabel.put(data(n, "label"), data(n, "type"));
            assertTrue(data(n, "iri").startsWith("https://w3id.org/parley/id/"), data(n, "iri"));
        }
        assertEquals("State", typeByLabel.get("Ukraine"));
        assertEquals("Person", typeByLabel.get("Rustem Umerov"));
        assertEquals("Delegation", typeByLabel.get("Ukraine's delegation to the Istanbul talks"));
        assertEquals("Post", typeByLabel.get("Defence Minister of Ukraine"));
        String talks = idByLabel.get("Russia–Ukraine talks in Istanbul, 16 May 2025");
        assertEquals("Negotiation", typeByLabel.get("Russia–Ukraine talks in Istanbul, 16 May 2025"));
        assertEquals(10, idByLabel.size(), idByLabel.keySet().toString());   // 5 entities, delegation, post, 3 events

        List<String> edges = new ArrayList<>();
        for (Element e : all(d, GraphFormats.GRAPHML_NS, "edge"))
            edges.add(e.getAttribute("source") + " " + data(e, "elabel") + " " + e.getAttribute("target") + " " + data(e, "ekind")
                    + (data(e, "role") == null ? "" : " role=" + data(e, "role")));
        assertTrue(edges.contains(idByLabel.get("Ukraine") + " negotiatingParty " + talks + " participation role=negotiatingParty"), edges.toString());
        assertTrue(edges.contains(idByLabel.get("Turkey") + " host " + talks + " participation role=host"), edges.toString());
        assertTrue(edges.contains(idByLabel.get("Rustem Umerov") + " memberOf " + idByLabel.get("Ukraine's delegation to the Istanbul talks") + " relation"));
        assertTrue(edges.contains(talks + " place " + idByLabel.get("Istanbul") + " relation"), edges.toString());
        // the generic hasParticipant edge is not repeated next to the role
        assertTrue(edges.stream().noneMatch(e -> e.startsWith(idByLabel.get("Ukraine") + " hasParticipant " + talks)), edges.toString());
        assertTrue(edges.stream().anyMatch(e -> e.endsWith("co-occurrence")), "co-occurrence edges");
        for (String e : edges) {
            String[] p = e.split(" ");
            assertTrue(idByLabel.containsValue(p[0]) && idByLabel.containsValue(p[p.length - (e.contains("role=") ? 3 : 2)]), "edge ends are nodes: " + e);
        }
    }

    @Test
    void gexfHoldsTheSameNetwork(@TempDir Path dir) throws Exception {
        Document d = xml(export(store(dir), "gexf", dir.resolve("out.gexf")));
        assertEquals(GraphFormats.GEXF_NS, d.getDocumentElement().getNamespaceURI());
        List<Element> nodes = all(d, GraphFormats.GEXF_NS, "node");
        assertEquals(10, nodes.size());
        Map<String, String> labelById = new HashMap<>();
        for (Element n : nodes) labelById.put(n.getAttribute("id"), n.getAttribute("label"));
        boolean signatory = false;
        for (Element e : all(d, GraphFormats.GEXF_NS, "edge")) {
            assertTrue(labelById.containsKey(e.getAttribute("source")) && labelById.containsKey(e.getAttribute("target")));
            if ("signatory".equals(e.getAttribute("label")) && "Russia".equals(labelById.get(e.getAttribute("source")))
                    && labelById.get(e.getAttribute("target")).startsWith("Agreement")) signatory = true;
        }
        assertTrue(signatory, "Russia is a signatory of the agreement");
    }

    @Test
    void rdfDumpsReparseToTheStoredTriples(@TempDir Path dir) throws Exception {
        Path db = store(dir);
        Graph stored = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {   // as stored (TDB2 keeps numbers in canonical form)
            org.apache.jena.system.Txn.executeRead(ks.dataset(), () -> ks.dataset()
                    .getGraph(NodeFactory.createURI("https://w3id.org/parley/id/graph/example")).find().forEachRemaining(stored::add));
        }
        assertEquals(EXAMPLE.size(), stored.size());
        Dataset nq = RDFDataMgr.loadDataset(export(db, "nquads", dir.resolve("out.nq")).toString());
        assertTrue(IsoMatcher.isomorphic(stored, nq.asDatasetGraph().getGraph(NodeFactory.createURI("https://w3id.org/parley/id/graph/example"))));
        Dataset trig = RDFDataMgr.loadDataset(export(db, "trig", dir.resolve("out.trig")).toString());
        assertEquals(1, trig.asDatasetGraph().size());
        assertTrue(IsoMatcher.isomorphic(stored, RDFDataMgr.loadGraph(export(db, "turtle", dir.resolve("out.ttl")).toString())));
        assertTrue(IsoMatcher.isomorphic(stored, jsonLd(export(db, "jsonld", dir.resolve("out.jsonld")))), "JSON-LD");
    }

    /** A JSON-LD export read back, with Parley's published context put inline (no network needed). */
    static Graph jsonLd(Path file) {
        return org.parley.rdf.JsonLdStreamTest.read(org.apache.jena.atlas.json.JSON.read(file.toString()));
    }

    @Test
    void csvTablesHoldEventsPositionsAndMemberships(@TempDir Path dir) throws Exception {
        Path out = export(store(dir), "csv", dir.resolve("tables"));
        List<String> events = Files.readAllLines(out.resolve("events.csv"), StandardCharsets.UTF_8);
        assertEquals("event,type,label,date,place,placeLabel,status,participants,article", events.get(0));
        String talks = events.stream().filter(l -> l.contains("istanbul-talks-2025-05-16,Negotiation")).findFirst().orElseThrow();
        assertTrue(talks.contains(",2025-05-16,https://w3id.org/parley/id/place/istanbul,Istanbul,occurred,"), talks);
        assertTrue(talks.contains("Russia (negotiatingParty); Turkey (host); Ukraine (negotiatingParty)"), talks);
        List<String> memberships = Files.readAllLines(out.resolve("memberships.csv"), StandardCharsets.UTF_8);
        assertEquals(2, memberships.size());
        assertTrue(memberships.get(1).contains("Rustem Umerov") && memberships.get(1).contains(",Ukraine's delegation to the Istanbul talks,"), memberships.get(1));
        List<String> positions = Files.readAllLines(out.resolve("positions.csv"), StandardCharsets.UTF_8);
        assertTrue(positions.get(1).contains("Defence Minister of Ukraine,https://w3id.org/parley/id/state/UA,Ukraine"), positions.get(1));
        List<String> entities = Files.readAllLines(out.resolve("entities.csv"), StandardCharsets.UTF_8);
        assertTrue(entities.stream().anyMatch(l -> l.startsWith("https://w3id.org/parley/id/state/UA,Ukraine,State,http://www.wikidata.org/entity/Q212,2,1")),
                entities.toString());
    }

    /**
     * entities.csv counts each entity's mentions and articles one entity at a time; the counts are those of one
     * SPARQL GROUP BY over every mention (what the table was made with before), on a store of three articles that
     * name the same entities.
     */
    @Test
    void entityCountsAreThoseOfOneGroupByOverEveryMention(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            for (String key : List.of("a", "b", "c")) {
                // the example again under another article: its mentions and article renamed, its entities the same
                org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                EXAMPLE.find().forEachRemaining(t -> copy.add(rename(t.getSubject(), key), t.getPredicate(), rename(t.getObject(), key)));
                if (key.equals("c"))   // a third article that drops half the mentions
                    copy.find(null, org.parley.rdf.PARLEY.refersTo.asNode(), null).toList().stream()
                            .filter(t -> t.getSubject().getURI().hashCode() % 2 == 0).forEach(copy::delete);
                ks.replace(new ArticleGraph(key, NodeFactory.createURI("https://w3id.org/parley/id/graph/" + key), "d" + key, copy));
            }
        }
        Path out = export(db, "csv", dir.resolve("tables"));
        List<String> lines = Files.readAllLines(out.resolve("entities.csv"), StandardCharsets.UTF_8);
        assertEquals("iri,label,type,wikidata,mentions,articles", lines.get(0));
        List<String> got = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",");
            got.add(c[0] + " " + c[c.length - 2] + " " + c[c.length - 1]);
        }
        List<String> expected = new ArrayList<>();
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            org.apache.jena.system.Txn.executeRead(ks.dataset(), () -> {
                String q = "PREFIX parley: <https://w3id.org/parley/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT ?iri (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?a) AS ?articles) { "
                        + "?iri a parley:Entity . OPTIONAL { ?iri rdfs:label ?label } OPTIONAL { ?iri owl:sameAs ?wikidata } "
                        + "OPTIONAL { ?m parley:refersTo ?iri ; parley:inArticle ?a } } GROUP BY ?iri ?label ?wikidata ORDER BY DESC(?mentions) ?iri";
                try (var qe = org.apache.jena.query.QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(ks.dataset())).query(q).build()) {
                    qe.execSelect().forEachRemaining(s -> expected.add(s.getResource("iri").getURI() + " "
                            + s.getLiteral("mentions").getLong() + " " + s.getLiteral("articles").getLong()));
                }
            });
        }
        assertEquals(expected, got);
        assertTrue(got.stream().anyMatch(l -> l.startsWith("https://w3id.org/parley/id/state/UA ")), got.toString());
        assertTrue(got.stream().anyMatch(l -> l.endsWith(" 3")), "an entity named in all three articles: " + got);
    }

    /**
     * events.csv gives each article's own date, place, status and participants of an event, read from the store's
     * quads; its rows are those of a SPARQL query per event, on a store of three articles that report the same events
     * with differences (a second date and a second place without a label in one; a second status, a literal, and no
     * host in another).
     */
    @Test
    void eventRowsGiveWhatEachArticleReports(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        org.apache.jena.graph.Node talks = NodeFactory.createURI("https://w3id.org/parley/id/event/istanbul-talks-2025-05-16");
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            for (String key : List.of("a", "b", "c")) {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                EXAMPLE.find().forEachRemaining(t -> copy.add(rename(t.getSubject(), key), t.getPredicate(), rename(t.getObject(), key)));
                if (key.equals("b")) {
                    copy.add(talks, org.parley.rdf.PARLEY.date.asNode(), NodeFactory.createLiteralDT("2025-05-17",
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
                    copy.add(talks, org.parley.rdf.PARLEY.place.asNode(), NodeFactory.createURI("https://w3id.org/parley/id/place/unlabelled"));
                }
                if (key.equals("c")) {
                    copy.add(talks, org.parley.rdf.PARLEY.eventStatus.asNode(), NodeFactory.createLiteralString("status-postponed"));
                    // an article that does not say who hosted the talks
                    org.apache.jena.graph.Node turkey = NodeFactory.createURI("https://w3id.org/parley/id/state/TR");
                    copy.delete(talks, org.parley.rdf.PARLEY.host.asNode(), turkey);
                    copy.delete(talks, org.parley.rdf.PARLEY.hasParticipant.asNode(), turkey);
                }
                ks.replace(new ArticleGraph(key, NodeFactory.createURI("https://w3id.org/parley/id/graph/" + key), "d" + key, copy));
            }
        }
        Path out = export(db, "csv", dir.resolve("tables"));
        List<List<String>> got = new ArrayList<>();
        Map<String, String> participants = new HashMap<>();
        try (var csv = org.apache.commons.csv.CSVFormat.RFC4180.parse(Files.newBufferedReader(out.resolve("events.csv"), StandardCharsets.UTF_8))) {
            var records = csv.getRecords();
            for (var c : records.subList(1, records.size())) {
                assertEquals(9, c.size(), c.toString());
                got.add(List.of(c.get(0), c.get(8), c.get(3), c.get(4), c.get(5), c.get(6)));
                participants.put(c.get(0) + " " + c.get(8), c.get(7));
            }
        }
        List<List<String>> expected = new ArrayList<>();
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            org.apache.jena.system.Txn.executeRead(ks.dataset(), () -> {
                for (GraphView.GNode n : GraphView.of(ks.dataset(), org.parley.rdf.OntologyResources.ontology(), false).nodes()) {
                    if (!"event".equals(n.kind())) continue;
                    // each article graph's date, place and status of the event, as one query per event
                    String q = """
                            PREFIX parley: <https://w3id.org/parley/ontology#>
                            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                            SELECT ?date ?place ?placeLabel ?status ?article {
                              GRAPH ?g { <%1$s> ?anyp ?anyo . ?article a parley:Article }
                              OPTIONAL { GRAPH ?g { <%1$s> parley:date ?date } }
                              OPTIONAL { GRAPH ?g { <%1$s> parley:place ?place } OPTIONAL { ?place rdfs:label ?placeLabel } }
                              OPTIONAL { GRAPH ?g { <%1$s> parley:eventStatus ?s } BIND(REPLACE(STR(?s), "^.*[#/](status-)?", "") AS ?status) }
                            } GROUP BY ?date ?place ?placeLabel ?status ?article""".formatted(n.iri());
                    java.util.Set<List<String>> rows = new java.util.TreeSet<>((x, y) -> String.join("\u0000", x).compareTo(String.join("\u0000", y)));
                    try (var qe = org.apache.jena.query.QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(ks.dataset())).query(q).build()) {
                        qe.execSelect().forEachRemaining(s -> rows.add(List.of(n.iri(), str(s.get("article")), str(s.get("date")),
                                str(s.get("place")), str(s.get("placeLabel")), str(s.get("status")))));
                    }
                    expected.addAll(rows);
                }
            });
        }
        assertEquals(expected, got);
        List<List<String>> ofTalks = got.stream().filter(r -> r.get(0).equals(talks.getURI())).toList();
        // a: its date, place and status; b: 2 dates x 2 places; c: 2 statuses
        assertEquals(7, ofTalks.size(), ofTalks.toString());
        String a = "https://w3id.org/parley/id/article/0123456789abcdef-";
        assertTrue(ofTalks.contains(List.of(talks.getURI(), a + "b", "2025-05-17", "https://w3id.org/parley/id/place/unlabelled", "", "occurred")), ofTalks.toString());
        assertTrue(ofTalks.contains(List.of(talks.getURI(), a + "c", "2025-05-16", "https://w3id.org/parley/id/place/istanbul", "Istanbul", "status-postponed")), ofTalks.toString());
        assertTrue(ofTalks.stream().noneMatch(r -> r.get(1).equals(a + "a") && !r.get(2).equals("2025-05-16")), "what b says is not a's: " + ofTalks);
        // the participants as each article gives them: c does not name the host
        assertEquals("Russia (negotiatingParty); Turkey (host); Ukraine (negotiatingParty)", participants.get(talks.getURI() + " " + a + "a"));
        assertEquals("Russia (negotiatingParty); Ukraine (negotiatingParty)", participants.get(talks.getURI() + " " + a + "c"));
    }

    private static String str(org.apache.jena.rdf.model.RDFNode n) {
        if (n == null) return "";
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : "";
    }

    private static org.apache.jena.graph.Node rename(org.apache.jena.graph.Node n, String key) {
        if (!n.isURI() || !(n.getURI().contains("/mention/") || n.getURI().contains("/article/"))) return n;
        return NodeFactory.createURI(n.getURI() + "-" + key);
    }
}
