package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;

/** {@code parley stats}: what the store holds, by class and by property. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the articles, triples, instances by class and triples by property in a store.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!store.mem && !Files.isDirectory(store.db)) {
            spec.commandLine().getErr().println("parley: no store at " + store.db);
            return ParleyCli.USAGE;
        }
        PrefixMapping pm = ParleyNamespaces.defaults().prefixes();
        try (KnowledgeStore ks = store.open()) {
            Txn.executeRead(ks.dataset(), () -> {
                var ds = DatasetFactory.wrap(ks.dataset());
                long graphs = count(ds, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?a a <" + org.parley.rdf.PARLEY.Article.getURI() + "> } }");
                long quads = count(ds, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
                out.printf(Locale.ROOT, "%s: %,d article graphs, %,d triples%n%n", store.describe(), graphs, quads);
                table(out, pm, ds, "class", "SELECT ?k (COUNT(DISTINCT ?s) AS ?n) { ?s a ?k } GROUP BY ?k ORDER BY DESC(?n) ?k");
                out.println();
                table(out, pm, ds, "property", "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?g { ?s ?k ?o } } GROUP BY ?k ORDER BY DESC(?n) ?k");
            });
        }
        out.flush();
        return ParleyCli.OK;
    }

    private static long count(org.apache.jena.query.Dataset ds, String q) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static void table(PrintWriter out, PrefixMapping pm, org.apache.jena.query.Dataset ds, String head, String q) {
        out.printf(Locale.ROOT, "%-50s %12s%n", head, "count");
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.printf(Locale.ROOT, "%-50s %,12d%n", pm.shortForm(s.getResource("k").getURI()), s.getLiteral("n").getLong());
            }
        }
    }
}
