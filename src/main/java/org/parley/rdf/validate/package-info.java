/**
 * Validation of Parley's graphs against its SHACL shapes ({@code ontology/parley-shapes.ttl}):
 * {@link org.parley.rdf.validate.GraphValidator} checks one article graph and returns a
 * {@link org.parley.rdf.validate.Validation} with the report. It runs the shapes' SHACL Core constraints with
 * Jena's SHACL engine and evaluates their {@code sh:sparql} constraints in Java ({@code SparqlChecks}), with the
 * same results as SHACL's SPARQL engine; {@code GraphValidator.validateWithShacl} is the all-SHACL reference.
 */
package org.parley.rdf.validate;
