package org.framelens.cli;

/**
 * The exit codes of every framelens command, as documented in {@code --help} and the README.
 */
public final class ExitCode {
    /** Everything was processed. */
    public static final int OK = 0;
    /** The run finished, but some inputs failed; each is listed on stderr and in the Run sheet. */
    public static final int SOME_FAILED = 1;
    /** Usage or configuration error: nothing was read. */
    public static final int USAGE = 2;
    /** Nothing could be processed (no readable article, or the output could not be written). */
    public static final int NOTHING_PROCESSED = 3;

    private ExitCode() {
    }
}
