package org.parley.export;

import java.io.OutputStream;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@link GraphView} as GraphML (Cytoscape, yEd, Gephi) or GEXF 1.3 (Gephi), with a real XML writer. */
public final class GraphFormats {
    public static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    public static final String GEXF_NS = "http://gexf.net/1.3";

    private GraphFormats() {}

    public static void graphml(GraphView g, OutputStream out) throws XMLStreamException {
        Objects.requireNonNull(g, "g");
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("graphml");
        w.writeDefaultNamespace(GRAPHML_NS);
        key(w, "label", "node", "label", "string");
        key(w, "type", "node", "type", "string");
        key(w, "iri", "node", "iri", "string");
        key(w, "kind", "node", "kind", "string");
        key(w, "elabel", "edge", "label", "string");
        key(w, "ekind", "edge", "kind", "string");
        key(w, "predicate", "edge", "predicate", "string");
        key(w, "role", "edge", "role", "string");
        key(w, "weight", "edge", "weight", "double");
        w.writeStartElement("graph");
        w.writeAttribute("id", "parley");
        w.writeAttribute("edgedefault", "directed");
        for (GraphView.GNode n : g.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", n.id());
            data(w, "label", n.label());
            data(w, "type", n.type());
            data(w, "iri", n.iri());
            data(w, "kind", n.kind());
            w.writeEndElement();
        }
        for (GraphView.GEdge e : g.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", e.id());
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            if (!e.directed()) w.writeAttribute("directed", "false");
            data(w, "elabel", e.label());
            data(w, "ekind", e.kind());
            data(w, "predicate", e.predicate());
            data(w, "role", e.role());
            data(w, "weight", Integer.toString(e.weight()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    public static void gexf(GraphView g, OutputStream out) throws XMLStreamException {
        Objects.requireNonNull(g, "g");
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("gexf");
        w.writeDefaultNamespace(GEXF_NS);
        w.writeAttribute("version", "1.3");
        w.writeStartElement("meta");
        w.writeStartElement("creator");
        w.writeCharacters("Parley");
        w.writeEndElement();
        w.writeStartElement("description");
        w.writeCharacters("Entities and events from news articles; relations, participation with roles, co-occurrence");
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("graph");
        w.writeAttribute("defaultedgetype", "directed");
        w.writeAttribute("mode", "static");
        attributes(w, "node", "type", "iri", "kind");
        attributes(w, "edge", "kind", "predicate", "role");
        w.writeStartElement("nodes");
        for (GraphView.GNode n : g.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", n.id());
            w.writeAttribute("label", xml(n.label()));
            w.writeStartElement("attvalues");
            attvalue(w, "0", n.type());
            attvalue(w, "1", n.iri());
            attvalue(w, "2", n.kind());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("edges");
        for (GraphView.GEdge e : g.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", e.id());
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            w.writeAttribute("label", e.label());
            w.writeAttribute("weight", Integer.toString(e.weight()));
            if (!e.directed()) w.writeAttribute("type", "undirected");
            w.writeStartElement("attvalues");
            attvalue(w, "0", e.kind());
            attvalue(w, "1", e.predicate());
            attvalue(w, "2", e.role());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
    }

    /** Drops characters XML 1.0 cannot hold (the writer escapes the rest). */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF)
                sb.appendCodePoint(c);
        });
        return sb.toString();
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value == null) return;
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(xml(value));
        w.writeEndElement();
    }

    private static void attributes(XMLStreamWriter w, String cls, String... titles) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        for (int i = 0; i < titles.length; i++) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", Integer.toString(i));
            w.writeAttribute("title", titles[i]);
            w.writeAttribute("type", "string");
        }
        w.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter w, String forId, String value) throws XMLStreamException {
        if (value == null) return;
        w.writeEmptyElement("attvalue");
        w.writeAttribute("for", forId);
        w.writeAttribute("value", xml(value));
    }
}
