package org.framelens.model.align;

import java.util.Objects;

/**
 * A sentence whose content no other outlet of the story carried, with the tags an analyst reads it
 * by. Immutable and thread-safe.
 *
 * @param outlet     the outlet
 * @param sentence   its index in that outlet's article
 * @param kind       headline, subhead or body
 * @param text       the sentence
 * @param speaker    its speaker ({@code OUTLET} for the narrator)
 * @param stances    its stance labels, {@code ;}-separated
 * @param topics     its topic labels, {@code ;}-separated
 * @param evaluative the narrator's evaluative words in it, {@code ;}-separated (empty when none)
 */
public record UniqueSentence(String outlet, int sentence, String kind, String text, String speaker, String stances,
                             String topics, String evaluative) {
    /** Validates. */
    public UniqueSentence {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(stances, "stances");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(evaluative, "evaluative");
    }
}
