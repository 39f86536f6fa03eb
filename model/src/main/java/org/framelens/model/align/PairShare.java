package org.framelens.model.align;

import java.util.Objects;

/**
 * How much of one outlet's story another outlet also carried. Immutable and thread-safe.
 *
 * @param outlet     the outlet whose sentences are counted
 * @param other      the outlet compared with
 * @param sentences  the outlet's counted sentences (boilerplate excluded)
 * @param sameQuote  of those, sentences sharing a quotation with {@code other}
 * @param paraphrase of those, sentences (not already counted as same quote) whose content
 *                   {@code other} reworded
 */
public record PairShare(String outlet, String other, int sentences, int sameQuote, int paraphrase) {
    /** Validates. */
    public PairShare {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(other, "other");
        if (sameQuote + paraphrase > sentences || sameQuote < 0 || paraphrase < 0) {
            throw new IllegalArgumentException("shared sentences out of range");
        }
    }

    /** @return the share of the outlet's sentences that {@code other} also carried, 0 to 1 */
    public double share() {
        return sentences == 0 ? 0 : (double) (sameQuote + paraphrase) / sentences;
    }
}
