package org.framelens.report;

import java.util.Formatter;
import java.util.Locale;

/**
 * Prints numbers with a fixed number of decimals, as {@code String.format(Locale.ROOT, "%.4f", x)}
 * does, character for character, at a fraction of its cost. Why: {@code String.format} builds a new
 * {@code Formatter} and looks the locale's digits and decimal separator up again on every call,
 * which made most of the time of writing the CSV exports. This formatter is made once and formats
 * with no locale: the same digits, point and minus sign as {@link Locale#ROOT} (checked against
 * {@code String.format} by {@code DecimalsTest}).
 *
 * <p>Not thread-safe: one instance per writer.
 */
final class Decimals {
    private final StringBuilder out = new StringBuilder(24);
    // null: no localization, i.e. ASCII digits, '.' and '-' — exactly what Locale.ROOT gives for %f
    private final Formatter formatter = new Formatter(out, (Locale) null);

    /**
     * @param value  a number
     * @param places 2 or 4 (the precisions the exports use)
     * @return it with that many decimals, rounded half-up as {@code %.Nf} does
     */
    String fixed(double value, int places) {
        out.setLength(0);
        formatter.format(places == 4 ? "%.4f" : places == 2 ? "%.2f" : "%." + places + "f", value);
        return out.toString();
    }
}
