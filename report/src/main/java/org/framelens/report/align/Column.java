package org.framelens.report.align;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table: its header (the CSV column name too), its width in the workbook, how
 * its values are shown, and how a row gives its value. Immutable and thread-safe.
 *
 * @param name  the header, lower case with underscores (stable: R and pandas read it)
 * @param width the column width in the workbook, in characters
 * @param shown how the workbook formats the value
 * @param value the value of a row: a {@link String}, an {@link Integer} or a {@link Double}
 * @param <R>   the row type
 */
public record Column<R>(String name, int width, Shown shown, Function<R, Object> value) {
    /** How a value is formatted in the workbook. */
    public enum Shown {
        /** Short text on one line. */
        TEXT,
        /** Long text, wrapped. */
        WRAPPED,
        /** A whole number. */
        INTEGER,
        /** A share from 0 to 1, shown as a percentage. */
        SHARE,
        /** A similarity or other number from 0 to 1, three decimals. */
        DECIMAL
    }

    /** Validates. */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(value, "value");
        if (width < 4 || width > 120) {
            throw new IllegalArgumentException("width out of range: " + width);
        }
    }
}
