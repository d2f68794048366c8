package org.parley.store;

/** The store is held by another process. */
public final class StoreLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
