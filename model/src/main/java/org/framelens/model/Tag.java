package org.framelens.model;

import java.util.Objects;

/**
 * A label on a sentence (a stance or a topic) with the evidence that produced it. Immutable and
 * thread-safe.
 *
 * @param label    the label, e.g. {@code skepticism} or {@code diplomacy}
 * @param evidence the cue or term that produced it, as found in the sentence
 */
public record Tag(String label, String evidence) {
    /** Validates that the label is not blank. */
    public Tag {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
        if (label.isBlank()) {
            throw new IllegalArgumentException("blank label");
        }
    }
}
