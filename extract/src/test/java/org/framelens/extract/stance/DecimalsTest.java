package org.framelens.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Decimals#two} writes every number as {@code String.format(Locale.ROOT, "%.2f")} and
 * {@code "%+.2f"} do: on the halves where rounding turns, on negative numbers and zeros, on
 * large and tiny ones, and on random doubles.
 */
class DecimalsTest {
    private static void same(double v) {
        assertEquals(String.format(Locale.ROOT, "%.2f", v), Decimals.two(v, false), () -> "value " + v);
        assertEquals(String.format(Locale.ROOT, "%+.2f", v), Decimals.two(v, true), () -> "value " + v);
    }

    @Test
    void edgesAsFormatWritesThem() {
        double[] values = {0.0, -0.0, 0.005, 0.015, 0.025, 0.125, 0.995, 1.005, 2.675, -2.675, -0.004, -0.005,
            0.004999999999999999, 1e-9, -1e-9, 123456.785, 1e22, 4.35, 0.47, 0.9050000000000001, 1.0 / 3,
            Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double v : values) {
            same(v);
        }
        assertEquals("0.47", Decimals.two(0.47, false));
        assertEquals("+0.91", Decimals.two(0.905, true));
        assertEquals("-1.20", Decimals.two(-1.2, true));
    }

    @Test
    void randomNumbersAsFormatWritesThem() {
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            same(random.nextDouble());
            same((random.nextDouble() - 0.5) * 20);
            same(random.nextInt(20_000) / 1000.0 - 10 + (random.nextBoolean() ? 0.0005 : 0.005));
            same(Double.longBitsToDouble(random.nextLong()));
        }
    }
}
