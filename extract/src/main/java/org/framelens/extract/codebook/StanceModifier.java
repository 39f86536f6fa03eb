package org.framelens.extract.codebook;

import java.util.Locale;
import java.util.Objects;
import org.framelens.extract.match.CuePattern;

/**
 * A row of {@code stance_modifiers.csv}: a word or contiguous phrase that changes how the stance
 * cues near it are read. Immutable and thread-safe.
 *
 * @param kind    what it does
 * @param pattern the word or phrase (no gaps, no classes)
 */
public record StanceModifier(Kind kind, CuePattern pattern) {
    /** What a modifier does to the cues after it in its clause. */
    public enum Kind {
        /** not, no, never, nobody, without …: negation (see {@link StanceCue.Negation}). */
        NEGATOR,
        /** refuse, reject, rule out …: negates like a negator; a concession becomes refused. */
        REFUSAL,
        /** must, demand, require, urge …: a concession in its scope is demanded. */
        DEMAND,
        /** offer, propose, willing to …: a concession in its scope is offered. */
        OFFER,
        /** retract, rescind, take back …: a concession in its scope is withdrawn. */
        RETRACTION,
        /** make, agree to …: a concession in its scope is made. */
        MADE,
        /** may, might, reportedly …: noted in the evidence. */
        HEDGE,
        /** clearly, deeply, firmly …: noted in the evidence. */
        BOOSTER,
        /** but, although, because …: ends the scope of the modifiers before it. */
        BOUNDARY,
        /** a phrase that shields its words from other kinds ("a few", "not only"). */
        IGNORE,
        /**
         * no doubt, without question, make no mistake …: a certainty idiom. It shields its words
         * like {@link #IGNORE} ("no" there negates nothing), no stance cue counts inside it, and the
         * stance model reads it as one class, not as its words ("doubt" there affirms).
         */
        CERTAINTY;

        /** @return the lower-case name used in the CSV and in {@code <class>} cue words */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates. */
    public StanceModifier {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
    }
}
