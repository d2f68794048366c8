package org.parley.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

import org.parley.rdf.JsonLd;

/** Writing a graph as the HTTP response in the negotiated format (RDF formats only). */
final class RdfResponses {
    private RdfResponses() {}

    /**
     * The format asked for: a {@code format} parameter wins over the Accept header. Null when nothing offered is
     * acceptable.
     */
    static ConNeg.Format format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null && !f.isBlank()) return ConNeg.Format.byExtension(f.strip());
        return ConNeg.choose(req.getHeader("Accept"));
    }

    static void notAcceptable(HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                "Available: text/turtle, application/n-triples, application/ld+json, application/rdf+xml, text/html");
    }

    /** Writes {@code g} as Turtle, N-Triples, JSON-LD (with the published context) or RDF/XML. */
    static void write(HttpServletResponse resp, Graph g, ConNeg.Format format, PrefixMapping pm, String contextUrl) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        switch (format) {
            case TURTLE -> RDFDataMgr.write(out, withPrefixes(g, pm), RDFFormat.TURTLE_PRETTY);
            case NTRIPLES -> RDFDataMgr.write(out, g, RDFFormat.NTRIPLES);
            case RDFXML -> RDFDataMgr.write(out, withPrefixes(g, pm), RDFFormat.RDFXML_PLAIN);
            case JSONLD -> out.writeBytes(JsonLd.write(g, pm, contextUrl).getBytes(StandardCharsets.UTF_8));
            case HTML -> throw new IllegalArgumentException("HTML is not an RDF format");
        }
        send(resp, format.mediaType, out.toByteArray());
    }

    static void send(HttpServletResponse resp, String mediaType, byte[] body) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        boolean text = mediaType.startsWith("text/") || mediaType.endsWith("+json") || mediaType.endsWith("+xml")
                || mediaType.equals("application/n-triples") || mediaType.endsWith("/json");
        resp.setContentType(mediaType + (text ? "; charset=utf-8" : ""));
        resp.setHeader("Vary", "Accept");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static Graph withPrefixes(Graph g, PrefixMapping pm) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        // only the prefixes the graph uses, so small descriptions stay readable
        pm.getNsPrefixMap().forEach((p, ns) -> {
            boolean used = copy.find().filterKeep(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(ns)
                    || t.getPredicate().getURI().startsWith(ns)
                    || t.getObject().isURI() && t.getObject().getURI().startsWith(ns)
                    || t.getObject().isLiteral() && t.getObject().getLiteralDatatypeURI().startsWith(ns)).hasNext();
            if (used) copy.getPrefixMapping().setNsPrefix(p, ns);
        });
        return copy;
    }
}
