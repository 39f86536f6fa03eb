package org.framelens.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the codebook knows about the labels, words and names the report shows, handed to the
 * report without making it depend on the extractor: the stance and topic labels in codebook order,
 * the connotation of each reporting cue and the affiliation of known speakers. Immutable and
 * thread-safe.
 *
 * @param stances      stance labels in the order to show them: the {@link #CORE_STANCES} first,
 *                     then the codebook's others
 * @param topics       topic labels in codebook order
 * @param cues         reporting cue lemma ({@code say}, {@code insist}) → its sense; lemmas as
 *                     written to the {@code cue} column
 * @param affiliations canonical speaker name → party, government or organization it belongs to;
 *                     only speakers with a known affiliation
 */
public record Lexicon(List<String> stances, List<String> topics, Map<String, CueSense> cues,
                      Map<String, String> affiliations) {
    /** The three stance labels every codebook keeps ({@code ANNOTATION.md}, "Stance"), in this order. */
    public static final List<String> CORE_STANCES = List.of("skepticism", "condition", "concession");

    /**
     * A lexicon that knows nothing but the core labels: every cue has an unknown connotation, no
     * speaker an affiliation.
     */
    public static final Lexicon EMPTY = new Lexicon(CORE_STANCES, List.of(), Map.of(), Map.of());

    /** The connotation of a cue the lexicon does not list. */
    public static final String UNKNOWN = "unknown";

    /**
     * How a reporting cue colours what it reports.
     *
     * @param connotation {@code neutral} ("said", "told") or {@code loaded} ("claimed", "insisted")
     * @param shade       what a loaded cue adds ("doubt", "emphasis", "dismissal" …), may be empty
     */
    public record CueSense(String connotation, String shade) {
        /** Validates that nothing is null. */
        public CueSense {
            Objects.requireNonNull(connotation, "connotation");
            Objects.requireNonNull(shade, "shade");
        }
    }

    /** Copies everything and puts the core labels first. */
    public Lexicon {
        LinkedHashSet<String> s = new LinkedHashSet<>(CORE_STANCES);
        s.addAll(stances);
        stances = List.copyOf(s);
        topics = List.copyOf(new LinkedHashSet<>(topics));
        cues = Map.copyOf(cues);
        affiliations = Map.copyOf(affiliations);
    }

    /**
     * @param lemma a reporting cue lemma, as in the {@code cue} column
     * @return {@code neutral}, {@code loaded}, or {@link #UNKNOWN} when the lexicon does not list it
     */
    public String connotation(String lemma) {
        CueSense s = cues.get(lemma);
        return s == null ? UNKNOWN : s.connotation();
    }

    /**
     * @param lemma a reporting cue lemma
     * @return what the cue adds ("doubt" …), empty when nothing or unknown
     */
    public String shade(String lemma) {
        CueSense s = cues.get(lemma);
        return s == null ? "" : s.shade();
    }

    /**
     * @param speaker a canonical speaker name
     * @return its affiliation, empty when the lexicon does not know one
     */
    public String affiliation(String speaker) {
        return affiliations.getOrDefault(speaker, "");
    }
}
