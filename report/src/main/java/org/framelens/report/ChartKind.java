package org.framelens.report;

/**
 * The charts of a report, each a PNG file under {@code OUT/charts/}. Immutable and thread-safe.
 */
public enum ChartKind {
    /** Grouped bars: share of each outlet's sentences carrying each core stance label. */
    FRAMING_SHARE("framing-share.png"),
    /** Grouped bars: sentences carrying each core stance label per 1,000 words. */
    FRAMING_PER_1000_WORDS("framing-per-1000-words.png"),
    /** Stacked bars: each outlet's sentences by speaker (the outlet's own voice included). */
    SPEAKER_VOICE_SHARE("speaker-voice-share.png"),
    /** Grouped bars: share of each outlet's sentences per topic. */
    TOPICS_BY_OUTLET("topics-by-outlet.png"),
    /** Stacked bars: where each core label first appears in each outlet's articles. */
    FIRST_APPEARANCE("first-appearance.png");

    private final String file;

    ChartKind(String file) {
        this.file = file;
    }

    /** @return the PNG file name */
    public String file() {
        return file;
    }
}
