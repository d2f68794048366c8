package org.parley.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.xml.stream.XMLStreamException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import org.parley.rdf.JsonLd;
import org.parley.rdf.OntologyResources;
import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;

/**
 * Exports a store's article graphs (quarantine graphs are left out) for other tools: RDF dumps (N-Quads and
 * TriG keep one named graph per article; Turtle and JSON-LD hold their union), GraphML and GEXF for Gephi and
 * Cytoscape ({@link GraphView}), and CSV tables ({@link CsvTables}).
 *
 * <pre>{@code
 * Exporter.export(store.dataset(), Exporter.Format.GRAPHML, Path.of("parley.graphml"), ParleyNamespaces.defaults());
 * }</pre>
 */
public final class Exporter {
    /** The export formats. */
    public enum Format {
        NQUADS, TRIG, TURTLE, JSONLD, GRAPHML, GEXF, CSV;

        /** By name, case-insensitive, {@code -} and {@code _} ignored ({@code n-quads}, {@code json-ld}). */
        public static Format parse(String s) {
            String k = s.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
            return switch (k) {
                case "NQ" -> NQUADS;
                case "TTL" -> TURTLE;
                default -> valueOf(k);
            };
        }
    }

    private Exporter() {}

    /**
     * Writes the export. For {@link Format#CSV} {@code output} is a directory that receives the tables; for every
     * other format it is a file. Returns the files written.
     */
    public static List<Path> export(DatasetGraph dsg, Format format, Path output, ParleyNamespaces ns) throws IOException {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(ns, "ns");
        if (format == Format.CSV) return CsvTables.write(dsg, OntologyResources.ontology(), output);
        if (output.toAbsolutePath().getParent() != null) Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            switch (format) {
                case NQUADS -> RDFDataMgr.write(out, articleGraphs(dsg), RDFFormat.NQUADS);
                case TRIG -> {
                    DatasetGraph d = articleGraphs(dsg);
                    d.prefixes().putAll(ns.prefixes().getNsPrefixMap());
                    RDFDataMgr.write(out, d, RDFFormat.TRIG_BLOCKS);
                }
                case TURTLE -> {
                    Graph u = union(dsg);
                    u.getPrefixMapping().setNsPrefixes(ns.prefixes());
                    RDFDataMgr.write(out, u, RDFFormat.TURTLE_BLOCKS);
                }
                case JSONLD -> out.write(JsonLd.write(union(dsg), ns.prefixes(), ns.base() + "context.jsonld").getBytes(StandardCharsets.UTF_8));
                case GRAPHML -> GraphFormats.graphml(GraphView.of(dsg, OntologyResources.ontology(), true), out);
                case GEXF -> GraphFormats.gexf(GraphView.of(dsg, OntologyResources.ontology(), true), out);
                case CSV -> throw new IllegalStateException("unreachable");
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + output + ": " + e.getMessage(), e);
        }
        return List.of(output);
    }

    /** A copy of the article graphs, without quarantine graphs. */
    static DatasetGraph articleGraphs(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            if (dsg.find(g, Node.ANY, RDF.type.asNode(), PARLEY.QuarantineRecord.asNode()).hasNext()) return;
            Graph target = GraphFactory.createDefaultGraph();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> target.add(q.asTriple()));
            copy.addGraph(g, target);
        }));
        return copy;
    }

    /** The union of the article graphs (each triple once). */
    static Graph union(DatasetGraph dsg) {
        Graph u = GraphFactory.createDefaultGraph();
        DatasetGraph articles = articleGraphs(dsg);
        articles.listGraphNodes().forEachRemaining(g -> articles.getGraph(g).find().forEachRemaining(u::add));
        return u;
    }
}
