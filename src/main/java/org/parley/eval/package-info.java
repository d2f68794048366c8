/**
 * Measuring extraction against hand-annotated gold: {@link org.parley.eval.GoldSet} reads the gold JSON lines
 * of {@code data/eval/facts} (format in its {@code GUIDELINES.md}), {@link org.parley.eval.FactScorer} compares
 * what the pipeline extracted from each document with the gold and counts matches per category (entities,
 * relations, events, event arguments), {@link org.parley.eval.Scores} turns the counts into precision, recall
 * and F1.
 */
package org.parley.eval;
