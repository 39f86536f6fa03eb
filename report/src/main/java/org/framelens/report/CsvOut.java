package org.framelens.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the CSV tables framelens writes: the same characters as Commons CSV's {@code CSVPrinter}
 * with {@link SentencesCsvWriter#FORMAT} (RFC 4180, minimal quoting, LF record ends), checked
 * against it on random and edge values by {@code CsvOutTest}. Why not that printer: it looks at
 * every character of a value through several layers (a delimiter check per character, a
 * {@code BufferedWriter} with a lock per call, a charset encoder); on a large run the CSV files
 * took as much CPU as a third of the extract stage. Here a value is scanned once and, when it
 * needs no quotes (almost always), written as it is.
 *
 * <p>The quoting rule, Commons CSV's {@code QuoteMode.MINIMAL}: a value is quoted when it starts
 * with a character up to {@code #} (space, {@code !}, {@code "}, {@code #}, controls), holds a
 * comma, a quote, CR or LF, or ends with a character up to space; an empty value is quoted only as
 * the first of its record ({@code ""}, so that the line is not empty); a quote inside quotes is
 * doubled; {@code null} prints nothing, unquoted.
 *
 * <p>Not thread-safe: one printer per file, fed from one thread.
 */
final class CsvOut implements Closeable {
    private final Writer out;
    private boolean newRecord = true;
    /** A value's characters: scanned and written from one copy (a String's charAt checks its coder and bounds each time). */
    private char[] buf = new char[256];
    /** The largest buffer kept between values, in chars. */
    private static final int MAX_KEPT = 1 << 16;

    /** @param out where the characters go; closed by {@link #close()} */
    CsvOut(Writer out) {
        this.out = out;
    }

    /**
     * @param file the file to create or replace, UTF-8 without byte-order mark
     * @return a printer on it
     * @throws IOException when it cannot be opened
     */
    static CsvOut open(Path file) throws IOException {
        OutputStream os = Files.newOutputStream(file);
        return new CsvOut(new Utf8Writer(os, 1 << 16));
    }

    /**
     * @param value a value: {@code null} prints nothing, text as {@link #print(String)}, anything
     *              else its {@code toString()}
     * @throws IOException on a write error
     */
    void print(Object value) throws IOException {
        if (value == null) {
            printNull();
        } else {
            print(value.toString());
        }
    }

    /**
     * @param value a value, quoted when the rule above says so; {@code null} prints nothing
     * @throws IOException on a write error
     */
    void print(String value) throws IOException {
        if (value == null) {
            printNull();
            return;
        }
        if (!newRecord) {
            out.write(',');
        }
        boolean first = newRecord;
        newRecord = false;
        int len = value.length();
        if (len == 0) {
            if (first) {
                out.write("\"\"");
            }
            return;
        }
        char[] c = chars(len);
        value.getChars(0, len, c, 0);
        if (!quoted(c, len)) {
            out.write(c, 0, len);
            return;
        }
        out.write('"');
        int start = 0;
        for (int i = 0; i < len; i++) {
            if (c[i] == '"') {
                // up to and with the quote, which the next chunk starts with again: doubled
                out.write(c, start, i + 1 - start);
                start = i;
            }
        }
        out.write(c, start, len - start);
        out.write('"');
    }

    /** @return the buffer a value's characters are copied into once, to be scanned and written */
    private char[] chars(int len) {
        if (len > MAX_KEPT) {
            return new char[len]; // a rare huge value: not kept, so the printer stays small
        }
        if (buf.length < len) {
            buf = new char[Math.max(len, Math.min(MAX_KEPT, buf.length * 2))];
        }
        return buf;
    }

    /**
     * @param value a whole number (never quoted: digits and a leading minus)
     * @throws IOException on a write error
     */
    void print(long value) throws IOException {
        if (!newRecord) {
            out.write(',');
        }
        newRecord = false;
        out.write(Long.toString(value));
    }

    /** @throws IOException on a write error */
    private void printNull() throws IOException {
        if (!newRecord) {
            out.write(',');
        }
        newRecord = false;
    }

    /**
     * @param values one record's values, each as {@link #print(Object)}
     * @throws IOException on a write error
     */
    void printRecord(Object... values) throws IOException {
        for (Object v : values) {
            print(v);
        }
        println();
    }

    /** @throws IOException on a write error */
    void println() throws IOException {
        out.write('\n');
        newRecord = true;
    }

    private static boolean quoted(char[] s, int len) {
        if (s[0] <= '#') {
            return true;
        }
        for (int i = 0; i < len; i++) {
            char c = s[i];
            // one comparison rules out letters and digits: every special character is below '-'
            if (c < '-' && (c == ',' || c == '"' || c == '\n' || c == '\r')) {
                return true;
            }
        }
        return s[len - 1] <= ' ';
    }

    /** Flushes and closes the file. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
