package org.framelens.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.framelens.model.Lexicon;
import org.framelens.model.Voice;
import org.framelens.model.profile.FirstPosition;
import org.framelens.model.profile.OutletProfile;
import org.framelens.model.profile.SpeakerProfile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the report's charts with JFreeChart, styled to be pasted into a brief as they are: a
 * title saying what is compared, a subtitle saying over what, labelled axes, values on the bars,
 * the legend below, one colour per outlet kept the same in every chart of a run. PNGs are drawn
 * at twice their nominal size so they stay sharp when scaled. Stateless and thread-safe (each
 * call builds its own chart); needs {@code java.awt.headless=true} on a machine without a display.
 */
final class Charts {
    /** Nominal width of every chart, in pixels. */
    static final int WIDTH = 900;
    /** Nominal height of the grouped-bar charts, in pixels. */
    static final int HEIGHT = 520;
    /** How many speakers the voice-share chart names; the rest are "Other named sources". */
    static final int SPEAKERS_SHOWN = 7;

    /** Okabe–Ito colours, readable by colour-blind readers; outlets take them in order. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x8C6D31), new Color(0x555555),
    };
    private static final Color NARRATOR = new Color(0x9E9E9E);
    private static final Color OTHER = new Color(0xD0D0D0);
    private static final Color UNKNOWN = new Color(0xEDEDED);
    private static final Color[] POSITIONS = {
        new Color(0x08306B), new Color(0x4292C6), new Color(0xC6DBEF), new Color(0xEEEEEE),
    };
    private static final String FONT = Font.SANS_SERIF;

    private Charts() {
    }

    /** A chart and the size to draw it at. */
    record Drawn(JFreeChart chart, int width, int height) {
        /** @return the chart as a PNG drawn at twice its nominal size, sharp on high-density screens */
        byte[] png() {
            BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = image.createGraphics();
            try {
                g2.setColor(Color.WHITE); // an opaque image: no alpha channel to encode
                g2.fillRect(0, 0, image.getWidth(), image.getHeight());
                g2.transform(AffineTransform.getScaleInstance(2, 2));
                chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), null, null);
            } finally {
                g2.dispose();
            }
            return Png.encode(image);
        }
    }

    /**
     * @param kind      which chart
     * @param outlets   the outlets to compare, in order
     * @param v         the labels of the run
     * @param scope     what the figures cover, for the subtitle ("Story: x", "All 4 stories")
     * @param colours   outlet id → its index in the run's outlet list (for stable colours)
     * @return the chart
     */
    static Drawn draw(ChartKind kind, SortedMap<String, OutletProfile> outlets, Vocabulary v, String scope,
                      Map<String, Integer> colours) {
        return switch (kind) {
            case FRAMING_SHARE -> framing(outlets, scope, colours, true);
            case FRAMING_PER_1000_WORDS -> framing(outlets, scope, colours, false);
            case SPEAKER_VOICE_SHARE -> voices(outlets, scope);
            case TOPICS_BY_OUTLET -> topics(outlets, v, scope, colours);
            case FIRST_APPEARANCE -> firstAppearance(outlets, scope);
        };
    }

    /**
     * Draws and encodes a small chart and throws it away: loads and initialises what a run's first
     * charts need (JFreeChart, Java2D's loops, the fonts, the PNG encoder), so a run can do that on
     * a spare core while it reads its codebook. Thread-safe.
     */
    static void warmUp() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(0.5, "a", "b");
        JFreeChart chart = barChart("t", "s", "c", "v", data, PlotOrientation.VERTICAL, false);
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent(0)));
        r.setDefaultItemLabelsVisible(true);
        new Drawn(chart, 80, 60).png();
    }

    private static Drawn framing(SortedMap<String, OutletProfile> outlets, String scope, Map<String, Integer> colours,
                                 boolean share) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> series = new HashMap<>();
        for (String label : Lexicon.CORE_STANCES) {
            for (Map.Entry<String, OutletProfile> e : outlets.entrySet()) {
                OutletProfile p = e.getValue();
                int n = p.stance(label).sentences();
                double value = share ? ratio(n, p.sentences()) : (p.words() == 0 ? 0 : n * 1000.0 / p.words());
                // the base in the legend: a share is never read without its n
                String key = e.getKey() + " (" + (share ? count(p.sentences(), "sentence") : count(p.words(), "word")) + ")";
                series.put(key, e.getKey());
                data.addValue(value, key, Vocabulary.title(label));
            }
        }
        JFreeChart chart = barChart(
                share ? "Skepticism, conditions and concessions: share of sentences"
                        : "Skepticism, conditions and concessions per 1,000 words",
                (share ? "Share of each outlet's sentences carrying the label" : "Sentences carrying the label per 1,000 words")
                        + " \u00b7 " + scope + " \u00b7 boilerplate excluded",
                "Core stance label", share ? "Share of the outlet's sentences" : "Sentences per 1,000 words",
                data, PlotOrientation.VERTICAL, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        colourOutlets(r, data, series, colours);
        NumberFormat fmt = share ? percent(0) : decimal("0.0");
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", fmt));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        ticks(axis, data, share);
        axis.setUpperMargin(0.15);
        return new Drawn(chart, WIDTH, HEIGHT);
    }

    private static Drawn voices(SortedMap<String, OutletProfile> outlets, String scope) {
        Map<String, Long> totals = new HashMap<>();
        outlets.values().forEach(p -> p.speakers().forEach((name, s) -> {
            if (OutletProfile.named(name)) {
                totals.merge(name, (long) s.sentences(), Long::sum);
            }
        }));
        List<String> shown = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SPEAKERS_SHOWN).map(Map.Entry::getKey).toList();
        String narrator = "The outlet's own voice (narrator)";
        Map<String, String> categories = new HashMap<>();
        outlets.forEach((o, p) -> categories.put(o, o + " (" + count(p.sentences(), "sentence") + ")"));
        String other = "Other named sources";
        String unknown = "Unidentified source";
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean anyOther = false;
        boolean anyUnknown = false;
        for (Map.Entry<String, OutletProfile> e : outlets.entrySet()) {
            OutletProfile p = e.getValue();
            SpeakerProfile none = SpeakerProfile.EMPTY;
            data.addValue(ratio(p.speakers().getOrDefault(Voice.OUTLET, none).sentences(), p.sentences()), narrator, categories.get(e.getKey()));
            long named = 0;
            for (String s : shown) {
                int n = p.speakers().getOrDefault(s, none).sentences();
                named += n;
                data.addValue(ratio(n, p.sentences()), s, categories.get(e.getKey()));
            }
            long rest = p.sentences() - named - p.speakers().getOrDefault(Voice.OUTLET, none).sentences()
                    - p.speakers().getOrDefault(Voice.UNKNOWN, none).sentences();
            anyOther |= rest > 0;
            anyUnknown |= p.speakers().containsKey(Voice.UNKNOWN);
            data.addValue(ratio(rest, p.sentences()), other, categories.get(e.getKey()));
            data.addValue(ratio(p.speakers().getOrDefault(Voice.UNKNOWN, none).sentences(), p.sentences()), unknown, categories.get(e.getKey()));
        }
        if (!anyOther) {
            data.removeRow(other);
        }
        if (!anyUnknown) {
            data.removeRow(unknown);
        }
        int height = Math.max(360, 230 + 56 * outlets.size());
        JFreeChart chart = barChart("Who speaks: each outlet's sentences by speaker",
                "Share of each outlet's sentences in each speaker's voice \u00b7 " + scope + " \u00b7 boilerplate excluded",
                "Outlet", "Share of the outlet's sentences", data, PlotOrientation.HORIZONTAL, true);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        for (int i = 0; i < data.getRowCount(); i++) {
            String key = (String) data.getRowKey(i);
            Paint paint = key.equals(narrator) ? NARRATOR : key.equals(other) ? OTHER : key.equals(unknown) ? UNKNOWN
                    : PALETTE[shown.indexOf(key) % PALETTE.length];
            r.setSeriesPaint(i, paint);
        }
        r.setDefaultItemLabelGenerator(new SmallValuesHidden(percent(0), 0.05));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelPaint(Color.BLACK);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 1.0);
        axis.setTickUnit(new NumberTickUnit(0.1, percent(0)));
        return new Drawn(chart, WIDTH, height);
    }

    private static Drawn topics(SortedMap<String, OutletProfile> outlets, Vocabulary v, String scope,
                                Map<String, Integer> colours) {
        List<String> topics = new ArrayList<>();
        for (String t : v.topics()) {
            if (outlets.values().stream().anyMatch(p -> p.topic(t) > 0)) {
                topics.add(t);
            }
        }
        // most-mentioned first, so the chart reads from the top
        topics.sort(Comparator.comparingDouble((String t) -> -outlets.values().stream()
                .mapToDouble(p -> ratio(p.topic(t), p.sentences())).sum()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> series = new HashMap<>();
        for (String t : topics) {
            for (Map.Entry<String, OutletProfile> e : outlets.entrySet()) {
                String key = e.getKey() + " (" + count(e.getValue().sentences(), "sentence") + ")";
                series.put(key, e.getKey());
                data.addValue(ratio(e.getValue().topic(t), e.getValue().sentences()), key, Vocabulary.title(t));
            }
        }
        int height = Math.max(HEIGHT, 200 + topics.size() * (outlets.size() * 16 + 14));
        JFreeChart chart = barChart("Topics by outlet",
                "Share of each outlet's sentences about each topic (a sentence may have several) \u00b7 " + scope,
                "Topic", "Share of the outlet's sentences", data, PlotOrientation.HORIZONTAL, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        colourOutlets(r, data, series, colours);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent(0)));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 10));
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        ticks(axis, data, true);
        axis.setUpperMargin(0.12);
        return new Drawn(chart, WIDTH, Math.min(height, 1400));
    }

    private static Drawn firstAppearance(SortedMap<String, OutletProfile> outlets, String scope) {
        boolean single = outlets.values().stream().allMatch(p -> p.articles() == 1);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, String> labels = new HashMap<>();
        for (String label : Lexicon.CORE_STANCES) {
            for (Map.Entry<String, OutletProfile> e : outlets.entrySet()) {
                OutletProfile p = e.getValue();
                String category = Vocabulary.title(label) + " \u00b7 " + e.getKey();
                if (single) {
                    // one article: the bar runs from the article's start to the first sentence carrying
                    // the label (a short bar = set early), coloured by where that sentence stands
                    int first = p.stance(label).indices().first();
                    int all = p.sentences() + p.boilerplate();
                    for (FirstPosition pos : FirstPosition.values()) {
                        boolean here = p.articlesFirstAt(label, pos) > 0;
                        double value = !here ? 0 : pos == FirstPosition.ABSENT ? 1.0 : (first + 1.0) / Math.max(1, all);
                        data.addValue(value, pos.title(), category);
                        if (here) {
                            labels.put(category, pos == FirstPosition.ABSENT ? "not present"
                                    : pos.title() + ", sentence " + first + " of " + all);
                        }
                    }
                } else {
                    for (FirstPosition pos : FirstPosition.values()) {
                        data.addValue(ratio(p.articlesFirstAt(label, pos), p.articles()), pos.title(), category);
                    }
                }
            }
        }
        int height = Math.max(380, 200 + 34 * data.getColumnCount());
        JFreeChart chart = barChart("Where each core label first appears",
                (single ? "How far into each article the label first appears (shorter = earlier)"
                        : "Share of each outlet's articles by where the label first appears")
                        + " \u00b7 lead = first paragraph of running text \u00b7 " + scope,
                "Label \u00b7 outlet", single ? "Position in the article (share of its sentences)"
                        : "Share of the outlet's articles", data, PlotOrientation.HORIZONTAL, true);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        for (int i = 0; i < POSITIONS.length; i++) {
            r.setSeriesPaint(i, POSITIONS[i]);
            // white on the two dark blues, black on the light ones
            r.setSeriesItemLabelPaint(i, i < 2 ? Color.WHITE : Color.BLACK);
        }
        if (single) {
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
                private static final long serialVersionUID = 1L;

                @Override
                public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                    Number n = dataset.getValue(row, column);
                    return n == null || n.doubleValue() <= 0 ? null : labels.get((String) dataset.getColumnKey(column));
                }
            });
            // the label goes just right of the bar's end, where it reads on any bar length
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            r.setPositiveItemLabelPositionFallback(new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
            // outside the bar the label stands on white: always black
            r.setDefaultItemLabelPaint(Color.BLACK);
            for (int i = 0; i < POSITIONS.length; i++) {
                r.setSeriesItemLabelPaint(i, Color.BLACK);
            }
        } else {
            r.setDefaultItemLabelGenerator(new SmallValuesHidden(percent(0), 0.08));
        }
        r.setDefaultItemLabelsVisible(true);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 1.0);
        axis.setTickUnit(new NumberTickUnit(0.1, percent(0)));
        return new Drawn(chart, WIDTH, height);
    }

    private static JFreeChart barChart(String title, String subtitle, String categoryLabel, String valueLabel,
                                       DefaultCategoryDataset data, PlotOrientation orientation, boolean stacked) {
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        NumberAxis values = new NumberAxis(valueLabel);
        BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(stacked ? 0.5 : 0.12);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 11));
        categories.setLabelFont(new Font(FONT, Font.BOLD, 12));
        categories.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        categories.setCategoryMargin(0.2);
        values.setLabelFont(new Font(FONT, Font.BOLD, 12));
        values.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 17), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(4, 8, 0, 8);
        TextTitle sub = new TextTitle(subtitle, new Font(FONT, Font.PLAIN, 12));
        sub.setPaint(new Color(0x444444));
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setMargin(2, 8, 6, 8);
        chart.addSubtitle(0, sub);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
        legend.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void colourOutlets(BarRenderer r, DefaultCategoryDataset data, Map<String, String> outletOf,
                                      Map<String, Integer> colours) {
        for (int i = 0; i < data.getRowCount(); i++) {
            String outlet = outletOf.get((String) data.getRowKey(i));
            r.setSeriesPaint(i, colour(colours.getOrDefault(outlet, i)));
        }
    }

    /** @return "1 sentence", "1,304 words": a count with its noun, for legends */
    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /**
     * @param index an outlet's index in the run's outlet list
     * @return its colour: the palette, then evenly spaced hues for runs with many outlets
     */
    static Color colour(int index) {
        if (index < PALETTE.length) {
            return PALETTE[index];
        }
        return Color.getHSBColor((index * 0.618034f) % 1f, 0.55f, 0.75f);
    }

    /** About eight ticks at round steps (1, 2, 2.5, 5 × 10^n), whatever the largest value. */
    private static void ticks(NumberAxis axis, DefaultCategoryDataset data, boolean share) {
        double max = 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number n = data.getValue(r, c);
                max = Math.max(max, n == null ? 0 : n.doubleValue());
            }
        }
        double step = niceStep(max <= 0 ? (share ? 0.1 : 1) : max / 8);
        NumberFormat fmt = share ? percent(step < 0.01 ? 1 : 0) : decimal(step < 1 ? "0.0" : "0");
        axis.setTickUnit(new NumberTickUnit(step, fmt));
    }

    /**
     * @param rough a wanted step
     * @return the nearest round step at or above it
     */
    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= rough - 1e-12) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static NumberFormat percent(int decimals) {
        return decimal(decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%");
    }

    private static NumberFormat decimal(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Labels a stacked segment only when it is wide enough to hold its label. */
    private static final class SmallValuesHidden extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final double min;

        SmallValuesHidden(NumberFormat format, double min) {
            super("{2}", format);
            this.min = min;
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            Number n = dataset.getValue(row, column);
            return n == null || n.doubleValue() < min ? null : super.generateLabel(dataset, row, column);
        }
    }
}
