package org.parley.rdf.validate;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;

/**
 * The outcome of validating one graph against Parley's shapes.
 *
 * @param conforms whether the graph satisfies every shape
 * @param report   the SHACL validation report as RDF ({@code sh:ValidationReport} and its results)
 * @param problems one line per violation: focus node, path and message
 */
public record Validation(boolean conforms, Graph report, List<String> problems) {
    public Validation {
        Objects.requireNonNull(report, "report");
        problems = List.copyOf(problems);
    }

    /** The first few problems on one line, for logs and run summaries. */
    public String summary(int max) {
        if (problems.isEmpty()) return "conforms";
        String head = String.join("; ", problems.subList(0, Math.min(max, problems.size())));
        return problems.size() + " violation" + (problems.size() == 1 ? "" : "s") + ": " + head
                + (problems.size() > max ? "; …" : "");
    }
}
