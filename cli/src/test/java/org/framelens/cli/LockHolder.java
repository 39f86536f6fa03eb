package org.framelens.cli;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A child process for the lock tests: takes the output lock of the folder it is given, says
 * {@code locked} on stdout, and holds it until it is killed (or for a minute at most).
 */
public final class LockHolder {
    private LockHolder() {
    }

    /** @param args the output folder */
    public static void main(String[] args) throws Exception {
        try (OutputLock lock = OutputLock.acquire(Path.of(args[0]), Instant.parse("2026-03-04T05:06:07Z"))) {
            System.out.println("locked " + lock.file());
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
