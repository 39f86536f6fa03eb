package org.framelens.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.TaggedSentence;

/**
 * Streams {@code sentences.csv}: a header, then one row per sentence, columns as
 * {@link SentenceColumn}. UTF-8 without byte-order mark, RFC 4180 quoting, LF line ends, so the
 * same input gives the same bytes. The text column holds the sentence exactly as in the file.
 *
 * <p>Not thread-safe: one writer per output file, fed from one thread.
 */
public final class SentencesCsvWriter implements Closeable {
    /** The CSV dialect of every table framelens writes. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;
    private long rows;

    /**
     * @param out where to write; closed by {@link #close()}
     * @throws IOException when the header cannot be written
     */
    public SentencesCsvWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord((Object[]) SentenceColumn.headers());
    }

    /**
     * @param file the file to create or replace
     * @return a writer on it
     * @throws IOException when it cannot be opened
     */
    public static SentencesCsvWriter open(Path file) throws IOException {
        return new SentencesCsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
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
        for (SentenceColumn c : SentenceColumn.values()) {
            // text that a spreadsheet would run as a formula gets a leading ' (numbers never do)
            printer.print(FormulaGuard.csv(c.value(s)));
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
        printer.close(true);
    }
}
