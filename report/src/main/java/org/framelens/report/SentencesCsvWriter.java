package org.framelens.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.TaggedSentence;

/**
 * Streams {@code sentences.csv}: a header, then one row per sentence, columns as
 * {@link SentenceColumn}. UTF-8 without byte-order mark, RFC 4180 quoting, LF line ends, so the
 * same input gives the same bytes. The text column holds the sentence exactly as in the file.
 * Printed by {@link CsvOut}: the characters Commons CSV prints with {@link #FORMAT}.
 *
 * <p>Not thread-safe: one writer per output file, fed from one thread.
 */
public final class SentencesCsvWriter implements Closeable {
    /** The CSV dialect of every table framelens writes (to read them; {@link CsvOut} prints it). */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private static final SentenceColumn[] COLUMNS = SentenceColumn.values();

    private final CsvOut printer;
    private long rows;

    /**
     * @param out where to write; closed by {@link #close()}
     * @throws IOException when the header cannot be written
     */
    public SentencesCsvWriter(Writer out) throws IOException {
        this(new CsvOut(out));
    }

    private SentencesCsvWriter(CsvOut printer) throws IOException {
        this.printer = printer;
        printer.printRecord((Object[]) SentenceColumn.headers());
    }

    /**
     * @param file the file to create or replace
     * @return a writer on it
     * @throws IOException when it cannot be opened
     */
    public static SentencesCsvWriter open(Path file) throws IOException {
        return new SentencesCsvWriter(CsvOut.open(file));
    }

    /**
     * @param article the rows of one article, in order
     * @throws IOException on a write error
     */
    public void write(AnalyzedArticle article) throws IOException {
        for (TaggedSentence s : article.sentences()) {
            write(s);
        }
    }

    /**
     * @param s one row
     * @throws IOException on a write error
     */
    public void write(TaggedSentence s) throws IOException {
        for (SentenceColumn c : COLUMNS) {
            // text that a spreadsheet would run as a formula gets a leading ' (numbers never do)
            Object v = c.value(s);
            if (v instanceof Integer n) {
                printer.print(n.longValue());
            } else {
                printer.print(FormulaGuard.csv(v));
            }
        }
        printer.println();
        rows++;
    }

    /** @return rows written, header excluded */
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
