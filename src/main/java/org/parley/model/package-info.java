/**
 * Parley's immutable values: articles, text spans, sentences and tokens, mentions, entities and the
 * per-article graph. Records check their own arguments; nothing here does I/O.
 */
package org.parley.model;
