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
        if (places == 4 || places == 2) {
            String quick = quick(value, places);
            if (quick != null) {
                return quick;
            }
        }
        out.setLength(0);
        formatter.format(places == 4 ? "%.4f" : places == 2 ? "%.2f" : "%." + places + "f", value);
        return out.toString();
    }

    /**
     * The common case without the {@code Formatter} (which parses the pattern and builds a digit
     * string on every call, most of the CPU of the measures CSV): a non-negative value below 10^9
     * whose scaled value is not near a rounding half. There {@code %.Nf} (which rounds the value's
     * decimal digits half-up) and rounding the scaled double agree, whichever digits the JDK picks
     * for the double, as both lie within a few ulps of it; near a half, and for negative zero, NaN,
     * infinities and large values, the caller falls back to the {@code Formatter}.
     *
     * @return the printed value, or {@code null} to fall back
     */
    private String quick(double value, int places) {
        if (!(value >= 0 && value < 1e9) || Double.doubleToRawLongBits(value) < 0) {
            return null;
        }
        long scale = places == 4 ? 10_000 : 100;
        double y = value * scale;
        double floor = Math.floor(y);
        double frac = y - floor;
        if (Math.abs(frac - 0.5) <= 16 * Math.ulp(y)) {
            return null;
        }
        long r = (long) floor + (frac > 0.5 ? 1 : 0);
        out.setLength(0);
        out.append(r / scale).append('.');
        long f = r % scale;
        for (long d = scale / 10; d > 1 && f < d; d /= 10) {
            out.append('0');
        }
        out.append(f);
        return out.toString();
    }
}
