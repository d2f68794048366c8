/**
 * Language processing with the official OpenNLP English models: sentences, tokens with character offsets,
 * part-of-speech tags and lemmas ({@link org.parley.nlp.TextAnnotator}), and language detection.
 */
package org.parley.nlp;
