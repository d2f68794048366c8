/**
 * Serving the knowledge graph: an embedded Apache Jena Fuseki server ({@link org.parley.serve.ParleyServer})
 * that publishes the TDB2 store read-only over the SPARQL protocols, with the Fuseki UI.
 *
 * <p>Endpoints, relative to the dataset name ({@code /parley} by default): SPARQL query at {@code sparql} and
 * {@code query}, Graph Store Protocol read-only at {@code get}. There is no update endpoint and no
 * write access to the graph store; the default graph seen by queries is the union of the named graphs.
 * The administration area under {@code /$/} is read-only: it has what the UI needs to show the
 * dataset and nothing that creates, deletes, backs up or compacts a dataset.
 */
package org.parley.serve;
