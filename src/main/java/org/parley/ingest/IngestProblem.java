package org.parley.ingest;

import java.util.Objects;

/**
 * Something wrong with one input: a file that cannot be read, or one line of a JSON-lines file that cannot
 * be used. The rest of the input is still read.
 *
 * @param source  the file as named by the caller (or as found under a directory given by the caller)
 * @param line    the 1-based line the problem is on, or {@code 0} when it concerns the whole file
 * @param message what is wrong, in plain words
 */
public record IngestProblem(String source, long line, String message) {
    public IngestProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        if (line < 0)
            throw new IllegalArgumentException("line must be >= 0: " + line);
    }

    @Override
    public String toString() {
        return line == 0 ? source + ": " + message : source + ":" + line + ": " + message;
    }
}
