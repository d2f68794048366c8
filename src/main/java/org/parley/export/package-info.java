/**
 * Exports of the knowledge graph for other tools: RDF dumps (N-Quads, TriG, Turtle, JSON-LD), GraphML and GEXF
 * networks of entities and events ({@link org.parley.export.GraphView}), and CSV tables
 * ({@link org.parley.export.CsvTables}). {@link org.parley.export.Exporter} is the entry point.
 */
package org.parley.export;
