package org.framelens.model;

import java.util.Objects;

/**
 * Who speaks in a sentence and how: the speaker tagging of one sentence. Immutable and
 * thread-safe.
 *
 * @param speaker     canonical speaker name, {@code OUTLET} for the narrator, {@code UNKNOWN}
 * @param type        the speaker's type
 * @param attribution direct, reported or narrator
 * @param cue         the reporting cue's lemma, empty for narrator sentences
 * @param evidence    what decided the attribution, for tracing; empty when nothing did
 */
public record Voice(String speaker, SpeakerType type, Attribution attribution, String cue, String evidence) {
    /** The speaker name of the narrator. */
    public static final String OUTLET = "OUTLET";
    /** The speaker name of a source nothing identifies. */
    public static final String UNKNOWN = "UNKNOWN";
    /** The narrator's voice: the default for every sentence no tagger attributes. */
    public static final Voice NARRATOR = new Voice(OUTLET, SpeakerType.OUTLET, Attribution.NARRATOR, "", "");

    /** Validates that no component is null. */
    public Voice {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(evidence, "evidence");
    }
}
