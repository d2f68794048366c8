package org.parley.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query operation with a result-size limit (the default for query endpoints without a processor of
 * their own, as in a configuration file; Parley's own endpoints use {@link DescribedQueryProcessor}, which applies
 * the same limit): a SELECT, CONSTRUCT or DESCRIBE query without a
 * {@code LIMIT}, or with a larger one, is run with {@code LIMIT maxRows}, and the response says so in the header
 * {@value #HEADER}. Besides bounding the answer, this bounds the memory of {@code ORDER BY} (only the first rows
 * are kept) and {@code DISTINCT} (it stops after that many rows).
 */
final class LimitedQueryDataset extends SPARQL_QueryDataset {
    /** Response header carrying the limit applied. */
    static final String HEADER = "Parley-Result-Limit";

    private final long maxRows;

    LimitedQueryDataset(long maxRows) {
        if (maxRows < 1) throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        limit(action, query, maxRows);
    }

    /** Applies the limit to a query about to run, and says so in the response when it does. */
    static void limit(HttpAction action, Query query, long maxRows) {
        if (query.isSelectType() || query.isConstructType() || query.isDescribeType()) {
            if (!query.hasLimit() || query.getLimit() > maxRows) {
                query.setLimit(maxRows);
                action.getResponse().setHeader(HEADER, Long.toString(maxRows));
            }
        }
    }
}
