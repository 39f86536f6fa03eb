package org.framelens.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A closeable value made on a thread of its own while the caller goes on with other work — at
 * start-up, the workbook (loading and initialising POI's classes is a quarter of a small run) is
 * made while the codebook is read. The caller either {@link #take}s the value, and then owns it, or
 * {@link #close}s this, which waits for the value and closes it, so an early return leaves nothing
 * open (the workbook's temporary files).
 *
 * <p>The value is made on a daemon thread, so a failed run never waits for it on exit. One owner:
 * {@link #take} and {@link #close} are called from one thread.
 *
 * @param <T> what is made
 */
final class Background<T extends Closeable> implements Closeable {
    private final FutureTask<T> task;
    private boolean taken;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /**
     * @param name the thread's name
     * @param make makes the value
     * @param <T>  what is made
     * @return the value in the making
     */
    static <T extends Closeable> Background<T> start(String name, Callable<T> make) {
        FutureTask<T> task = new FutureTask<>(make);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /**
     * Waits for the value; from here on the caller owns it (and closes it).
     *
     * @return the value
     * @throws IOException what making it threw (unchecked exceptions and errors are rethrown as they were)
     */
    T take() throws IOException {
        if (taken) {
            throw new IllegalStateException("already taken");
        }
        taken = true;
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a value made in the background");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** Closes the value unless it was taken (waiting for it first); a failure to make it is ignored here. */
    @Override
    public void close() throws IOException {
        if (taken) {
            return;
        }
        taken = true;
        T value;
        try {
            value = task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            return; // nothing was made, nothing to close
        }
        value.close();
    }
}
