package org.parley.rdf.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.rdf.OntologyResources;

/**
 * Validates article graphs against Parley's SHACL shapes ({@code ontology/parley-shapes.ttl}).
 *
 * <p>SHACL's {@code sh:class} follows {@code rdfs:subClassOf} in the data graph, and Parley's graphs state
 * only the most specific classes; so each graph is validated together with the ontology's class hierarchy and
 * its SKOS concepts (a copy: the graph given is not changed).
 *
 * <pre>{@code
 * Validation v = GraphValidator.standard().validate(articleGraph.graph());
 * if (!v.conforms()) log.warn(v.summary(3));
 * }</pre>
 *
 * <p>A graph conforms when no result has severity {@code sh:Violation}; results of severity {@code sh:Warning}
 * (extraction left a fact incomplete) stay in the report but do not keep a graph out of the store.
 *
 * <p>{@link #validate} runs the shapes' SHACL Core constraints with Jena's SHACL engine and their
 * {@code sh:sparql} constraints as Java look-ups that return the same rows ({@code SparqlChecks}): Jena runs a
 * SPARQL query per focus node, which made those constraints about four fifths of the validation time. The
 * report is the one SHACL would give (same focus nodes, values, messages, source shapes and constraints).
 * A {@code sh:sparql} constraint whose query has no Java twin (say, one added or edited in the shapes file) is
 * run by SHACL as before. {@link #validateWithShacl} runs everything with SHACL, as the reference.
 *
 * Thread-safe.
 */
public final class GraphValidator {
    private static final Logger log = LoggerFactory.getLogger(GraphValidator.class);
    private static final Node SKOS_CONCEPT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#Concept");
    private static final Node SKOS_IN_SCHEME = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");

    private static final class Holder {
        static final GraphValidator STANDARD = new GraphValidator(OntologyResources.shapes(), OntologyResources.ontology());
    }

    private static final Node SH_SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");
    private static final Node SH_SELECT = NodeFactory.createURI("http://www.w3.org/ns/shacl#select");
    private static final Node SH_MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#message");

    /** A {@code sh:sparql} constraint of a shape that {@link #validate} evaluates in Java. */
    private record JavaConstraint(Shape shape, Constraint constraint, String message, SparqlChecks.Check check) {}

    /** All the shapes, for {@link #validateWithShacl}. */
    private final Shapes shapes;
    /** The shapes without the {@code sh:sparql} constraints in {@link #java}. */
    private final Shapes coreShapes;
    private final List<JavaConstraint> java;
    private final List<org.apache.jena.graph.Triple> background;

    /**
     * @param shapesGraph   the SHACL shapes
     * @param ontologyGraph the ontology whose class hierarchy and concepts are added to each graph validated
     */
    public GraphValidator(Graph shapesGraph, Graph ontologyGraph) {
        Objects.requireNonNull(shapesGraph, "shapesGraph");
        Objects.requireNonNull(ontologyGraph, "ontologyGraph");
        this.shapes = Shapes.parse(shapesGraph);
        List<JavaConstraint> inJava = new ArrayList<>();
        Graph core = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(core::add);
        for (org.apache.jena.graph.Triple t : shapesGraph.find(Node.ANY, SH_SPARQL, Node.ANY).toList()) {
            Shape shape = shapes.getShape(t.getSubject());
            String select = literal(shapesGraph, t.getObject(), SH_SELECT);
            String message = literal(shapesGraph, t.getObject(), SH_MESSAGE);
            if (shape == null || shape.deactivated() || select == null || message == null) continue;
            SparqlConstraint parsed = null;
            for (Constraint c : shape.getConstraints())
                if (c instanceof SparqlConstraint sc && message.equals(sc.getMessage())) parsed = sc;
            if (parsed == null) continue;
            Optional<SparqlChecks.Check> check = SparqlChecks.forQuery(select, parsed.getQuery());
            if (check.isEmpty()) {
                log.info("{}: a sh:sparql constraint without a Java evaluation ({}); SHACL runs it",
                        t.getSubject(), SparqlChecks.fingerprint(select));
                continue;
            }
            inJava.add(new JavaConstraint(shape, parsed, message, check.get()));
            core.delete(t);
        }
        this.java = List.copyOf(inJava);
        this.coreShapes = Shapes.parse(core);
        List<org.apache.jena.graph.Triple> bg = new ArrayList<>();
        ontologyGraph.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) bg.add(t);
        });
        ontologyGraph.find(Node.ANY, RDF.type.asNode(), SKOS_CONCEPT).forEachRemaining(bg::add);
        ontologyGraph.find(Node.ANY, SKOS_IN_SCHEME, Node.ANY).forEachRemaining(bg::add);
        this.background = List.copyOf(bg);
    }

    /** The validator for the shapes and ontology shipped with Parley. */
    public static GraphValidator standard() {
        return Holder.STANDARD;
    }

    /** How many of the shapes' {@code sh:sparql} constraints {@link #validate} evaluates in Java. */
    public int javaConstraints() {
        return java.size();
    }

    /** Validates a graph (not changed) against the shapes: SHACL Core by SHACL, the SPARQL constraints in Java. */
    public Validation validate(Graph data) {
        Objects.requireNonNull(data, "data");
        Graph g = withBackground(data);
        ValidationReport coreReport = ShaclValidator.get().validate(coreShapes, g);
        if (java.isEmpty()) return validation(coreReport);
        ValidationReport.Builder builder = ValidationReport.create();
        coreReport.getEntries().forEach(builder::addReportEntry);
        for (JavaConstraint jc : java) {
            for (Node focus : VLib.focusNodes(g, jc.shape())) {
                jc.check().check(g, focus, (value, vars) -> builder.addReportEntry(
                        SparqlChecks.message(jc.message(), vars), jc.shape(), focus, null,
                        value == null ? focus : value, jc.constraint()));
            }
        }
        return validation(builder.build());
    }

    /** Validates a graph (not changed) against the shapes with Jena's SHACL engine alone: the reference. */
    public Validation validateWithShacl(Graph data) {
        Objects.requireNonNull(data, "data");
        return validation(ShaclValidator.get().validate(shapes, withBackground(data)));
    }

    private Graph withBackground(Graph data) {
        Graph g = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(g::add);
        background.forEach(g::add);
        return g;
    }

    private static String literal(Graph g, Node s, Node p) {
        List<org.apache.jena.graph.Triple> ts = g.find(s, p, Node.ANY).toList();
        return ts.size() == 1 && ts.get(0).getObject().isLiteral() ? ts.get(0).getObject().getLiteralLexicalForm() : null;
    }

    private static Validation validation(ValidationReport report) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "" : " " + e.resultPath();
            String line = shortForm(e.focusNode()) + path + ": " + e.message();
            (e.severity() == Severity.Violation ? problems : warnings).add(line);
        }
        if (!warnings.isEmpty()) log.debug("{} warning(s), e.g. {}", warnings.size(), warnings.get(0));
        return new Validation(problems.isEmpty(), report.getGraph(), problems);
    }

    private static String shortForm(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
