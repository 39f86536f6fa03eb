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
     */
    public record Example(String story, List<String> features, Set<String> labels, boolean tune) {
        /** Copies. */
        public Example {
            features = List.copyOf(features);
            labels = Set.copyOf(labels);
        }
    }

    /**
     * Training settings.
     *
     * @param minStories a feature must occur in this many stories to be learnt
     * @param l2         the L2 penalty (per example, as in {@code l2 / n})
     * @param iterations gradient steps
     * @param folds      folds for the thresholds and the cross-validated figures
     */
    public record Options(int minStories, double l2, int iterations, int folds) {
        /** The defaults. */
        public static final Options DEFAULTS = new Options(3, 1.0, 300, 5);

        /** Validates. */
        public Options {
            if (minStories < 1 || l2 < 0 || iterations < 1 || folds < 2) {
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
     */
    public record Result(StanceModel model, List<Score> crossValidated, List<Score> cuesOnly) {
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
     * @param examples the coded sentences
     * @param labels   the labels to learn
     * @param options  the settings
     * @param names    word keys that are names (only ever written capitalised in the coded
     *                 articles): no word or pair feature with one of them is learnt, even where a
     *                 heading or the start of a sentence let it in
     * @return the model and its cross-validated scores
     */
    public Result train(List<Example> examples, List<String> labels, Options options, Set<String> names) {
        if (!names.isEmpty()) {
            List<Example> clean = new ArrayList<>(examples.size());
            for (Example e : examples) {
                clean.add(new Example(e.story(), e.features().stream().filter(f -> !named(f, names)).toList(),
                        e.labels(), e.tune()));
            }
            examples = clean;
        }
        List<String> stories = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::story).toList()));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            fold.put(stories.get(i), i % options.folds());
        }
        Map<String, StanceModel.LabelModel> models = new LinkedHashMap<>();
        List<Score> cv = new ArrayList<>();
        List<Score> cues = new ArrayList<>();
        for (String label : labels) {
            if (examples.stream().noneMatch(e -> e.labels().contains(label))) {
                continue; // nothing coded with it: nothing to learn
            }
            double[] heldOut = new double[examples.size()];
            for (int f = 0; f < options.folds(); f++) {
                List<Example> train = new ArrayList<>();
                for (Example e : examples) {
                    if (fold.get(e.story()) != f) {
                        train.add(e);
                    }
                }
                Fit fit = fit(train, label, options);
                for (int i = 0; i < examples.size(); i++) {
                    if (fold.get(examples.get(i).story()) == f) {
                        heldOut[i] = fit.probability(examples.get(i).features());
                    }
                }
            }
            Score best = null;
            for (int t = 5; t <= 95; t++) {
                Score s = score(examples, label, heldOut, t / 100.0);
                if (best == null || s.f1() > best.f1() + 1e-12) {
                    best = s;
                }
            }
            cv.add(best);
            cues.add(score(examples, label, new double[examples.size()], 1.0));
            Fit all = fit(examples, label, options);
            models.put(label, new StanceModel.LabelModel(all.bias, best.threshold(), all.weights()));
        }
        return new Result(new StanceModel(models), cv, cues);
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
                storiesOf.computeIfAbsent(f, k -> new TreeSet<>()).add(e.story());
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        storiesOf.forEach((f, s) -> {
            if (s.size() >= options.minStories()) {
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
