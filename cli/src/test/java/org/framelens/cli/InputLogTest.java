package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.model.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's inputs set aside on disk come back as they were appended, as often as asked. */
class InputLogTest {
    @TempDir
    Path dir;

    @Test
    void givesBackWhatWasAppendedInOrderEveryTime() throws IOException {
        List<RunInfo.Input> written = new ArrayList<>();
        written.add(new RunInfo.Input("s1", "o1", "corpus/s1/o1.txt", "ab" + "0".repeat(62), "ok"));
        written.add(new RunInfo.Input("s1", "o2", "corpus/s1/o2.html", "", "failed"));
        // non-ASCII, empty and very long values (past DataOutput.writeUTF's 65,535 bytes)
        written.add(new RunInfo.Input("störy – ü", "", "dir/" + "é".repeat(40_000) + ".txt", "", "warning"));
        try (InputLog log = new InputLog(dir.resolve("inputs"))) {
            log.add(written.get(0));
            // read while still appending: what was appended so far
            assertEquals(written.subList(0, 1), list(log));
            log.add(written.get(1));
            log.add(written.get(2));
            assertEquals(3, log.size());
            assertEquals(written, list(log));
            assertEquals(written, list(log));
            // a RunInfo keeps the log as it is, not a copy
            RunInfo info = new RunInfo("t", "v", java.time.Instant.EPOCH, log, List.of(), List.of());
            assertEquals(written, list(info.inputs()));
        }
    }

    @Test
    void anEmptyLogHasNoInputs() throws IOException {
        try (InputLog log = new InputLog(dir.resolve("none"))) {
            assertFalse(log.iterator().hasNext());
            assertEquals(0, log.size());
        }
    }

    private static List<RunInfo.Input> list(Iterable<RunInfo.Input> inputs) {
        List<RunInfo.Input> out = new ArrayList<>();
        inputs.forEach(out::add);
        return out;
    }
}
