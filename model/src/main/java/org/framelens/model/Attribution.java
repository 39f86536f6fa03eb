package org.framelens.model;

import java.util.Locale;

/**
 * How a sentence's content is attributed, as {@code ANNOTATION.md} defines it. Immutable and
 * thread-safe.
 */
public enum Attribution {
    /** Words in quotation marks attributed to the speaker. */
    DIRECT,
    /** The speaker's words or position paraphrased through a reporting cue. */
    REPORTED,
    /** The outlet's own voice. */
    NARRATOR;

    /** @return the label used in CSV files, e.g. {@code "direct"} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label such as {@code "reported"}, case-insensitive
     * @return the attribution
     * @throws IllegalArgumentException when the label names no attribution
     */
    public static Attribution fromLabel(String label) {
        return Labels.parse(Attribution.class, label);
    }
}
