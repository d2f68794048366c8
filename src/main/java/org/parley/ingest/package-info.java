/**
 * Ingest: turns input files into {@link org.parley.model.Article} records.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(IngestOptions.defaults());
 * reader.read(List.of(Path.of("data/articles")), sink);   // sink receives articles and problems
 * }</pre>
 *
 * <p>The public surface is {@link org.parley.ingest.ArticleReader}, {@link org.parley.ingest.ArticleSink},
 * {@link org.parley.ingest.IngestOptions}, {@link org.parley.ingest.IngestProblem} and
 * {@link org.parley.ingest.ArticleIdentity}; everything else is package-private machinery:
 * byte decoding ({@code TextDecoder}), text normalisation ({@code TextNormalizer}), one reader per format
 * ({@code PlainTextFormat}, {@code MarkdownFormat}, {@code HtmlFormat}, {@code JsonLinesFormat}), and the
 * shared line analysis that finds the headline, masthead and date lines ({@code HeaderAnalyzer}), keeps
 * boilerplate out of the body ({@code Boilerplate}) and builds the article ({@code Draft}).
 *
 * <p>Every format is reduced to a list of lines. The stored article text is those lines joined by
 * {@code '\n'}; the body is the set of content lines (or, for hard-wrapped plain text, content paragraphs),
 * so all offsets are exact offsets into the stored text by construction.
 *
 * <p>Decisions worth knowing downstream:
 * <ul>
 *   <li>The stored text is the normalised file for plain text and JSON lines, and the rendered text for
 *       Markdown and HTML (markup removed, boilerplate that is not page chrome kept as lines outside the body).</li>
 *   <li>The headline line, masthead, date line and byline are outside the body: they are in the article's
 *       fields, and title-case headlines would only confuse sentence splitting and name finding.</li>
 *   <li>Each content line is its own body region (a paragraph per line, as news files are written), except
 *       in hard-wrapped plain text, where a region is a paragraph of consecutive lines.</li>
 *   <li>Em and en dashes are kept as they are, also between words ({@code progress—most}); the English
 *       tokenizer model does not split there, so the language layer must split tokens at U+2013/U+2014.</li>
 * </ul>
 */
package org.parley.ingest;
