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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import org.parley.rdf.PARLEY;

/**
 * CSV tables a researcher opens in a spreadsheet (RFC 4180, UTF-8, one header row): {@code entities.csv},
 * {@code events.csv} (per event and article: type, date, place, status, participants with their roles), {@code positions.csv}
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
        return write(dsg, ontology, dir, m -> { });
    }

    /**
     * Writes the four tables into {@code dir} (created when missing), telling {@code progress} when the network's
     * nodes are read and as each table is written; returns the files written.
     */
    public static List<Path> write(DatasetGraph dsg, Graph ontology, Path dir, Consumer<String> progress) throws IOException {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(progress, "progress");
        Files.createDirectories(dir);
        GraphView view = GraphView.of(dsg, ontology, false, progress);
        List<Path> files = new ArrayList<>();
        Consumer<Path> done = f -> {
            files.add(f);
            progress.accept("wrote " + f.getFileName());
        };
        Txn.executeRead(dsg, () -> {
            Dataset ds = DatasetFactory.wrap(dsg);
            try {
                done.accept(entities(dsg, ds, dir.resolve("entities.csv"), view));
                done.accept(events(dsg, ontology, dir.resolve("events.csv"), view));
                done.accept(table(ds, dir.resolve("positions.csv"), """
                        SELECT ?person ?personLabel ?post ?postLabel ?postIn ?postInLabel ?article {
                          GRAPH ?g { ?person parley:holdsPost ?post . ?article a parley:Article }
                          OPTIONAL { ?person rdfs:label ?personLabel }
                          OPTIONAL { ?post rdfs:label ?postLabel }
                          OPTIONAL { ?post parley:postIn ?postIn OPTIONAL { ?postIn rdfs:label ?postInLabel } }
                        } ORDER BY ?personLabel ?postLabel ?article"""));
                done.accept(table(ds, dir.resolve("memberships.csv"), """
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

    /**
     * One row per (event, article): type, label, and the date, place, status and participants ("label (role)") as
     * that article reports them. An article that gives an event two dates (or places, or statuses) has a row for
     * each; rows are ordered by article, date, place, place label and status. Read from the store's quads, an event
     * at a time. (This table used to cross every article of an event with every date, place and status any article
     * gave it, and to list the participants every article gave, one SPARQL query per event: at 100,000 articles,
     * 6.3 million rows and about an hour.)
     */
    private static Path events(DatasetGraph dsg, Graph ontology, Path file, GraphView view) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(w, List.of("event", "type", "label", "date", "place", "placeLabel", "status", "participants", "article"));
            Map<Node, String> labelOf = new HashMap<>();
            for (GraphView.GNode n : view.nodes()) labelOf.put(NodeFactory.createURI(n.iri()), n.label());
            Set<Node> roles = GraphView.subsOf(ontology, RDFS.subPropertyOf.asNode(), PARLEY.hasParticipant.asNode());
            Map<Node, List<Node>> articlesOfGraph = new HashMap<>();
            dsg.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), PARLEY.Article.asNode())
                    .forEachRemaining(q -> articlesOfGraph.computeIfAbsent(q.getGraph(), k -> new ArrayList<>(1)).add(q.getSubject()));
            for (GraphView.GNode n : view.nodes()) {
                if (!"event".equals(n.kind())) continue;
                for (List<String> r : eventRows(dsg, NodeFactory.createURI(n.iri()), articlesOfGraph, roles, labelOf))
                    row(w, List.of(n.iri(), n.type(), n.label(), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(0)));
            }
        }
        return file;
    }

    /**
     * An event's rows as (article, date, place, place label, status, participants), distinct and sorted: for each
     * named graph with a quad about the event, its article with each date, place and status that graph gives the
     * event (one it gives none of is an empty cell), each place with every label the store has for it, and the
     * participants that graph gives: each node of the network ({@code labelOf}) the event has by one of the
     * {@code roles} (sub-properties of {@code parley:hasParticipant}), as "label (role)" with its most specific
     * role(s), sorted and joined by "; ".
     */
    static List<List<String>> eventRows(DatasetGraph dsg, Node event, Map<Node, List<Node>> articlesOfGraph, Set<Node> roles,
                                        Map<Node, String> labelOf) {
        Map<Node, Report> byGraph = new LinkedHashMap<>();
        Iterator<Quad> it = dsg.findNG(Node.ANY, event, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            Report r = byGraph.computeIfAbsent(q.getGraph(), g -> new Report());
            Node p = q.getPredicate(), o = q.getObject();
            if (p.equals(DATE)) r.dates.add(cell(o));
            else if (p.equals(PLACE)) r.places.add(o);
            else if (p.equals(STATUS)) r.statuses.add(o.isBlank() ? "" : STATUS_PREFIX.matcher(o.isURI() ? o.getURI() : o.getLiteralLexicalForm()).replaceFirst(""));
            else if (roles.contains(p) && labelOf.containsKey(o)) r.roles.computeIfAbsent(o, k -> new java.util.TreeSet<>()).add(GraphView.local(p));
        }
        Map<Node, List<String>> labelsOfPlace = new HashMap<>();
        Set<List<String>> rows = new java.util.TreeSet<>(ROW_ORDER);
        byGraph.forEach((g, r) -> {
            List<Node> articles = articlesOfGraph.getOrDefault(g, List.of());
            if (articles.isEmpty()) return;
            List<String[]> placeCells = new ArrayList<>();
            for (Node place : r.places) {
                List<String> labels = labelsOfPlace.computeIfAbsent(place, k -> {
                    Set<String> l = new LinkedHashSet<>();
                    dsg.findNG(Node.ANY, k, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> l.add(cell(q.getObject())));
                    return l.isEmpty() ? List.of("") : List.copyOf(l);
                });
                for (String l : labels) placeCells.add(new String[] {cell(place), l});
            }
            if (placeCells.isEmpty()) placeCells.add(new String[] {"", ""});
            List<String> participants = new ArrayList<>();
            r.roles.forEach((agent, names) -> {
                if (names.size() > 1) names.remove(GENERIC_ROLE);   // the generic role only when it is the only one
                for (String role : names) participants.add(labelOf.get(agent) + " (" + role + ")");
            });
            participants.sort(null);
            String who = String.join("; ", participants);
            Set<String> dates = r.dates.isEmpty() ? Set.of("") : r.dates, statuses = r.statuses.isEmpty() ? Set.of("") : r.statuses;
            for (Node a : articles)
                for (String d : dates)
                    for (String[] p : placeCells)
                        for (String s : statuses) rows.add(List.of(cell(a), d, p[0], p[1], s, who));
        });
        return new ArrayList<>(rows);
    }

    private static final String GENERIC_ROLE = GraphView.local(PARLEY.hasParticipant.asNode());

    /** What one article graph says about an event: its dates (as cells), places, statuses (as cells) and participants' roles. */
    private static final class Report {
        final Set<String> dates = new LinkedHashSet<>(), statuses = new LinkedHashSet<>();
        final Set<Node> places = new LinkedHashSet<>();
        final Map<Node, Set<String>> roles = new LinkedHashMap<>();
    }

    private static final Node DATE = PARLEY.date.asNode(), PLACE = PARLEY.place.asNode(), STATUS = PARLEY.eventStatus.asNode();
    /** What the status cell drops from a status IRI: its namespace and the "status-" of its local name. */
    private static final java.util.regex.Pattern STATUS_PREFIX = java.util.regex.Pattern.compile("^.*[#/](status-)?");
    private static final Comparator<List<String>> ROW_ORDER = (x, y) -> {
        for (int i = 0; i < x.size(); i++) {
            int c = x.get(i).compareTo(y.get(i));
            if (c != 0) return c;
        }
        return 0;
    };

    /** A term as a CSV cell: a literal's lexical form, an IRI, nothing for a blank node. */
    private static String cell(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "";
    }

    /**
     * Solutions an ORDER BY keeps in the heap before it spills them to a temporary file (Jena keeps them all by
     * default: positions.csv of the 100,000-article store ran out of a 1 GB heap there).
     */
    static final long SORT_SPILL_THRESHOLD = 50_000;

    private static Path table(Dataset ds, Path file, String query) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query)
                     .set(org.apache.jena.query.ARQ.spillToDiskThreshold, SORT_SPILL_THRESHOLD).build()) {
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
        return n == null ? "" : cell(n.asNode());
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
