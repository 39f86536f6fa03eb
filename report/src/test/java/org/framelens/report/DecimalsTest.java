package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast fixed-point printer writes what String.format with Locale.ROOT writes. */
class DecimalsTest {
    private final Decimals decimals = new Decimals();

    @Test
    void sameAsStringFormatOnEdgeCases() {
        double[] edge = {0, -0.0, 1, -1, 0.5, 0.00005, 0.00015, -0.00004, 0.125, 0.005, 2.675, 1.0005, 1e23, 1e-300,
            123456789.98765, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 2.0 / 3, 1.0 / 3, 0.99995, 0.999949999};
        for (double d : edge) {
            assertSame(d);
        }
    }

    @Test
    void sameAsStringFormatOnRatiosAndRandomDoubles() {
        for (int whole = 1; whole <= 400; whole++) {
            for (int part = 0; part <= whole; part++) {
                assertSame((double) part / whole);
                assertSame(part * 1000.0 / whole);
            }
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            assertSame(Double.longBitsToDouble(random.nextLong()));
            assertSame((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4));
        }
    }

    private void assertSame(double d) {
        assertEquals(String.format(Locale.ROOT, "%.4f", d), decimals.fixed(d, 4), () -> "value " + d);
        assertEquals(String.format(Locale.ROOT, "%.2f", d), decimals.fixed(d, 2), () -> "value " + d);
    }
}
