package org.parley.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.parley.rdf.ParleyNamespaces;
import org.parley.store.KnowledgeStore;

/** {@code parley query}: run a SPARQL query against a store or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (a string, or a .rq file) against a store or a SPARQL endpoint.",
                "The usual Parley prefixes (parley:, pid:, rdfs:, dcterms:, schema:, nif:, text:, ...) are predeclared;",
                "text:query searches labels and aliases (full text)."})
public final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    @Spec
    CommandSpec spec;

    static final class Target {
        @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: parley-db).")
        Path db;

        @Option(names = "--url", paramLabel = "ENDPOINT", description = "SPARQL endpoint URL, e.g. http://127.0.0.1:3030/parley/sparql.")
        String url;
    }

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Result format for SELECT: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json is the SPARQL 1.1 JSON results format. CONSTRUCT/DESCRIBE print Turtle.")
    Format format;

    @Parameters(paramLabel = "QUERY-OR-FILE", description = "The query text, or a file holding it.")
    String queryOrFile;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String text = queryOrFile;
        Path file = asFile(queryOrFile);
        if (file != null) text = Files.readString(file, StandardCharsets.UTF_8);
        Query query;
        try {
            query = QueryFactory.create(prologue() + text);
        } catch (QueryParseException e) {
            err.println("parley: bad query" + (file != null ? " in " + file : "") + ": " + e.getMessage());
            return ParleyCli.USAGE;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (target != null && target.url != null) {
            try (QueryExecution qe = QueryExecutionHTTP.service(target.url).query(query).build()) {
                print(qe, query, out);
            }
            emit(out);
            return ParleyCli.OK;
        }
        Path db = target == null || target.db == null ? Path.of("parley-db") : target.db;
        if (!Files.isDirectory(db)) {
            err.println("parley: no store at " + db + " (give --db DIR or --url ENDPOINT)");
            return ParleyCli.USAGE;
        }
        try (KnowledgeStore ks = KnowledgeStore.openTdb2(db)) {
            org.parley.store.TextSearch.attach(ks.dataset(), db.resolve(org.parley.store.TextSearch.DIRECTORY));
            Txn.executeRead(ks.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(ks.dataset())).query(query).build()) {
                    print(qe, query, out);
                }
            });
        }
        emit(out);
        return ParleyCli.OK;
    }

    private void emit(java.io.ByteArrayOutputStream buffer) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
    }

    private static Path asFile(String s) {
        if (s.length() > 1024 || s.contains("\n")) return null;
        try {
            Path p = Path.of(s);
            return Files.isRegularFile(p) ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String prologue() {
        StringBuilder sb = new StringBuilder();
        ParleyNamespaces.defaults().prefixes().getNsPrefixMap()
                .forEach((p, iri) -> sb.append("PREFIX ").append(p).append(": <").append(iri).append(">\n"));
        return sb.toString();
    }

    private void print(QueryExecution qe, Query query, java.io.ByteArrayOutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(out, rs, query.getPrologue());
                case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                case json -> ResultSetFormatter.outputAsJSON(out, rs);
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, b);
                case csv -> ResultSetFormatter.outputAsCSV(out, b);
                case tsv -> ResultSetFormatter.outputAsTSV(out, b);
                case table -> out.writeBytes((b ? "yes\n" : "no\n").getBytes(StandardCharsets.UTF_8));
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            m.setNsPrefixes(ParleyNamespaces.defaults().prefixes());
            RDFDataMgr.write(out, m, Lang.TURTLE);
        }
    }
}
