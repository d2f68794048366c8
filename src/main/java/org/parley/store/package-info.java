/** Parley's TDB2 (or in-memory) store: one named graph per article, swapped in one transaction. */
package org.parley.store;
