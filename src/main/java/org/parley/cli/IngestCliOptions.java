package org.parley.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Option;

import org.parley.pipeline.IngestOptions;
import org.parley.rdf.ParleyNamespaces;

/** Options of the commands that ingest articles. */
public final class IngestCliOptions {
    @Option(names = "--threads", paramLabel = "N", converter = PositiveInt.class, description = "Worker threads (default: the number of cores, at most 4).")
    Integer threads;

    @Option(names = "--lang", split = ",", paramLabel = "CODE",
            description = "Languages to accept, ISO 639-3 (default: eng); others are reported and skipped.")
    List<String> languages = List.of("eng");

    @Option(names = "--strict", description = "Stop at the first input that fails (exit code 1).")
    boolean strict;

    @Option(names = "--force", description = "Re-extract articles even when they have not changed.")
    boolean force;

    @Option(names = "--bulk", description = "Load a large corpus into an EMPTY store in one transaction at the end "
            + "(graphs wait in a compressed spool file in the store directory): far less disk than many commits.")
    boolean bulk;

    @Option(names = "--batch-articles", paramLabel = "N", converter = PositiveInt.class,
            description = "Articles committed in one write transaction at most (default: "
                    + org.parley.store.KnowledgeStore.BATCH_ARTICLES + "; a batch also ends at "
                    + org.parley.store.KnowledgeStore.BATCH_TRIPLES + " triples or "
                    + (org.parley.store.KnowledgeStore.BATCH_WINDOW_MILLIS / 1000) + " s). Fewer: the store shows "
                    + "articles sooner and a killed run loses fewer; more commits take more time and disk.")
    Integer batchArticles;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10MB", converter = ByteSize.class,
            description = "Largest file read, in bytes or with kB, MB, GB (default: ${DEFAULT-VALUE}); larger files are "
                    + "reported and skipped. For .jsonl files the limit applies to each line.")
    long maxFileBytes;

    @Option(names = "--follow-symlinks",
            description = "Follow symbolic links met inside directories (loops are reported and skipped).")
    boolean followSymlinks;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = ParleyNamespaces.DEFAULT_BASE,
            description = "Base IRI of the data (default: ${DEFAULT-VALUE}).")
    String base;

    IngestOptions toOptions() {
        int t = threads == null ? IngestOptions.defaults().threads() : threads;
        Set<String> langs = new LinkedHashSet<>(languages);
        IngestOptions.Batches b = IngestOptions.Batches.DEFAULT;
        if (batchArticles != null) b = new IngestOptions.Batches(batchArticles, b.triples(), b.windowMillis());
        return new IngestOptions(t, langs, force, strict, bulk, b);
    }

    org.parley.ingest.IngestOptions readerOptions() {
        return org.parley.ingest.IngestOptions.defaults().withMaxFileBytes(maxFileBytes).withFollowSymlinks(followSymlinks);
    }

    ParleyNamespaces namespaces() {
        return new ParleyNamespaces(base);
    }
}
