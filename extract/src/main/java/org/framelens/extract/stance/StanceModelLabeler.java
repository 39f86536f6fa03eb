package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.EvaluativeWord;
import org.framelens.extract.codebook.ReportingCue;
import org.framelens.extract.codebook.StanceModel;
import org.framelens.extract.codebook.StanceModifier;
import org.framelens.extract.match.CueMatcher;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.match.Words;
import org.framelens.extract.tag.ArticleLabeler;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.model.Kind;
import org.framelens.model.Tag;
import org.framelens.model.Voice;

/**
 * Adds the stance labels a {@link StanceModel} gives and the cues did not: the model reads each
 * sentence's words, its voice and kind, and the labels the cues gave it and its neighbours
 * ({@link StanceFeatures}). A label the cues gave stays as it is, with its cue evidence; a label
 * only the model gives has the evidence {@code model p=0.47: word:agree +0.91, cue:condition +0.62},
 * the features that raised the probability most. Boilerplate gets nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class StanceModelLabeler implements ArticleLabeler {
    private final StanceModel model;
    /** The model's features numbered, both stages laid out by number: what {@link #relabel} reads. */
    private final FeatureIds ids;
    private final Normalizer normalizer;
    private final List<String> order;
    private final CueMatcher<String> classes;
    private final Map<String, String> cueShades;
    /** Whether the decision model reads article-wide first-stage features: when not, none are computed. */
    private final boolean readsArticle;
    /** Where a word stands in its clause: in a modifier's scope, first in the sentence. */
    private final StanceClauseFeatures clauses;
    /** {@link StanceFeatures#NEAR_LEVELS} as numbers. */
    private final double[] nearLevels;
    /**
     * The number of {@code near:LABEL>LEVEL} by the first stage's label index and the level's
     * ({@code -1}: the model has no weight for it), so that the near: features are not built as
     * strings and looked up for every sentence.
     */
    private final int[][] nearIds;
    /** The number of {@code own:LABEL>LEVEL} likewise ({@link StanceFeatures#own}; {@code -1}: no weight). */
    private final int[][] ownIds;

    /**
     * @param codebook the codebook: its model, its normaliser (the model's word keys come from it),
     *                 its stance label order and the word classes of its tables
     */
    public StanceModelLabeler(Codebook codebook) {
        this(codebook.stanceModel(), codebook);
    }

    /**
     * @param model    the model to use instead of the codebook's
     * @param codebook the codebook
     */
    public StanceModelLabeler(StanceModel model, Codebook codebook) {
        this(model, codebook, codebook.normalizer());
    }

    /**
     * @param model      the model to use
     * @param codebook   the codebook
     * @param normalizer its normaliser ({@link Codebook#normalizer}), perhaps carrying the
     *                   vocabulary the stages of one extractor share, so that the model reads a
     *                   sentence's words by number
     */
    public StanceModelLabeler(StanceModel model, Codebook codebook, Normalizer normalizer) {
        this.model = model;
        this.ids = new FeatureIds(model, normalizer.vocabulary());
        this.normalizer = normalizer;
        this.order = codebook.stanceLabels();
        List<CueMatcher.Entry<String>> entries = new ArrayList<>();
        for (StanceModifier m : codebook.stanceModifiers()) {
            if (m.kind() != StanceModifier.Kind.IGNORE && m.kind() != StanceModifier.Kind.BOUNDARY) {
                entries.add(new CueMatcher.Entry<>(m.pattern(), m.kind().label()));
            }
        }
        for (EvaluativeWord w : codebook.evaluativeWords()) {
            entries.add(new CueMatcher.Entry<>(w.pattern(), w.kind()));
        }
        this.classes = new CueMatcher<>(entries, Map.of(), null, normalizer.vocabulary());
        Map<String, String> shades = new java.util.HashMap<>();
        for (ReportingCue c : codebook.reportingCues()) {
            if (c.loaded()) {
                shades.putIfAbsent(c.lemma(), c.shade().isEmpty() ? "loaded" : c.shade());
            }
        }
        this.cueShades = Map.copyOf(shades);
        this.readsArticle = model.labels().values().stream().flatMap(m -> m.weights().keySet().stream())
                .anyMatch(f -> f.startsWith("article:") || f.startsWith("voiced:"));
        this.clauses = new StanceClauseFeatures(codebook, normalizer.vocabulary());
        this.nearLevels = StanceFeatures.NEAR_LEVELS.stream().mapToDouble(Double::parseDouble).toArray();
        List<String> firstLabels = ids.first().labels();
        this.nearIds = new int[firstLabels.size()][nearLevels.length];
        for (int k = 0; k < firstLabels.size(); k++) {
            for (int level = 0; level < nearLevels.length; level++) {
                nearIds[k][level] = ids.id("near:" + firstLabels.get(k) + ">" + StanceFeatures.NEAR_LEVELS.get(level));
            }
        }
        this.ownIds = new int[firstLabels.size()][StanceFeatures.OWN_LEVELS.size()];
        for (int k = 0; k < firstLabels.size(); k++) {
            for (int level = 0; level < StanceFeatures.OWN_LEVELS.size(); level++) {
                ownIds[k][level] = ids.id("own:" + firstLabels.get(k) + ">" + StanceFeatures.OWN_LEVELS.get(level));
            }
        }
    }

    @Override
    public List<List<Tag>> relabel(List<PreparedSentence> sentences, List<Voice> voices, List<List<Tag>> labels) {
        if (model.isEmpty()) {
            return labels;
        }
        // the features as the model's numbers, not strings: the same sums (FeatureIds)
        FeatureIds.Collector[] known = new FeatureIds.Collector[sentences.size()];
        features(sentences, voices, labels, i -> known[i] = ids.collector(sentences.get(i).words(normalizer)));
        for (int i = 0; i < known.length; i++) {
            if (known[i] != null) {
                known[i].sorted();
                if (StanceContextFeatures.isQuestion(sentences.get(i).sentence().text())) {
                    insert(known[i], StanceContextFeatures.QUESTION);
                }
            }
        }
        FeatureIds.Stage first = ids.first();
        if (!first.labels().isEmpty()) {
            // the first stage's probabilities, read once for the near: and the article-wide features
            double[][] q = new double[known.length][];
            for (int i = 0; i < known.length; i++) {
                q[i] = known[i] == null ? null : first.probabilities(known[i].ids(), known[i].size());
            }
            withNeighbours(q, known);
            withOwn(q, known);
            if (readsArticle) {
                List<Map<String, Double>> p = new ArrayList<>(known.length);
                for (double[] x : q) {
                    p.add(x == null ? null : byLabel(first.labels(), x));
                }
                List<List<String>> context = articleFeatures(p, voices);
                for (int i = 0; i < known.length; i++) {
                    for (String f : known[i] == null ? List.<String>of() : context.get(i)) {
                        insert(known[i], f);
                    }
                }
            }
        }
        List<List<Tag>> out = new ArrayList<>(labels);
        for (int i = 0; i < sentences.size(); i++) {
            if (known[i] != null) {
                out.set(i, add(labels.get(i), known[i]));
            }
        }
        return out;
    }

    /**
     * Gives each sentence the {@code near:} features of its neighbours' first-stage probabilities,
     * as {@link StanceFeatures#near} names them, by their numbers ({@link #nearIds}).
     *
     * @param q     each sentence's first-stage probabilities, by label index (null for boilerplate, skipped)
     * @param known each sentence's features, sorted
     */
    private void withNeighbours(double[][] q, FeatureIds.Collector[] known) {
        for (int i = 0; i < q.length; i++) {
            if (q[i] == null) {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && q[before] == null) {
                before--;
            }
            int after = i + 1;
            while (after < q.length && q[after] == null) {
                after++;
            }
            if (before < 0 && after >= q.length) {
                continue; // no neighbour: no label to read, as near() of two empty maps
            }
            for (int k = 0; k < nearIds.length; k++) {
                // a missing neighbour reads 0, as near() reads an empty map
                double p = Math.max(before < 0 ? 0.0 : q[before][k], after >= q.length ? 0.0 : q[after][k]);
                for (int level = 0; level < nearLevels.length; level++) {
                    if (p >= nearLevels[level] && nearIds[k][level] >= 0) {
                        known[i].insert(nearIds[k][level]);
                    }
                }
            }
        }
    }

    /**
     * Gives each sentence the {@code own:} features of its own first-stage probabilities, as
     * {@link StanceFeatures#own} names them, by their numbers ({@link #ownIds}).
     *
     * @param q     each sentence's first-stage probabilities, by label index (null for boilerplate, skipped)
     * @param known each sentence's features, sorted
     */
    private void withOwn(double[][] q, FeatureIds.Collector[] known) {
        for (int i = 0; i < q.length; i++) {
            if (q[i] == null) {
                continue;
            }
            for (int k = 0; k < ownIds.length; k++) {
                for (int level = 0; level < ownIds[k].length; level++) {
                    if (q[i][k] >= nearLevels[level] && ownIds[k][level] >= 0) {
                        known[i].insert(ownIds[k][level]);
                    }
                }
            }
        }
    }

    /** Adds a feature, if the model knows it, to a sentence's sorted numbers. */
    private void insert(FeatureIds.Collector features, String feature) {
        int id = ids.id(feature);
        if (id >= 0) {
            features.insert(id);
        }
    }

    /**
     * {@link #relabel} as it reads the features' strings: the reference the numbered features are
     * checked against.
     */
    List<List<Tag>> relabelByName(List<PreparedSentence> sentences, List<Voice> voices, List<List<Tag>> labels) {
        if (model.isEmpty()) {
            return labels;
        }
        // laid out here, not kept: only this reference path reads weights by their strings
        WeightTable firstStage = WeightTable.of(model.first());
        WeightTable decision = WeightTable.of(model.labels());
        List<List<String>> own = modelFeatures(sentences, voices, labels);
        // the first stage's probabilities, read once for the near: and the article-wide features
        List<Map<String, Double>> first = firstStage.labels().isEmpty() ? null : firstStageProbabilities(own, firstStage);
        List<List<String>> features = withNeighbours(own, firstStage, first);
        if (readsArticle && first != null) {
            features = withArticle(features, voices, first);
        }
        List<List<Tag>> out = new ArrayList<>(labels);
        for (int i = 0; i < sentences.size(); i++) {
            if (features.get(i) != null) {
                List<String> f = features.get(i);
                out.set(i, add(labels.get(i), decision.probabilities(f), (k, m) -> m.strongest(f)));
            }
        }
        return out;
    }

    /**
     * The features the model reads of each sentence of an article, before the {@code near:} ones:
     * {@link #features} and the article-wide ones of {@link StanceContextFeatures}. What the
     * labeler reads, and what training reads.
     *
     * @param sentences  the article's sentences, in text order (boilerplate included)
     * @param voices     who speaks in each
     * @param labels     the labels the stance cues gave each
     * @return each sentence's features; {@code null} for boilerplate
     */
    public List<List<String>> modelFeatures(List<PreparedSentence> sentences, List<Voice> voices,
                                            List<List<Tag>> labels) {
        return StanceContextFeatures.add(features(sentences, voices, labels), sentences);
    }

    /**
     * The model's features of each sentence of an article that it reads alone and with its
     * neighbours (see {@link #modelFeatures} for all).
     *
     * @param sentences  the article's sentences, in text order (boilerplate included)
     * @param voices     who speaks in each
     * @param labels     the labels the stance cues gave each
     * @return each sentence's features; {@code null} for boilerplate
     */
    public List<List<String>> features(List<PreparedSentence> sentences, List<Voice> voices,
                                       List<List<Tag>> labels) {
        StanceFeatures.Names[] names = new StanceFeatures.Names[sentences.size()];
        features(sentences, voices, labels, i -> names[i] = new StanceFeatures.Names());
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (StanceFeatures.Names n : names) {
            out.add(n == null ? null : n.list());
        }
        return out;
    }

    /**
     * The features of each sentence that is not boilerplate, put into the sink {@code sinks} gives
     * for it ({@link #features(List, List, List)}).
     */
    private void features(List<PreparedSentence> sentences, List<Voice> voices, List<List<Tag>> labels,
                          java.util.function.IntFunction<StanceFeatures.Sink> sinks) {
        // first every sentence's content words, which the echoes of any sentence need
        Echoes echoes = new Echoes(sentences, labels, normalizer);
        int previous = -1;
        for (int i = 0; i < sentences.size(); i++) {
            PreparedSentence s = sentences.get(i);
            if (s.sentence().kind() == Kind.BOILERPLATE) {
                continue;
            }
            int next = i + 1;
            while (next < sentences.size() && sentences.get(next).sentence().kind() == Kind.BOILERPLATE) {
                next++;
            }
            // a quotation or paraphrase that runs on: the same source's neighbouring sentences
            Set<String> same = new java.util.TreeSet<>();
            String speaker = voices.get(i).speaker();
            if (!speaker.equals(Voice.OUTLET)) {
                if (previous >= 0 && voices.get(previous).speaker().equals(speaker)) {
                    same.addAll(names(labels.get(previous)));
                }
                if (next < sentences.size() && voices.get(next).speaker().equals(speaker)) {
                    same.addAll(names(labels.get(next)));
                }
            }
            Words words = s.words(normalizer);
            Set<String> found = new java.util.TreeSet<>();
            List<CueMatcher.Match<String>> matched = classes.find(words);
            boolean[] idiom = null;
            for (CueMatcher.Match<String> m : matched) {
                if (m.payload().equals(CERTAINTY)) {
                    idiom = certainty(idiom, words.size(), m);
                }
            }
            for (CueMatcher.Match<String> m : matched) {
                // the "no" of "no doubt" is no negator, the "make" of "make no mistake" no concession made
                if (idiom == null || m.payload().equals(CERTAINTY) || !inside(idiom, m)) {
                    found.add(m.payload());
                }
            }
            String shade = cueShades.get(voices.get(i).cue());
            if (shade != null) {
                found.add("said-" + shade);
            }
            StanceFeatures.Sink sink = sinks.apply(i);
            StanceFeatures.of(sink, words, s.sentence().kind(), voices.get(i).attribution(),
                    voices.get(i).cue(), names(labels.get(i)), previous < 0 ? Set.of() : names(labels.get(previous)),
                    next < sentences.size() ? names(labels.get(next)) : Set.of(), same, found,
                    echoes.of(i), idiom);
            clauses.features(sink, words, s.sentence().kind());
            previous = i;
        }
    }

    /** The class of the certainty idioms ("no doubt", "without question"). */
    private static final String CERTAINTY = StanceModifier.Kind.CERTAINTY.label();

    /**
     * Marks the tokens of a certainty idiom, whose words the model does not read as words
     * ({@link StanceFeatures#of(StanceFeatures.Sink, Words, Kind, org.framelens.model.Attribution,
     * String, Set, Set, Set, Set, Set, Set, boolean[])}).
     *
     * @param idiom the marks so far, or null for none (most sentences hold no idiom)
     * @param n     how many tokens the sentence has
     * @param m     the idiom's match
     * @return the marks
     */
    private static boolean[] certainty(boolean[] idiom, int n, CueMatcher.Match<String> m) {
        boolean[] out = idiom == null ? new boolean[n] : idiom;
        for (int i = m.start(); i < m.end(); i++) {
            out[i] = true;
        }
        return out;
    }

    /** Whether a match lies wholly inside the marked tokens. */
    private static boolean inside(boolean[] idiom, CueMatcher.Match<String> m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (!idiom[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds to each sentence's features the {@code near:} features of a two-stage model: its
     * neighbours' first-stage probabilities ({@link StanceFeatures#near}).
     *
     * @param features each sentence's features, sorted and each once as {@link StanceFeatures#of}
     *                 gives them ({@code null} for boilerplate, which is skipped)
     * @param first    the first stage; without labels (a one-stage model) the features stay as they are
     * @param p        each sentence's first-stage probabilities ({@link #firstStageProbabilities}; null for boilerplate)
     * @return the features, each list sorted
     */
    private static List<List<String>> withNeighbours(List<List<String>> features, WeightTable first,
                                                     List<Map<String, Double>> p) {
        if (first.labels().isEmpty()) {
            return features;
        }
        // the features are sorted and each once: the few near: and own: ones go in at their places
        List<List<String>> out = new ArrayList<>(features);
        withNeighbours(p, (i, near) -> out.set(i, StanceContextFeatures.insert(out.get(i), List.of(near))));
        for (int i = 0; i < out.size(); i++) {
            if (p.get(i) != null) {
                out.set(i, StanceContextFeatures.insert(out.get(i), StanceFeatures.own(p.get(i))));
            }
        }
        return out;
    }

    /** Each sentence's first-stage probability of each label ({@code null} for boilerplate). */
    private static List<Map<String, Double>> firstStageProbabilities(List<List<String>> features, WeightTable first) {
        List<Map<String, Double>> p = new ArrayList<>(features.size());
        for (List<String> f : features) {
            p.add(f == null ? null : probabilities(first, f));
        }
        return p;
    }

    /**
     * Adds to each sentence's features the article-wide ones a two-stage model reads
     * ({@link StanceContextFeatures#firstStage}), from the first stage's probabilities of the
     * article's other sentences.
     *
     * @param features each sentence's features, sorted ({@code null} for boilerplate, skipped)
     * @param voices   who speaks in each sentence
     * @param p        each sentence's first-stage probabilities ({@code null} for boilerplate)
     * @return the features, each list sorted
     */
    private static List<List<String>> withArticle(List<List<String>> features, List<Voice> voices,
                                                  List<Map<String, Double>> p) {
        List<List<String>> context = articleFeatures(p, voices);
        List<List<String>> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            out.add(features.get(i) == null ? null : StanceContextFeatures.insert(features.get(i), context.get(i)));
        }
        return out;
    }

    /**
     * The article-wide features of each sentence ({@link StanceContextFeatures#firstStage}), read
     * over the sentences that are not boilerplate.
     *
     * @param p      each sentence's first-stage probabilities ({@code null} for boilerplate)
     * @param voices who speaks in each sentence
     * @return each sentence's article-wide features (none for boilerplate)
     */
    private static List<List<String>> articleFeatures(List<Map<String, Double>> p, List<Voice> voices) {
        List<Map<String, Double>> article = new ArrayList<>();
        List<Voice> v = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (p.get(i) != null) {
                article.add(p.get(i));
                v.add(voices.get(i));
            }
        }
        List<List<String>> context = StanceContextFeatures.firstStage(article, StanceContextFeatures.sources(v));
        List<List<String>> out = new ArrayList<>(p.size());
        int k = 0;
        for (Map<String, Double> q : p) {
            out.add(q == null ? List.of() : context.get(k++));
        }
        return out;
    }

    /**
     * Gives each sentence the {@code near:} features of its neighbours' first-stage probabilities
     * ({@link StanceFeatures#near}), as {@link #withNeighbours(List, WeightTable, List)} does.
     *
     * @param p    each sentence's first-stage probabilities ({@code null} for boilerplate, skipped)
     * @param gets takes sentence i's near: features, one by one
     */
    private static void withNeighbours(List<Map<String, Double>> p, java.util.function.BiConsumer<Integer, String> gets) {
        for (int i = 0; i < p.size(); i++) {
            if (p.get(i) == null) {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && p.get(before) == null) {
                before--;
            }
            int after = i + 1;
            while (after < p.size() && p.get(after) == null) {
                after++;
            }
            for (String near : StanceFeatures.near(before < 0 ? Map.of() : p.get(before),
                    after >= p.size() ? Map.of() : p.get(after))) {
                gets.accept(i, near);
            }
        }
    }

    /** Each first-stage label's probability for a sentence's features. */
    private static Map<String, Double> probabilities(WeightTable first, List<String> features) {
        return byLabel(first.labels(), first.probabilities(features));
    }

    /** Probabilities in the order of their labels, by label. */
    private static Map<String, Double> byLabel(List<String> labels, double[] p) {
        Map<String, Double> out = new java.util.TreeMap<>();
        for (int k = 0; k < p.length; k++) {
            out.put(labels.get(k), p[k]);
        }
        return out;
    }

    /**
     * The labels a sentence echoes: those the cues gave another sentence of the article, at most
     * {@value #ECHO_WINDOW} sentences away, with which it shares {@value #ECHO_WORDS} or more content
     * words. Coders label a sentence that returns to what a concession or a demand was about ("the
     * arbitration case will be frozen" after "agreed to suspend the arbitration case") as they
     * labelled the first.
     *
     * <p>The content words are numbered per article and each sentence's kept as an array of those
     * numbers, each once; an index gives each number's labelled sentences, ascending. Why: sets of
     * strings per sentence, a map of lists and a map of counts per sentence were a twentieth of
     * the extract stage. One per article; not thread-safe.
     */
    private static final class Echoes {
        private final List<List<Tag>> labels;
        /** Each sentence's content words as article numbers, each once (none for boilerplate). */
        private final int[][] content;
        /** Each content word's labelled sentences, ascending. */
        private final int[][] labelledBy;
        /** Content words shared with each sentence, for the sentence being read; zero otherwise. */
        private final int[] shared;
        private int[] touched = new int[16];

        Echoes(List<PreparedSentence> sentences, List<List<Tag>> labels, Normalizer normalizer) {
            this.labels = labels;
            int n = sentences.size();
            content = new int[n][];
            Map<String, Integer> numbers = new java.util.HashMap<>(1024); // an article's content words: no rehashing
            int[] seenIn = new int[64]; // the last sentence (+1) each number was kept for: once per sentence
            int[] buffer = new int[64];
            for (int j = 0; j < n; j++) {
                PreparedSentence s = sentences.get(j);
                if (s.sentence().kind() == Kind.BOILERPLATE) {
                    content[j] = new int[0];
                    continue;
                }
                Words words = s.words(normalizer);
                int kept = 0;
                for (int i = 0; i < words.size(); i++) {
                    if (!isContent(words, i)) {
                        continue;
                    }
                    Integer known = numbers.get(words.key(i));
                    int id;
                    if (known == null) {
                        id = numbers.size();
                        numbers.put(words.key(i), id);
                        if (id == seenIn.length) {
                            seenIn = java.util.Arrays.copyOf(seenIn, id * 2);
                        }
                    } else {
                        id = known;
                    }
                    if (seenIn[id] != j + 1) {
                        seenIn[id] = j + 1;
                        if (kept == buffer.length) {
                            buffer = java.util.Arrays.copyOf(buffer, kept * 2);
                        }
                        buffer[kept++] = id;
                    }
                }
                content[j] = java.util.Arrays.copyOf(buffer, kept);
            }
            int[] count = new int[numbers.size()];
            for (int j = 0; j < n; j++) {
                if (!labels.get(j).isEmpty()) {
                    for (int id : content[j]) {
                        count[id]++;
                    }
                }
            }
            labelledBy = new int[count.length][];
            for (int id = 0; id < count.length; id++) {
                labelledBy[id] = new int[count[id]];
                count[id] = 0;
            }
            for (int j = 0; j < n; j++) {
                if (!labels.get(j).isEmpty()) {
                    for (int id : content[j]) {
                        labelledBy[id][count[id]++] = j;
                    }
                }
            }
            shared = new int[n];
        }

        /** @param i a sentence that is not boilerplate @return the labels it echoes */
        Set<String> of(int i) {
            // how many content words sentence i shares with each labelled sentence near it, read from
            // the index rather than by comparing it with every sentence of the window
            int t = 0;
            for (int id : content[i]) {
                for (int j : labelledBy[id]) {
                    // within a window, so that a book-length article costs its length, not its square
                    if (j != i && Math.abs(j - i) <= ECHO_WINDOW) {
                        if (shared[j]++ == 0) {
                            if (t == touched.length) {
                                touched = java.util.Arrays.copyOf(touched, t * 2);
                            }
                            touched[t++] = j;
                        }
                    }
                }
            }
            if (t == 0) {
                return Set.of();
            }
            Set<String> out = new java.util.TreeSet<>();
            for (int k = 0; k < t; k++) {
                int j = touched[k];
                if (shared[j] >= ECHO_WORDS) {
                    labels.get(j).forEach(tag -> out.add(tag.label()));
                }
                shared[j] = 0;
            }
            return out;
        }
    }

    /** How many content words two sentences share for an echo. */
    static final int ECHO_WORDS = 2;
    /** How far apart, in sentences, an echo may be (a news article is shorter). */
    static final int ECHO_WINDOW = 80;

    /** Whether word {@code i} of a sentence is a content word: no function word, no capitalised name. */
    private static boolean isContent(Words words, int i) {
        var t = words.token(i);
        return t.isWord() && (i == 0 || !t.capitalized()) && t.text().length() > 2
                && !org.framelens.extract.text.FunctionWords.STOP.contains(words.surface(i));
    }

    /** The labels the model adds, for a sentence's known features as numbers, sorted, each once. */
    private List<Tag> add(List<Tag> tags, FeatureIds.Collector features) {
        double[] probabilities = ids.decision().probabilities(features.ids(), features.size());
        return add(tags, probabilities, (k, m) -> ids.strongestTerms(k, features.ids(), features.size()));
    }

    /**
     * @param probabilities the decision stage's probability of each label
     * @param strongest     for the evidence of the k-th label (its model): the features that raised
     *                      its probability most, as {@link StanceModel.LabelModel#strongest} writes them
     */
    private List<Tag> add(List<Tag> tags, double[] probabilities,
                          java.util.function.BiFunction<Integer, StanceModel.LabelModel, List<String>> strongest) {
        Set<String> have = names(tags);
        List<Tag> added = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, StanceModel.LabelModel> e : model.labels().entrySet()) {
            double p = probabilities[k++]; // the table keeps the model's label order
            if (have.contains(e.getKey())) {
                continue;
            }
            if (p >= e.getValue().threshold()) {
                List<String> why = strongest.apply(k - 1, e.getValue());
                added.add(new Tag(e.getKey(), Tag.MODEL_EVIDENCE + Decimals.two(p, false) + ": "
                        + (why.isEmpty() ? "bias" : String.join(", ", why))));
            }
        }
        if (added.isEmpty()) {
            return tags;
        }
        List<Tag> all = new ArrayList<>(tags);
        all.addAll(added);
        all.sort(java.util.Comparator.comparingInt(t -> {
            int at = order.indexOf(t.label());
            return at < 0 ? order.size() : at;
        }));
        return List.copyOf(all);
    }

    private static Set<String> names(List<Tag> tags) {
        if (tags.isEmpty()) {
            return Set.of(); // most sentences: no set to build
        }
        Set<String> out = new LinkedHashSet<>();
        tags.forEach(t -> out.add(t.label()));
        return out;
    }
}
