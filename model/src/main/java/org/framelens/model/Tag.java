package org.framelens.model;

import java.util.Objects;

/**
 * A label on a sentence (a stance or a topic) with the evidence that produced it and, for a
 * concession, the direction the text gives it. Immutable and thread-safe.
 *
 * @param label     the label, e.g. {@code skepticism} or {@code diplomacy}
 * @param evidence  the cue or term that produced it, as found in the sentence
 * @param direction for a concession: {@code offered}, {@code demanded}, {@code refused},
 *                  {@code made} or {@code withdrawn} where the text says it; empty otherwise
 */
public record Tag(String label, String evidence, String direction) {
    /**
     * How the evidence of a label that a learnt model gave (not a cue) starts: {@code model p=0.47:
     * word:agree +0.91, …} — the model's probability and the features that raised it most.
     */
    public static final String MODEL_EVIDENCE = "model p=";

    /** What the reports count as the "cue" of a label the model gave. */
    public static final String MODEL_TERM = "(stance model)";

    /** Validates that the label is not blank and nothing is null. */
    public Tag {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(direction, "direction");
        if (label.isBlank()) {
            throw new IllegalArgumentException("blank label");
        }
    }

    /**
     * A tag with no direction (topics, and stances other than concessions).
     *
     * @param label    the label
     * @param evidence the cue or term that produced it
     */
    public Tag(String label, String evidence) {
        this(label, evidence, "");
    }
}
