package org.framelens.report;

/**
 * Work a run can do on a spare core at start-up, before it needs the result: most of a small
 * run's time is the JVM loading and initialising classes (POI, JFreeChart, Java2D), which a run
 * otherwise does on its one main thread, one after the other. Stateless and thread-safe.
 */
public final class StartUp {
    private StartUp() {
    }

    /**
     * Draws a small chart and throws it away, so the run's first charts do not wait for JFreeChart,
     * Java2D and the fonts to be loaded. A failure is ignored here: drawing the run's own charts
     * reports it.
     */
    public static void warmUpCharts() {
        try {
            Charts.warmUp();
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            // the run's own charts meet the same failure and report it
        }
    }
}
