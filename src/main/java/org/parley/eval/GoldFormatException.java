package org.parley.eval;

/** A gold file that cannot be read or does not follow the format; the message starts with {@code file:line}. */
public final class GoldFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public GoldFormatException(String message) {
        super(message);
    }

    public GoldFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
