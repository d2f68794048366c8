/**
 * Resolution: from mentions to the entities they name, with stable keys so that the same real-world thing
 * gets the same IRI in every article ({@link org.parley.resolve.EntityResolver}).
 */
package org.parley.resolve;
