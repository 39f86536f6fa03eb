package org.framelens.report;

import java.util.Objects;

/**
 * One fact of the tidy CSV exports: a measure of one outlet (in one story, or across stories)
 * for one label. Immutable and thread-safe.
 *
 * @param measure what is counted ({@code stance}, {@code speaker_sentences} …; see {@link Measures})
 * @param label   the label, speaker or cue it is counted for
 * @param detail  a second key where the measure has one (a voice, a position, a speaker …), else empty
 * @param count   the count
 * @param base    what the share is a share of, {@code null} when the measure has no share
 * @param per1000 whether the count is of sentences, so that a rate per 1,000 words means something
 */
public record MeasureRow(String measure, String label, String detail, long count, Long base, boolean per1000) {
    /** Validates. */
    public MeasureRow {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
    }

    /** @return count / base, {@code null} without a base or when the base is 0 */
    public Double share() {
        return base == null || base == 0 ? null : (double) count / base;
    }

    /**
     * @param words the words the outlet's counted sentences hold
     * @return count per 1,000 of them, {@code null} when not a sentence count or no words
     */
    public Double per1000(long words) {
        return !per1000 || words == 0 ? null : count * 1000.0 / words;
    }
}
