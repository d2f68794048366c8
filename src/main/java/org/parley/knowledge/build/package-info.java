/**
 * Build-time tool that regenerates the gazetteer's TSV files from the shared Natural Earth and mledoze/countries
 * sources plus the project's hand-made supplement files. Not used at run time; see
 * {@code data/gazetteer/README.md} for how to run it.
 */
package org.parley.knowledge.build;
