package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.framelens.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The output lock: one holder at a time, the holder named, released when its process dies. */
class OutputLockTest {
    @TempDir
    Path dir;

    static final Instant T = Instant.parse("2026-01-02T03:04:05.999Z");

    /** @return a child JVM running {@code main} with the test classpath */
    static ProcessBuilder java(Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    @Test
    void aSecondHolderInTheSameProcessIsRefusedAndTheFileNamesTheHolder() throws Exception {
        Path out = dir.resolve("out");
        try (OutputLock lock = OutputLock.acquire(out, T)) {
            String text = Files.readString(lock.file(), StandardCharsets.UTF_8);
            assertTrue(text.contains("pid=" + ProcessHandle.current().pid() + "\n"), text);
            assertTrue(text.contains("started=2026-01-02T03:04:05Z\n"), text);
            OutputLock.Busy busy = assertThrows(OutputLock.Busy.class, () -> OutputLock.acquire(out, T));
            assertEquals(out.resolve(OutputLock.FILE), busy.file());
            assertTrue(busy.getMessage().startsWith(out.resolve(OutputLock.FILE) + ": another framelens run is writing"
                    + " to this output folder (pid " + ProcessHandle.current().pid() + ", host "), busy.getMessage());
            assertTrue(busy.getMessage().contains("started 2026-01-02T03:04:05Z"), busy.getMessage());
            // the same folder by another spelling is the same lock
            assertThrows(OutputLock.Busy.class, () -> OutputLock.acquire(out.resolve("..").resolve("out"), T));
        }
        assertEquals("", Files.readString(out.resolve(OutputLock.FILE)), "emptied on release");
        try (OutputLock again = OutputLock.acquire(out, T)) {
            assertTrue(again.warnings().isEmpty());
        }
    }

    @Test
    void anotherProcessIsNamedAndItsLockDiesWithIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Process child = java(LockHolder.class, out.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked " + out.resolve(OutputLock.FILE), r.readLine());
            OutputLock.Busy busy = assertThrows(OutputLock.Busy.class, () -> OutputLock.acquire(out, T));
            assertTrue(busy.holder().startsWith("pid " + child.pid() + ", host "), busy.holder());
            assertTrue(busy.holder().endsWith(", started 2026-03-04T05:06:07Z"), busy.holder());
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        // killed: the file is still there, naming the dead holder, but the lock is gone with the process
        assertFalse(Files.readString(out.resolve(OutputLock.FILE)).isEmpty());
        try (OutputLock lock = OutputLock.acquire(out, T)) {
            assertTrue(Files.readString(lock.file()).contains("pid=" + ProcessHandle.current().pid()));
        }
    }

    @ParameterizedTest(name = "name written after {0} ms")
    @ValueSource(longs = {400, -1})
    void aHolderThatHasNotNamedItselfYetIsWaitedFor(long delay) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Process child = java(SlowLockHolder.class, out.toString(), Long.toString(delay)).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", r.readLine());
            OutputLock.Busy busy = assertThrows(OutputLock.Busy.class, () -> OutputLock.acquire(out, T));
            if (delay >= 0) {
                assertEquals("pid " + child.pid() + ", host h, started 2026-03-04T05:06:07Z", busy.holder());
            } else {
                assertEquals("holder unknown: the lock file names none yet", busy.holder());
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void leftoversOfAKilledRunAreRemovedAndAnOutputSetAsideIsPutBack() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path tmp1 = Files.createDirectories(out.resolve(OutputLock.TEMP_PREFIX + "1"));
        Files.writeString(tmp1.resolve("sentences.csv"), "half written");
        // killed between moving the old csv/ aside and moving the new one in
        Path tmp2 = Files.createDirectories(out.resolve(OutputLock.TEMP_PREFIX + "2"));
        Files.createDirectories(tmp2.resolve(OutputLock.PREVIOUS_PREFIX + "csv"));
        Files.writeString(tmp2.resolve(OutputLock.PREVIOUS_PREFIX + "csv").resolve("measures.csv"), "old");
        // killed after both moves: the old charts/ must not replace the new ones
        Files.createDirectories(out.resolve("charts"));
        Files.writeString(out.resolve("charts").resolve("a.png"), "new");
        Files.createDirectories(tmp2.resolve(OutputLock.PREVIOUS_PREFIX + "charts"));
        Files.writeString(out.resolve("report.xlsx"), "report");

        List<Problem> notes;
        try (OutputLock lock = OutputLock.acquire(out, T)) {
            notes = lock.removeLeftovers();
        }

        assertEquals(List.of(tmp1.toString(), tmp2.toString()), notes.stream().map(Problem::path).toList());
        assertTrue(notes.get(0).reason().contains("did not finish"), notes.get(0).reason());
        assertFalse(Files.exists(tmp1));
        assertFalse(Files.exists(tmp2));
        assertEquals("old", Files.readString(out.resolve("csv").resolve("measures.csv")));
        assertEquals("new", Files.readString(out.resolve("charts").resolve("a.png")));
        assertEquals("report", Files.readString(out.resolve("report.xlsx")));
    }

    @Test
    void anOutputThatCannotBeAFolderIsAnIoError() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThrows(IOException.class, () -> OutputLock.acquire(file, T));
        assertThrows(IOException.class, () -> OutputLock.acquire(file, T), "nothing held after a failure");
    }
}
