package org.framelens.extract.stance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers with two decimals, as {@code String.format(Locale.ROOT, "%.2f", v)} and {@code "%+.2f"}
 * write them, without a {@link java.util.Formatter}: the evidence of every label the stance model
 * gives carries such numbers, and parsing the format string and building a formatter for each
 * was a fortieth of the extract stage. Same rounding: the shortest decimal that reads back as the
 * double ({@link Double#toString}), rounded half up; a negative number, {@code -0.0} included,
 * keeps its minus sign. Stateless and thread-safe.
 */
final class Decimals {
    private Decimals() {
    }

    /**
     * @param v    a number
     * @param plus whether a number that is not negative gets a {@code +} ({@code %+.2f})
     * @return it with two decimals, as {@code String.format(Locale.ROOT, plus ? "%+.2f" : "%.2f", v)}
     */
    static String two(double v, boolean plus) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, plus ? "%+.2f" : "%.2f", v);
        }
        boolean negative = Double.compare(v, 0.0) < 0;
        String digits = new BigDecimal(Double.toString(Math.abs(v))).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return negative ? "-" + digits : plus ? "+" + digits : digits;
    }
}
