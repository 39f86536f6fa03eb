package org.framelens.extract.codebook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.extract.match.CuePattern;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.match.Vocabulary;
import org.framelens.model.SpeakerType;

/**
 * The codebook in force for a run: every table, validated. Immutable and thread-safe; build it
 * with {@link CodebookLoader}.
 *
 * @param reportingCues    reporting verbs and phrases
 * @param speakerNouns     head noun of a speaker description → speaker type
 * @param speakerAliases   names that stand for a speaker
 * @param places           countries, capitals and other places that speak for their governments
 * @param lemmas           irregular word forms → lemma ({@code gave → give}), lower case
 * @param stanceModifiers  negators, refusals, hedges, boosters … that change how stance cues read
 * @param stanceCues       stance cues and block rows, in file order
 * @param stanceModel      the learnt stance model ({@code stance_model.csv}); empty for none
 * @param topics           the topic taxonomy, in file order
 * @param evaluativeWords  the narrator's evaluative words
 * @param sources          for each table, where it came from ({@code default:NAME} or a path)
 * @param sha256           hex SHA-256 over every table's name and content, in {@link CodebookLoader#FILES}
 *                         order: identifies the codebook a run used
 */
public record Codebook(List<ReportingCue> reportingCues, Map<String, SpeakerType> speakerNouns,
                       List<SpeakerAlias> speakerAliases, Set<String> places, Map<String, String> lemmas,
                       List<StanceModifier> stanceModifiers, List<StanceCue> stanceCues, StanceModel stanceModel,
                       List<Topic> topics,
                       List<EvaluativeWord> evaluativeWords, Map<String, String> sources, String sha256) {
    /** The labels every codebook keeps (coding guide, "Stance"). */
    public static final List<String> CORE_STANCES = List.of("skepticism", "condition", "concession");

    /** Copies every table. */
    public Codebook {
        reportingCues = List.copyOf(reportingCues);
        speakerNouns = Map.copyOf(speakerNouns);
        speakerAliases = List.copyOf(speakerAliases);
        places = Set.copyOf(places);
        lemmas = Map.copyOf(lemmas);
        stanceModifiers = List.copyOf(stanceModifiers);
        stanceCues = List.copyOf(stanceCues);
        java.util.Objects.requireNonNull(stanceModel, "stanceModel");
        topics = List.copyOf(topics);
        evaluativeWords = List.copyOf(evaluativeWords);
        sources = Map.copyOf(sources);
        java.util.Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * A codebook with the speaker tables only (no stance, topic or evaluative tables), for
     * stages and tests that need no more.
     *
     * @param reportingCues  reporting verbs and phrases
     * @param speakerNouns   head noun of a speaker description → speaker type
     * @param speakerAliases names that stand for a speaker
     * @param places         places that speak for their governments
     * @param sources        where each table came from
     */
    public Codebook(List<ReportingCue> reportingCues, Map<String, SpeakerType> speakerNouns,
                    List<SpeakerAlias> speakerAliases, Set<String> places, Map<String, String> sources) {
        this(reportingCues, speakerNouns, speakerAliases, places, Map.of(), List.of(), List.of(), StanceModel.EMPTY,
                List.of(), List.of(), sources, "");
    }

    /** @return the word normaliser of this codebook (its lemma table and the light stemmer) */
    public Normalizer normalizer() {
        return new Normalizer(lemmas);
    }

    /**
     * The words this codebook's cue matchers and stance model look up, numbered
     * ({@link Vocabulary}): every word and exact form of the stance cues, modifiers, evaluative
     * words and topic terms, and every word of the model's {@code word:} and {@code pair:}
     * features (a pair cut at each of its spaces) and the number key {@code #}. Built anew on
     * each call; the extractor builds it once and gives its stages one normaliser that carries it
     * ({@link Normalizer#withVocabulary}).
     *
     * @return the vocabulary
     */
    public Vocabulary vocabulary() {
        Set<String> out = new java.util.HashSet<>();
        java.util.function.Consumer<CuePattern> words = p -> p.segments().forEach(seg -> seg.forEach(
                position -> position.forEach(alt -> {
                    if (alt.kind() != CuePattern.AltKind.CLASS) {
                        out.add(alt.value());
                    }
                })));
        stanceCues.forEach(c -> words.accept(c.pattern()));
        stanceModifiers.forEach(m -> words.accept(m.pattern()));
        evaluativeWords.forEach(w -> words.accept(w.pattern()));
        topics.forEach(t -> t.terms().forEach(words));
        out.add("#");
        java.util.function.Consumer<String> feature = f -> {
            if (f.startsWith("word:")) {
                out.add(f.substring("word:".length()));
            } else if (f.startsWith("pair:")) {
                String p = f.substring("pair:".length());
                for (int at = p.indexOf(' '); at >= 0; at = p.indexOf(' ', at + 1)) {
                    out.add(p.substring(0, at));
                    out.add(p.substring(at + 1));
                }
            }
        };
        stanceModel.first().values().forEach(m -> m.weights().keySet().forEach(feature));
        stanceModel.labels().values().forEach(m -> m.weights().keySet().forEach(feature));
        return Vocabulary.of(out);
    }

    /** @return the stance labels, core labels first, then the others in file order */
    public List<String> stanceLabels() {
        Set<String> out = new LinkedHashSet<>(CORE_STANCES);
        stanceCues.forEach(c -> out.add(c.label()));
        return List.copyOf(out);
    }
}
