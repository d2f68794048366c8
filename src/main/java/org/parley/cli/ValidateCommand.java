package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.rdf.validate.DatasetValidator;
import org.parley.rdf.validate.GraphValidator;
import org.parley.store.KnowledgeStore;

/** {@code parley validate}: check a store (or RDF files) against Parley's SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate every article graph of a store (or the RDF files given) against Parley's SHACL shapes",
                "(ontology/parley-shapes.ttl), one graph at a time, and list the violations."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every graph conforms", "1:some graph violates the shapes", "2:usage error", "3:the command failed"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "parley-db",
            description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--max", paramLabel = "N", defaultValue = "20",
            description = "Show at most N violations per graph (default: ${DEFAULT-VALUE}).")
    int max;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "RDF files (Turtle, TriG, N-Quads, ...) to validate instead of a store.")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatasetValidator validator = new DatasetValidator(GraphValidator.standard());
        DatasetValidator.Summary total;
        if (!files.isEmpty()) {
            int graphs = 0, ok = 0, bad = 0, violations = 0;
            for (Path f : files) {
                if (!Files.isReadable(f)) {
                    spec.commandLine().getErr().println("parley: cannot read " + f);
                    return ParleyCli.USAGE;
                }
                Dataset ds = RDFDataMgr.loadDataset(f.toString());
                var dsg = ds.asDatasetGraph();
                // a file's default graph counts as one graph, like each named graph
                var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                dsg.getDefaultGraph().find().forEachRemaining(g::add);
                org.apache.jena.sparql.core.DatasetGraph one = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
                if (!g.isEmpty()) one.addGraph(org.apache.jena.graph.NodeFactory.createURI(f.toAbsolutePath().toUri().toString()), g);
                dsg.listGraphNodes().forEachRemaining(n -> one.addGraph(n, dsg.getGraph(n)));
                DatasetValidator.Summary s = validator.validate(one, r -> print(out, r));
                graphs += s.graphs();
                ok += s.conforming();
                bad += s.violating();
                violations += s.violations();
            }
            total = new DatasetValidator.Summary(graphs, ok, bad, violations, 0);
        } else {
            if (!Files.isDirectory(db)) {
                spec.commandLine().getErr().println("parley: no store at " + db);
                return ParleyCli.USAGE;
            }
            try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
                total = validator.validate(ks.dataset(), r -> print(out, r));
            }
        }
        out.printf(Locale.ROOT, "Validated %d graph%s: %d conform, %d violate the shapes (%d violation%s); %d in quarantine%n",
                total.graphs(), total.graphs() == 1 ? "" : "s", total.conforming(), total.violating(), total.violations(),
                total.violations() == 1 ? "" : "s", total.quarantined());
        out.flush();
        return total.conforms() ? ParleyCli.OK : ParleyCli.SOME_FAILED;
    }

    private void print(PrintWriter out, DatasetValidator.GraphResult r) {
        if (r.validation().conforms()) return;
        out.println("<" + r.graph() + ">: " + r.validation().problems().size() + " violation(s)");
        r.validation().problems().stream().limit(max).forEach(p -> out.println("  " + p));
        if (r.validation().problems().size() > max) out.println("  …");
    }
}
