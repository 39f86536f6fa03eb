package org.framelens.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framelens.model.Attribution;
import org.framelens.model.Lexicon;
import org.framelens.model.SpeakerType;
import org.framelens.model.Voice;
import org.framelens.model.profile.FirstPosition;
import org.framelens.model.profile.LabelProfile;
import org.framelens.model.profile.OutletProfile;
import org.framelens.model.profile.SpeakerProfile;

/**
 * The tidy rows of one outlet profile: the single definition of every measure the CSV exports
 * hold (the README documents each). Measures marked complete list every label of the run, zeros
 * included, so every story × outlet has the same rows; the others list what occurs. Stateless
 * and thread-safe.
 */
public final class Measures {
    /** Totals: articles, sentences, boilerplate_sentences, words, named_speakers. No share. */
    public static final String TOTALS = "totals";
    /** Sentences per stance label (and {@code neutral}); share of counted sentences. Complete. */
    public static final String STANCE = "stance";
    /** A label's sentences by voice (detail narrator / direct / reported); share of the label's sentences. Complete. */
    public static final String STANCE_VOICE = "stance_voice";
    /** Articles by where a label first appears (detail headline / lead / later / absent). Complete. */
    public static final String STANCE_FIRST_POSITION = "stance_first_position";
    /** A label's sentences per attributed speaker (detail); share of the label's sentences. */
    public static final String STANCE_SPEAKER = "stance_speaker";
    /** A label's sentences per cue term (detail); share of the label's sentences. */
    public static final String STANCE_CUE_TERM = "stance_cue_term";
    /** Concession sentences per direction; share of concession sentences. Complete. */
    public static final String CONCESSION_DIRECTION = "concession_direction";
    /** Sentences per topic (and {@code none}); share of counted sentences. Complete. */
    public static final String TOPIC = "topic";
    /** Sentences per topic (label) and stance (detail); share of the topic's sentences. */
    public static final String TOPIC_STANCE = "topic_stance";
    /** Sentences per attribution; share of counted sentences. Complete. */
    public static final String ATTRIBUTION = "attribution";
    /** Words per attribution; share of counted words. Complete. */
    public static final String ATTRIBUTION_WORDS = "attribution_words";
    /** Sentences per speaker type; share of counted sentences. Complete. */
    public static final String SPEAKER_TYPE = "speaker_type";
    /** Sentences per speaker (detail: the speaker's type); share of counted sentences: voice share. */
    public static final String SPEAKER_SENTENCES = "speaker_sentences";
    /** Words per speaker; share of counted words. */
    public static final String SPEAKER_WORDS = "speaker_words";
    /** Words of a speaker's direct-quote sentences; share of all direct-quote words. */
    public static final String SPEAKER_DIRECT_WORDS = "speaker_direct_words";
    /** A speaker's sentences by attribution (detail direct / reported); share of the speaker's sentences. */
    public static final String SPEAKER_ATTRIBUTION = "speaker_attribution";
    /** Attributed sentences per reporting cue (detail: its connotation); share of sentences with a cue. */
    public static final String REPORTING_CUE = "reporting_cue";
    /** Sentences with a cue per connotation (neutral / loaded / unknown); share of sentences with a cue. Complete. */
    public static final String REPORTING_CUE_CONNOTATION = "reporting_cue_connotation";

    /** The label under which speakers folded away by the per-article cap are counted. */
    public static final String OTHER_SPEAKERS = "(other speakers)";
    /** The label under which cue terms or speakers beyond a label's list are counted. */
    public static final String OTHER = "(other)";

    private Measures() {
    }

    /**
     * @param p       an outlet's profile
     * @param v       the labels of the run
     * @param lexicon cue connotations
     * @return its rows, in a fixed order
     */
    static List<MeasureRow> rows(OutletProfile p, Vocabulary v, Lexicon lexicon) {
        List<MeasureRow> out = new ArrayList<>();
        long n = p.sentences();
        out.add(total("articles", p.articles()));
        out.add(total("sentences", n));
        out.add(total("boilerplate_sentences", p.boilerplate()));
        out.add(total("words", p.words()));
        out.add(total("named_speakers", p.namedSpeakers()));
        for (String label : v.stances()) {
            out.add(new MeasureRow(STANCE, label, "", p.stance(label).sentences(), n, true));
        }
        out.add(new MeasureRow(STANCE, Vocabulary.NEUTRAL, "", p.neutral(), n, true));
        for (String label : v.stances()) {
            LabelProfile l = p.stance(label);
            for (Attribution a : List.of(Attribution.NARRATOR, Attribution.DIRECT, Attribution.REPORTED)) {
                out.add(new MeasureRow(STANCE_VOICE, label, a.label(), l.sentences(a), (long) l.sentences(), true));
            }
        }
        for (String label : v.stances()) {
            for (FirstPosition pos : FirstPosition.values()) {
                out.add(new MeasureRow(STANCE_FIRST_POSITION, label, pos.label(), p.articlesFirstAt(label, pos),
                        (long) p.articles(), false));
            }
        }
        for (String label : v.stances()) {
            LabelProfile l = p.stance(label);
            long base = l.sentences();
            l.speakers().ranked().forEach(e -> out.add(new MeasureRow(STANCE_SPEAKER, label, e.getKey(), e.getValue(), base, true)));
            if (l.speakers().other() > 0) {
                out.add(new MeasureRow(STANCE_SPEAKER, label, OTHER, l.speakers().other(), base, true));
            }
            l.cueTerms().ranked().forEach(e -> out.add(new MeasureRow(STANCE_CUE_TERM, label, e.getKey(), e.getValue(), base, true)));
            if (l.cueTerms().other() > 0) {
                out.add(new MeasureRow(STANCE_CUE_TERM, label, OTHER, l.cueTerms().other(), base, true));
            }
        }
        long concessions = p.stance(OutletProfile.CONCESSION).sentences();
        for (String d : v.directions()) {
            out.add(new MeasureRow(CONCESSION_DIRECTION, d, "", p.concessionDirections().getOrDefault(d, 0), concessions, true));
        }
        for (String t : v.topics()) {
            out.add(new MeasureRow(TOPIC, t, "", p.topic(t), n, true));
        }
        out.add(new MeasureRow(TOPIC, Vocabulary.NO_TOPIC, "", p.noTopic(), n, true));
        for (String t : v.topics()) {
            for (String s : v.stances()) {
                int both = p.topicStance(t, s);
                if (both > 0) {
                    out.add(new MeasureRow(TOPIC_STANCE, t, s, both, (long) p.topic(t), true));
                }
            }
        }
        for (Attribution a : Attribution.values()) {
            out.add(new MeasureRow(ATTRIBUTION, a.label(), "", p.sentences(a), n, true));
        }
        for (Attribution a : Attribution.values()) {
            out.add(new MeasureRow(ATTRIBUTION_WORDS, a.label(), "", p.words(a), p.words(), false));
        }
        Map<SpeakerType, Integer> types = speakerTypes(p);
        for (SpeakerType t : SpeakerType.values()) {
            out.add(new MeasureRow(SPEAKER_TYPE, t.label(), "", types.getOrDefault(t, 0), n, true));
        }
        long directWords = p.words(Attribution.DIRECT);
        for (Map.Entry<String, SpeakerProfile> e : speakers(p).entrySet()) {
            String name = e.getKey();
            SpeakerProfile s = e.getValue();
            out.add(new MeasureRow(SPEAKER_SENTENCES, name, s.type().label(), s.sentences(), n, true));
            out.add(new MeasureRow(SPEAKER_WORDS, name, "", s.words(), p.words(), false));
            out.add(new MeasureRow(SPEAKER_DIRECT_WORDS, name, "", s.directWords(), directWords, false));
            out.add(new MeasureRow(SPEAKER_ATTRIBUTION, name, Attribution.DIRECT.label(), s.directSentences(),
                    (long) s.sentences(), true));
            out.add(new MeasureRow(SPEAKER_ATTRIBUTION, name, Attribution.REPORTED.label(), s.reportedSentences(),
                    (long) s.sentences(), true));
        }
        long withCue = p.cueSentences();
        Map<String, Long> byConnotation = new LinkedHashMap<>();
        for (String c : List.of("neutral", "loaded", Lexicon.UNKNOWN)) {
            byConnotation.put(c, 0L);
        }
        p.cues().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    String connotation = lexicon.connotation(e.getKey());
                    byConnotation.merge(connotation, (long) e.getValue(), Long::sum);
                    out.add(new MeasureRow(REPORTING_CUE, e.getKey(), connotation, e.getValue(), withCue, true));
                });
        byConnotation.forEach((c, k) -> out.add(new MeasureRow(REPORTING_CUE_CONNOTATION, c, "", k, withCue, true)));
        return out;
    }

    private static MeasureRow total(String label, long value) {
        return new MeasureRow(TOTALS, label, "", value, null, false);
    }

    /**
     * @param p a profile
     * @return counted sentences per speaker type, over every speaker (folded ones included)
     */
    static Map<SpeakerType, Integer> speakerTypes(OutletProfile p) {
        EnumMap<SpeakerType, Integer> out = new EnumMap<>(SpeakerType.class);
        p.speakers().values().forEach(s -> s.types().forEach((k, x) -> out.merge(k, x, Integer::sum)));
        p.otherSpeakers().types().forEach((k, x) -> out.merge(k, x, Integer::sum));
        return out;
    }

    /**
     * @param p a profile
     * @return its speakers in the order to list them: the narrator, named sources by sentences
     *     (most first, ties by name), {@code UNKNOWN}, then the folded ones as {@link #OTHER_SPEAKERS}
     */
    static Map<String, SpeakerProfile> speakers(OutletProfile p) {
        Map<String, SpeakerProfile> out = new LinkedHashMap<>();
        SpeakerProfile narrator = p.speakers().get(Voice.OUTLET);
        if (narrator != null) {
            out.put(Voice.OUTLET, narrator);
        }
        p.speakers().entrySet().stream().filter(e -> OutletProfile.named(e.getKey()))
                .sorted((a, b) -> b.getValue().sentences() != a.getValue().sentences()
                        ? Integer.compare(b.getValue().sentences(), a.getValue().sentences())
                        : a.getKey().compareTo(b.getKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        SpeakerProfile unknown = p.speakers().get(Voice.UNKNOWN);
        if (unknown != null) {
            out.put(Voice.UNKNOWN, unknown);
        }
        if (p.otherSpeakers().sentences() > 0) {
            out.put(OTHER_SPEAKERS, p.otherSpeakers());
        }
        return out;
    }
}
