/**
 * Extraction: finding the names (and, later, the relations and events) in annotated articles.
 * {@link org.parley.extract.MentionFinder} is the contract; {@link org.parley.extract.ProperNameFinder} is
 * the first implementation (proper-name chunks typed with the gazetteer).
 */
package org.parley.extract;
