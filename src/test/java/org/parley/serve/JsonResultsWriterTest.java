package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

/** Parley's SPARQL JSON results writer writes the same JSON values as Jena's, which Jena reads back unchanged. */
class JsonResultsWriterTest {
    private static final Var A = Var.alloc("a"), B = Var.alloc("b"), C = Var.alloc("c");

    private static List<Binding> rows() {
        Node bnode = NodeFactory.createBlankNode(), other = NodeFactory.createBlankNode();
        List<Binding> rows = new ArrayList<>();
        rows.add(BindingFactory.binding(A, NodeFactory.createURI("https://w3id.org/parley/id/state/US"),
                B, NodeFactory.createLiteralString("plain \"quoted\" back\\slash\nnew line\ttab\r\u0001\u001f é 日本 \uD83D\uDE00"),
                C, NodeFactory.createLiteralLang("Vereinigte Staaten", "de")));
        rows.add(BindingFactory.binding(A, bnode, B, NodeFactory.createLiteralDT("2004-02-01", XSDDatatype.XSDdate),
                C, NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL)));
        rows.add(BindingFactory.binding(A, bnode, C, other));    // b unbound; the same blank node keeps its label
        rows.add(BindingFactory.binding(B, NodeFactory.createTripleTerm(NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger))));
        rows.add(BindingFactory.empty());
        return rows;
    }

    private static RowSet rowSet(List<Binding> rows) {
        return RowSetStream.create(List.of(A, B, C), rows.iterator());
    }

    @Test
    void writesTheSameJsonAsJenasWriter() {
        ByteArrayOutputStream ours = new ByteArrayOutputStream(), jenas = new ByteArrayOutputStream();
        new JsonResultsWriter(RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON)).write(ours, rowSet(rows()), null);
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(jenas, rowSet(rows()), null);
        JsonValue expected = JSON.parseAny(jenas.toString(StandardCharsets.UTF_8));
        JsonValue actual = JSON.parseAny(ours.toString(StandardCharsets.UTF_8));
        assertEquals(expected, actual, ours.toString(StandardCharsets.UTF_8));
        assertTrue(ours.toString(StandardCharsets.UTF_8).contains("\\u0001"), "control characters escaped");
    }

    @Test
    void jenaReadsBackWhatItWrites() {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        new JsonResultsWriter(RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON)).write(ours, rowSet(rows()), null);
        RowSet back = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(ours.toByteArray()), null);
        assertEquals(List.of(A, B, C), back.getResultVars());
        List<Binding> read = back.materialize().stream().toList(), written = rows();
        assertEquals(written.size(), read.size());
        for (int i = 0; i < written.size(); i++) {
            for (Var v : List.of(A, B, C)) {
                Node w = written.get(i).get(v), r = read.get(i).get(v);
                if (w == null || w.isBlank()) assertEquals(w == null, r == null, i + " " + v);
                else assertEquals(w, r, i + " " + v);
            }
        }
        assertEquals(read.get(1).get(A), read.get(2).get(A), "one blank node, one label");
    }

    @Test
    void installingMakesItTheJsonWriterAndKeepsBooleansWithJena() {
        JsonResultsWriter.install();
        JsonResultsWriter.install();
        var writer = RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON);
        assertTrue(writer instanceof JsonResultsWriter, writer.getClass().getName());
        ByteArrayOutputStream ask = new ByteArrayOutputStream();
        writer.write(ask, true, null);
        assertEquals(true, JSON.parse(ask.toString(StandardCharsets.UTF_8)).get("boolean").getAsBoolean().value());
    }
}
