package org.framelens.model.profile;

import java.io.Serializable;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;
import org.framelens.model.Mergeable;
import org.framelens.model.Tag;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;

/**
 * The framing profile of one outlet's article (or of several, once merged): what the workbook,
 * the charts and the CSV exports show for an outlet. Every count is over counted sentences
 * (boilerplate is only counted in {@link #boilerplate()}). Immutable and thread-safe;
 * {@link #merge} is associative with {@link #EMPTY} as identity.
 *
 * <p>Size: bounded by what one article holds, never by the number of articles merged into a
 * story; the speakers of an article are capped at {@link #MAX_SPEAKERS}, a label's speakers and
 * cue terms at {@link #MAX_LIST} each (the rest is kept as exact "other" counts).
 *
 * @param articles              articles merged into this profile
 * @param headline              the first headline (of the first article that has one), empty if none
 * @param sentences             counted sentences (all but boilerplate)
 * @param boilerplate           boilerplate sentences, left out of every other count
 * @param words                 words in counted sentences
 * @param sentencesByAttribution counted sentences by attribution
 * @param wordsByAttribution    their words by attribution
 * @param stances               per stance label present, its profile
 * @param neutral               counted sentences with no stance label
 * @param topics                counted sentences per topic label
 * @param noTopic               counted sentences with no topic
 * @param topicStances          topic → stance label → counted sentences carrying both
 * @param concessionDirections  concession sentences per direction the text gives
 *                              ({@code offered}, {@code demanded} …; a sentence counts once per direction)
 * @param speakers              per speaker name (the narrator {@code OUTLET} and {@code UNKNOWN}
 *                              included), how much they are heard
 * @param otherSpeakers         the speakers folded away by the per-article cap, summed
 * @param cues                  attributed sentences per reporting cue lemma
 */
public record OutletProfile(int articles, String headline, int sentences, int boilerplate, long words,
                            Map<Attribution, Integer> sentencesByAttribution, Map<Attribution, Long> wordsByAttribution,
                            SortedMap<String, LabelProfile> stances, int neutral,
                            SortedMap<String, Integer> topics, int noTopic,
                            SortedMap<String, SortedMap<String, Integer>> topicStances,
                            SortedMap<String, Integer> concessionDirections,
                            SortedMap<String, SpeakerProfile> speakers, SpeakerProfile otherSpeakers,
                            SortedMap<String, Integer> cues) implements Mergeable<OutletProfile>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Named speakers kept per article; an article rarely quotes more. */
    public static final int MAX_SPEAKERS = 40;
    /** Speakers and cue terms kept per article and stance label. */
    public static final int MAX_LIST = 20;
    /** The stance label whose tags carry a direction. */
    public static final String CONCESSION = "concession";

    /** No article: the identity of {@link #merge}. */
    public static final OutletProfile EMPTY = new OutletProfile(0, "", 0, 0, 0, Map.of(), Map.of(), new TreeMap<>(), 0,
            new TreeMap<>(), 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), SpeakerProfile.EMPTY, new TreeMap<>());

    /** Validates and copies every map (see the accessors for read-only views). */
    public OutletProfile {
        if (articles < 0 || sentences < 0 || boilerplate < 0 || words < 0 || neutral < 0 || noTopic < 0) {
            throw new IllegalArgumentException("negative count");
        }
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(otherSpeakers, "otherSpeakers");
        sentencesByAttribution = Sums.copy(sentencesByAttribution, Attribution.class);
        wordsByAttribution = Sums.copy(wordsByAttribution, Attribution.class);
        stances = Sums.copy(stances);
        topics = Sums.copy(topics);
        TreeMap<String, SortedMap<String, Integer>> ts = new TreeMap<>();
        topicStances.forEach((k, v) -> ts.put(k, Sums.copy(v)));
        topicStances = Sums.copy(ts);
        concessionDirections = Sums.copy(concessionDirections);
        speakers = Sums.copy(speakers);
        cues = Sums.copy(cues);
    }

    /** @return counted sentences by attribution, read-only */
    @Override
    public Map<Attribution, Integer> sentencesByAttribution() {
        return Collections.unmodifiableMap(sentencesByAttribution);
    }

    /** @return words by attribution, read-only */
    @Override
    public Map<Attribution, Long> wordsByAttribution() {
        return Collections.unmodifiableMap(wordsByAttribution);
    }

    /** @return the profile of each stance label present, read-only */
    @Override
    public SortedMap<String, LabelProfile> stances() {
        return Collections.unmodifiableSortedMap(stances);
    }

    /** @return counted sentences per topic, read-only */
    @Override
    public SortedMap<String, Integer> topics() {
        return Collections.unmodifiableSortedMap(topics);
    }

    /** @return topic → stance → sentences carrying both, read-only */
    @Override
    public SortedMap<String, SortedMap<String, Integer>> topicStances() {
        TreeMap<String, SortedMap<String, Integer>> view = new TreeMap<>();
        topicStances.forEach((k, v) -> view.put(k, Collections.unmodifiableSortedMap(v)));
        return Collections.unmodifiableSortedMap(view);
    }

    /** @return concession sentences per direction, read-only */
    @Override
    public SortedMap<String, Integer> concessionDirections() {
        return Collections.unmodifiableSortedMap(concessionDirections);
    }

    /** @return each speaker's profile, read-only */
    @Override
    public SortedMap<String, SpeakerProfile> speakers() {
        return Collections.unmodifiableSortedMap(speakers);
    }

    /** @return attributed sentences per reporting cue, read-only */
    @Override
    public SortedMap<String, Integer> cues() {
        return Collections.unmodifiableSortedMap(cues);
    }

    /**
     * @param article an analyzed article
     * @return its profile
     */
    public static OutletProfile of(AnalyzedArticle article) {
        return of(article.sentences());
    }

    /**
     * @param sentences the tagged sentences of one article, in text order
     * @return their profile (one article)
     */
    public static OutletProfile of(List<TaggedSentence> sentences) {
        Builder b = new Builder();
        int lead = sentences.stream().filter(s -> s.sentence().kind() == Kind.BODY)
                .mapToInt(s -> s.sentence().paragraph()).findFirst().orElse(-1);
        for (TaggedSentence s : sentences) {
            b.add(s, lead);
        }
        return b.build();
    }

    /**
     * @param s    a sentence
     * @param lead the paragraph index of the lead (first paragraph of running text), -1 if none
     * @return where in the article the sentence stands
     */
    static FirstPosition position(TaggedSentence s, int lead) {
        Kind kind = s.sentence().kind();
        if (kind == Kind.HEADLINE) {
            return FirstPosition.HEADLINE;
        }
        return kind == Kind.BODY && s.sentence().paragraph() == lead ? FirstPosition.LEAD : FirstPosition.LATER;
    }

    /**
     * The cue terms of a stance tag: the evidence's items ({@code "dismissed (booster: emphatically)
     * | a lie"}) without the notes in brackets, lower case.
     *
     * @param evidence a stance tag's evidence
     * @return its distinct terms, in order
     */
    public static Set<String> cueTerms(String evidence) {
        Set<String> out = new LinkedHashSet<>();
        if (evidence.startsWith(Tag.MODEL_EVIDENCE)) {
            return Set.of(Tag.MODEL_TERM); // one term for all: the features differ from sentence to sentence
        }
        for (String item : evidence.split(" \\| ")) {
            int note = item.indexOf(" (");
            String term = (note >= 0 ? item.substring(0, note) : item).strip().toLowerCase(Locale.ROOT);
            if (!term.isEmpty()) {
                out.add(term);
            }
        }
        return out;
    }

    @Override
    public OutletProfile merge(OutletProfile o) {
        int n = articles + o.articles;
        TreeMap<String, LabelProfile> st = Sums.mergeAll(stances, o.stances);
        if (n > 1) {
            // sentence indices only identify sentences within one article
            st.replaceAll((k, v) -> v.untracked());
        }
        TreeMap<String, SortedMap<String, Integer>> ts = new TreeMap<>(topicStances);
        o.topicStances.forEach((k, v) -> ts.merge(k, v, (x, y) -> Sums.sum(x, y)));
        // (the constructor copies ts and its inner maps)
        return new OutletProfile(n, headline.isEmpty() ? o.headline : headline, sentences + o.sentences,
                boilerplate + o.boilerplate, words + o.words,
                Sums.enumSum(sentencesByAttribution, o.sentencesByAttribution, Attribution.class),
                Sums.enumLongSum(wordsByAttribution, o.wordsByAttribution, Attribution.class),
                st, neutral + o.neutral, Sums.sum(topics, o.topics), noTopic + o.noTopic, ts,
                Sums.sum(concessionDirections, o.concessionDirections), Sums.mergeAll(speakers, o.speakers),
                otherSpeakers.merge(o.otherSpeakers), Sums.sum(cues, o.cues));
    }

    /**
     * @param attribution an attribution
     * @return counted sentences with it
     */
    public int sentences(Attribution attribution) {
        return sentencesByAttribution.getOrDefault(attribution, 0);
    }

    /**
     * @param attribution an attribution
     * @return words of the counted sentences with it
     */
    public long words(Attribution attribution) {
        return wordsByAttribution.getOrDefault(attribution, 0L);
    }

    /**
     * @param label a stance label
     * @return its profile, {@link LabelProfile#EMPTY} when no sentence carries it
     */
    public LabelProfile stance(String label) {
        return stances.getOrDefault(label, LabelProfile.EMPTY);
    }

    /**
     * @param label a stance label
     * @param position where it may first appear
     * @return articles where it first appears there; for {@code ABSENT}, articles without it
     */
    public int articlesFirstAt(String label, FirstPosition position) {
        LabelProfile p = stance(label);
        return position == FirstPosition.ABSENT ? articles - p.articles() : p.articlesFirstAt(position);
    }

    /**
     * @param topic a topic label
     * @return counted sentences with it
     */
    public int topic(String topic) {
        return topics.getOrDefault(topic, 0);
    }

    /**
     * @param topic  a topic label
     * @param stance a stance label
     * @return counted sentences carrying both
     */
    public int topicStance(String topic, String stance) {
        return topicStances.getOrDefault(topic, Collections.emptySortedMap()).getOrDefault(stance, 0);
    }

    /** @return counted sentences with a reporting cue */
    public int cueSentences() {
        return cues.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return how many named sources speak (speakers other than the narrator and {@code UNKNOWN}) */
    public int namedSpeakers() {
        return (int) speakers.keySet().stream().filter(OutletProfile::named).count();
    }

    /**
     * @param speaker a speaker name
     * @return whether it names a source (not the narrator, not {@code UNKNOWN})
     */
    public static boolean named(String speaker) {
        return !speaker.equals(Voice.OUTLET) && !speaker.equals(Voice.UNKNOWN);
    }

    /** Accumulates one article's sentences. Not thread-safe; local to {@link #of}. */
    private static final class Builder {
        private final Map<String, LabelAcc> labels = new HashMap<>();
        private final EnumMap<Attribution, Integer> byAttribution = new EnumMap<>(Attribution.class);
        private final EnumMap<Attribution, Long> wordsByAttribution = new EnumMap<>(Attribution.class);
        private final TreeMap<String, Integer> topics = new TreeMap<>();
        private final TreeMap<String, SortedMap<String, Integer>> topicStances = new TreeMap<>();
        private final TreeMap<String, Integer> directions = new TreeMap<>();
        private final TreeMap<String, SpeakerProfile> speakers = new TreeMap<>();
        private final TreeMap<String, Integer> cues = new TreeMap<>();
        private String headline = "";
        private int sentences;
        private int boilerplate;
        private long words;
        private int neutral;
        private int noTopic;

        void add(TaggedSentence s, int lead) {
            Kind kind = s.sentence().kind();
            if (!kind.counted()) {
                boilerplate++;
                return;
            }
            if (kind == Kind.HEADLINE && headline.isEmpty()) {
                headline = s.sentence().text().strip();
            }
            int w = s.sentence().words();
            Voice v = s.voice();
            sentences++;
            words += w;
            byAttribution.merge(v.attribution(), 1, Integer::sum);
            wordsByAttribution.merge(v.attribution(), (long) w, Long::sum);
            speakers.merge(v.speaker(), SpeakerProfile.ofSentence(v.type(), v.attribution(), w), SpeakerProfile::merge);
            if (v.attribution() != Attribution.NARRATOR && !v.cue().isEmpty()) {
                cues.merge(v.cue(), 1, Integer::sum);
            }
            Set<String> stanceLabels = labels(s.stances());
            Set<String> topicLabels = labels(s.topics());
            if (stanceLabels.isEmpty()) {
                neutral++;
            }
            if (topicLabels.isEmpty()) {
                noTopic++;
            }
            for (String label : stanceLabels) {
                labels.computeIfAbsent(label, k -> new LabelAcc(position(s, lead))).add(s, label);
            }
            for (String topic : topicLabels) {
                topics.merge(topic, 1, Integer::sum);
                for (String stance : stanceLabels) {
                    topicStances.computeIfAbsent(topic, k -> new TreeMap<>()).merge(stance, 1, Integer::sum);
                }
            }
            if (stanceLabels.contains(CONCESSION)) {
                for (String d : s.concessionDirection().split(";")) {
                    if (!d.isEmpty()) {
                        directions.merge(d, 1, Integer::sum);
                    }
                }
            }
        }

        OutletProfile build() {
            TreeMap<String, LabelProfile> st = new TreeMap<>();
            labels.forEach((k, v) -> st.put(k, v.build()));
            return new OutletProfile(1, headline, sentences, boilerplate, words, byAttribution, wordsByAttribution, st,
                    neutral, topics, noTopic, topicStances, directions, cappedSpeakers(), folded(), cues);
        }

        private TreeMap<String, SpeakerProfile> cappedSpeakers() {
            TreeMap<String, SpeakerProfile> kept = new TreeMap<>();
            for (String name : rankedNamed().stream().limit(MAX_SPEAKERS).toList()) {
                kept.put(name, speakers.get(name));
            }
            // the narrator and unattributed sentences are never folded: they anchor the voice shares
            speakers.forEach((k, v) -> {
                if (!named(k)) {
                    kept.put(k, v);
                }
            });
            return kept;
        }

        private SpeakerProfile folded() {
            return rankedNamed().stream().skip(MAX_SPEAKERS).map(speakers::get)
                    .reduce(SpeakerProfile.EMPTY, SpeakerProfile::merge);
        }

        private List<String> rankedNamed() {
            return speakers.entrySet().stream().filter(e -> named(e.getKey()))
                    .sorted(Map.Entry.<String, SpeakerProfile>comparingByValue(
                            (a, b) -> Integer.compare(b.sentences(), a.sentences()))
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
        }

        private static Set<String> labels(List<Tag> tags) {
            Set<String> out = new LinkedHashSet<>();
            tags.forEach(t -> out.add(t.label()));
            return out;
        }
    }

    /** One label's counts within one article. Not thread-safe; local to a {@link Builder}. */
    private static final class LabelAcc {
        private final FirstPosition first;
        private final int[] byAttribution = new int[Attribution.values().length];
        private final TreeMap<String, Integer> speakers = new TreeMap<>();
        private final TreeMap<String, Integer> terms = new TreeMap<>();
        private final BitSet indices = new BitSet();
        private int sentences;

        LabelAcc(FirstPosition first) {
            this.first = first;
        }

        void add(TaggedSentence s, String label) {
            sentences++;
            byAttribution[s.voice().attribution().ordinal()]++;
            if (s.voice().attribution() != Attribution.NARRATOR) {
                speakers.merge(s.voice().speaker(), 1, Integer::sum);
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Tag t : s.stances()) {
                if (t.label().equals(label)) {
                    seen.addAll(cueTerms(t.evidence()));
                }
            }
            seen.forEach(term -> terms.merge(term, 1, Integer::sum));
            indices.set(s.sentence().index());
        }

        LabelProfile build() {
            return new LabelProfile(sentences, byAttribution[Attribution.NARRATOR.ordinal()],
                    byAttribution[Attribution.DIRECT.ordinal()], byAttribution[Attribution.REPORTED.ordinal()],
                    TopCounts.of(speakers).limit(MAX_LIST), TopCounts.of(terms).limit(MAX_LIST),
                    first == FirstPosition.HEADLINE ? 1 : 0, first == FirstPosition.LEAD ? 1 : 0,
                    first == FirstPosition.LATER ? 1 : 0, SentenceIndices.ofBits(indices));
        }
    }
}
