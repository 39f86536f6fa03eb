package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framelens.extract.codebook.StanceModel;

/**
 * Learns a {@link StanceModel} from hand-coded sentences: an L2-regularised logistic regression
 * per label over {@link StanceFeatures}, fitted by full-batch gradient descent (deterministic:
 * the same examples give the same weights).
 *
 * <p>Two choices keep the model general rather than a memory of the coded stories:
 * <ul>
 *   <li>a feature is only learnt when it occurs in at least {@link Options#minStories()} different
 *       stories, so names, places and phrases of one story never get a weight;</li>
 *   <li>each label's threshold is the one that maximises F1 of the final decision (a cue found,
 *       or the model's probability at the threshold) on predictions for stories held out of
 *       training ({@link Options#folds()} folds, a story never split across folds), over the
 *       examples marked {@link Example#tune()}: mark the corpora the cues were not developed on,
 *       as the cues find more in the corpora they were written from than in new text.</li>
 * </ul>
 * The same held-out predictions give {@link Result#crossValidated()}, the honest estimate of
 * how the model does on stories it has not seen.
 *
 * <p>With {@link Options#twoStage()} (the default) the model has two stages: a first one over
 * the sentence's own features, and the decision model, which also reads the {@code near:}
 * features its neighbours' first-stage probabilities give ({@link StanceFeatures#near}). The
 * decision model learns from first-stage probabilities of fits that did not see the sentence's
 * story (stacking) — its neighbours', and for concession its own of the other labels
 * ({@link StanceFeatures#own}) —, so that it trusts them as much as they deserve on new text; the held-out
 * figures nest this inside each fold.
 *
 * <p>Stateless and thread-safe.
 */
public final class StanceModelTrainer {
    /**
     * A coded sentence.
     *
     * @param story    the story it belongs to (folds never split a story)
     * @param features its features
     * @param labels   the stance labels its coder gave it
     * @param tune     whether the thresholds are chosen on it (see {@link #train})
     * @param neighbours the features of the sentences before and after it in its article (none,
     *                 one or two lists), which a two-stage model reads ({@link StanceFeatures#near})
     * @param context  its article, which a two-stage model reads for the article-wide features of
     *                 {@link StanceContextFeatures#firstStage} ({@link Context#NONE} when not known)
     */
    public record Example(String story, List<String> features, Set<String> labels, boolean tune,
                          List<List<String>> neighbours, Context context) {
        /** Copies. */
        public Example {
            features = List.copyOf(features);
            labels = Set.copyOf(labels);
            neighbours = neighbours.stream().map(List::copyOf).toList();
        }

        /**
         * A sentence whose article is not known beyond its neighbours.
         *
         * @param story      its story
         * @param features   its features
         * @param labels     its coder's labels
         * @param tune       whether the thresholds are chosen on it
         * @param neighbours the features of the sentences before and after it
         */
        public Example(String story, List<String> features, Set<String> labels, boolean tune,
                       List<List<String>> neighbours) {
            this(story, features, labels, tune, neighbours, Context.NONE);
        }

        /**
         * A sentence whose neighbours are not known.
         *
         * @param story    its story
         * @param features its features
         * @param labels   its coder's labels
         * @param tune     whether the thresholds are chosen on it
         */
        public Example(String story, List<String> features, Set<String> labels, boolean tune) {
            this(story, features, labels, tune, List.of());
        }
    }

    /**
     * A coded sentence's article, as the article-wide features of a two-stage model read it.
     *
     * @param article    the features of every sentence of the article that is not boilerplate, in
     *                   text order (one list shared by the article's examples)
     * @param at         the sentence's place in {@code article}
     * @param sources    the named source of each sentence of {@code article}
     *                   ({@link StanceContextFeatures#sources}; one list shared by the article's examples)
     */
    public record Context(List<List<String>> article, int at, List<String> sources) {
        /** No article known. */
        public static final Context NONE = new Context(List.of(), -1, List.of());
    }

    /**
     * Training settings.
     *
     * @param minStories  a feature must occur in this many stories to be learnt
     * @param l2          the L2 penalty (per example, as in {@code l2 / n})
     * @param iterations  gradient steps
     * @param folds       folds for the thresholds and the cross-validated figures
     * @param twoStage    whether to learn a first stage whose probabilities of the neighbouring
     *                    sentences the decision model reads ({@link StanceModel#first()}); it needs
     *                    three folds or more (with two, one stage is learnt)
     * @param byCorpus    whether folds hold whole corpora (the {@code CORPUS/} part of a story id
     *                    {@code CORPUS/STORY}) rather than whole stories: a corpus is one writer's
     *                    work, and a model that saw the writer's other stories reads their wording
     *                    and coding habits, which new text by other writers does not share — the
     *                    held-out figures and the thresholds would be those of a known writer
     * @param minCorpora  a feature must occur in this many corpora to be learnt: a phrase one writer
     *                    uses in all their stories is still one writer's habit
     */
    public record Options(int minStories, double l2, int iterations, int folds, boolean twoStage,
                          boolean byCorpus, int minCorpora) {
        /** The defaults. */
        public static final Options DEFAULTS = new Options(3, 1.0, 300, 5, true, true, 1);

        /**
         * Settings with folds of whole stories and no corpus minimum, as before corpora were told apart.
         *
         * @param minStories a feature must occur in this many stories to be learnt
         * @param l2         the L2 penalty
         * @param iterations gradient steps
         * @param folds      folds
         * @param twoStage   whether to learn two stages
         */
        public Options(int minStories, double l2, int iterations, int folds, boolean twoStage) {
            this(minStories, l2, iterations, folds, twoStage, false, 1);
        }

        /**
         * Two-stage settings.
         *
         * @param minStories a feature must occur in this many stories to be learnt
         * @param l2         the L2 penalty
         * @param iterations gradient steps
         * @param folds      folds
         */
        public Options(int minStories, double l2, int iterations, int folds) {
            this(minStories, l2, iterations, folds, true);
        }

        /** Validates. */
        public Options {
            if (minStories < 1 || l2 < 0 || iterations < 1 || folds < 2 || minCorpora < 1) {
                throw new IllegalArgumentException("bad training options");
            }
        }
    }

    /**
     * Precision, recall and F1 of one label.
     *
     * @param label     the label
     * @param threshold the threshold chosen
     * @param tp        true positives
     * @param fp        false positives
     * @param fn        false negatives
     */
    public record Score(String label, double threshold, int tp, int fp, int fn) {
        /** @return precision */
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        /** @return recall */
        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** @return F1 */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * What training gives.
     *
     * @param model          the model, trained on every example
     * @param crossValidated per label, the decision's scores on held-out stories (the examples
     *                       marked {@link Example#tune()})
     * @param cuesOnly       per label, the cues' scores alone on the same examples
     * @param heldOut        per label, each example's probability (in the order given to
     *                       {@link #train}) from the fit that did not see its story: what the
     *                       cross-validated scores were counted from, for error analysis
     */
    public record Result(StanceModel model, List<Score> crossValidated, List<Score> cuesOnly,
                         Map<String, double[]> heldOut) {
        /**
         * A result without held-out probabilities.
         *
         * @param model          the model
         * @param crossValidated the held-out scores
         * @param cuesOnly       the cues' scores
         */
        public Result(StanceModel model, List<Score> crossValidated, List<Score> cuesOnly) {
            this(model, crossValidated, cuesOnly, Map.of());
        }
    }

    private static final double LEARNING_RATE = 2.5;
    private static final double MIN_WEIGHT = 1e-3;

    /**
     * @param examples the coded sentences
     * @param labels   the labels to learn
     * @param options  the settings
     * @return the model and its cross-validated scores
     */
    public Result train(List<Example> examples, List<String> labels, Options options) {
        return train(examples, labels, options, Set.of());
    }

    /**
     * @param given    the coded sentences
     * @param labels   the labels to learn
     * @param options  the settings
     * @param names    word keys that are names (only ever written capitalised in the coded
     *                 articles): no word or pair feature with one of them is learnt, even where a
     *                 heading or the start of a sentence let it in
     * @return the model and its cross-validated scores
     */
    public Result train(List<Example> given, List<String> labels, Options options, Set<String> names) {
        return train(given, labels, options, names, Map.of());
    }

    /**
     * @param given    the coded sentences
     * @param labels   the labels to learn
     * @param options  the settings
     * @param names    word keys that are names ({@link #train(List, List, Options, Set)})
     * @param fixed    thresholds set rather than chosen, by label: the model keeps them and the
     *                 held-out scores are counted at them. Why: where a label's held-out F1 is flat
     *                 over a wide range, the threshold the folds pick swings with any change, and an
     *                 analyst may need a given operating point (fewer labels for a sparing coder)
     * @return the model and its cross-validated scores
     */
    public Result train(List<Example> given, List<String> labels, Options options, Set<String> names,
                        Map<String, Double> fixed) {
        List<Example> examples = given;
        if (!names.isEmpty()) {
            List<Example> clean = new ArrayList<>(examples.size());
            for (Example e : examples) {
                clean.add(new Example(e.story(), unnamed(e.features(), names), e.labels(), e.tune(),
                        e.neighbours().stream().map(n -> unnamed(n, names)).toList(), e.context()));
            }
            examples = clean;
        }
        List<Example> coded = examples;
        int[] fold = folds(examples, options);
        List<String> learnt = labels.stream()
                .filter(l -> coded.stream().anyMatch(e -> e.labels().contains(l))).toList();
        // a first stage fitted without two of two folds would have seen nothing
        boolean twoStage = options.twoStage() && options.folds() >= 3;
        Stage1 stage1 = new Stage1(examples, fold, learnt, options);
        Map<String, StanceModel.LabelModel> models = new LinkedHashMap<>();
        List<Score> cv = new ArrayList<>();
        List<Score> cues = new ArrayList<>();
        // the decision model's examples when a fold is held out (each with the near: features the
        // first stage gives it without seeing its story), and when none is (for the final model)
        List<List<Example>> heldOutInputs = new ArrayList<>();
        for (int f = 0; f < options.folds(); f++) {
            heldOutInputs.add(twoStage ? stage1.withNear(f) : examples);
        }
        List<Example> finalInput = twoStage ? stage1.withNear(-1) : examples;
        Map<String, double[]> probabilities = new LinkedHashMap<>();
        for (String label : learnt) {
            double[] heldOut = new double[examples.size()];
            for (int f = 0; f < options.folds(); f++) {
                List<Example> input = heldOutInputs.get(f);
                List<Example> train = new ArrayList<>();
                for (int i = 0; i < input.size(); i++) {
                    if (fold[i] != f) {
                        train.add(input.get(i));
                    }
                }
                Fit fit = fit(train, label, options);
                for (int i = 0; i < input.size(); i++) {
                    if (fold[i] == f) {
                        heldOut[i] = fit.probability(input.get(i).features());
                    }
                }
            }
            Score best = fixed.containsKey(label) ? score(examples, label, heldOut, fixed.get(label)) : null;
            for (int t = 5; t <= 95 && !fixed.containsKey(label); t++) {
                Score s = score(examples, label, heldOut, t / 100.0);
                if (best == null || s.f1() > best.f1() + 1e-12) {
                    best = s;
                }
            }
            cv.add(best);
            probabilities.put(label, heldOut);
            cues.add(score(examples, label, new double[examples.size()], 1.0));
            Fit all = fit(finalInput, label, options);
            models.put(label, new StanceModel.LabelModel(all.bias, best.threshold(), all.weights()));
        }
        Map<String, StanceModel.LabelModel> first = new LinkedHashMap<>();
        if (twoStage) {
            stage1.fits(Set.of()).forEach((label, fit) -> first.put(label, new StanceModel.LabelModel(fit.bias, 0.5,
                    fit.weights())));
        }
        return new Result(new StanceModel(models, first), cv, cues, probabilities);
    }

    /**
     * The fold of each example: units (stories, or corpora with {@link Options#byCorpus()}) in
     * sorted order dealt round the folds. With fewer corpora than folds, stories are dealt instead.
     */
    static int[] folds(List<Example> examples, Options options) {
        boolean byCorpus = options.byCorpus()
                && examples.stream().map(e -> corpus(e.story())).distinct().count() >= options.folds();
        List<String> units = new ArrayList<>(new TreeSet<>(examples.stream()
                .map(e -> byCorpus ? corpus(e.story()) : e.story()).toList()));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            foldOf.put(units.get(i), i % options.folds());
        }
        return examples.stream().mapToInt(e -> foldOf.get(byCorpus ? corpus(e.story()) : e.story())).toArray();
    }

    /** The corpus of a story id {@code CORPUS/STORY}: the part before its first slash (the id itself if none). */
    static String corpus(String story) {
        int slash = story.indexOf('/');
        return slash < 0 ? story : story.substring(0, slash);
    }

    private static List<String> unnamed(List<String> features, Set<String> names) {
        return features.stream().filter(f -> !named(f, names)).toList();
    }

    /**
     * The first stage of a two-stage model, fitted on the examples outside a set of folds, each
     * set once. Its probabilities for a sentence always come from a fit that did not see the
     * sentence's story, so that the decision model learns how far to trust them on new text.
     */
    private static final class Stage1 {
        private final List<Example> examples;
        private final int[] fold;
        private final List<String> labels;
        private final Options options;
        private final Map<Set<Integer>, Map<String, Fit>> fits = new HashMap<>();
        /** Per set of folds left out, the article-wide first-stage features of the articles read so far. */
        private final Map<Set<Integer>, Map<List<List<String>>, List<List<String>>>> articles = new HashMap<>();

        Stage1(List<Example> examples, int[] fold, List<String> labels, Options options) {
            this.examples = examples;
            this.fold = fold;
            this.labels = labels;
            this.options = options;
        }

        /** The fits of every label on the examples outside the folds. */
        Map<String, Fit> fits(Set<Integer> without) {
            return fits.computeIfAbsent(Set.copyOf(without), k -> {
                List<Example> train = new ArrayList<>();
                for (int i = 0; i < examples.size(); i++) {
                    if (!k.contains(fold[i])) {
                        train.add(examples.get(i));
                    }
                }
                Map<String, Fit> out = new LinkedHashMap<>();
                labels.forEach(l -> out.put(l, fit(train, l, options)));
                return out;
            });
        }

        /**
         * The examples with their near: features, as a decision model trained without fold
         * {@code heldOut} (-1: without none) sees them: an example of the held-out fold gets them
         * from the first stage trained on the other folds; any other example from the first stage
         * trained without both its own fold and the held-out one.
         */
        List<Example> withNear(int heldOut) {
            List<Example> out = new ArrayList<>(examples.size());
            for (int i = 0; i < examples.size(); i++) {
                Example e = examples.get(i);
                Set<Integer> without = heldOut < 0 || fold[i] == heldOut ? Set.of(fold[i]) : Set.of(fold[i], heldOut);
                Map<String, Fit> first = fits(without);
                List<Map<String, Double>> p = new ArrayList<>();
                for (List<String> n : e.neighbours()) {
                    Map<String, Double> q = new TreeMap<>();
                    first.forEach((l, fit) -> q.put(l, fit.probability(n)));
                    p.add(q);
                }
                Set<String> features = new TreeSet<>(e.features());
                features.addAll(StanceFeatures.near(p.isEmpty() ? Map.of() : p.get(0),
                        p.size() < 2 ? Map.of() : p.get(1)));
                // the sentence's own first-stage probabilities, from a fit that did not see its story
                Map<String, Double> own = new TreeMap<>();
                first.forEach((l, fit) -> own.put(l, fit.probability(e.features())));
                features.addAll(StanceFeatures.own(own));
                if (e.context().at() >= 0) {
                    // the article's first-stage features, once per article and set of folds left out
                    List<List<String>> context = articles.computeIfAbsent(without,
                            k -> new java.util.IdentityHashMap<>()).computeIfAbsent(e.context().article(), a -> {
                                List<Map<String, Double>> article = new ArrayList<>();
                                for (List<String> x : a) {
                                    Map<String, Double> q = new TreeMap<>();
                                    first.forEach((l, fit) -> q.put(l, fit.probability(x)));
                                    article.add(q);
                                }
                                return StanceContextFeatures.firstStage(article, e.context().sources());
                            });
                    features.addAll(context.get(e.context().at()));
                }
                out.add(new Example(e.story(), new ArrayList<>(features), e.labels(), e.tune(), e.neighbours(),
                        e.context()));
            }
            return out;
        }
    }

    /** Whether a word or pair feature holds a name. */
    static boolean named(String feature, Set<String> names) {
        if (feature.startsWith("word:")) {
            return names.contains(feature.substring(5));
        }
        if (feature.startsWith("pair:")) {
            for (String k : feature.substring(5).split(" ")) {
                if (names.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Score score(List<Example> examples, String label, double[] p, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        String cue = "cue:" + label;
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (!e.tune()) {
                continue;
            }
            boolean gold = e.labels().contains(label);
            boolean found = p[i] >= threshold || e.features().contains(cue);
            if (gold && found) {
                tp++;
            } else if (found) {
                fp++;
            } else if (gold) {
                fn++;
            }
        }
        return new Score(label, threshold, tp, fp, fn);
    }

    /** A fitted label model: the vocabulary and its weights. */
    private record Fit(Map<String, Integer> index, double[] w, double bias) {
        double probability(List<String> features) {
            double s = bias;
            for (String f : features) {
                Integer i = index.get(f);
                if (i != null) {
                    s += w[i];
                }
            }
            return 1 / (1 + Math.exp(-s));
        }

        Map<String, Double> weights() {
            Map<String, Double> out = new TreeMap<>();
            index.forEach((f, i) -> {
                if (Math.abs(w[i]) >= MIN_WEIGHT) {
                    out.put(f, w[i]);
                }
            });
            return out;
        }
    }

    private static Fit fit(List<Example> train, String label, Options options) {
        Map<String, Set<String>> storiesOf = new TreeMap<>();
        for (Example e : train) {
            for (String f : e.features()) {
                if (!StanceFeatures.readBy(label, f)) {
                    continue; // own: features only for the labels that read them
                }
                storiesOf.computeIfAbsent(f, k -> new TreeSet<>()).add(e.story());
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        storiesOf.forEach((f, s) -> {
            if (s.size() >= options.minStories()
                    && (options.minCorpora() <= 1 || s.stream().map(StanceModelTrainer::corpus).distinct().count()
                    >= options.minCorpora())) {
                index.put(f, index.size());
            }
        });
        int n = train.size();
        int[][] x = new int[n][];
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            Example e = train.get(j);
            x[j] = e.features().stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                    .toArray();
            y[j] = e.labels().contains(label) ? 1 : 0;
        }
        double[] w = new double[index.size()];
        double bias = 0;
        double[] grad = new double[w.length];
        for (int it = 0; it < options.iterations(); it++) {
            java.util.Arrays.fill(grad, 0);
            double gradBias = 0;
            for (int j = 0; j < n; j++) {
                double s = bias;
                for (int k : x[j]) {
                    s += w[k];
                }
                double err = 1 / (1 + Math.exp(-s)) - y[j];
                for (int k : x[j]) {
                    grad[k] += err;
                }
                gradBias += err;
            }
            for (int k = 0; k < w.length; k++) {
                w[k] -= LEARNING_RATE * (grad[k] + options.l2() * w[k]) / n;
            }
            bias -= LEARNING_RATE * gradBias / n;
        }
        return new Fit(index, w, bias);
    }
}
