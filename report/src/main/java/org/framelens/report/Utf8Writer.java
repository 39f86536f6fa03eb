package org.framelens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered writer that encodes UTF-8 itself, without locks. Why: POI's streaming sheets write
 * every row as many small {@code write} calls (a tag, an attribute, a value); through a
 * {@link java.io.BufferedWriter} and an {@link java.io.OutputStreamWriter} each took a lock, and
 * the characters were copied into a buffer, handed to a charset encoder and copied again into its
 * byte buffer. Here they are encoded once, straight into one byte buffer.
 *
 * <p>The bytes are those an {@code OutputStreamWriter} with {@code UTF-8} writes: a surrogate pair
 * (also one split between two calls) is one four-byte character, a surrogate without its other
 * half becomes {@code ?} (a high one at {@link #close} too; {@link #flush} keeps it waiting for
 * its other half, as that writer does).
 *
 * <p>Not thread-safe: one thread writes, as with the streaming sheet that owns it.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buf;
    private final char[] chars = new char[1024];
    private int n;
    /** A high surrogate waiting for its low half, or 0. */
    private char high;
    private boolean closed;

    /**
     * @param out  where the bytes go; closed by {@link #close()}
     * @param size the buffer size in bytes (at least 4)
     */
    Utf8Writer(OutputStream out, int size) {
        if (size < 4) {
            throw new IllegalArgumentException("the buffer must hold a character's bytes");
        }
        this.out = out;
        this.buf = new byte[size];
    }

    @Override
    public void write(int c) throws IOException {
        chars[0] = (char) c;
        encode(chars, 0, 1);
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        while (len > 0) {
            int k = Math.min(len, chars.length);
            s.getChars(off, off + k, chars, 0);
            encode(chars, 0, k);
            off += k;
            len -= k;
        }
    }

    @Override
    public void write(char[] c, int off, int len) throws IOException {
        encode(c, off, len);
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

    private void encode(char[] c, int off, int len) throws IOException {
        ensureOpen();
        byte[] b = buf;
        int end = off + len;
        int i = off;
        while (i < end) {
            if (b.length - n < 4) {
                drain();
            }
            // ASCII, most of a sheet's XML, as far as the buffer has room
            int stop = Math.min(end, i + b.length - n);
            if (high == 0) {
                while (i < stop && c[i] < 0x80) {
                    b[n++] = (byte) c[i++];
                }
                if (i == stop) {
                    continue;
                }
                if (b.length - n < 4) {
                    drain();
                }
            }
            char ch = c[i++];
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(ch)) {
                    int cp = Character.toCodePoint(h, ch);
                    b[n++] = (byte) (0xF0 | (cp >> 18));
                    b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[n++] = (byte) (0x80 | (cp & 0x3F));
                    continue;
                }
                b[n++] = '?';
                if (b.length - n < 4) {
                    drain();
                }
            }
            if (ch < 0x80) {
                b[n++] = (byte) ch;
            } else if (ch < 0x800) {
                b[n++] = (byte) (0xC0 | (ch >> 6));
                b[n++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isHighSurrogate(ch)) {
                high = ch;
            } else if (Character.isLowSurrogate(ch)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | (ch >> 12));
                b[n++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    /**
     * As the JDK's writers: a write after {@link #close} fails with an {@link IOException}, which
     * POI expects (a workbook closed without being saved flushes its last rows into its closed
     * sheets and ignores the exception).
     */
    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void flush() throws IOException {
        ensureOpen();
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (high != 0) {
                high = 0;
                if (buf.length - n < 1) {
                    drain();
                }
                buf[n++] = '?';
            }
            drain();
        } finally {
            out.close();
        }
    }
}
