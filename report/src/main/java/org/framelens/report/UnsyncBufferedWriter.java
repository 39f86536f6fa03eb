package org.framelens.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer without locks. Why: POI's streaming sheets write every row as many small
 * {@code write} calls (a tag, an attribute, a value), and {@link java.io.BufferedWriter} takes its
 * lock on each; on a large run that locking was most of the time spent writing rows. The
 * characters written are the same: they reach the wrapped writer in order, in larger pieces (the
 * wrapped writer, e.g. an {@link java.io.OutputStreamWriter}, still joins a surrogate pair split
 * between two pieces).
 *
 * <p>Not thread-safe: one thread writes, as with the streaming sheet that owns it.
 */
final class UnsyncBufferedWriter extends Writer {
    private final Writer out;
    private final char[] buf;
    private int n;

    /**
     * @param out  where the characters go; closed by {@link #close()}
     * @param size the buffer size in chars
     */
    UnsyncBufferedWriter(Writer out, int size) {
        this.out = out;
        this.buf = new char[size];
    }

    @Override
    public void write(int c) throws IOException {
        if (n == buf.length) {
            drain();
        }
        buf[n++] = (char) c;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        while (len > 0) {
            if (n == buf.length) {
                drain();
            }
            int k = Math.min(len, buf.length - n);
            s.getChars(off, off + k, buf, n);
            n += k;
            off += k;
            len -= k;
        }
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(char[] c, int off, int len) throws IOException {
        if (len >= buf.length) {
            drain();
            out.write(c, off, len);
            return;
        }
        if (len > buf.length - n) {
            drain();
        }
        System.arraycopy(c, off, buf, n, len);
        n += len;
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        write(String.valueOf(csq));
        return this;
    }

    @Override
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
