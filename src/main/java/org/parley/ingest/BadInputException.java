package org.parley.ingest;

/** A file or record that cannot become an article; becomes an {@link IngestProblem}. */
final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;

    BadInputException(String message) {
        this(0, message);
    }

    BadInputException(long line, String message) {
        super(message);
        this.line = line;
    }

    /** 1-based line, or 0 for the whole input. */
    long line() {
        return line;
    }
}
