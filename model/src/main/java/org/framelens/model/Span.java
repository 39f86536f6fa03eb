package org.framelens.model;

/**
 * A half-open character range {@code [start, end)} into an article's text, in Java {@code String}
 * indices. Immutable and thread-safe.
 *
 * @param start first character, inclusive, {@code >= 0}
 * @param end   last character, exclusive, {@code >= start}
 */
public record Span(int start, int end) {
    /** Validates the range. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** @return the number of characters covered */
    public int length() {
        return end - start;
    }

    /**
     * @param other another span
     * @return how many characters the two spans share (0 when disjoint)
     */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /**
     * @param text the text this span indexes
     * @return the covered characters
     */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
