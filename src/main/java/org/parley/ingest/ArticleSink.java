package org.parley.ingest;

import org.parley.model.Article;

/**
 * Receives what an {@link ArticleReader} finds: each article as soon as it is read, and each problem.
 * Calls come from the thread that called {@link ArticleReader#read}, in input order.
 */
public interface ArticleSink {
    /** One article read from the input. */
    void article(Article article);

    /** One input (or one line of it) that could not be turned into an article. */
    void problem(IngestProblem problem);
}
