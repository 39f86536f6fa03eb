package org.framelens.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream byte by byte through its own buffer, with one byte of look-ahead and the offset
 * of the next byte, and collects bytes into a growable array.
 *
 * <p>The manifest and JSON Lines readers look at every byte of files that may be hundreds of
 * megabytes; {@code BufferedInputStream.read()} and {@code ByteArrayOutputStream.write(int)} take
 * a lock per byte, which made scanning several times slower. Not thread-safe: one reader per stream.
 */
final class ByteReader {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int at;
    private int limit;
    private long offset;

    /**
     * @param in     the stream (not closed by this reader)
     * @param offset the file offset of the stream's first byte
     */
    ByteReader(InputStream in, long offset) {
        this.in = in;
        this.offset = offset;
    }

    /** @return the next byte (0–255) without consuming it, or -1 at the end */
    int peek() throws IOException {
        if (at < limit) {
            return buf[at] & 0xFF;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        at = 0;
        limit = Math.max(n, 0);
        return n < 0 ? -1 : buf[0] & 0xFF;
    }

    /** @return the next byte (0–255), consumed, or -1 at the end */
    int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            at++;
            offset++;
        }
        return c;
    }

    /** @return the file offset of the next byte */
    long offset() {
        return offset;
    }

    /**
     * Consumes bytes up to and including the next LF, adding those before it to {@code line}
     * while it holds fewer than {@code max} bytes.
     *
     * @return the number of bytes consumed before the LF (or the end), -1 when already at the end
     */
    long readLine(Bytes line, int max) throws IOException {
        if (peek() < 0) {
            return -1;
        }
        long consumed = 0;
        while (peek() >= 0) {
            int start = at;
            int end = start;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            line.add(buf, start, Math.min(end - start, Math.max(0, max - line.size())));
            consumed += end - start;
            offset += end - start;
            at = end;
            if (end < limit) {
                at++;
                offset++;
                return consumed;
            }
        }
        return consumed;
    }

    /** A growable byte array, unsynchronized. Not thread-safe. */
    static final class Bytes {
        private byte[] a = new byte[256];
        private int n;

        void add(int b) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = (byte) b;
        }

        void add(byte[] from, int start, int length) {
            if (length <= 0) {
                return;
            }
            if (n + length > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + length));
            }
            System.arraycopy(from, start, a, n, length);
            n += length;
        }

        int size() {
            return n;
        }

        byte last() {
            return a[n - 1];
        }

        void reset() {
            n = 0;
        }

        byte[] toArray() {
            return Arrays.copyOf(a, n);
        }

        byte[] toArray(int length) {
            return Arrays.copyOf(a, length);
        }
    }
}
