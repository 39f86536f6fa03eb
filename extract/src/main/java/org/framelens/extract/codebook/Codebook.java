package org.framelens.extract.codebook;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.model.SpeakerType;

/**
 * The codebook in force for a run: every table, validated. Immutable and thread-safe; build it
 * with {@link CodebookLoader}.
 *
 * @param reportingCues  reporting verbs and phrases
 * @param speakerNouns   head noun of a speaker description → speaker type
 * @param speakerAliases names that stand for a speaker
 * @param places         countries, capitals and other places that speak for their governments
 * @param sources        for each table, where it came from ({@code default:NAME} or a path)
 */
public record Codebook(List<ReportingCue> reportingCues, Map<String, SpeakerType> speakerNouns,
                       List<SpeakerAlias> speakerAliases, Set<String> places, Map<String, String> sources) {
    /** Copies every table. */
    public Codebook {
        reportingCues = List.copyOf(reportingCues);
        speakerNouns = Map.copyOf(speakerNouns);
        speakerAliases = List.copyOf(speakerAliases);
        places = Set.copyOf(places);
        sources = Map.copyOf(sources);
    }
}
