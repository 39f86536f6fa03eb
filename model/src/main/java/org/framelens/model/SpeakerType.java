package org.framelens.model;

import java.util.Locale;

/**
 * What kind of source a speaker is, as {@code ANNOTATION.md} defines it. Immutable and thread-safe.
 */
public enum SpeakerType {
    /** A named or described individual. */
    PERSON,
    /** A collective of people ("European leaders", "Democrats"). */
    GROUP,
    /** A government, capital used for its government, party, agency or company. */
    ORGANIZATION,
    /** The narrator: the outlet's own voice. */
    OUTLET,
    /** A source that nothing in the text identifies. */
    UNKNOWN;

    /** @return the label used in CSV files, e.g. {@code "person"} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label such as {@code "group"}, case-insensitive
     * @return the type
     * @throws IllegalArgumentException when the label names no type
     */
    public static SpeakerType fromLabel(String label) {
        return Labels.parse(SpeakerType.class, label);
    }
}
