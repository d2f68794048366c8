/**
 * Parley's TDB2 (or in-memory) store: one named graph per article, swapped in one transaction, and one knowledge
 * graph with the gazetteer's descriptions of the entities the articles name.
 */
package org.parley.store;
