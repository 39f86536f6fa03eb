package org.framelens.extract.codebook;

import java.util.List;
import java.util.Objects;

/**
 * A reporting cue of the codebook: a lemma and the forms that express it. Immutable.
 *
 * @param lemma       base form, written to the {@code cue} column ("say")
 * @param forms       lower-case forms to match, one or several words each ("said", "call for")
 * @param frame       where the source stands relative to the cue
 * @param connotation {@code neutral} or {@code loaded}
 * @param shade       what a loaded cue adds ("doubt", "emphasis", …), may be empty
 */
public record ReportingCue(String lemma, List<String> forms, Frame frame, String connotation, String shade) {
    /** Where the source of an attribution stands relative to the cue. */
    public enum Frame {
        /** The source is the verb's subject: "Smith said", "said Smith". */
        VERB,
        /** The source follows the cue: "according to Smith". */
        SOURCE,
        /** The cue names no source: "in a statement"; the source is found around it. */
        PHRASE
    }

    /** Validates and copies. */
    public ReportingCue {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(connotation, "connotation");
        Objects.requireNonNull(shade, "shade");
        forms = List.copyOf(forms);
    }

    /** @return whether the cue colours what it reports */
    public boolean loaded() {
        return connotation.equals("loaded");
    }
}
