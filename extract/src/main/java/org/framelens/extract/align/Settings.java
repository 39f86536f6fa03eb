package org.framelens.extract.align;

/**
 * The thresholds of {@link ShingleAligner}, with tested defaults ({@link #DEFAULTS}). Immutable.
 *
 * @param quoteMinWords      a quotation needs this many words to be aligned (shorter ones are
 *                           scare quotes or single words, too common to tell quotes apart)
 * @param shingle            words per shingle when comparing quotations
 * @param quoteContainment   two quotations are the same when this share of the shorter one's
 *                           shingles is in the longer one (a trimmed quote is still the same quote)
 * @param paraphraseCosine   two sentences reword the same content at this TF-IDF cosine or above
 * @param paraphraseMinTerms ... and when they share at least this many content words
 * @param wholeShare         a version of a quote is "whole" when it has this share of the longest
 *                           version's words
 */
public record Settings(int quoteMinWords, int shingle, double quoteContainment, double paraphraseCosine,
                       int paraphraseMinTerms, double wholeShare) {
    /** The defaults, chosen on the pairs of {@code ShingleAlignerTest}. */
    public static final Settings DEFAULTS = new Settings(3, 3, 0.5, 0.2, 3, 0.85);

    /** Validates. */
    public Settings {
        if (shingle < 1 || quoteMinWords < shingle) {
            throw new IllegalArgumentException("need 1 <= shingle <= quoteMinWords");
        }
        for (double d : new double[] {quoteContainment, paraphraseCosine, wholeShare}) {
            if (d <= 0 || d > 1) {
                throw new IllegalArgumentException("thresholds lie in (0, 1]: " + d);
            }
        }
        if (paraphraseMinTerms < 1) {
            throw new IllegalArgumentException("paraphraseMinTerms must be at least 1");
        }
    }
}
