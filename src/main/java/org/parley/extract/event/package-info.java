/**
 * Event extraction: {@link org.parley.extract.event.RuleEventExtractor} reads typed events (talks, meetings,
 * calls, statements, demands, proposals, rejections, agreements, prisoner exchanges, releases, ceasefires,
 * attacks, sanctions, annexations, withdrawals, foundings of organisations) with their participants, place, time and numbers, using a
 * trigger lexicon shipped as the resource {@code org/parley/extract/event/triggers.tsv} and general patterns
 * over tokens, lemmas, part-of-speech tags and resolved mentions. Reported speech is kept apart from fact:
 * the content of a demand or proposal is an event with status demanded or proposed.
 */
package org.parley.extract.event;
