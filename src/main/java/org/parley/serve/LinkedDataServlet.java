package org.parley.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

import org.parley.rdf.JsonLd;
import org.parley.rdf.OntologyResources;
import org.parley.rdf.PARLEY;
import org.parley.rdf.ParleyNamespaces;
import org.parley.rdf.doc.Html;
import org.parley.rdf.doc.OntologyDoc;

/**
 * Makes Parley's IRIs dereferenceable. A local server answers at each IRI's own path: with the default base
 * {@code https://w3id.org/parley/}, {@code https://w3id.org/parley/id/…} is served at {@code /parley/id/…}, next
 * to the SPARQL services of the {@code /parley} dataset, so the same IRIs work once the base resolves to a
 * public Parley server.
 *
 * <ul>
 *   <li>{@code BASE/id/…}: an entity, event, article, sentence, mention or article graph, described from the
 *       store (triples about it, triples pointing at it, labels of its neighbours) in Turtle, N-Triples, JSON-LD,
 *       RDF/XML or as an HTML page with the source sentences and the mention marked;</li>
 *   <li>{@code BASE/id/dataset} and {@code /.well-known/void}: the VoID description with current statistics;</li>
 *   <li>{@code BASE/context.jsonld}: the JSON-LD context Parley's JSON-LD refers to;</li>
 *   <li>{@code /parley/ontology} (and its version IRI): the ontology in each RDF format, or its HTML
 *       documentation generated at build time; {@code /parley/shapes}: the SHACL shapes.</li>
 * </ul>
 * The format is chosen by the {@code Accept} header (content negotiation) or a {@code format} parameter
 * ({@code ttl}, {@code nt}, {@code jsonld}, {@code rdf}, {@code html}). Responses carry {@code Vary: Accept}.
 *
 * <pre>{@code
 * ParleyServer.Builder b = ParleyServer.builder().dataset(dsg);
 * LinkedDataServlet.install(b, dsg, ParleyNamespaces.defaults());
 * }</pre>
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dsg;
    private final transient ParleyNamespaces ns;
    private final transient PrefixMapping prefixes;
    private final transient VoidDescription voidDescription;
    private final String basePath;
    private final String ontologyPath;
    private final String shapesPath;
    private final String versionPath;

    LinkedDataServlet(DatasetGraph dsg, ParleyNamespaces ns) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
        this.ns = Objects.requireNonNull(ns, "ns");
        this.prefixes = ns.prefixes();
        this.voidDescription = new VoidDescription(dsg, ns);
        this.basePath = URI.create(ns.base()).getRawPath();
        this.ontologyPath = URI.create(PARLEY.ONTOLOGY_IRI).getRawPath();
        this.shapesPath = URI.create(PARLEY.SHAPES_IRI).getRawPath();
        org.apache.jena.graph.Node version = OntologyResources.ontology().find(org.apache.jena.graph.NodeFactory.createURI(PARLEY.ONTOLOGY_IRI),
                org.apache.jena.vocabulary.OWL.versionIRI.asNode(), org.apache.jena.graph.Node.ANY).next().getObject();
        this.versionPath = URI.create(version.getURI()).getRawPath();
    }

    /** Registers the linked-data paths of {@code ns} on a server builder. */
    public static void install(ParleyServer.Builder builder, DatasetGraph dsg, ParleyNamespaces ns) {
        Objects.requireNonNull(builder, "builder");
        LinkedDataServlet s = new LinkedDataServlet(dsg, ns);
        builder.addServlet(s.basePath + "id/*", s);
        builder.addServlet(s.basePath + "context.jsonld", s);
        builder.addServlet(s.ontologyPath, s);
        builder.addServlet(s.ontologyPath + "/*", s);
        builder.addServlet(s.shapesPath, s);
        builder.addServlet("/.well-known/void", s);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        String server = serverUrl(req);
        if (path.equals("/.well-known/void") || path.equals(basePath + "id/dataset")) {
            rdf(req, resp, voidDescription.graph(server), server);
        } else if (path.equals(basePath + "context.jsonld")) {
            RdfResponses.send(resp, "application/ld+json", JsonLd.context(prefixes).toString().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(ontologyPath) || path.equals(versionPath)) {
            ontology(req, resp, server);
        } else if (path.equals(shapesPath)) {
            shapes(req, resp, server);
        } else if (path.startsWith(basePath + "id/")) {
            resource(req, resp, ns.base() + path.substring(basePath.length()), server);
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void resource(HttpServletRequest req, HttpServletResponse resp, String iri, String server) throws IOException {
        ConNeg.Format f = RdfResponses.format(req);
        if (f == null) {
            RdfResponses.notAcceptable(resp);
            return;
        }
        ResourceDescription d = ResourceDescription.of(dsg, iri);
        if (d.isEmpty()) {
            resp.setHeader("Vary", "Accept");
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is known about " + iri);
            return;
        }
        if (f == ConNeg.Format.HTML) {
            RdfResponses.send(resp, "text/html", ResourcePage.render(d, prefixes, this::href).getBytes(StandardCharsets.UTF_8));
        } else {
            RdfResponses.write(resp, d.graph(), f, prefixes, contextUrl());
        }
    }

    private void ontology(HttpServletRequest req, HttpServletResponse resp, String server) throws IOException {
        ConNeg.Format f = RdfResponses.format(req);
        if (f == null) {
            RdfResponses.notAcceptable(resp);
        } else if (f == ConNeg.Format.HTML) {
            RdfResponses.send(resp, "text/html", ontologyHtml());
        } else if (f == ConNeg.Format.TURTLE) {
            RdfResponses.send(resp, "text/turtle", OntologyResources.bytes("parley.ttl"));
        } else {
            RdfResponses.write(resp, OntologyResources.ontology(), f, prefixes, contextUrl());
        }
    }

    private void shapes(HttpServletRequest req, HttpServletResponse resp, String server) throws IOException {
        ConNeg.Format f = RdfResponses.format(req);
        if (f == null) {
            RdfResponses.notAcceptable(resp);
        } else if (f == ConNeg.Format.HTML) {
            String ttl = new String(OntologyResources.bytes("parley-shapes.ttl"), StandardCharsets.UTF_8);
            String page = Html.head("Parley shapes", null) + "<h1>Parley shapes</h1>\n<p class=\"iri\">" + Html.esc(PARLEY.SHAPES_IRI)
                    + "</p>\n<p>The SHACL shapes every Parley article graph satisfies (<a href=\"?format=ttl\">Turtle</a>).</p>\n<pre>"
                    + Html.esc(ttl) + "</pre>\n" + Html.foot();
            RdfResponses.send(resp, "text/html", page.getBytes(StandardCharsets.UTF_8));
        } else if (f == ConNeg.Format.TURTLE) {
            RdfResponses.send(resp, "text/turtle", OntologyResources.bytes("parley-shapes.ttl"));
        } else {
            RdfResponses.write(resp, OntologyResources.shapes(), f, prefixes, contextUrl());
        }
    }

    private void rdf(HttpServletRequest req, HttpServletResponse resp, Graph g, String server) throws IOException {
        ConNeg.Format f = RdfResponses.format(req);
        if (f == null) RdfResponses.notAcceptable(resp);
        else if (f == ConNeg.Format.HTML) {
            ResourceDescription d = new ResourceDescription(voidDescription.datasetIri(), g, java.util.List.of());
            RdfResponses.send(resp, "text/html", ResourcePage.render(d, prefixes, this::href).getBytes(StandardCharsets.UTF_8));
        } else RdfResponses.write(resp, g, f, prefixes, contextUrl());
    }

    /** The ontology's HTML documentation: generated at build time; generated now if the build did not. */
    private static byte[] ontologyHtml() {
        try {
            return OntologyResources.bytes("parley.html");
        } catch (IllegalStateException e) {
            org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(OntologyResources.ontology());
            return OntologyDoc.html(m).getBytes(StandardCharsets.UTF_8);
        }
    }

    private String contextUrl() {
        return ns.base() + "context.jsonld";
    }

    /** Links in HTML pages: Parley's own IRIs (data, ontology) by their local path, others as they are. */
    String href(String iri) {
        if (iri.startsWith(ns.base())) return basePath + iri.substring(ns.base().length());
        if (iri.startsWith(PARLEY.ONTOLOGY_IRI)) return ontologyPath + iri.substring(PARLEY.ONTOLOGY_IRI.length());
        if (iri.startsWith(PARLEY.SHAPES_IRI)) return shapesPath + iri.substring(PARLEY.SHAPES_IRI.length());
        return iri;
    }

    private static String serverUrl(HttpServletRequest req) {
        StringBuffer url = req.getRequestURL();
        String uri = req.getRequestURI();
        return url.substring(0, url.length() - uri.length());
    }
}
