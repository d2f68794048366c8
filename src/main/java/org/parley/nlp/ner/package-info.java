/**
 * Parley's English name finder: reading and cleaning the GMB/VOA training corpus, word clusters computed from
 * its text, training an OpenNLP {@code NameFinderME} model with a custom feature generator, the rules that run
 * with the model, and scoring any span finder on a CoNLL file.
 *
 * <p>Entity types are the OpenNLP type strings {@link org.parley.nlp.ner.NerTypes#PERSON},
 * {@link org.parley.nlp.ner.NerTypes#LOCATION} and {@link org.parley.nlp.ner.NerTypes#ORGANIZATION}.
 */
package org.parley.nlp.ner;
