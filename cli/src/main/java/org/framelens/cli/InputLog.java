package org.framelens.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.framelens.model.RunInfo;

/**
 * The run's inputs (path, story, outlet, SHA-256, status) for the Run sheet and {@code run.json},
 * set aside in a file as the stories are written instead of kept in memory: what a run keeps per
 * input no longer grows with the corpus. Appended in processing order, then read back, as often as
 * needed, in the same order ({@link #iterator()}: each iteration reads the file from the start).
 *
 * <p>Not thread-safe: one writer, and no iteration while appending (each {@link #iterator()}
 * flushes what was appended so far).
 */
final class InputLog implements Iterable<RunInfo.Input>, Closeable {
    private final Path file;
    private final DataOutputStream out;
    private long size;

    /**
     * @param file where to keep the inputs (created or replaced; the caller deletes it, e.g. with
     *             the run's temporary folder)
     * @throws IOException when it cannot be created
     */
    InputLog(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /**
     * @param input one input, after those appended before
     * @throws IOException when it cannot be written
     */
    void add(RunInfo.Input input) throws IOException {
        string(input.story());
        string(input.outlet());
        string(input.path());
        string(input.sha256());
        string(input.status());
        size++;
    }

    /** @return how many inputs were appended */
    long size() {
        return size;
    }

    /**
     * @return the inputs, in the order they were appended, read from the file
     * @throws UncheckedIOException when the file cannot be read
     */
    @Override
    public Iterator<RunInfo.Input> iterator() {
        try {
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            return new Iterator<>() {
                private long read;

                @Override
                public boolean hasNext() {
                    if (read < size) {
                        return true;
                    }
                    close(in);
                    return false;
                }

                @Override
                public RunInfo.Input next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    try {
                        RunInfo.Input next = new RunInfo.Input(string(in), string(in), string(in), string(in), string(in));
                        read++;
                        return next;
                    } catch (IOException e) {
                        close(in);
                        throw new UncheckedIOException("cannot read the run's inputs back from " + file, e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run's inputs back from " + file, e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    // a length and UTF-8 bytes: DataOutput.writeUTF stops at 65,535 bytes, a path need not
    private void string(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new EOFException("a negative length");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void close(DataInputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // read to the end already: nothing is lost
        }
    }
}
