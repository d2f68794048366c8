package org.parley.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Lets at most {@code permits} requests run at once and queues the rest in order of arrival.
 *
 * <p>Without it, every concurrent request gets a server thread and the operating system shares the cores among
 * them all: with 32 clients on 2 cores each request advances in small slices between 31 others, and which ones
 * finish late is down to the scheduler, so the slowest percent wait several times the mean. Queued in arrival
 * order, a request waits for the ones before it and then runs with a core to itself: latencies cluster around the
 * mean and the cores switch between fewer threads.
 *
 * <p>A request waits its turn at most {@code maxWait}; after that it runs anyway, so that a few long queries, or
 * clients that read their results slowly while holding a turn, cannot hold everybody else up for longer than that.
 */
final class AdmissionFilter implements Filter {
    private final Semaphore turns;
    private final int permits;
    private final long maxWaitNanos;
    private final AtomicLong overtaken = new AtomicLong();

    AdmissionFilter(int permits, Duration maxWait) {
        if (permits < 1) throw new IllegalArgumentException("permits must be at least 1: " + permits);
        if (maxWait.isNegative()) throw new IllegalArgumentException("maxWait is negative: " + maxWait);
        this.permits = permits;
        this.turns = new Semaphore(permits, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for a turn", e);
        }
        if (!admitted) overtaken.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            if (admitted) turns.release();
        }
    }

    /** How many requests may run at once. */
    int permits() {
        return permits;
    }

    /** Requests waiting for their turn now. */
    int waiting() {
        return turns.getQueueLength();
    }

    /** Requests that ran without a turn because they had waited the longest wait allowed. */
    long overtaken() {
        return overtaken.get();
    }
}
