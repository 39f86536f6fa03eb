package org.framelens.report.align;

import java.util.List;
import java.util.Objects;

/**
 * A table written both as a workbook sheet and as a CSV file. Immutable and thread-safe.
 *
 * @param sheet   the sheet name (31 characters at most)
 * @param csv     the CSV file name under {@code OUT/csv/}
 * @param about   one line for the analyst: what a row is
 * @param columns the columns, in order
 * @param <R>     the row type
 */
public record Table<R>(String sheet, String csv, String about, List<Column<R>> columns) {
    /** Validates and copies. */
    public Table {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(about, "about");
        columns = List.copyOf(columns);
        if (sheet.isEmpty() || sheet.length() > 31) {
            throw new IllegalArgumentException("a sheet name has 1 to 31 characters: " + sheet);
        }
    }

    /** @return the column names, the CSV header */
    public String[] headers() {
        return columns.stream().map(Column::name).toArray(String[]::new);
    }

    /**
     * @param row a row
     * @return its values, in column order
     */
    public Object[] values(R row) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns.get(i).value().apply(row);
        }
        return out;
    }
}
