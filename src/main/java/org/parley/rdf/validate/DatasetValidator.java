package org.parley.rdf.validate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import org.parley.rdf.PARLEY;

/**
 * Validates every article graph of a dataset, one named graph at a time, as ingest does. Quarantine graphs
 * (those holding a {@link PARLEY#QuarantineRecord}) are counted, not validated.
 */
public final class DatasetValidator {
    private final GraphValidator validator;

    /**
     * A validator for the graphs of a store or of a dump. Each article graph is validated with the knowledge graph's
     * descriptions of the entities it names (see {@link org.parley.rdf.ArticleGraph}), as ingest validates it; the
     * knowledge graph itself is validated on its own.
     */
    public DatasetValidator(GraphValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** One named graph's result. */
    public record GraphResult(String graph, Validation validation) {}

    /** What a whole dataset's validation found. */
    public record Summary(int graphs, int conforming, int violating, int violations, int quarantined) {
        public boolean conforms() {
            return violating == 0;
        }
    }

    /** Validates each article graph, handing each result to {@code each} as it is found. */
    public Summary validate(DatasetGraph dsg, Consumer<GraphResult> each) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(each, "each");
        List<Node> names = Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(out::add);
            return out;
        });
        List<Node> knowledgeGraphs = names.stream().filter(org.parley.rdf.ArticleIris::isKnowledgeGraph).toList();
        int graphs = 0, ok = 0, bad = 0, violations = 0, quarantined = 0;
        Node record = PARLEY.QuarantineRecord.asNode();
        for (Node name : names) {
            Graph copy = GraphFactory.createDefaultGraph();
            boolean isQuarantine = Txn.calculateRead(dsg, () -> {
                if (dsg.find(name, Node.ANY, RDF.type.asNode(), record).hasNext()) return true;
                Iterator<org.apache.jena.sparql.core.Quad> it = dsg.find(name, Node.ANY, Node.ANY, Node.ANY);
                java.util.Set<Node> named = new java.util.HashSet<>();
                while (it.hasNext()) {
                    org.apache.jena.graph.Triple t = it.next().asTriple();
                    copy.add(t);
                    if (t.getObject().isURI()) named.add(t.getObject());
                    named.add(t.getSubject());
                }
                if (!knowledgeGraphs.contains(name))
                    for (Node kg : knowledgeGraphs)
                        for (Node n : named) dsg.find(kg, n, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
                return false;
            });
            if (isQuarantine) {
                quarantined++;
                continue;
            }
            graphs++;
            Validation v = validator.validate(copy);
            if (v.conforms()) ok++;
            else {
                bad++;
                violations += v.problems().size();
            }
            each.accept(new GraphResult(name.isURI() ? name.getURI() : name.toString(), v));
        }
        return new Summary(graphs, ok, bad, violations, quarantined);
    }

}
