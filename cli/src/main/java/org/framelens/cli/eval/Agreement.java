package org.framelens.cli.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * Agreement between gold and extracted values of one field: accuracy, Cohen's kappa, and for a
 * binary reading of one value, precision, recall and F1. Mergeable by {@link #merge}; not
 * thread-safe while {@link #add} is called.
 */
public final class Agreement {
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private int n;

    /**
     * @param gold      the gold value
     * @param extracted the extracted value
     */
    public void add(String gold, String extracted) {
        confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(extracted, 1, Integer::sum);
        n++;
    }

    /** @return pairs counted */
    public int count() {
        return n;
    }

    /** @return share of pairs with equal values, NaN when none */
    public double accuracy() {
        int same = 0;
        for (Map.Entry<String, Map<String, Integer>> e : confusion.entrySet()) {
            same += e.getValue().getOrDefault(e.getKey(), 0);
        }
        return n == 0 ? Double.NaN : (double) same / n;
    }

    /** @return Cohen's kappa: agreement beyond what the two marginal distributions give by chance */
    public double kappa() {
        if (n == 0) {
            return Double.NaN;
        }
        Map<String, Integer> goldTotals = new TreeMap<>();
        Map<String, Integer> foundTotals = new TreeMap<>();
        confusion.forEach((g, row) -> row.forEach((f, c) -> {
            goldTotals.merge(g, c, Integer::sum);
            foundTotals.merge(f, c, Integer::sum);
        }));
        double expected = 0;
        for (Map.Entry<String, Integer> e : goldTotals.entrySet()) {
            expected += (double) e.getValue() / n * foundTotals.getOrDefault(e.getKey(), 0) / n;
        }
        double observed = accuracy();
        return expected >= 1.0 ? (observed >= 1.0 ? 1.0 : 0.0) : (observed - expected) / (1 - expected);
    }

    /**
     * @param positive the value read as positive
     * @return {@code [precision, recall, f1, goldPositives, extractedPositives]}
     */
    public double[] prf(String positive) {
        int tp = 0;
        int goldPos = 0;
        int foundPos = 0;
        for (Map.Entry<String, Map<String, Integer>> e : confusion.entrySet()) {
            for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
                boolean g = e.getKey().equals(positive);
                boolean x = f.getKey().equals(positive);
                if (g) {
                    goldPos += f.getValue();
                }
                if (x) {
                    foundPos += f.getValue();
                }
                if (g && x) {
                    tp += f.getValue();
                }
            }
        }
        double p = foundPos == 0 ? Double.NaN : (double) tp / foundPos;
        double r = goldPos == 0 ? Double.NaN : (double) tp / goldPos;
        double f1 = p + r == 0 || Double.isNaN(p) || Double.isNaN(r) ? (tp == 0 && goldPos == 0 && foundPos == 0 ? Double.NaN : 0) : 2 * p * r / (p + r);
        return new double[] {p, r, f1, goldPos, foundPos};
    }
}
