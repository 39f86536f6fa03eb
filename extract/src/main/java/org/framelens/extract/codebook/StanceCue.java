package org.framelens.extract.codebook;

import java.util.Objects;
import org.framelens.extract.match.CuePattern;

/**
 * A row of {@code stance_cues.csv}: a cue pattern that gives a sentence a stance label, or that
 * blocks the label's other cues where it matches. Immutable and thread-safe.
 *
 * @param label     the stance label ({@code skepticism}, {@code condition}, {@code concession}, or a
 *                  label the codebook adds)
 * @param pattern   the cue
 * @param negation  what a negation in the cue's scope does to it
 * @param direction the concession direction the cue itself says ({@code refused} for "dig in"),
 *                  empty when the context decides
 * @param block     {@code true} for a block row: where it matches, the label's cues it overlaps
 *                  are ignored ("no doubt", "on condition of anonymity")
 * @param line      the line of the row in its file, for tracing
 */
public record StanceCue(String label, CuePattern pattern, Negation negation, String direction, boolean block,
                        long line) {
    /** What a negation ("not", "no", "never", "refused to" …) in the cue's scope does. */
    public enum Negation {
        /** The label stays; a concession becomes {@code refused} ("will not surrender"). */
        KEEP,
        /** The label goes: "no doubt", "not sceptical". */
        DROP,
        /** The cue only counts when negated: "not convinced", "can't be trusted". */
        REQUIRE
    }

    /** Validates. */
    public StanceCue {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(negation, "negation");
        Objects.requireNonNull(direction, "direction");
    }
}
