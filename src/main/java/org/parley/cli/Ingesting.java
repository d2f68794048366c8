package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.ingest.ArticleReader;
import org.parley.pipeline.IngestJob;
import org.parley.pipeline.IngestReport;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.ProgressListener;
import org.parley.store.KnowledgeStore;

/** The ingest step shared by {@code ingest} and {@code run}: runs the job, shows progress and the summary. */
final class Ingesting {
    private Ingesting() {}

    static IngestReport ingest(List<Path> inputs, KnowledgeStore store, IngestCliOptions opts, PrintWriter out,
                               PrintWriter err) throws InterruptedException {
        PipelineResources resources = PipelineResources.load(opts.namespaces());
        IngestJob job = new IngestJob(resources, store, opts.toOptions(), new ArticleReader(opts.readerOptions()));
        // a terminal gets a line redrawn in place; a log file or pipe a line now and then (a long run is not silent)
        ProgressListener progress = System.console() != null ? new TerminalProgress(err)
                : new LineProgress(err, LineProgress.EVERY_NANOS, System::nanoTime);
        IngestReport report = job.run(inputs, progress);
        if (progress instanceof TerminalProgress tp) tp.finish();
        summarize(report, out, err);
        return report;
    }

    /** Why {@code --bulk} cannot go into this store (it holds data), or {@code null}. */
    static String bulkProblem(IngestCliOptions opts, KnowledgeStore store, String where) {
        if (!opts.bulk || store.isEmpty()) return null;
        return "--bulk loads into an empty store, and " + where + " already holds data; ingest into it without --bulk, "
                + "or bulk-load into a new --db";
    }

    static void summarize(IngestReport r, PrintWriter out, PrintWriter err) {
        for (IngestReport.Skip s : r.skipped()) err.println("skipped " + printable(s.source()) + ": " + printable(s.reason()));
        out.printf(Locale.ROOT, "Ingested %d article%s (%d new, %d replaced, %d unchanged); skipped %d; "
                        + "%,d triples written to article graphs; %,d tokens; %.1f s%n",
                r.ingested(), r.ingested() == 1 ? "" : "s", r.added(), r.replaced(), r.unchanged(), r.skipped().size(),
                r.triples(), r.tokens(), r.elapsed().toMillis() / 1000.0);
        if (!r.stageMillis().isEmpty()) {
            StringBuilder sb = new StringBuilder("Time by stage (summed over workers):");
            for (Map.Entry<String, Long> e : r.stageMillis().entrySet())
                sb.append(String.format(Locale.ROOT, " %s %.1f s;", e.getKey(), e.getValue() / 1000.0));
            out.println(sb.substring(0, sb.length() - 1));
        }
        if (r.stopped()) err.println("Stopped at the first failure (--strict).");
        out.flush();
        err.flush();
    }

    /**
     * The text with control and formatting characters (line breaks, escape sequences, bidirectional overrides)
     * shown as {@code \\uXXXX}, so that a file name cannot break or disguise the one-line message about it.
     */
    static String printable(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean escape = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || (Character.isSurrogate(c) && !pairedAt(s, i));
            if (escape && sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (sb == null) continue;
            if (escape) sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            else sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    static int exitCode(IngestReport r) {
        return r.skipped().isEmpty() ? ParleyCli.OK : ParleyCli.SOME_FAILED;
    }

    /**
     * Progress for a log file or a pipe: a line on stderr when an article finishes at least {@code every} after the
     * start or the last line ({@code ingest: 12,000 articles done, 41.2/s (291.0 s)}), nothing else, so that a run
     * of hours writes a few hundred lines and a run of seconds none.
     */
    static final class LineProgress implements ProgressListener {
        /** Time between two lines: one minute. */
        static final long EVERY_NANOS = 60_000_000_000L;

        private final PrintWriter err;
        private final long every;
        private final java.util.function.LongSupplier clock;
        private final long start;
        private long last;

        LineProgress(PrintWriter err, long every, java.util.function.LongSupplier clock) {
            this.err = err;
            this.every = every;
            this.clock = clock;
            this.start = clock.getAsLong();
            this.last = start;
        }

        @Override
        public synchronized void progress(int done, String lastSource) {
            long now = clock.getAsLong();
            if (now - last < every) return;
            last = now;
            double secs = (now - start) / 1e9;
            err.printf(Locale.ROOT, "ingest: %,d article%s done, %.1f/s (%.1f s)%n", done, done == 1 ? "" : "s", done / secs, secs);
            err.flush();
        }
    }

    /** A one-line progress display for interactive terminals. */
    static final class TerminalProgress implements ProgressListener {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private volatile long lastPrint;

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void progress(int done, String lastSource) {
            long now = System.nanoTime();
            if (now - lastPrint < 100_000_000L) return;
            lastPrint = now;
            double secs = (now - start) / 1e9;
            String name = lastSource.length() > 40 ? "…" + lastSource.substring(lastSource.length() - 39) : lastSource;
            int filled = (int) (done % 21);
            String bar = "=".repeat(filled) + ">" + " ".repeat(20 - filled);
            err.printf(Locale.ROOT, "\r[%s] %,d done, %.1f/s  %-40s", bar, done, done / Math.max(secs, 0.001), name);
            err.flush();
        }

        void finish() {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
