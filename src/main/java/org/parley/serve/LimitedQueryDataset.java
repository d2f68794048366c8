package org.parley.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation with a result-size limit (the default for query endpoints without a processor of
 * their own, as in a configuration file; Parley's own endpoints use {@link DescribedQueryProcessor}, a subclass): a
 * SELECT, CONSTRUCT or DESCRIBE query without a
 * {@code LIMIT}, or with a larger one, is run with {@code LIMIT maxRows}, and the response says so in the header
 * {@value #HEADER}. Besides bounding the answer, this bounds the memory of {@code ORDER BY} (only the first rows
 * are kept) and {@code DISTINCT} (it stops after that many rows).
 *
 * <p>A query runs as in Fuseki (same parsing, validation, read transaction, timeouts, result formats and errors),
 * with two costs taken out of every request: a query text received before is not parsed again
 * ({@link ParsedQueries}), and the request's query is written out for the log only when Fuseki's action log is on
 * at INFO (Fuseki formats it for the log whether or not the log is on).
 */
class LimitedQueryDataset extends SPARQL_QueryDataset {
    /** Response header carrying the limit applied. */
    static final String HEADER = "Parley-Result-Limit";

    private final long maxRows;
    private final ParsedQueries parsed = new ParsedQueries();

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

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isBlank()) ServletOps.errorBadRequest(queryString.isEmpty() ? "Error: Empty query string" : "Error: Blank query string");
        boolean logging = action.log.isInfoEnabled();
        if (logging) action.log.info(String.format("[%d] Query = %s", action.id, ServletOps.formatForLog(queryString)));
        Query query = null;
        try {
            query = parsed.parse(queryString);
            validateQuery(action, query);
        } catch (ActionErrorException ex) {
            throw ex;
        } catch (QueryParseException ex) {
            String message = SPARQLProtocol.messageForParseException(ex);
            action.log.warn(String.format("[%d] %s", action.id, message));
            ServletOps.errorBadRequest("Parse error: \n" + queryString + "\n\r" + message);
        } catch (QueryException ex) {
            String message = SPARQLProtocol.messageForException(ex);
            action.log.warn(String.format("[%d] %s", action.id, message));
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n\r" + message);
        }
        // the text Fuseki hands on for its log and error lines: the query written out when logging, else as received
        String forLog = logging ? ServletOps.formatForLog(query.toString()) : queryString;
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, forLog);
            Query toRun = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = createQueryExec(action, toRun, chosen.getLeft())) {
                sendResults(action, executeQuery(action, exec, toRun, forLog), toRun.getPrologue());
            }
        } catch (QueryParseException ex) {
            // a late parse error, such as a bad text-search string
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n\r" + SPARQLProtocol.messageForException(ex));
        } catch (QueryCancelledException ex) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw ex;
        } finally {
            action.endRead();
        }
    }
}
