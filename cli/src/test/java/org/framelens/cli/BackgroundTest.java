package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A value made in the background is either taken (then the taker owns it) or closed with it. */
class BackgroundTest {
    /** A value that records whether it was closed. */
    private static final class Value implements Closeable {
        final AtomicBoolean closed = new AtomicBoolean();
        final String thread = Thread.currentThread().getName();

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void takeGivesTheValueMadeOnAnotherThreadAndCloseThenLeavesItOpen() throws IOException {
        Value taken;
        try (Background<Value> b = Background.start("maker", Value::new)) {
            taken = b.take();
            assertEquals("maker", taken.thread);
        }
        assertFalse(taken.closed.get(), "the taker owns it");
    }

    @Test
    void closeWithoutTakeWaitsForTheValueAndClosesIt() throws IOException, InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        Value[] made = new Value[1];
        Background<Value> b = Background.start("slow maker", () -> {
            go.await();
            made[0] = new Value();
            return made[0];
        });
        Thread release = new Thread(go::countDown);
        release.start();
        b.close(); // an early return: waits, then closes what was made
        release.join();
        assertTrue(made[0].closed.get());
    }

    @Test
    void takeRethrowsWhatMakingThrew() throws IOException {
        try (Background<Value> io = Background.start("io", () -> {
            throw new IOException("disk full");
        })) {
            assertEquals("disk full", assertThrows(IOException.class, io::take).getMessage());
        }
        try (Background<Value> unchecked = Background.start("unchecked", () -> {
            throw new UncheckedIOException(new IOException("no temp folder"));
        })) {
            assertEquals("no temp folder",
                    assertThrows(UncheckedIOException.class, unchecked::take).getCause().getMessage());
        }
        Background<Value> failed = Background.start("failed", () -> {
            throw new IllegalStateException("bug");
        });
        failed.close(); // nothing made, nothing to close, no exception
    }

    @Test
    void aValueIsTakenOnce() throws IOException {
        try (Background<Value> b = Background.start("once", Value::new)) {
            b.take();
            assertThrows(IllegalStateException.class, b::take);
        }
    }
}
