package org.framelens.extract.codebook;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * <p>A file without a double quote (every default file, and most an analyst saves) is split at
 * its commas and line breaks here, with the rows, values, line numbers and errors Commons CSV gives
 * for it ({@link #FORMAT}); a file with quotes, or a header this reader does not take, goes through
 * Commons CSV. Why: the stance model is some 65,000 rows, and reading them through Commons CSV
 * (a reader per character, a map per row) was a quarter of a small run's start-up.
 */
final class CsvTable {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true)
            .setHeader().setSkipHeaderRecord(true).get();

    /**
     * One row: its line number and its values, in the order of the header's columns.
     *
     * @param line    the row's line number (of its last line), from 1
     * @param columns each column's index in {@code values}, shared by the rows of a file
     * @param values  the row's values, stripped; a column the row does not reach is empty
     */
    record Row(long line, Map<String, Integer> columns, String[] values) {
        String get(String column) {
            Integer at = columns.get(column);
            return at == null ? "" : values[at];
        }

        String lower(String column) {
            return get(column).toLowerCase(Locale.ROOT);
        }
    }

    private CsvTable() {
    }

    /**
     * @param file     the file's name for messages
     * @param text     its content (without a byte-order mark)
     * @param required columns that must be present and non-blank in every row
     * @param optional columns that may be present and blank
     * @param errors   where errors go
     * @return the rows that had no error
     */
    static List<Row> read(String file, String text, List<String> required, List<String> optional,
                          List<CodebookError> errors) throws IOException {
        List<Row> rows = readSimple(file, text, required, optional, errors);
        return rows != null ? rows : viaCommonsCsv(file, text, required, optional, errors);
    }

    /** Reads through Commons CSV: any file, quotes and all. */
    static List<Row> viaCommonsCsv(String file, String text, List<String> required, List<String> optional,
                                   List<CodebookError> errors) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> columns = header(file, header, required, optional, errors);
            if (columns == null) {
                return rows;
            }
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                String[] fields = new String[r.size()];
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = r.get(i);
                }
                row(file, line, fields, fields.length, header.size(), columns, required, errors, rows);
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            errors.add(new CodebookError(file, 0, "not a readable CSV file: " + e.getMessage()));
        }
        return rows;
    }

    /**
     * Checks the header's columns.
     *
     * @return each column's index, or {@code null} when a column is missing or unknown (the errors say which)
     */
    private static Map<String, Integer> header(String file, List<String> header, List<String> required,
                                               List<String> optional, List<CodebookError> errors) {
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
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            // a repeated name reads as its last column, as a map filled column by column would
            columns.put(header.get(i), i);
        }
        return columns;
    }

    /** Checks one record's fields (the first {@code n} of {@code fields}) and adds its row, or errors. */
    private static void row(String file, long line, String[] fields, int n, int width, Map<String, Integer> columns,
                            List<String> required, List<CodebookError> errors, List<Row> rows) {
        if (n > width) {
            errors.add(new CodebookError(file, line, "has " + n + " fields, the header has " + width
                    + " (quote values that contain commas)"));
            return;
        }
        String[] values = new String[width];
        for (int i = 0; i < width; i++) {
            values[i] = i < n ? fields[i].strip() : "";
        }
        boolean complete = true;
        for (String c : required) {
            if (values[columns.get(c)].isEmpty()) {
                errors.add(new CodebookError(file, line, "column '" + c + "' is empty"));
                complete = false;
            }
        }
        if (complete) {
            rows.add(new Row(line, columns, values));
        }
    }

    /**
     * Reads a file without double quotes as {@link #viaCommonsCsv} does, without Commons CSV.
     *
     * @return the rows, or {@code null} when the file has no header record or its header has a
     *     blank or repeated name or one with a control character (then Commons CSV reads it, with its own message); nothing is added
     *     to {@code errors} then
     */
    static List<Row> readSimple(String file, String text, List<String> required, List<String> optional,
                                List<CodebookError> errors) {
        return Simple.read(file, text, required, optional, errors);
    }

    /**
     * A file without double quotes, split as Commons CSV splits it with {@link #FORMAT}: records
     * end at {@code \n}, {@code \r\n} or {@code \r}; a line that starts with {@code #} is a comment;
     * an empty line is skipped (a line of spaces is a record of one empty field); a field is what
     * lies between commas, without the white space ({@link Character#isWhitespace}) around it; a
     * record's line number is that of its line.
     */
    private static final class Simple {
        private Simple() {
        }

        static List<Row> read(String file, String text, List<String> required, List<String> optional,
                              List<CodebookError> errors) {
            List<Row> rows = new ArrayList<>();
            // kept here until the whole file is read: a file handed to Commons CSV adds its own
            List<CodebookError> found = new ArrayList<>();
            int length = text.length();
            int at = 0;
            long line = 0;
            List<String> header = null;
            Map<String, Integer> columns = null;
            String[] fields = new String[8];
            while (at < length) {
                int end = at;
                char c = 0;
                boolean quoted = false;
                while (end < length && (c = text.charAt(end)) != '\n' && c != '\r') {
                    quoted |= c == '"';
                    end++;
                }
                int next = end >= length ? length : c == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
                        ? end + 2 : end + 1;
                line++;
                int start = at;
                at = next;
                if (start == end || text.charAt(start) == '#') {
                    continue; // an empty line or a comment
                }
                if (quoted) {
                    return null; // a quoted value, perhaps over several lines
                }
                int n = 0;
                for (int from = start; ; ) {
                    int to = from;
                    while (to < end && text.charAt(to) != ',') {
                        to++;
                    }
                    if (n == fields.length) {
                        fields = java.util.Arrays.copyOf(fields, n * 2);
                    }
                    fields[n++] = trimmed(text, from, to);
                    if (to == end) {
                        break;
                    }
                    from = to + 1;
                }
                if (header == null) {
                    header = List.of(java.util.Arrays.copyOf(fields, n));
                    // a name Commons CSV may take for blank (a control character) goes to it too
                    if (header.stream().anyMatch(h -> h.isEmpty() || h.chars().anyMatch(ch -> ch < ' '))
                            || Set.copyOf(header).size() != n) {
                        return null;
                    }
                    columns = header(file, header, required, optional, found);
                    if (columns == null) {
                        break;
                    }
                    continue;
                }
                row(file, line, fields, n, header.size(), columns, required, found, rows);
            }
            if (header == null) {
                return null;
            }
            errors.addAll(found);
            return rows;
        }

        /** The characters from {@code from} to {@code to} without white space at either end. */
        private static String trimmed(String text, int from, int to) {
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            return text.substring(from, to);
        }
    }
}
