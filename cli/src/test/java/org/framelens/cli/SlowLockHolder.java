package org.framelens.cli;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A child process for the lock tests: takes the lock of an output folder's lock file as a run
 * does, says {@code locked}, and writes its name into the file only after a delay (never, for a
 * negative one) — the moment between a run's taking the lock and naming itself, drawn out.
 */
public final class SlowLockHolder {
    private SlowLockHolder() {
    }

    /** @param args the output folder, the delay in milliseconds before the name is written */
    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]).resolve(OutputLock.FILE), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.truncate(0);
            channel.lock(OutputLock.REGION, 1, false);
            System.out.println("locked");
            System.out.flush();
            long delay = Long.parseLong(args[1]);
            if (delay >= 0) {
                Thread.sleep(delay);
                channel.write(ByteBuffer.wrap(("pid=" + ProcessHandle.current().pid() + "\nhost=h\nstarted=2026-03-04T05:06:07Z\n")
                        .getBytes(StandardCharsets.UTF_8)), 0);
            }
            Thread.sleep(60_000);
        }
    }
}
