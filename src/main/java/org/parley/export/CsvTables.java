package org.parley.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import org.parley.rdf.PARLEY;

/**
 * CSV tables a researcher opens in a spreadsheet (RFC 4180, UTF-8, one header row): {@code entities.csv},
 * {@code events.csv} (date, place, type, status, participants with their roles, article), {@code positions.csv}
 * (who holds which post, in which state or organisation) and {@code memberships.csv} (who belongs to what).
 */
public final class CsvTables {
    private static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private CsvTables() {}

    /** Writes the four tables into {@code dir} (created when missing); returns the files written. */
    public static List<Path> write(DatasetGraph dsg, Graph ontology, Path dir) throws IOException {
        Objects.requireNonNull(dsg, "dsg");
        Files.createDirectories(dir);
        GraphView view = GraphView.of(dsg, ontology, false);
        List<Path> files = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            Dataset ds = DatasetFactory.wrap(dsg);
            try {
                files.add(entities(dsg, ds, dir.resolve("entities.csv"), view));
                files.add(events(ds, dir.resolve("events.csv"), view));
                files.add(table(ds, dir.resolve("positions.csv"), """
                        SELECT ?person ?personLabel ?post ?postLabel ?postIn ?postInLabel ?article {
                          GRAPH ?g { ?person parley:holdsPost ?post . ?article a parley:Article }
                          OPTIONAL { ?person rdfs:label ?personLabel }
                          OPTIONAL { ?post rdfs:label ?postLabel }
                          OPTIONAL { ?post parley:postIn ?postIn OPTIONAL { ?postIn rdfs:label ?postInLabel } }
                        } ORDER BY ?personLabel ?postLabel ?article"""));
                files.add(table(ds, dir.resolve("memberships.csv"), """
                        SELECT ?member ?memberLabel ?organization ?organizationLabel ?article {
                          GRAPH ?g { ?member parley:memberOf ?organization . ?article a parley:Article }
                          OPTIONAL { ?member rdfs:label ?memberLabel }
                          OPTIONAL { ?organization rdfs:label ?organizationLabel }
                        } ORDER BY ?organizationLabel ?memberLabel ?article"""));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return files;
    }

    /** A row of {@code entities.csv}. */
    private record EntityRow(String iri, String label, String type, String wikidata, long mentions, long articles) {}

    /**
     * {@code entities.csv}: each entity with its label(s), most specific type, Wikidata identity, and the number of
     * mentions and of articles that name it, most-mentioned first. The counts are made one entity at a time from the
     * store's mentions: one {@code GROUP BY} over every mention kept each entity's mentions and articles in the heap
     * at once, which a 100,000-article store (3.6 million mentions) does not fit in 1 GB.
     */
    private static Path entities(DatasetGraph dsg, Dataset ds, Path file, GraphView view) throws IOException {
        Map<String, String> typeByIri = new HashMap<>();
        for (GraphView.GNode n : view.nodes()) typeByIri.putIfAbsent(n.iri(), n.type());
        Map<Node, long[]> counts = new HashMap<>();
        List<EntityRow> rows = new ArrayList<>();
        String q = PREFIXES + """
                SELECT DISTINCT ?iri ?label ?wikidata {
                  ?iri a parley:Entity .
                  OPTIONAL { ?iri rdfs:label ?label }
                  OPTIONAL { ?iri owl:sameAs ?wikidata }
                }""";
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Node e = s.get("iri").asNode();
                if (!e.isURI()) continue;
                long[] c = counts.computeIfAbsent(e, k -> mentionsAndArticles(dsg, k));
                rows.add(new EntityRow(e.getURI(), str(s.get("label")), typeByIri.getOrDefault(e.getURI(), ""),
                        str(s.get("wikidata")), c[0], c[1]));
            }
        }
        rows.sort(Comparator.comparingLong(EntityRow::mentions).reversed().thenComparing(EntityRow::iri)
                .thenComparing(EntityRow::label).thenComparing(EntityRow::wikidata));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(w, List.of("iri", "label", "type", "wikidata", "mentions", "articles"));
            for (EntityRow r : rows)
                row(w, List.of(r.iri(), r.label(), r.type(), r.wikidata(), Long.toString(r.mentions()), Long.toString(r.articles())));
        }
        return file;
    }

    /** The mentions that refer to {@code entity} and are in an article, and the distinct articles they are in. */
    private static long[] mentionsAndArticles(DatasetGraph dsg, Node entity) {
        Set<Node> mentions = new HashSet<>(), articles = new HashSet<>();
        Iterator<Quad> refs = dsg.find(Node.ANY, Node.ANY, PARLEY.refersTo.asNode(), entity);
        while (refs.hasNext()) {
            Node m = refs.next().getSubject();
            Iterator<Quad> in = dsg.find(Node.ANY, m, PARLEY.inArticle.asNode(), Node.ANY);
            boolean any = false;
            while (in.hasNext()) {
                articles.add(in.next().getObject());
                any = true;
            }
            if (any) mentions.add(m);
        }
        return new long[] {mentions.size(), articles.size()};
    }

    /** One row per (event, article): type, label, date, place, status, participants as "label (role)". */
    private static Path events(Dataset ds, Path file, GraphView view) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(w, List.of("event", "type", "label", "date", "place", "placeLabel", "status", "participants", "article"));
            // each event's participants as "label (role)", gathered in one pass over the edges (not one per event)
            Map<String, String> labelById = new HashMap<>();
            for (GraphView.GNode n : view.nodes()) labelById.put(n.id(), n.label());
            Map<String, List<String>> participantsOf = new HashMap<>();
            for (GraphView.GEdge e : view.edges())
                if ("participation".equals(e.kind()))
                    participantsOf.computeIfAbsent(e.target(), k -> new ArrayList<>())
                            .add(labelById.getOrDefault(e.source(), e.source()) + " (" + e.role() + ")");
            for (GraphView.GNode n : view.nodes()) {
                if (!"event".equals(n.kind())) continue;
                String q = PREFIXES + """
                        SELECT ?date ?place ?placeLabel ?status ?article {
                          GRAPH ?g { <%1$s> ?anyp ?anyo . ?article a parley:Article }
                          OPTIONAL { <%1$s> parley:date ?date }
                          OPTIONAL { <%1$s> parley:place ?place OPTIONAL { ?place rdfs:label ?placeLabel } }
                          OPTIONAL { <%1$s> parley:eventStatus ?s BIND(REPLACE(STR(?s), "^.*[#/](status-)?", "") AS ?status) }
                        } GROUP BY ?date ?place ?placeLabel ?status ?article ORDER BY ?article""".formatted(n.iri());
                List<String> participants = participantsOf.getOrDefault(n.id(), new ArrayList<>());
                participants.sort(null);
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        row(w, List.of(n.iri(), n.type(), n.label(), str(s.get("date")), str(s.get("place")), str(s.get("placeLabel")),
                                str(s.get("status")), String.join("; ", participants), str(s.get("article"))));
                    }
                }
            }
        }
        return file;
    }

    private static Path table(Dataset ds, Path file, String query) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            row(w, rs.getResultVars());
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : rs.getResultVars()) cells.add(str(s.get(v)));
                row(w, cells);
            }
        }
        return file;
    }

    private static String str(RDFNode n) {
        if (n == null) return "";
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : "";
    }

    static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(',');
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0)
                c = '"' + c.replace("\"", "\"\"") + '"';
            w.write(c);
        }
        w.write("\r\n");
    }
}
