package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parley.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles from files and directories.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(IngestOptions.defaults());
 * reader.read(List.of(Path.of("data/articles"), Path.of("feed.jsonl")), sink);
 * }</pre>
 *
 * <p>Inputs are read in the order given. A directory is walked recursively in a fixed order (entries sorted
 * by name); hidden entries (names starting with {@code .}) are skipped, and so are files whose extension is
 * not among {@link IngestOptions#extensions()}. A file named directly must have one of those extensions.
 * The format follows the extension: {@code .txt} plain text, {@code .md} Markdown, {@code .html}/{@code .htm}
 * HTML, {@code .jsonl} JSON lines (one article per line, streamed).
 *
 * <p>Article keys: the article's URL when it has one; else, for a JSON line with an {@code id}, the file's
 * key, {@code #} and the id; else the file's key (plus {@code :line} for a JSON line). A file's key is its
 * path relative to the directory given as input, with {@code /} separators, or its file name when the file
 * itself was given. Source names are the paths as given (plus {@code :line} for JSON lines).
 *
 * <p>Nothing stops the run: a missing path, an empty, binary, oversized, undecodable or unreadable file, a
 * broken symbolic link, a symbolic link loop, or a bad JSON line is reported to
 * {@link ArticleSink#problem} and the rest is read. The same file or directory reached twice (through
 * links, or named twice) is read once.
 *
 * <p>Thread-safe: an instance holds only its immutable options, so several threads may call
 * {@link #read} at once (each with its own sink).
 */
public final class ArticleReader {
    private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);
    /** Symbolic link hops followed before a chain counts as a loop (as the Linux kernel does). */
    private static final int MAX_LINK_HOPS = 40;

    /** The file formats, by extension. */
    enum Format {
        TEXT, MARKDOWN, HTML, JSON_LINES;

        static Format of(String extension) {
            return switch (extension) {
                case "txt" -> TEXT;
                case "md" -> MARKDOWN;
                case "html", "htm" -> HTML;
                case "jsonl" -> JSON_LINES;
                default -> null;
            };
        }
    }

    /** Opens files for reading; a seam so that tests can simulate read errors. */
    @FunctionalInterface
    interface Opener {
        InputStream open(Path file) throws IOException;
    }

    private final IngestOptions options;
    private final Opener opener;

    /** A reader with {@link IngestOptions#defaults()}. */
    public ArticleReader() {
        this(IngestOptions.defaults());
    }

    public ArticleReader(IngestOptions options) {
        this(options, Files::newInputStream);
    }

    ArticleReader(IngestOptions options, Opener opener) {
        this.options = Objects.requireNonNull(options, "options");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    public IngestOptions options() {
        return options;
    }

    /**
     * Reads every input and reports each article and each problem to the sink, as they are found.
     *
     * @param inputs files and directories
     * @param sink   receives articles and problems
     */
    public void read(List<Path> inputs, ArticleSink sink) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(sink, "sink");
        Run run = new Run(sink);
        for (Path input : List.copyOf(inputs))
            readInput(input, run);
        log.info("Read {} article(s) with {} problem(s) from {} input(s)", run.articles, run.problems, inputs.size());
    }

    /** State of one call to {@link #read}: never shared between calls. */
    private static final class Run implements ArticleSink {
        private final ArticleSink sink;
        final Set<Path> seen = new HashSet<>();
        long articles;
        long problems;

        Run(ArticleSink sink) {
            this.sink = sink;
        }

        @Override
        public void article(Article a) {
            articles++;
            sink.article(a);
        }

        @Override
        public void problem(IngestProblem p) {
            problems++;
            log.debug("Problem: {}", p);
            sink.problem(p);
        }

        void problem(Path source, long line, String message) {
            problem(new IngestProblem(source.toString(), line, message));
        }
    }

    private void readInput(Path input, Run run) {
        if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
            run.problem(input, 0, "no such file or directory");
            return;
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(input, BasicFileAttributes.class);
        } catch (IOException e) {
            run.problem(input, 0, Files.isSymbolicLink(input) ? linkProblem(input) : "cannot read: " + reason(e));
            return;
        }
        if (attrs.isDirectory()) {
            Path real = realPath(input, run);
            if (real != null && run.seen.add(real)) {
                Deque<Path> ancestors = new ArrayDeque<>();
                ancestors.push(real);
                walk(input, input, ancestors, run);
            }
        } else if (attrs.isRegularFile()) {
            String ext = extension(input);
            Format format = options.extensions().contains(ext) ? Format.of(ext) : null;
            if (format == null) {
                run.problem(input, 0, "unsupported file type" + (ext.isEmpty() ? "" : " '." + ext + "'")
                        + "; readable extensions: " + new TreeSet<>(options.extensions()));
                return;
            }
            Path real = realPath(input, run);
            if (real != null && run.seen.add(real))
                readFile(input, input.getFileName().toString(), format, attrs.size(), run);
        } else {
            run.problem(input, 0, "not a regular file or directory");
        }
    }

    private void walk(Path root, Path dir, Deque<Path> ancestors, Run run) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds)
                children.add(p);
        } catch (IOException e) {
            run.problem(dir, 0, "cannot read directory: " + reason(e));
            return;
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith("."))
                continue;
            boolean link = Files.isSymbolicLink(child);
            if (link && !options.followSymlinks()) {
                log.debug("Not following symbolic link {}", child);
                continue;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class);
            } catch (IOException e) {
                run.problem(child, 0, link ? linkProblem(child) : "cannot read: " + reason(e));
                continue;
            }
            if (attrs.isDirectory()) {
                Path real = realPath(child, run);
                if (real == null)
                    continue;
                if (ancestors.contains(real)) {
                    run.problem(child, 0, "symbolic link loop: leads back to " + real);
                    continue;
                }
                if (!run.seen.add(real)) {
                    log.debug("Already read {}", real);
                    continue;
                }
                ancestors.push(real);
                walk(root, child, ancestors, run);
                ancestors.pop();
            } else if (attrs.isRegularFile()) {
                String ext = extension(child);
                Format format = options.extensions().contains(ext) ? Format.of(ext) : null;
                if (format == null)
                    continue;
                Path real = realPath(child, run);
                if (real == null || !run.seen.add(real))
                    continue;
                String key = root.relativize(child).toString().replace(child.getFileSystem().getSeparator(), "/");
                readFile(child, key, format, attrs.size(), run);
            } else {
                log.debug("Skipping {}: not a regular file", child);
            }
        }
    }

    private void readFile(Path file, String key, Format format, long size, Run run) {
        log.debug("Reading {} as {}", file, format);
        String source = file.toString();
        try (InputStream in = opener.open(file)) {
            if (format == Format.JSON_LINES) {
                JsonLinesFormat.read(in, key, source, options.maxFileBytes(), run);
                return;
            }
            if (size > options.maxFileBytes()) {
                run.problem(file, 0, "file is " + size + " bytes, over the limit of " + options.maxFileBytes()
                        + " bytes; skipped");
                return;
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, options.maxFileBytes() + 1));
            if (bytes.length > options.maxFileBytes()) {
                run.problem(file, 0, "file grew over the limit of " + options.maxFileBytes() + " bytes; skipped");
                return;
            }
            String decoded = TextDecoder.decode(bytes, format == Format.HTML);
            run.article(readText(format, key, source, decoded));
        } catch (BadInputException e) {
            run.problem(file, e.line(), e.getMessage());
        } catch (IOException e) {
            run.problem(file, 0, "cannot read: " + reason(e));
        }
    }

    /**
     * Builds the article from a whole decoded file (any format but JSON lines).
     *
     * @throws BadInputException when the text is blank or has no content
     */
    static Article readText(Format format, String key, String sourceName, String decoded) throws BadInputException {
        String text = TextNormalizer.normalize(decoded);
        if (text.isBlank())
            throw new BadInputException(decoded.isEmpty() ? "empty file" : "file contains only whitespace");
        Draft draft = switch (format) {
            case TEXT -> Draft.ofPlainText(text);
            case MARKDOWN -> MarkdownFormat.parse(text);
            case HTML -> HtmlFormat.parse(text);
            case JSON_LINES -> throw new IllegalArgumentException("JSON lines are read line by line");
        };
        return draft.toArticle(key, sourceName);
    }

    private static Path realPath(Path p, Run run) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            run.problem(p, 0, "cannot resolve path: " + reason(e));
            return null;
        }
    }

    /** Why a symbolic link cannot be followed: a loop, or a missing target. */
    static String linkProblem(Path link) {
        Set<Path> visited = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        for (int hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            if (!visited.add(current))
                return "symbolic link loop";
            if (!Files.isSymbolicLink(current))
                return Files.exists(current) ? "cannot follow symbolic link" : "broken symbolic link: " + current + " does not exist";
            try {
                Path target = Files.readSymbolicLink(current);
                Path parent = current.getParent();
                current = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
            } catch (IOException e) {
                return "cannot follow symbolic link: " + reason(e);
            }
        }
        return "symbolic link loop (more than " + MAX_LINK_HOPS + " links)";
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException)
            return "permission denied";
        if (e instanceof NoSuchFileException)
            return "no such file";
        if (e instanceof FileSystemException f && f.getReason() != null)
            return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
