/**
 * RDF for Parley: the ontology's vocabulary ({@link org.parley.rdf.PARLEY}), IRI minting and the mapping of
 * an extracted article to its named graph ({@link org.parley.rdf.GraphMapper}).
 */
package org.parley.rdf;
