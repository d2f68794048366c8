package org.parley.serve;

import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * The Fuseki {@code /$/datasets} admin action restricted to reading: GET lists the datasets (the Fuseki UI
 * uses it), while POST (create a dataset, change its state) and DELETE (remove it) are refused with 405.
 */
final class ReadOnlyDatasetsAction extends ActionDatasets {

    @Override
    protected void performPost(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST");
    }

    @Override
    protected void performDelete(HttpAction action) {
        ServletOps.errorMethodNotAllowed("DELETE");
    }
}
