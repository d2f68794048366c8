package org.parley.rdf.doc;

import static org.parley.rdf.doc.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import org.parley.rdf.PARLEY;

/**
 * Generates the HTML documentation of the Parley ontology from {@code ontology/parley.ttl}: the metadata a
 * reviewer looks for, the reused vocabularies, and one section per class, property and code list, anchored by
 * local name so that a term IRI ({@code …/ontology#Person}) lands on its section. The build runs {@link #main}
 * (exec-maven-plugin, {@code process-classes}); the server serves the result at the ontology IRI.
 */
public final class OntologyDoc {
    private static final Property VANN_PREFIX = ModelFactory.createDefaultModel().createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix");
    private static final Property VANN_URI = ModelFactory.createDefaultModel().createProperty("http://purl.org/vocab/vann/preferredNamespaceUri");

    private OntologyDoc() {}

    /** {@code OntologyDoc ONTOLOGY.ttl OUTPUT.html}: writes the documentation. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: OntologyDoc ONTOLOGY.ttl OUTPUT.html");
        Model m = RDFDataMgr.loadModel(args[0]);
        Path out = Path.of(args[1]);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.writeString(out, html(m), StandardCharsets.UTF_8);
    }

    /** The documentation page. */
    public static String html(Model m) {
        Objects.requireNonNull(m, "m");
        Resource o = m.getResource(PARLEY.ONTOLOGY_IRI);
        String title = str(o, DCTerms.title, "The Parley ontology");
        StringBuilder sb = new StringBuilder(64 * 1024);
        StringBuilder alt = new StringBuilder();
        for (String[] f : FORMATS)
            alt.append("<link rel=\"alternate\" type=\"").append(f[0]).append("\" href=\"?format=").append(f[1]).append("\"/>\n");
        sb.append(Html.head(title, alt.toString()));
        sb.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<table>\n");
        row(sb, "IRI", code(PARLEY.ONTOLOGY_IRI));
        Resource version = o.getPropertyResourceValue(OWL.versionIRI);
        if (version != null) row(sb, "Version IRI", code(version.getURI()));
        row(sb, "Version", esc(str(o, OWL.versionInfo, "")));
        row(sb, "Created", esc(str(o, DCTerms.created, "")));
        row(sb, "Modified", esc(str(o, DCTerms.modified, "")));
        row(sb, "Creators", esc(all(o, DCTerms.creator)));
        Resource licence = o.getPropertyResourceValue(DCTerms.license);
        if (licence != null) row(sb, "Licence", "<a href=\"" + esc(licence.getURI()) + "\">" + esc(licence.getURI()) + "</a>");
        row(sb, "Preferred prefix", "<code>" + esc(str(o, VANN_PREFIX, "")) + "</code>");
        row(sb, "Namespace", code(str(o, VANN_URI, "")));
        row(sb, "Shapes", "<a href=\"shapes\">" + esc(PARLEY.SHAPES_IRI) + "</a>");
        StringBuilder fl = new StringBuilder();
        for (String[] f : FORMATS)
            fl.append("<a href=\"?format=").append(f[1]).append("\">").append(esc(f[2])).append("</a> ");
        row(sb, "Download", fl.toString().trim());
        sb.append("</table>\n</header>\n");
        sb.append("<section id=\"abstract\">\n<h2>Description</h2>\n<p>").append(esc(str(o, DCTerms.description, ""))).append("</p>\n");
        String note = str(o, SKOS.note, null);
        if (note != null) sb.append("<p>").append(esc(note)).append("</p>\n");
        sb.append("</section>\n");

        sb.append("<section id=\"namespaces\">\n<h2>Namespaces</h2>\n<table>\n<tr><th>prefix</th><th>namespace</th></tr>\n");
        m.getNsPrefixMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> sb.append("<tr><td><code>").append(esc(e.getKey())).append("</code></td><td>").append(code(e.getValue())).append("</td></tr>\n"));
        sb.append("</table>\n</section>\n");

        List<Resource> classes = terms(m, OWL.Class);
        List<Resource> objectProps = terms(m, OWL.ObjectProperty);
        List<Resource> dataProps = terms(m, OWL.DatatypeProperty);
        List<Resource> annotationProps = terms(m, OWL.AnnotationProperty);
        List<Resource> schemes = terms(m, SKOS.ConceptScheme);

        sb.append("<nav id=\"contents\">\n<h2>Contents</h2>\n");
        index(sb, "Classes", classes);
        index(sb, "Object properties", objectProps);
        index(sb, "Datatype properties", dataProps);
        index(sb, "Annotation properties", annotationProps);
        index(sb, "Code lists", schemes);
        sb.append("</nav>\n");

        section(sb, m, "Classes", "classes", classes);
        section(sb, m, "Object properties", "object-properties", objectProps);
        section(sb, m, "Datatype properties", "datatype-properties", dataProps);
        section(sb, m, "Annotation properties", "annotation-properties", annotationProps);

        sb.append("<section id=\"code-lists\">\n<h2>Code lists</h2>\n");
        for (Resource s : schemes) {
            sb.append("<section class=\"term\" id=\"").append(esc(local(s))).append("\">\n<h3>").append(esc(str(s, SKOS.prefLabel, local(s))))
                    .append("</h3>\n<p class=\"iri\">").append(esc(s.getURI())).append("</p>\n<p>").append(esc(str(s, SKOS.definition, "")))
                    .append("</p>\n<table>\n<tr><th>code</th><th>label</th><th>broader</th><th>definition</th></tr>\n");
            List<Resource> concepts = m.listSubjectsWithProperty(SKOS.inScheme, s).toList();
            concepts.sort(Comparator.comparing(OntologyDoc::local));
            for (Resource c : concepts) {
                Resource broader = c.getPropertyResourceValue(SKOS.broader);
                sb.append("<tr id=\"").append(esc(local(c))).append("\"><td><code>").append(esc(str(c, SKOS.notation, local(c))))
                        .append("</code></td><td>").append(esc(str(c, SKOS.prefLabel, ""))).append("</td><td>")
                        .append(broader == null ? "" : ref(broader)).append("</td><td>").append(esc(str(c, SKOS.definition, "")))
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n</section>\n");
        }
        sb.append("</section>\n");
        sb.append("<footer><p class=\"muted\">Generated by Parley (org.parley.rdf.doc.OntologyDoc) from ontology/parley.ttl.</p></footer>\n");
        sb.append(Html.foot());
        return sb.toString();
    }

    /** Media type, format parameter, name. */
    private static final String[][] FORMATS = {
            {"text/turtle", "ttl", "Turtle"}, {"application/n-triples", "nt", "N-Triples"},
            {"application/ld+json", "jsonld", "JSON-LD"}, {"application/rdf+xml", "rdf", "RDF/XML"}};

    private static List<Resource> terms(Model m, Resource type) {
        List<Resource> out = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(PARLEY.NS)) out.add(r);
        });
        out.sort(Comparator.comparing(OntologyDoc::local));
        return out;
    }

    private static void index(StringBuilder sb, String heading, List<Resource> terms) {
        if (terms.isEmpty()) return;
        sb.append("<p><strong>").append(esc(heading)).append(":</strong> ");
        List<String> links = new ArrayList<>();
        for (Resource r : terms) links.add("<a href=\"#" + esc(local(r)) + "\">" + esc(local(r)) + "</a>");
        sb.append(String.join(", ", links)).append("</p>\n");
    }

    private static void section(StringBuilder sb, Model m, String heading, String id, List<Resource> terms) {
        if (terms.isEmpty()) return;
        sb.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading)).append("</h2>\n");
        for (Resource r : terms) {
            sb.append("<section class=\"term\" id=\"").append(esc(local(r))).append("\">\n<h3>").append(esc(str(r, RDFS.label, local(r))))
                    .append("</h3>\n<p class=\"iri\">").append(esc(r.getURI())).append("</p>\n<p>").append(esc(str(r, RDFS.comment, "")))
                    .append("</p>\n<table>\n");
            refs(sb, "Subclass of", r, RDFS.subClassOf);
            List<Resource> subs = m.listSubjectsWithProperty(RDFS.subClassOf, r).toList();
            if (!subs.isEmpty()) row(sb, "Subclasses", joinRefs(subs));
            refs(sb, "Sub-property of", r, RDFS.subPropertyOf);
            List<Resource> subProps = m.listSubjectsWithProperty(RDFS.subPropertyOf, r).toList();
            if (!subProps.isEmpty()) row(sb, "Sub-properties", joinRefs(subProps));
            refs(sb, "Inverse of", r, OWL.inverseOf);
            refs(sb, "Domain", r, RDFS.domain);
            refs(sb, "Range", r, RDFS.range);
            refs(sb, "Close match", r, SKOS.closeMatch);
            refs(sb, "Typical codes", r, PARLEY.typicalCode);
            sb.append("</table>\n</section>\n");
        }
        sb.append("</section>\n");
    }

    private static void refs(StringBuilder sb, String heading, Resource r, Property p) {
        List<Resource> vs = new ArrayList<>();
        for (Statement st : r.listProperties(p).toList()) {
            RDFNode o = st.getObject();
            if (o.isURIResource()) vs.add(o.asResource());
        }
        if (!vs.isEmpty()) row(sb, heading, joinRefs(vs));
    }

    private static String joinRefs(List<Resource> rs) {
        List<String> out = new ArrayList<>();
        rs.stream().sorted(Comparator.comparing(Resource::getURI)).forEach(r -> out.add(ref(r)));
        return String.join(", ", out);
    }

    /** A link: within the page for Parley's terms, to the IRI for others. */
    private static String ref(Resource r) {
        String iri = r.getURI();
        String shown = r.getModel() == null ? iri : r.getModel().shortForm(iri);
        String href = iri.startsWith(PARLEY.NS) ? "#" + local(r) : iri;
        return "<a href=\"" + esc(href) + "\">" + esc(shown) + "</a>";
    }

    private static void row(StringBuilder sb, String head, String valueHtml) {
        sb.append("<tr><th>").append(esc(head)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private static String code(String iri) {
        return "<code>" + esc(iri) + "</code>";
    }

    private static String local(Resource r) {
        String iri = r.getURI();
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    private static String str(Resource r, Property p, String dflt) {
        Statement st = r.getProperty(p);
        if (st == null) return dflt;
        RDFNode o = st.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.asResource().getURI();
    }

    private static String all(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(st -> out.add(st.getObject().isLiteral() ? st.getString() : st.getResource().getURI()));
        return String.join(", ", out);
    }
}
