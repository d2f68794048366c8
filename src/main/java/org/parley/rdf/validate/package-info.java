/**
 * Validation of Parley's graphs against its SHACL shapes ({@code ontology/parley-shapes.ttl}):
 * {@link org.parley.rdf.validate.GraphValidator} checks one article graph and returns a
 * {@link org.parley.rdf.validate.Validation} with the report.
 */
package org.parley.rdf.validate;
