/**
 * The {@code parley} command line: thin picocli commands over the pipeline, the store and the server.
 * Output goes through picocli's writers; exit codes are listed in {@link org.parley.cli.ParleyCli}.
 */
package org.parley.cli;
