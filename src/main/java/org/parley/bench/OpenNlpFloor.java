package org.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.parley.ingest.ArticleReader;
import org.parley.ingest.ArticleSink;
import org.parley.ingest.IngestProblem;
import org.parley.model.Article;
import org.parley.model.TextSpan;
import org.parley.nlp.OpenNlpModels;

/**
 * The floor: the bare OpenNLP pass over the articles (sentence detection, tokenisation and POS tagging, nothing
 * else), read by the same {@link ArticleReader} and run on {@code threads} workers with one set of tools per
 * worker, as the pipeline does. Anything Parley does end to end costs at least this.
 */
final class OpenNlpFloor {
    private static final Article END = Article.of("\u0000end", "\u0000end", "");

    /** A floor run: articles and tokens processed and the wall-clock time. */
    record Result(int threads, long articles, long tokens, long nanos) {
        double articlesPerSecond() {
            return articles / (nanos / 1e9);
        }

        double tokensPerSecond() {
            return tokens / (nanos / 1e9);
        }
    }

    private OpenNlpFloor() {}

    static Result run(OpenNlpModels models, ArticleReader reader, Path corpus, int threads) throws InterruptedException {
        BlockingQueue<Article> queue = new ArrayBlockingQueue<>(threads * 4);
        AtomicLong articles = new AtomicLong(), tokens = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            Thread t = new Thread(() -> {
                SentenceDetectorME sentences = new SentenceDetectorME(models.sentences());
                TokenizerME tokenizer = new TokenizerME(models.tokens());
                POSTaggerME tagger = new POSTaggerME(models.pos(), POSTagFormat.UD);
                try {
                    while (true) {
                        Article a = queue.take();
                        if (a == END) return;
                        long n = 0;
                        for (TextSpan region : a.body()) {
                            String text = a.text().substring(region.begin(), region.end());
                            for (Span s : sentences.sentPosDetect(text)) {
                                String[] words = tokenizer.tokenize(text.substring(s.getStart(), s.getEnd()));
                                if (words.length == 0) continue;
                                tagger.tag(words);
                                n += words.length;
                            }
                        }
                        tokens.addAndGet(n);
                        articles.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "parley-bench-floor");
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        try {
            reader.read(List.of(corpus), new ArticleSink() {
                @Override
                public void article(Article a) {
                    try {
                        queue.put(a);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }

                @Override
                public void problem(IngestProblem p) {
                    // the same problems show in the end-to-end run's report
                }
            });
        } finally {
            for (int w = 0; w < threads; w++) queue.put(END);
        }
        for (Thread t : workers) t.join();
        return new Result(threads, articles.get(), tokens.get(), System.nanoTime() - start);
    }
}
