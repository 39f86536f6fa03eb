package org.framelens.model;

import java.util.Locale;

/**
 * The structural kind of a sentence, as {@code ANNOTATION.md} defines it.
 *
 * <p>Immutable and thread-safe. {@link #label()} is the lower-case value written to CSV files.
 */
public enum Kind {
    /** The article's title, or a variant title the page repeats. */
    HEADLINE,
    /** A section heading inside the body. */
    SUBHEAD,
    /** Running text. */
    BODY,
    /** Page furniture: datelines, category strips, bylines, teasers, share and comment prompts. */
    BOILERPLATE;

    /** @return the label used in CSV files and gold files, e.g. {@code "headline"} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether sentences of this kind count in aggregates (boilerplate does not) */
    public boolean counted() {
        return this != BOILERPLATE;
    }

    /**
     * Parses a label as written in CSV files.
     *
     * @param label a label such as {@code "body"}, case-insensitive
     * @return the kind
     * @throws IllegalArgumentException when the label names no kind
     */
    public static Kind fromLabel(String label) {
        return Labels.parse(Kind.class, label);
    }
}
