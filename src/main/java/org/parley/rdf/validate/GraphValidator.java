package org.parley.rdf.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
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
 * Thread-safe.
 */
public final class GraphValidator {
    private static final Logger log = LoggerFactory.getLogger(GraphValidator.class);
    private static final Node SKOS_CONCEPT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#Concept");
    private static final Node SKOS_IN_SCHEME = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");

    private static final class Holder {
        static final GraphValidator STANDARD = new GraphValidator(OntologyResources.shapes(), OntologyResources.ontology());
    }

    private final Shapes shapes;
    private final List<org.apache.jena.graph.Triple> background;

    /**
     * @param shapesGraph   the SHACL shapes
     * @param ontologyGraph the ontology whose class hierarchy and concepts are added to each graph validated
     */
    public GraphValidator(Graph shapesGraph, Graph ontologyGraph) {
        Objects.requireNonNull(shapesGraph, "shapesGraph");
        Objects.requireNonNull(ontologyGraph, "ontologyGraph");
        this.shapes = Shapes.parse(shapesGraph);
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

    public Validation validate(Graph data) {
        Objects.requireNonNull(data, "data");
        Graph g = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(g::add);
        background.forEach(g::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
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
