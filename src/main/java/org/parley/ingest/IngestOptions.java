package org.parley.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How an {@link ArticleReader} treats its input.
 *
 * <pre>{@code
 * IngestOptions options = IngestOptions.defaults().withMaxFileBytes(1_000_000).withFollowSymlinks(true);
 * }</pre>
 *
 * @param maxFileBytes   files larger than this are reported and skipped without being read; for JSON-lines
 *                       files, which are streamed, the limit applies to each line instead of the whole file
 * @param followSymlinks whether symbolic links met while walking a directory are followed (a link named
 *                       directly as an input is always followed); loops are detected either way
 * @param extensions     the file name extensions read, lower case without the dot; each must be one of
 *                       {@link #SUPPORTED_EXTENSIONS}
 */
public record IngestOptions(long maxFileBytes, boolean followSymlinks, Set<String> extensions) {
    /** Ten megabytes. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** The extensions this package knows how to read. */
    public static final Set<String> SUPPORTED_EXTENSIONS = Set.of("txt", "md", "html", "htm", "jsonl");

    public IngestOptions {
        if (maxFileBytes <= 0)
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        Objects.requireNonNull(extensions, "extensions");
        Set<String> clean = new TreeSet<>();
        for (String e : extensions) {
            Objects.requireNonNull(e, "extension");
            String x = e.startsWith(".") ? e.substring(1) : e;
            x = x.toLowerCase(Locale.ROOT);
            if (!SUPPORTED_EXTENSIONS.contains(x))
                throw new IllegalArgumentException("unsupported extension '" + e + "'; supported: "
                        + new TreeSet<>(SUPPORTED_EXTENSIONS));
            clean.add(x);
        }
        if (clean.isEmpty())
            throw new IllegalArgumentException("extensions must not be empty");
        extensions = Set.copyOf(clean);
    }

    /** 10 MB per file, symbolic links inside directories not followed, all supported extensions. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES, false, SUPPORTED_EXTENSIONS);
    }

    public IngestOptions withMaxFileBytes(long bytes) {
        return new IngestOptions(bytes, followSymlinks, extensions);
    }

    public IngestOptions withFollowSymlinks(boolean follow) {
        return new IngestOptions(maxFileBytes, follow, extensions);
    }

    public IngestOptions withExtensions(Set<String> exts) {
        return new IngestOptions(maxFileBytes, followSymlinks, exts);
    }
}
