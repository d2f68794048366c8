/**
 * Runs articles through the stages (ingest → nlp → extract → resolve → rdf) on worker threads and into the
 * store. {@link org.parley.pipeline.ArticlePipeline} maps one article to one graph with no shared mutable
 * state; {@link org.parley.pipeline.IngestJob} drives a whole run.
 */
package org.parley.pipeline;
