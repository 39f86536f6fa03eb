package org.framelens.extract.codebook;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one codebook CSV file: a header naming the columns, then one row per entry. Lines starting
 * with {@code #} are comments (the default files document their columns there); blank lines are
 * skipped. Values are trimmed. Errors — a missing or unknown column, a row with too many fields,
 * a blank required value — are collected with their line numbers rather than thrown one by one.
 * Stateless and thread-safe.
 */
final class CsvTable {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true)
            .setHeader().setSkipHeaderRecord(true).get();

    /** One row: its line number and values by column name. */
    record Row(long line, Map<String, String> values) {
        String get(String column) {
            return values.getOrDefault(column, "");
        }

        String lower(String column) {
            return get(column).toLowerCase(Locale.ROOT);
        }
    }

    private CsvTable() {
    }

    /**
     * @param file     the file's name for messages
     * @param reader   its content
     * @param required columns that must be present and non-blank in every row
     * @param optional columns that may be present and blank
     * @param errors   where errors go
     * @return the rows that had no error
     */
    static List<Row> read(String file, Reader reader, List<String> required, List<String> optional,
                          List<CodebookError> errors) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            boolean ok = true;
            for (String c : required) {
                if (!header.contains(c)) {
                    errors.add(new CodebookError(file, 1, "missing column '" + c + "' (the header must name: "
                            + String.join(", ", required) + ")"));
                    ok = false;
                }
            }
            Set<String> known = new java.util.HashSet<>(required);
            known.addAll(optional);
            for (String c : header) {
                if (!known.contains(c)) {
                    errors.add(new CodebookError(file, 1, "unknown column '" + c + "' (known: "
                            + String.join(", ", required) + (optional.isEmpty() ? "" : ", " + String.join(", ", optional)) + ")"));
                    ok = false;
                }
            }
            if (!ok) {
                return rows;
            }
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                if (r.size() > header.size()) {
                    errors.add(new CodebookError(file, line, "has " + r.size() + " fields, the header has " + header.size()
                            + " (quote values that contain commas)"));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < r.size() ? r.get(i).strip() : "");
                }
                boolean complete = true;
                for (String c : required) {
                    if (values.get(c).isEmpty()) {
                        errors.add(new CodebookError(file, line, "column '" + c + "' is empty"));
                        complete = false;
                    }
                }
                if (complete) {
                    rows.add(new Row(line, values));
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            errors.add(new CodebookError(file, 0, "not a readable CSV file: " + e.getMessage()));
        }
        return rows;
    }
}
