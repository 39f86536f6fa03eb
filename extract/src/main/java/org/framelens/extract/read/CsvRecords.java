package org.framelens.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV (RFC 4180) into records at the byte level, streaming, keeping each record's line and
 * byte offset so that a record can be found again.
 *
 * <p>Splitting bytes rather than characters is safe for UTF-8 and Windows-1252 alike: the bytes
 * that structure CSV — comma, double quote, CR, LF — are ASCII, and no byte of a multi-byte UTF-8
 * character is ASCII. Fields are decoded afterwards, record by record.
 *
 * <p>The dialect: comma-separated; a field may be quoted with {@code "}, a quote inside doubled
 * ({@code ""}); quoted fields may hold commas and line breaks; records end with LF, CRLF or CR.
 * Strict where a wrong guess would silently shift text between columns: a quote inside an
 * unquoted field, or text after a closing quote, makes the record malformed — it is reported and
 * reading resumes on the next line. A quote never closed swallows the rest of the file; that is
 * reported as fatal, naming the line where the quote opened.
 *
 * <p>Not thread-safe: one instance reads one stream.
 */
final class CsvRecords {
    /** One record or one malformed record. */
    sealed interface Item permits Row, Bad {
    }

    /**
     * A well-formed record.
     *
     * @param line   1-based line where it starts
     * @param offset byte offset where it starts
     * @param raw    its bytes, line end excluded
     * @param fields its fields' bytes, unquoted
     */
    record Row(int line, long offset, byte[] raw, List<byte[]> fields) implements Item {
        /** @return whether every field is empty or blank: a blank line or an empty spreadsheet row */
        boolean blank() {
            for (byte[] f : fields) {
                for (byte b : f) {
                    if (b != ' ' && b != '\t') {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * A malformed record.
     *
     * @param line   1-based line where it starts
     * @param reason what is wrong
     * @param fatal  whether reading cannot go on (the rest of the file is lost)
     */
    record Bad(int line, String reason, boolean fatal) implements Item {
    }

    private final ByteReader in;
    private final int maxRecordBytes;
    private int line = 1;
    private boolean done;

    /**
     * @param in             the bytes, positioned at the first record (after any byte-order mark)
     * @param startOffset    the byte offset of that position in the file
     * @param maxRecordBytes a record longer than this is malformed (and fatal)
     */
    CsvRecords(InputStream in, long startOffset, int maxRecordBytes) {
        this.in = new ByteReader(in, startOffset);
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * @return the next record, or {@code null} at the end of the input (and after a fatal error)
     * @throws IOException when the stream cannot be read
     */
    Item next() throws IOException {
        if (done || peek() < 0) {
            return null;
        }
        int startLine = line;
        long start = in.offset();
        ByteReader.Bytes raw = new ByteReader.Bytes();
        List<byte[]> fields = new ArrayList<>();
        ByteReader.Bytes field = new ByteReader.Bytes();
        while (true) {
            if (peek() == '"') {
                raw.add(read());
                while (true) {
                    int c = read();
                    if (c < 0) {
                        done = true;
                        return new Bad(startLine, "a quoted field (field " + (fields.size() + 1)
                                + ") is never closed; the rest of the file could not be read", true);
                    }
                    raw.add(c);
                    if (raw.size() > maxRecordBytes) {
                        done = true;
                        return new Bad(startLine, "record longer than " + maxRecordBytes
                                + " bytes (is a quote never closed?); the rest of the file was not read", true);
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            raw.add(read());
                            field.add('"');
                        } else {
                            break;
                        }
                    } else {
                        countLine(c);
                        field.add(c);
                    }
                }
                int after = peek();
                if (after != ',' && after != '\r' && after != '\n' && after >= 0) {
                    skipLine();
                    return new Bad(startLine, "text after the closing quote of field " + (fields.size() + 1)
                            + " (a quote inside a quoted field must be doubled: \"\")", false);
                }
            } else {
                while (true) {
                    int c = peek();
                    if (c < 0 || c == ',' || c == '\r' || c == '\n') {
                        break;
                    }
                    if (c == '"') {
                        skipLine();
                        return new Bad(startLine, "a quote inside unquoted field " + (fields.size() + 1)
                                + " (quote the whole field and double the quote: \"say \"\"no\"\"\")", false);
                    }
                    raw.add(read());
                    field.add(c);
                    if (raw.size() > maxRecordBytes) {
                        done = true;
                        return new Bad(startLine, "record longer than " + maxRecordBytes
                                + " bytes; the rest of the file was not read", true);
                    }
                }
            }
            fields.add(field.toArray());
            field.reset();
            int c = peek();
            if (c == ',') {
                raw.add(read());
                continue;
            }
            endLine();
            return new Row(startLine, start, raw.toArray(), List.copyOf(fields));
        }
    }

    /** Consumes a line end (LF, CRLF or CR) if one is next. */
    private void endLine() throws IOException {
        int c = peek();
        if (c == '\n') {
            read();
            line++;
        } else if (c == '\r') {
            read();
            if (peek() == '\n') {
                read();
            }
            line++;
        }
    }

    private void skipLine() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return;
            }
            if (c == '\r' || c == '\n') {
                endLine();
                return;
            }
            read();
        }
    }

    /** Counts a line break inside a quoted field: LF, or CR not followed by LF. */
    private void countLine(int c) throws IOException {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
    }

    private int peek() throws IOException {
        return in.peek();
    }

    private int read() throws IOException {
        return in.read();
    }
}
