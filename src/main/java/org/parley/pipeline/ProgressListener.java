package org.parley.pipeline;

/** Hears about each article as an ingest run finishes it. Called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    /** {@code done} articles (and skipped inputs) finished so far. */
    void progress(int done, String lastSource);

    ProgressListener NONE = (done, last) -> { };
}
