/**
 * Resolution: from mentions to the entities they name, with stable keys so that the same real-world thing
 * gets the same IRI in every article ({@link org.parley.resolve.EntityResolver}); after ingest, store-wide
 * linking of people named by surname alone ({@link org.parley.resolve.CrossArticleLinker}) and of canonical
 * events that articles describe compatibly but not identically ({@link org.parley.resolve.EventLinker}).
 */
package org.parley.resolve;
