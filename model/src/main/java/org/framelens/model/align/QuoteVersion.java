package org.framelens.model.align;

import java.util.List;
import java.util.Objects;
import org.framelens.model.Attribution;
import org.framelens.model.Span;

/**
 * One outlet's version of a quotation: the quoted text as that outlet printed it (its pieces joined
 * with " … " when the outlet split it), who it attributes it to and with which cue, and where it
 * placed it. Immutable and thread-safe.
 *
 * @param outlet      the outlet
 * @param sentences   the indices of the sentences holding it, ascending
 * @param text        the quoted words, without the quotation marks
 * @param words       how many words the outlet quoted
 * @param speaker     the speaker the outlet names for it ({@code UNKNOWN} when none)
 * @param cue         the reporting cue lemma, empty when none
 * @param attribution how the first sentence holding it is attributed
 * @param place       headline, lead paragraph or later
 * @param depth       0 to 1: how far into the article's counted sentences it first appears
 * @param whole       whether the outlet quoted (nearly) all of the longest version
 * @param spans       where the pieces are in the outlet's article: character offsets of the quoted
 *                    words, quotation marks excluded, in text order
 */
public record QuoteVersion(String outlet, List<Integer> sentences, String text, int words, String speaker, String cue,
                           Attribution attribution, Place place, double depth, boolean whole, List<Span> spans) {
    /** Validates and copies. */
    public QuoteVersion {
        Objects.requireNonNull(outlet, "outlet");
        sentences = List.copyOf(sentences);
        spans = List.copyOf(spans);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(place, "place");
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a quote version lies in at least one sentence");
        }
    }

    /** @return the first sentence holding it */
    public int firstSentence() {
        return sentences.get(0);
    }
}
