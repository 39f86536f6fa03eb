package org.framelens.model.profile;

import java.util.Locale;

/**
 * Where in an article a label first appears: what an analyst means by "how early" a frame is
 * set. Immutable and thread-safe.
 */
public enum FirstPosition {
    /** In the headline (a sentence of kind {@code headline}). */
    HEADLINE("headline", "Headline"),
    /** In the lead: the first paragraph that holds running text. */
    LEAD("lead", "Lead paragraph"),
    /** Anywhere after the lead, subheads included. */
    LATER("later", "Later"),
    /** Nowhere in the article's counted sentences. */
    ABSENT("absent", "Not present");

    private final String label;
    private final String title;

    FirstPosition(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** @return the lower-case label used in CSV files, e.g. {@code "lead"} */
    public String label() {
        return label;
    }

    /** @return the name shown to an analyst, e.g. {@code "Lead paragraph"} */
    public String title() {
        return title;
    }

    /**
     * @param label a label such as {@code "headline"}, case-insensitive
     * @return the position
     * @throws IllegalArgumentException when the label names no position
     */
    public static FirstPosition fromLabel(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (FirstPosition p : values()) {
            if (p.label.equals(wanted)) {
                return p;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a first position (headline, lead, later, absent)");
    }
}
