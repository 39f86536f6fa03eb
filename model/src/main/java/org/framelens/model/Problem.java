package org.framelens.model;

import java.util.Objects;

/**
 * Something wrong or noteworthy about one input: what the user reads in the log and in the
 * workbook's Run sheet. Immutable and thread-safe.
 *
 * @param severity how bad it is: an {@code ERROR} means the input was not processed
 * @param path     the input it concerns, as the user named it
 * @param reason   what is wrong, in plain words
 */
public record Problem(Severity severity, String path, String reason) {
    /** How bad a problem is. */
    public enum Severity {
        /** Worth knowing with {@code --verbose}; nothing was lost. */
        INFO,
        /** The input was processed, but not quite as given (e.g. decoded as Windows-1252). */
        WARNING,
        /** The input could not be processed. */
        ERROR
    }

    /** Validates that no component is null. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** @return {@code "path: reason"}, the form every message uses */
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
