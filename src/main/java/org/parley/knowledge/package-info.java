/**
 * Background knowledge: a gazetteer of states, territories, alliances and intergovernmental organisations,
 * organisations, first-level regions and cities, with their names, abbreviations, demonyms, capitals and seats of
 * government, plus titles of office. Loaded once from the TSV files of {@code data/gazetteer/} (copied into the jar)
 * by {@link org.parley.knowledge.Gazetteer}.
 */
package org.parley.knowledge;
