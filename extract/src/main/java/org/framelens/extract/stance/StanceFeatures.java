package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.framelens.extract.codebook.StanceModel;
import org.framelens.extract.match.Words;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;

/**
 * The features the stance model ({@link StanceModel}) reads from a sentence and its neighbours.
 * One definition for training and labelling, so that a model learnt from coded articles reads
 * new articles the same way. Every feature is a short string an analyst can read in
 * {@code stance_model.csv} and in the evidence column:
 * <ul>
 *   <li>{@code word:KEY} — a word of the sentence on its base form (the codebook's normaliser);
 *       numbers are {@code word:#}. Capitalised words inside a body sentence are left out: they
 *       are names, which say nothing about stance in another story;</li>
 *   <li>{@code pair:KEY KEY} — two such words next to each other;</li>
 *   <li>{@code cue:LABEL} — the codebook's stance cues gave the sentence this label;</li>
 *   <li>{@code before:LABEL}, {@code after:LABEL} — they gave the previous or next sentence of the
 *       article (boilerplate skipped) this label: coders read a sentence in its context;</li>
 *   <li>{@code source:LABEL} — they gave a neighbouring sentence of the same source (not the
 *       narrator) this label: a quotation or a paraphrase that runs on;</li>
 *   <li>{@code echo:LABEL} — they gave this label to another sentence of the article with which
 *       this one shares content words: it returns to what a concession or demand was about;</li>
 *   <li>{@code class:NAME} — a word of one of the codebook's word classes is in the sentence: a
 *       stance modifier's kind (negator, refusal, demand, offer, retraction, made, hedge, booster),
 *       an evaluative word's kind (doubt, criticism, praise, alarm …), or {@code said-SHADE} for a
 *       loaded reporting cue. Classes carry what a word list knows to words the coded articles
 *       never used;</li>
 *   <li>{@code said:LEMMA} — the reporting cue the speaker stage found (conceded, insisted, claimed);</li>
 *   <li>{@code voice:direct|reported|narrator}, {@code kind:headline|subhead|body},
 *       {@code quote} (the sentence holds a quotation mark);</li>
 *   <li>{@code near:LABEL>P} — for a model with a first stage ({@link StanceModel#first()}): the
 *       previous or the next sentence has a first-stage probability of LABEL of P or more
 *       ({@link #near});</li>
 *   <li>{@code own:LABEL>P} — for a model with a first stage: the sentence's own first-stage
 *       probability of another label reaches P ({@link #own}; concession reads condition's and
 *       skepticism's).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class StanceFeatures {
    /** The feature with no prefix: the sentence holds a quotation mark. */
    public static final String QUOTE = StanceModel.QUOTE_FEATURE;
    /** The key that stands for any number. */
    static final String NUMBER = "#";

    /** The levels of a neighbour's first-stage probability that the {@code near:} features mark. */
    static final List<String> NEAR_LEVELS = List.of("0.3", "0.5");
    /** {@link #NEAR_LEVELS} as numbers, parsed once rather than for every label of every sentence. */
    private static final double[] NEAR_VALUES = NEAR_LEVELS.stream().mapToDouble(Double::parseDouble).toArray();

    /**
     * The labels whose decision model reads the {@code own:} features ({@link #own}), and which
     * labels' own first-stage probabilities each reads. Why only concession, and only the other
     * labels: coders who read the guide strictly code an offer or acceptance that hangs on a
     * condition ("would lift the embargo if the ceasefire holds") as a condition only, and a sentence
     * the first stage reads as a condition is less often a concession than its words say; a
     * label's own probability as its own feature (tried as {@code self:}) lowered the held-out F1
     * by 0.03, and skepticism and condition did not change with the others' (held-out writers
     * 0.758 / 0.782 either way).
     */
    static final java.util.Map<String, Set<String>> OWN_READERS = java.util.Map.of("concession",
            Set.of("condition", "skepticism"));

    /** The levels of the sentence's own first-stage probability that the {@code own:} features mark. */
    static final List<String> OWN_LEVELS = NEAR_LEVELS;

    private StanceFeatures() {
    }

    /**
     * The {@code own:LABEL>P} features of a sentence: its own first-stage probability of LABEL
     * reaches P ({@link #OWN_LEVELS}), for the labels some decision model reads
     * ({@link #OWN_READERS}).
     *
     * @param own the sentence's first-stage probability of each label
     * @return the features, sorted
     */
    public static List<String> own(java.util.Map<String, Double> own) {
        Set<String> out = new TreeSet<>();
        own.forEach((label, p) -> {
            if (OWN_READERS.values().stream().anyMatch(r -> r.contains(label))) {
                for (int k = 0; k < NEAR_VALUES.length; k++) {
                    if (p >= NEAR_VALUES[k]) {
                        out.add("own:" + label + ">" + OWN_LEVELS.get(k));
                    }
                }
            }
        });
        return new ArrayList<>(out);
    }

    /**
     * Whether a label's decision model reads a feature: every feature but an {@code own:} one that
     * {@link #OWN_READERS} does not give the label.
     *
     * @param label   the label whose model is learnt
     * @param feature a feature
     * @return whether the model may weigh it
     */
    public static boolean readBy(String label, String feature) {
        if (!feature.startsWith("own:")) {
            return true;
        }
        int gt = feature.indexOf('>');
        Set<String> read = OWN_READERS.get(label);
        return read != null && gt > 4 && read.contains(feature.substring(4, gt));
    }

    /**
     * The {@code near:LABEL>P} features of a sentence: for each label, the higher of the two
     * neighbours' first-stage probabilities, marked at each of {@link #NEAR_LEVELS} it reaches.
     *
     * @param previous the previous sentence's first-stage probability of each label (empty for none)
     * @param next     the next sentence's (empty for none)
     * @return the features, sorted
     */
    public static List<String> near(java.util.Map<String, Double> previous, java.util.Map<String, Double> next) {
        Set<String> out = new TreeSet<>();
        Set<String> labels = new TreeSet<>(previous.keySet());
        labels.addAll(next.keySet());
        for (String label : labels) {
            double p = Math.max(previous.getOrDefault(label, 0.0), next.getOrDefault(label, 0.0));
            for (int k = 0; k < NEAR_VALUES.length; k++) {
                if (p >= NEAR_VALUES[k]) {
                    out.add("near:" + label + ">" + NEAR_LEVELS.get(k));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * @param words       the sentence's words
     * @param kind        the sentence's kind
     * @param attribution who speaks in it, as the speaker stage decided
     * @param cue         the lemma of its reporting cue, empty for none
     * @param cues        the labels the stance cues gave it
     * @param before      the labels the stance cues gave the previous sentence (empty for none)
     * @param after       the labels the stance cues gave the next sentence (empty for none)
     * @param sameSource  the labels the stance cues gave the neighbouring sentences of the same
     *                    source (empty for the narrator)
     * @param classes     the codebook word classes found in it
     * @param echoes      the labels the stance cues gave other sentences it shares content words with
     * @return its features, sorted, each once
     */
    public static List<String> of(Words words, Kind kind, Attribution attribution, String cue, Set<String> cues,
                                  Set<String> before, Set<String> after, Set<String> sameSource,
                                  Set<String> classes, Set<String> echoes) {
        Names out = new Names();
        of(out, words, kind, attribution, cue, cues, before, after, sameSource, classes, echoes);
        return out.list();
    }

    /**
     * Where {@link #of(Sink, Words, Kind, Attribution, String, Set, Set, Set, Set, Set, Set)} puts
     * a sentence's features: as strings ({@link Names}), or as the ids of the model's features
     * without building the strings ({@code FeatureIds}). Each call stands for one feature string;
     * the same feature may come more than once. Not thread-safe (one per sentence and thread).
     */
    interface Sink {
        /** @param feature a feature, whole */
        void add(String feature);

        /**
         * @param prefix a feature's prefix up to and with its first colon ({@code "start:"})
         * @param value  the rest ({@code "doubt"}): the feature {@code prefix + value}, which a
         *               sink that reads numbers can find without building the string
         */
        default void add(String prefix, String value) {
            add(prefix + value);
        }

        /** @param key a word's key: the feature {@code word:KEY} */
        void word(String key);

        /**
         * @param first  the first word's key
         * @param second the next word's key: the feature {@code pair:FIRST SECOND}
         */
        void pair(String first, String second);

        /**
         * @param key   a word's key: the feature {@code word:KEY}
         * @param keyId the key's number in the sentence's {@link Words#vocabulary()} (-1: none);
         *              a sink that does not read numbers takes the string
         */
        default void word(String key, int keyId) {
            word(key);
        }

        /**
         * @param first    the first word's key
         * @param firstId  its number in the sentence's {@link Words#vocabulary()} (-1: none)
         * @param second   the next word's key: the feature {@code pair:FIRST SECOND}
         * @param secondId its number (-1: none)
         */
        default void pair(String first, int firstId, String second, int secondId) {
            pair(first, second);
        }
    }

    /** The features as strings, sorted, each once: what {@link #of} returns. */
    static final class Names implements Sink {
        private final Set<String> out = new TreeSet<>();

        @Override
        public void add(String feature) {
            out.add(feature);
        }

        @Override
        public void word(String key) {
            out.add("word:" + key);
        }

        @Override
        public void pair(String first, String second) {
            out.add("pair:" + first + " " + second);
        }

        /** @return the features, sorted, each once */
        List<String> list() {
            return new ArrayList<>(out);
        }
    }

    /**
     * The features of {@link #of(Words, Kind, Attribution, String, Set, Set, Set, Set, Set, Set)},
     * put into a sink: one definition of the features for the strings and for the model's ids.
     *
     * @param out where the features go
     */
    static void of(Sink out, Words words, Kind kind, Attribution attribution, String cue, Set<String> cues,
                   Set<String> before, Set<String> after, Set<String> sameSource,
                   Set<String> classes, Set<String> echoes) {
        of(out, words, kind, attribution, cue, cues, before, after, sameSource, classes, echoes, null);
    }

    /**
     * The features of {@link #of(Sink, Words, Kind, Attribution, String, Set, Set, Set, Set, Set, Set)},
     * with some words read as part of an idiom rather than as words.
     *
     * @param idiom for each token, whether it belongs to a certainty idiom ("no doubt", "without
     *              question", "make no mistake": the codebook's {@code certainty} modifiers), or
     *              null for none. Such a token gives no {@code word:} or {@code pair:} feature (the
     *              idiom is read as its {@code class:certainty}): "doubt" there affirms, and a
     *              weight learnt from "doubts remain" would read it as skepticism
     */
    static void of(Sink out, Words words, Kind kind, Attribution attribution, String cue, Set<String> cues,
                   Set<String> before, Set<String> after, Set<String> sameSource,
                   Set<String> classes, Set<String> echoes, boolean[] idiom) {
        boolean heading = kind == Kind.HEADLINE || kind == Kind.SUBHEAD;
        String previous = null;
        int previousId = -1;
        int numberId = words.vocabulary() == null ? -1 : words.vocabulary().id(NUMBER);
        boolean first = true;
        for (int i = 0; i < words.size(); i++) {
            var t = words.token(i);
            if (t.isQuote()) {
                out.add(QUOTE);
                previous = null;
                continue;
            }
            if (!t.isWord()) {
                previous = null;
                continue;
            }
            boolean name = !heading && !first && t.capitalized();
            first = false;
            if (name || idiom != null && idiom[i]) {
                previous = null;
                continue;
            }
            boolean number = Character.isDigit(t.text().charAt(0));
            String key = number ? NUMBER : words.key(i);
            int keyId = number ? numberId : words.keyId(i);
            out.word(key, keyId);
            if (previous != null) {
                out.pair(previous, previousId, key, keyId);
            }
            previous = key;
            previousId = keyId;
        }
        cues.forEach(l -> out.add("cue:", l));
        before.forEach(l -> out.add("before:", l));
        after.forEach(l -> out.add("after:", l));
        sameSource.forEach(l -> out.add("source:", l));
        classes.forEach(c -> out.add("class:", c));
        echoes.forEach(l -> out.add("echo:", l));
        if (!cue.isEmpty()) {
            out.add("said:", cue.toLowerCase(java.util.Locale.ROOT));
        }
        out.add("voice:", attribution.label());
        out.add("kind:", kind.label());
    }
}
