/**
 * HTML documentation of the Parley ontology, generated from {@code ontology/parley.ttl} at build time
 * ({@link org.parley.rdf.doc.OntologyDoc}), and the XHTML escaping shared with the server's pages.
 */
package org.parley.rdf.doc;
