package org.framelens.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The zip container of a workbook, in the layout POI's streaming workbook writes (local header
 * with a data descriptor, ZIP64 sizes in the descriptor, a ZIP64 field in the central directory
 * only for entries past 4 GB), with one thing POI cannot do: an entry can be made of data that
 * is deflated already ({@link #splice}), so a sheet's rows are compressed once, when they are
 * written, instead of being compressed into a temporary file, inflated and deflated again at save.
 *
 * <p>Input: entries, one after the other. Output: the zip on the stream given. Not thread-safe.
 */
final class XlsxZip {
    private static final long MAX32 = 0xffffffffL;

    /** An entry written. */
    private static final class Entry {
        final byte[] name;
        final long offset;
        long crc;
        long size;
        long compressedSize;

        Entry(String name, long offset) {
            this.name = name.getBytes(StandardCharsets.UTF_8);
            this.offset = offset;
        }
    }

    private final OutputStream out;
    private final int level;
    private final List<Entry> entries = new ArrayList<>();
    private final byte[] buf = new byte[1 << 16];
    private long written;

    /**
     * @param out   where the zip goes (not closed here)
     * @param level the deflate level of the entries written through {@link #deflated}
     */
    XlsxZip(OutputStream out, int level) {
        this.out = out;
        this.level = level;
    }

    /**
     * Writes an entry, deflating what the stream holds.
     *
     * @param name the entry's name
     * @param in   its content, read to the end (not closed here)
     */
    void deflated(String name, InputStream in) throws IOException {
        Entry e = begin(name);
        Deflater def = new Deflater(level, true);
        CRC32 crc = new CRC32();
        try {
            byte[] chunk = new byte[1 << 16];
            int n;
            while ((n = in.read(chunk)) > 0) {
                crc.update(chunk, 0, n);
                def.setInput(chunk, 0, n);
                drain(def, Deflater.NO_FLUSH);
            }
            def.finish();
            while (!def.finished()) {
                emit(def.deflate(buf));
            }
            e.crc = crc.getValue();
            e.size = def.getBytesRead();
            e.compressedSize = def.getBytesWritten();
        } finally {
            def.end();
        }
        end(e);
    }

    /**
     * Writes an entry made of a head, a middle deflated already and a tail.
     *
     * @param name      the entry's name
     * @param head      the bytes before the middle
     * @param middle    the middle as raw deflate blocks, none of them final, ending on a byte
     *                  boundary (as a sync flush leaves them), read to the end (not closed here)
     * @param middleCrc the CRC-32 of the middle's uncompressed bytes
     * @param middleLen the number of the middle's uncompressed bytes
     * @param tail      the bytes after the middle
     */
    void splice(String name, byte[] head, InputStream middle, long middleCrc, long middleLen, byte[] tail)
            throws IOException {
        Entry e = begin(name);
        long compressed = 0;
        // the head is flushed to a byte boundary without a final block, so blocks can follow it
        compressed += deflate(head, false);
        int n;
        while ((n = middle.read(buf)) > 0) {
            out.write(buf, 0, n);
            written += n;
            compressed += n;
        }
        compressed += deflate(tail, true); // the tail ends the stream
        e.crc = combine(combine(crc(head), middleCrc, middleLen), crc(tail), tail.length);
        e.size = head.length + middleLen + tail.length;
        e.compressedSize = compressed;
        end(e);
    }

    /** Writes the central directory. The stream stays open. */
    void finish() throws IOException {
        long start = written;
        for (Entry e : entries) {
            boolean zip64 = e.size > MAX32;
            int32(0x02014b50L);
            int16(45);
            int16(zip64 ? 45 : 20);
            int16(0x08);
            int16(8);
            int32(0);
            int32(e.crc);
            int32(Math.min(e.compressedSize, MAX32));
            int32(zip64 ? MAX32 : e.size);
            int16(e.name.length);
            int16(zip64 ? 12 : 0);
            int16(0);
            int16(0);
            int16(0);
            int32(0);
            int32(Math.min(e.offset, MAX32));
            bytes(e.name);
            if (zip64) {
                int16(0x0001);
                int16(8);
                int64(e.size);
            }
        }
        long length = written - start;
        int32(0x06054b50L);
        int16(0);
        int16(0);
        int16(entries.size());
        int16(entries.size());
        int32(length);
        int32(Math.min(start, MAX32));
        int16(0);
        out.flush();
    }

    private Entry begin(String name) throws IOException {
        Entry e = new Entry(name, written);
        entries.add(e);
        int32(0x04034b50L);
        int16(45);
        int16(0x08); // sizes and CRC follow the data
        int16(8);
        int32(0);
        int32(0);
        int32(0);
        int32(0);
        int16(e.name.length);
        int16(0);
        bytes(e.name);
        return e;
    }

    private void end(Entry e) throws IOException {
        int32(0x08074b50L);
        int32(e.crc);
        int64(e.compressedSize);
        int64(e.size);
    }

    /**
     * @param data  bytes to deflate with a fresh deflater
     * @param last  whether to end the deflate stream (a final block), or else to flush it to a byte
     *              boundary so that more blocks can follow
     * @return the number of compressed bytes written
     */
    private long deflate(byte[] data, boolean last) throws IOException {
        Deflater def = new Deflater(level, true);
        try {
            def.setInput(data);
            if (!last) {
                drain(def, Deflater.SYNC_FLUSH);
            } else {
                def.finish();
                while (!def.finished()) {
                    emit(def.deflate(buf));
                }
            }
            return def.getBytesWritten();
        } finally {
            def.end();
        }
    }

    /** Deflates all input given so far; with a sync flush, until the flush is complete. */
    private void drain(Deflater def, int flush) throws IOException {
        int n;
        do {
            n = def.deflate(buf, 0, buf.length, flush);
            emit(n);
        } while (n == buf.length || !def.needsInput());
    }

    private void emit(int n) throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            written += n;
        }
    }

    private static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    /**
     * The CRC-32 of two pieces one after the other, from the CRC-32 of each and the second's
     * length (zlib's {@code crc32_combine}, which the JDK does not expose).
     *
     * @param crc1 the CRC-32 of the first piece
     * @param crc2 the CRC-32 of the second piece
     * @param len2 the second piece's length in bytes
     * @return the CRC-32 of the two together
     */
    static long combine(long crc1, long crc2, long len2) {
        if (len2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xedb88320L; // the CRC-32 polynomial: the operator for one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        do {
            square(even, odd);
            if ((len2 & 1) != 0) {
                crc1 = times(even, crc1);
            }
            len2 >>= 1;
            if (len2 == 0) {
                break;
            }
            square(odd, even);
            if ((len2 & 1) != 0) {
                crc1 = times(odd, crc1);
            }
            len2 >>= 1;
        } while (len2 != 0);
        return (crc1 ^ crc2) & MAX32;
    }

    private static long times(long[] mat, long vec) {
        long sum = 0;
        int i = 0;
        while (vec != 0) {
            if ((vec & 1) != 0) {
                sum ^= mat[i];
            }
            vec >>>= 1;
            i++;
        }
        return sum;
    }

    private static void square(long[] square, long[] mat) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(mat, mat[n]);
        }
    }

    private void bytes(byte[] b) throws IOException {
        out.write(b);
        written += b.length;
    }

    private void int16(int v) throws IOException {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
        written += 2;
    }

    private void int32(long v) throws IOException {
        int16((int) (v & 0xffff));
        int16((int) ((v >>> 16) & 0xffff));
    }

    private void int64(long v) throws IOException {
        int32(v & MAX32);
        int32(v >>> 32);
    }
}
