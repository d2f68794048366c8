/**
 * Serving the knowledge graph: an embedded Apache Jena Fuseki server ({@link org.parley.serve.ParleyServer})
 * that publishes the TDB2 store read-only over the SPARQL protocols, with the Fuseki UI.
 *
 * <p>Endpoints, relative to the dataset name ({@code /parley} by default): SPARQL query at {@code sparql} and
 * {@code query}, Graph Store Protocol read-only at {@code get}. By default there is no update endpoint and no
 * write access to the graph store; when updates are allowed, SPARQL Update at {@code update} and the read-write
 * Graph Store Protocol at {@code data} need HTTP basic authentication ({@link org.parley.serve.Credentials}).
 * The default graph seen by queries is the union of the named graphs. Queries are bounded in time and result
 * size, requests in size; cross-origin requests may only read.
 * The administration area under {@code /$/} is read-only: it has what the UI needs to show the
 * dataset and nothing that creates, deletes, backs up or compacts a dataset.
 *
 * <p>Next to the SPARQL services: dereferenceable IRIs ({@link org.parley.serve.LinkedDataServlet}) and the
 * explorer page at {@code /explore} ({@link org.parley.serve.ExploreServlet}), a pure client of the SPARQL endpoint.
 */
package org.parley.serve;
