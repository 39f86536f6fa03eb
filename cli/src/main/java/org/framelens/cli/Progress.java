package org.framelens.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on stderr, in articles written.
 *
 * <ul>
 *   <li>{@link Mode#BAR} (stderr is a terminal): one line redrawn in place with a carriage return,
 *       at most every {@value #BAR_EVERY_MS} ms, and wiped at the end so the summary line stands
 *       alone: {@code framelens: [#######.............] 35% 3,500/10,000 articles, 12 s}.</li>
 *   <li>{@link Mode#LINES} (a log file, cron, CI): a plain line each time a further tenth of the
 *       articles is done or {@value #LINE_EVERY_S} s have passed since the last line, whichever
 *       comes first: {@code framelens: 4,000/10,000 articles, 12 s}.</li>
 *   <li>{@link Mode#OFF} ({@code --quiet}): nothing.</li>
 * </ul>
 * Nothing is shown in the first {@value #QUIET_START_MS} ms, so a short run prints no progress at
 * all. Once the articles are done, each later phase of a long run (summary sheets and charts, the
 * workbook) is named as it starts ({@link #phase}), so a log never falls silent for minutes
 * without saying why. Prints only to the writer it is given (the command's error writer).
 *
 * <p>Not thread-safe: the run's writing thread reports to it.
 */
final class Progress {
    /** How progress is shown. */
    enum Mode {
        /** Nothing. */
        OFF,
        /** A bar redrawn in place: for a terminal. */
        BAR,
        /** Plain lines now and then: for a log. */
        LINES
    }

    /** The system property by which the launcher says whether stderr is a terminal. */
    static final String STDERR_TTY_PROPERTY = "framelens.stderr.tty";
    /** A run shorter than this shows no progress. */
    static final long QUIET_START_MS = 5_000;
    /** Redraw interval of the bar. */
    static final long BAR_EVERY_MS = 250;
    /** Longest interval between two progress lines. */
    static final long LINE_EVERY_S = 10;
    private static final int BAR_WIDTH = 24;
    private static final long NEVER = -1_000_000_000L;

    private final PrintWriter err;
    private final Mode mode;
    private long total;
    private final LongSupplier nanos;
    private final long start;
    private long done;
    /** When progress was last shown, in ms from the start; "long ago" at first (never overflowing). */
    private long lastShown = NEVER;
    private long lastTenth;
    private int drawnWidth;
    private boolean shown;
    /** What the run does after its articles, {@code ""} while it reads them. */
    private String phase = "";

    /**
     * @param err   where to print
     * @param mode  how
     * @param total articles the run will go through
     * @param nanos a clock in nanoseconds ({@link System#nanoTime} outside tests)
     */
    Progress(PrintWriter err, Mode mode, long total, LongSupplier nanos) {
        this.err = err;
        this.mode = mode;
        this.total = Math.max(0, total);
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /** @return progress that shows nothing */
    static Progress off() {
        return new Progress(new PrintWriter(java.io.Writer.nullWriter()), Mode.OFF, 0, () -> 0L);
    }

    /**
     * Whether the process's stderr is a terminal, which {@link System#console()} does not say (it
     * looks at stdin and stdout: {@code framelens run … > log} keeps a terminal on stderr, and
     * {@code 2> log} sends stderr to a file while stdout stays on the terminal). The launcher
     * tests {@code [ -t 2 ]} and passes the answer as the system property
     * {@value #STDERR_TTY_PROPERTY}; without it (a bare {@code java -jar}), Linux's
     * {@code /proc/self/fd/2} link says where stderr goes; elsewhere the console is the guess.
     *
     * @return whether a bar redrawn in place would be seen as one
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty(STDERR_TTY_PROPERTY);
        if (told != null && !told.isBlank()) {
            return Boolean.parseBoolean(told.strip());
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * @param quiet    {@code --quiet}
     * @param terminal whether stderr is a terminal
     * @return the mode for them
     */
    static Mode mode(boolean quiet, boolean terminal) {
        return quiet ? Mode.OFF : terminal ? Mode.BAR : Mode.LINES;
    }

    /** @param total articles the run will go through, once the input is scanned */
    void total(long total) {
        this.total = Math.max(0, total);
    }

    /** @param articles articles just finished (read and written, or failed) */
    void advance(long articles) {
        done = Math.min(total, done + articles);
        if (mode == Mode.OFF) {
            return;
        }
        long now = elapsedMillis();
        if (now < QUIET_START_MS) {
            return;
        }
        if (mode == Mode.BAR) {
            if (now - lastShown >= BAR_EVERY_MS || done == total) {
                draw(now);
            }
            return;
        }
        long tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth > lastTenth || now - lastShown >= LINE_EVERY_S * 1000) {
            line(now);
        }
    }

    /**
     * Clears the bar before something else is printed on stderr; the next {@link #advance}
     * draws it again.
     */
    void clear() {
        if (mode == Mode.BAR && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
            lastShown = NEVER;
        }
    }

    /**
     * Names what a long run does once its articles are done: a line of its own, or the bar's
     * tail. Nothing in the first {@value #QUIET_START_MS} ms, as for the counts.
     *
     * @param what the phase, e.g. "writing the workbook"
     */
    void phase(String what) {
        if (mode == Mode.OFF) {
            return;
        }
        if (mode == Mode.LINES && shown && lastTenth < 10) {
            // the articles' last line first, so the log shows they are all done
            line(elapsedMillis());
        }
        phase = what;
        long now = elapsedMillis();
        if (now < QUIET_START_MS) {
            return;
        }
        if (mode == Mode.BAR) {
            draw(now);
        } else {
            line(now);
        }
    }

    /** The run is over: wipes the bar, or prints the last line when lines were shown. */
    void finish() {
        if (mode == Mode.BAR) {
            clear();
        } else if (mode == Mode.LINES && shown && lastTenth < 10 && phase.isEmpty()) {
            line(elapsedMillis());
        }
    }

    private void draw(long now) {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        int filled = total == 0 ? BAR_WIDTH : (int) (done * BAR_WIDTH / total);
        String text = String.format(Locale.ROOT, "framelens: [%s%s] %3d%% %s, %s%s",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), percent, counts(), seconds(now), tail());
        // pad over a longer previous line; never print a line end, so the bar stays on one line
        String padded = text.length() < drawnWidth ? text + " ".repeat(drawnWidth - text.length()) : text;
        err.print("\r" + padded);
        err.flush();
        drawnWidth = text.length();
        lastShown = now;
        shown = true;
    }

    private void line(long now) {
        err.println("framelens: " + counts() + ", " + seconds(now) + tail());
        err.flush();
        lastShown = now;
        lastTenth = total == 0 ? 10 : done * 10 / total;
        shown = true;
    }

    /** @return {@code "; " + phase}, or nothing while the articles are read */
    private String tail() {
        return phase.isEmpty() ? "" : "; " + phase;
    }

    private String counts() {
        return String.format(Locale.ROOT, "%,d/%,d articles", done, total);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%,d s", millis / 1000);
    }

    private long elapsedMillis() {
        return (nanos.getAsLong() - start) / 1_000_000;
    }
}
