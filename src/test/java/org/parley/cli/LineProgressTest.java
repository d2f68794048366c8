package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The progress lines an ingest writes to a log file or pipe: one per interval, from the articles that finish. */
class LineProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLineWhenAnArticleFinishesAnIntervalAfterTheLastLine() {
        AtomicLong clock = new AtomicLong(5 * SECOND);   // any origin: times are from the start
        StringWriter out = new StringWriter();
        Ingesting.LineProgress p = new Ingesting.LineProgress(new PrintWriter(out), 60 * SECOND, clock::get);
        int done = 0;
        for (long t : new long[] {1, 30, 59, 64, 65, 100, 123, 124, 200}) {
            clock.set(5 * SECOND + t * SECOND);
            p.progress(++done, "a" + done + ".txt");
        }
        assertEquals(List.of(
                "ingest: 4 articles done, 0.1/s (64.0 s)",
                "ingest: 8 articles done, 0.1/s (124.0 s)",   // 123 s is 59 s after the first line
                "ingest: 9 articles done, 0.0/s (200.0 s)"), out.toString().lines().toList());
    }

    @Test
    void aRunShorterThanTheIntervalWritesNothing() {
        AtomicLong clock = new AtomicLong();
        StringWriter out = new StringWriter();
        Ingesting.LineProgress p = new Ingesting.LineProgress(new PrintWriter(out), 60 * SECOND, clock::get);
        for (int i = 1; i <= 1000; i++) {
            clock.addAndGet(SECOND / 20);
            p.progress(i, "x");
        }
        assertEquals("", out.toString());
    }
}
