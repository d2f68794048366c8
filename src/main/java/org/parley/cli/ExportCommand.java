package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.export.Exporter;
import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;

/** {@code parley export}: dumps and networks for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the store's article graphs: RDF dumps (nquads, trig, turtle, jsonld), networks for Gephi and",
                "Cytoscape (graphml, gexf), or CSV tables (csv: entities, events, positions, memberships into a directory)."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-db", description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "nquads, trig, turtle, jsonld, graphml, gexf or csv.")
    String format;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "The file to write (for csv: the directory for the tables).")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = ParleyNamespaces.DEFAULT_BASE,
            description = "Base IRI of the data, for prefixes and the JSON-LD context (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Exporter.Format f;
        try {
            f = Exporter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("parley: unknown format '" + format + "' (nquads, trig, turtle, jsonld, graphml, gexf, csv)");
            return ParleyCli.USAGE;
        }
        if (!Files.isDirectory(db)) {
            spec.commandLine().getErr().println("parley: no store at " + db);
            return ParleyCli.USAGE;
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        // what a large export has done so far, on stderr (stdout keeps the list of files written)
        java.util.function.Consumer<String> progress = m -> {
            err.printf(java.util.Locale.ROOT, "export: %s (%.1f s)%n", m, (System.nanoTime() - start) / 1e9);
            err.flush();
        };
        List<Path> written;
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            written = Exporter.export(ks.dataset(), f, output, new ParleyNamespaces(base), progress);
        }
        for (Path p : written) out.println("Wrote " + p + " (" + Files.size(p) + " bytes)");
        out.flush();
        return ParleyCli.OK;
    }
}
