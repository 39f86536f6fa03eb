package org.framelens.model.align;

import java.util.Objects;

/**
 * A wording choice that sets one outlet apart from the others on the same story. Immutable and
 * thread-safe.
 *
 * @param outlet   the outlet that made the choice
 * @param aspect   what differs: {@link #CUE}, {@link #SPEAKER} or {@link #EVALUATIVE}
 * @param term     this outlet's word: its reporting cue, the speaker it names, or its evaluative word
 * @param sentence the sentence where it appears
 * @param others   what the other outlets used instead ("agency: said; portal: claimed"), or for an
 *                 evaluative word its kind and polarity and that no other outlet used it
 * @param quote    the quote cluster id it concerns, 0 when none
 */
public record WordingNote(String outlet, String aspect, String term, int sentence, String others, int quote) {
    /** Another outlet reports the same quotation with a different reporting cue. */
    public static final String CUE = "reporting cue";
    /** Another outlet gives the same quotation or content to a different speaker. */
    public static final String SPEAKER = "speaker";
    /** The narrator uses an evaluative word no other outlet's narrator used. */
    public static final String EVALUATIVE = "evaluative word";

    /** Validates. */
    public WordingNote {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(others, "others");
    }
}
