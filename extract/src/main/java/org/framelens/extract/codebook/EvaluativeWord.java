package org.framelens.extract.codebook;

import java.util.Objects;
import org.framelens.extract.match.CuePattern;

/**
 * A row of {@code evaluative_words.csv}: a word or phrase by which a narrator evaluates what it
 * reports ("unsubstantiated", "considerable", "widely criticised", "purported"). Immutable and
 * thread-safe.
 *
 * @param pattern  the word or phrase, in cue syntax
 * @param polarity {@code negative}, {@code positive} or {@code neutral}
 * @param kind     what it does: {@code doubt}, {@code criticism}, {@code praise}, {@code intensity},
 *                 {@code hedge}, {@code alarm} or {@code loaded}
 */
public record EvaluativeWord(CuePattern pattern, String polarity, String kind) {
    /** The polarities a row may give. */
    public static final java.util.List<String> POLARITIES = java.util.List.of("negative", "positive", "neutral");
    /** The kinds a row may give. */
    public static final java.util.List<String> KINDS =
            java.util.List.of("doubt", "criticism", "praise", "intensity", "hedge", "alarm", "loaded");

    /** Validates. */
    public EvaluativeWord {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(kind, "kind");
    }
}
