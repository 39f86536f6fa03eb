package org.framelens.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.report.align.AlignmentTables;
import org.framelens.report.align.Table;

/**
 * Streams the alignment tables ({@link AlignmentTables}) as CSV files under {@code OUT/csv/}, story
 * by story: {@code alignment.csv}, {@code quotes.csv}, {@code unique_content.csv},
 * {@code wording.csv}, {@code shared_content.csv}. Same dialect as every table framelens writes
 * ({@link SentencesCsvWriter#FORMAT}); numbers printed with {@link Locale#ROOT}, so the same input
* gives the same bytes (printed by {@link CsvOut}). Not thread-safe: one writer per run, fed from one thread.
 */
public final class AlignmentCsv implements Closeable {
    private final List<CsvOut> printers = new ArrayList<>();
    private final Decimals decimals = new Decimals();

    /**
     * @param dir the folder to write in (created if missing)
     * @throws IOException when a file cannot be created
     */
    public AlignmentCsv(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Table<?> t : AlignmentTables.TABLES) {
            CsvOut p = CsvOut.open(dir.resolve(t.csv()));
            printers.add(p);
            p.printRecord((Object[]) t.headers());
        }
    }

    /**
     * @param rows one story's rows
     * @throws IOException on a write error
     */
    public void write(AlignmentTables.Rows rows) throws IOException {
        List<AlignmentTables.Part<?>> parts = rows.parts();
        for (int i = 0; i < parts.size(); i++) {
            print(printers.get(i), parts.get(i));
        }
    }

    private <R> void print(CsvOut p, AlignmentTables.Part<R> part) throws IOException {
        for (R r : part.rows()) {
            for (Object v : part.table().values(r)) {
                p.print(v instanceof Double d ? decimals.fixed(d, 4) : FormulaGuard.csv(v));
            }
            p.println();
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CsvOut p : printers) {
            try {
                p.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
