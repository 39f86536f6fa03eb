package org.framelens.extract.codebook;

import java.util.Objects;
import org.framelens.model.SpeakerType;

/**
 * A name that stands for a speaker, with the canonical name to report. Immutable.
 *
 * @param alias       the name as written, without a leading "the"
 * @param canonical   the name to report
 * @param type        the speaker type
 * @param affiliation party, government or organization, may be empty
 */
public record SpeakerAlias(String alias, String canonical, SpeakerType type, String affiliation) {
    /** Validates. */
    public SpeakerAlias {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(affiliation, "affiliation");
    }
}
