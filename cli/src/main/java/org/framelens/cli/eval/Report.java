package org.framelens.cli.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link Scorer}'s figures as a plain-text table. Stateless. */
public final class Report {
    private Report() {
    }

    /**
     * @param s   the scores
     * @param out where to print
     */
    public static void print(Scorer s, PrintWriter out) {
        out.printf(Locale.ROOT, "gold: %d sentences in %d file(s); %d unmatched; %d boilerplate (kind only)%n",
                s.goldRows, s.goldFiles.size(), s.unmatched, s.boilerplate);
        out.printf(Locale.ROOT, "%-22s %8s %8s %6s%n", "field", "accuracy", "kappa", "n");
        row(out, "kind", s.kind, true);
        row(out, "speaker", s.speaker, false);
        row(out, "speaker_type", s.speakerType, true);
        row(out, "attribution", s.attribution, true);
        out.printf(Locale.ROOT, "%n%-22s %9s %6s %6s %6s %6s %6s%n", "label", "precision", "recall", "F1", "kappa",
                "gold", "found");
        prf(out, "attributed (vs narrator)", s.attributed, "attributed");
        for (Map.Entry<String, Agreement> e : Scorer.perLabel(s.stances).entrySet()) {
            prf(out, "stance " + e.getKey(), e.getValue(), "yes");
        }
        for (Map.Entry<String, Agreement> e : Scorer.perLabel(s.topics).entrySet()) {
            prf(out, "topic " + e.getKey(), e.getValue(), "yes");
        }
    }

    private static void row(PrintWriter out, String name, Agreement a, boolean kappa) {
        out.printf(Locale.ROOT, "%-22s %8s %8s %6d%n", name, f(a.accuracy()), kappa ? f(a.kappa()) : "", a.count());
    }

    private static void prf(PrintWriter out, String name, Agreement a, String positive) {
        double[] v = a.prf(positive);
        out.printf(Locale.ROOT, "%-26s %9s %6s %6s %6s %6d %6d%n", name, f(v[0]), f(v[1]), f(v[2]), f(a.kappa()),
                (int) v[3], (int) v[4]);
    }

    private static String f(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
}
