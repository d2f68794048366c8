package org.parley.serve;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;

/**
 * SPARQL 1.1 Query Results JSON (W3C Recommendation) for SELECT results, written straight into a buffered UTF-8
 * writer. It writes the same JSON values as Jena's own writer (terms, {@code xml:lang}, {@code its:dir},
 * datatypes, blank node labels {@code b0}, {@code b1}, … (or as given with {@link ARQ#outputGraphBNodeLabels}),
 * triple terms), laid out more compactly. Jena's writer sends every string through an {@code IndentedWriter}
 * twice, one character at a time, which cost a SPARQL endpoint more CPU than running many of its queries;
 * {@link #install()} makes this writer the one for {@link ResultSetLang#RS_JSON} in this JVM. Boolean (ASK) results
 * stay with Jena's writer.
 */
final class JsonResultsWriter implements RowSetWriter {
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    private static final String LANG_STRING = RDF.dtLangString.getURI();
    private static final String DIR_LANG_STRING = RDF.dtDirLangString.getURI();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static volatile boolean installed;

    private final RowSetWriter jena;

    /** @param jena Jena's writer, for boolean results */
    JsonResultsWriter(RowSetWriter jena) {
        this.jena = java.util.Objects.requireNonNull(jena, "jena");
    }

    /** Registers this writer for {@link ResultSetLang#RS_JSON}, keeping Jena's for boolean results. Idempotent. */
    static synchronized void install() {
        if (installed) return;
        RowSetWriterFactory jenaFactory = RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON);
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new JsonResultsWriter(jenaFactory.create(lang)));
        installed = true;
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
        write(w, rowSet, context);
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        boolean asGiven = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
        NodeToLabel labels = asGiven ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
        try {
            List<Var> vars = rowSet.getResultVars();
            String[] names = new String[vars.size()];
            out.write("{ \"head\": { \"vars\": [");
            for (int i = 0; i < names.length; i++) {
                names[i] = vars.get(i).getVarName();
                out.write(i == 0 ? " " : ", ");
                string(out, names[i]);
            }
            out.write(" ] },\n  \"results\": { \"bindings\": [");
            boolean first = true;
            while (rowSet.hasNext()) {
                Binding b = rowSet.next();
                out.write(first ? "\n    {" : ",\n    {");
                first = false;
                boolean firstVar = true;
                for (int i = 0; i < names.length; i++) {
                    Node n = b.get(vars.get(i));
                    if (n == null) continue;
                    out.write(firstVar ? " " : ", ");
                    firstVar = false;
                    string(out, names[i]);
                    out.write(": ");
                    term(out, n, labels);
                }
                out.write(" }");
            }
            out.write("\n  ] }\n}\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        jena.write(out, result, context);
    }

    private static void term(Writer out, Node n, NodeToLabel labels) throws IOException {
        if (n.isURI()) {
            out.write("{ \"type\": \"uri\", \"value\": ");
            string(out, n.getURI());
        } else if (n.isBlank()) {
            out.write("{ \"type\": \"bnode\", \"value\": ");
            String label = labels.get(null, n);
            string(out, label.startsWith("_:") ? label.substring(2) : label);
        } else if (n.isLiteral()) {
            out.write("{ \"type\": \"literal\"");
            String lang = n.getLiteralLanguage(), dt = n.getLiteralDatatypeURI();
            if (lang != null && !lang.isEmpty()) {
                out.write(", \"xml:lang\": ");
                string(out, lang);
                TextDirection dir = n.getLiteralBaseDirection();
                if (dir != null) {
                    out.write(", \"its:dir\": ");
                    string(out, dir.direction());
                }
            } else if (dt != null && !dt.equals(XSD_STRING) && !dt.equals(LANG_STRING) && !dt.equals(DIR_LANG_STRING)) {
                out.write(", \"datatype\": ");
                string(out, dt);
            }
            out.write(", \"value\": ");
            string(out, n.getLiteralLexicalForm());
        } else if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            out.write("{ \"type\": \"triple\", \"value\": { \"subject\": ");
            term(out, t.getSubject(), labels);
            out.write(", \"predicate\": ");
            term(out, t.getPredicate(), labels);
            out.write(", \"object\": ");
            term(out, t.getObject(), labels);
            out.write(" }");
        } else {
            throw new IllegalArgumentException("not an RDF term: " + n);
        }
        out.write(" }");
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as is (UTF-8). */
    static void string(Writer out, String s) throws IOException {
        out.write('"');
        int start = 0, n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            if (i > start) out.write(s, start, i - start);
            start = i + 1;
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    out.write("\\u00");
                    out.write(HEX[c >> 4]);
                    out.write(HEX[c & 0xF]);
                }
            }
        }
        if (n > start) out.write(s, start, n - start);
        out.write('"');
    }
}
