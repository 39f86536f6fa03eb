package org.framelens.model.align;

import java.util.Objects;

/**
 * Two sentences of one story, in two outlets, that carry the same quotation or the same content.
 * Sentences are named by their outlet and 0-based index, the keys of {@code sentences.csv}.
 * Immutable and thread-safe.
 *
 * @param outletA    the first outlet (in the story's outlet order)
 * @param sentenceA  the sentence index in {@code outletA}
 * @param outletB    the second outlet
 * @param sentenceB  the sentence index in {@code outletB}
 * @param type       {@link MatchType#SAME_QUOTE} or {@link MatchType#PARAPHRASE}
 * @param similarity 0 to 1: shingle containment for a quote, TF-IDF cosine for a paraphrase
 * @param evidence   what made the match: the shared words, or the quotation's first words
 */
public record SentencePair(String outletA, int sentenceA, String outletB, int sentenceB, MatchType type,
                           double similarity, String evidence) {
    /** Validates. */
    public SentencePair {
        Objects.requireNonNull(outletA, "outletA");
        Objects.requireNonNull(outletB, "outletB");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        if (type == MatchType.UNIQUE) {
            throw new IllegalArgumentException("a pair is a same quote or a paraphrase");
        }
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity out of [0, 1]: " + similarity);
        }
    }
}
