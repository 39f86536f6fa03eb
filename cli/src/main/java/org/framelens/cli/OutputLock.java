package org.framelens.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.framelens.model.Problem;

/**
 * The lock that keeps two runs from writing the same output folder: an operating-system lock
 * ({@link FileChannel#tryLock}) on {@code OUT/.framelens.lock}, held for the whole run. The
 * operating system releases it when the process ends, however it ends, so a run that was killed
 * never blocks the next one; the file itself may stay, and means nothing without the lock.
 *
 * <p>While the lock is held the file names its holder — {@code pid}, {@code host} and
 * {@code started} lines — so that a second run can say who it is waiting for; it is emptied when
 * the lock is released. A second run does not wait: it fails at once with {@link Busy}.
 *
 * <p>Within one JVM (tests, or an embedding program) a second acquisition of the same folder is
 * refused without opening the file again: closing a second channel on a locked file would release
 * the first one's lock (POSIX locks belong to the process).
 *
 * <p>Thread-safe to acquire from several threads; one instance is closed once, by its holder.
 */
final class OutputLock implements AutoCloseable {
    /** The lock file's name in OUT. */
    static final String FILE = ".framelens.lock";
    /** The prefix of a run's temporary folder in OUT. */
    static final String TEMP_PREFIX = ".framelens-tmp-";
    /** The prefix under which a run sets an old output folder aside, in its temporary folder. */
    static final String PREVIOUS_PREFIX = ".previous-";

    /**
     * The byte the lock covers: one far past the holder text, so that on systems whose locks are
     * mandatory (Windows) another run can still read who holds it.
     */
    static final long REGION = Long.MAX_VALUE - 1;

    /** The folders locked by this JVM, with their holder text. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path file;
    private final Path key;
    private final FileChannel channel;
    /** {@code null} when the file system supports no locks: the run goes on, with a warning. */
    private final FileLock lock;
    private final String unsupported;

    private OutputLock(Path file, Path key, FileChannel channel, FileLock lock, String unsupported) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.unsupported = unsupported;
    }

    /** Another run holds the lock. */
    static final class Busy extends Exception {
        private final Path file;
        private final String holder;

        Busy(Path file, String holder) {
            super(file + ": another framelens run is writing to this output folder (" + holder
                    + "); try again when it has finished");
            this.file = file;
            this.holder = holder;
        }

        /** @return the lock file */
        Path file() {
            return file;
        }

        /** @return who holds it, as {@code pid …, host …, started …}, or a note that this is unknown */
        String holder() {
            return holder;
        }
    }

    /**
     * Takes the lock on an output folder, creating the folder if needed.
     *
     * @param output the output folder
     * @param now    the run's start, written into the lock file
     * @return the lock, to be closed when the run is over
     * @throws Busy        when another run holds it
     * @throws IOException when the folder or the lock file cannot be created
     */
    static OutputLock acquire(Path output, Instant now) throws Busy, IOException {
        Files.createDirectories(output);
        Path file = output.resolve(FILE);
        Path key = output.toRealPath();
        long pid = ProcessHandle.current().pid();
        String host = host();
        Instant started = now.truncatedTo(ChronoUnit.SECONDS);
        String holder = "pid " + pid + ", host " + host + ", started " + started;
        if (HELD.putIfAbsent(key, holder) != null) {
            throw new Busy(file, HELD.getOrDefault(key, "holder unknown") + ", in this process");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            String unsupported = "";
            try {
                lock = channel.tryLock(REGION, 1, false);
                if (lock == null) {
                    throw new Busy(file, holderOf(channel));
                }
            } catch (OverlappingFileLockException e) {
                throw new Busy(file, holderOf(channel));
            } catch (IOException e) {
                // e.g. a network file system without lock support: running unlocked beats never running
                lock = null;
                unsupported = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid=" + pid + "\nhost=" + host + "\nstarted=" + started + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new OutputLock(file, key, channel, lock, unsupported);
        } catch (Busy | IOException | RuntimeException e) {
            HELD.remove(key);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    /** @return the lock file */
    Path file() {
        return file;
    }

    /** @return a warning when the file system could not lock the file and the run goes on unlocked */
    List<Problem> warnings() {
        return unsupported.isEmpty() ? List.of() : List.of(new Problem(Problem.Severity.WARNING, file.toString(),
                "the file system cannot lock this file (" + unsupported + "); nothing stops another run from"
                        + " writing the same output folder meanwhile"));
    }

    /**
     * Removes what runs killed earlier left in the output folder: their temporary folders. Safe
     * only under the lock, as no other run can be writing. A run killed while its outputs were
     * still being written left them incomplete: its folder is deleted, and the previous report
     * stays. A run killed while it moved its complete outputs in ({@link OutputCommit}) left a
     * mix of its outputs and the previous ones: its remaining outputs are moved in first, so the
     * folder holds its whole report.
     *
     * @return a note for each temporary folder removed, for the log and the Run sheet
     * @throws IOException when one cannot be removed
     */
    List<Problem> removeLeftovers() throws IOException {
        Path output = file.getParent();
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(output, TEMP_PREFIX + "*")) {
            dir.forEach(leftovers::add);
        }
        leftovers.sort(Comparator.naturalOrder());
        List<Problem> notes = new ArrayList<>();
        for (Path tmp : leftovers) {
            if (!Files.isDirectory(tmp)) {
                continue;
            }
            if (OutputCommit.isComplete(tmp)) {
                // killed while moving its finished outputs in: finish the moves, so OUT is one report
                int moved = OutputCommit.commit(tmp, output);
                deleteTree(tmp);
                notes.add(new Problem(Problem.Severity.WARNING, tmp.toString(),
                        "an earlier run was killed while it moved its finished report into place; moved the "
                                + moved + " output(s) it had not, so the folder holds that run's whole report"));
                continue;
            }
            try (DirectoryStream<Path> aside = Files.newDirectoryStream(tmp, PREVIOUS_PREFIX + "*")) {
                for (Path old : aside) {
                    Path home = output.resolve(old.getFileName().toString().substring(PREVIOUS_PREFIX.length()));
                    if (!Files.exists(home)) {
                        Files.move(old, home);
                    }
                }
            }
            deleteTree(tmp);
            notes.add(new Problem(Problem.Severity.WARNING, tmp.toString(),
                    "removed the temporary folder of an earlier run that did not finish (killed or crashed);"
                            + " its previous report was left as it was"));
        }
        return notes;
    }

    /** Releases the lock and empties the lock file, which says nothing once the run is over. */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // only the lock matters: a holder line left behind names a run that is over, nothing more
        } finally {
            try {
                if (lock != null) {
                    lock.release();
                }
            } finally {
                channel.close();
                HELD.remove(key);
            }
        }
    }

    /** How long a run that finds the lock held waits for its holder to write its name into it. */
    private static final long HOLDER_WAIT_MS = 2_000;

    /** @return the holder the lock file names, as one line */
    private static String holderOf(FileChannel channel) {
        try {
            String text = "";
            // the holder writes its name just after taking the lock: a run that comes in between
            // waits a moment for it rather than report an unnamed holder
            long deadline = System.nanoTime() + HOLDER_WAIT_MS * 1_000_000;
            while (true) {
                ByteBuffer buf = ByteBuffer.allocate(1024);
                channel.read(buf, 0);
                text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
                if (!value(text, "pid").isEmpty() || System.nanoTime() > deadline) {
                    break;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            String pid = value(text, "pid");
            String host = value(text, "host");
            String started = value(text, "started");
            if (pid.isEmpty() && host.isEmpty() && started.isEmpty()) {
                return "holder unknown: the lock file names none yet";
            }
            return "pid " + pid + ", host " + host + ", started " + started;
        } catch (IOException e) {
            return "holder unknown: " + e.getMessage();
        }
    }

    private static String value(String text, String key) {
        for (String line : text.split("\n")) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1).strip();
            }
        }
        return "";
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
