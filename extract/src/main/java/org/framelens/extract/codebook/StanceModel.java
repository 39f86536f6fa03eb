package org.framelens.extract.codebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A linear stance model: for each label, a weight per feature ({@code stance.StanceFeatures}), a bias
 * and a threshold. A sentence's probability of the label is the logistic function of the bias
 * plus the weights of its features; at or above the threshold the model gives the label. The
 * weights are learnt from hand-coded articles ({@code stance.StanceModelTrainer}) and kept in the
 * codebook's {@code stance_model.csv}, where an analyst can read, change or remove them.
 *
 * <p>A model may have two stages. The first stage ({@link #first()}, rows whose feature starts
 * with {@value #FIRST_PREFIX}) reads each sentence alone and gives every sentence a probability of
 * each label; the second, the decision model ({@link #labels()}), reads the sentence's features
 * and also {@code near:LABEL>P}: a neighbouring sentence's first-stage probability of LABEL
 * reaches P ({@code stance.StanceFeatures#near}). Coders read a sentence in its context, and a
 * neighbour that reads as doubtful to the model is a better hint than one a cue found. Without a
 * first stage no {@code near:} feature is ever present.
 *
 * <p>Immutable and thread-safe.
 *
 * @param labels the decision model of each label, in file order
 * @param first  the first-stage model of each label (its threshold is unused); empty for a
 *               one-stage model
 */
public record StanceModel(Map<String, LabelModel> labels, Map<String, LabelModel> first) {
    /** A model that gives no label. */
    public static final StanceModel EMPTY = new StanceModel(Map.of());

    /** How a first-stage row's feature (and its bias, {@code first:bias}) starts in {@code stance_model.csv}. */
    public static final String FIRST_PREFIX = "first:";

    /** The prefixes a feature may have (besides {@link #QUOTE_FEATURE} and {@link #QUESTION_FEATURE}). */
    public static final List<String> FEATURE_PREFIXES = List.of("word:", "pair:", "cue:", "before:", "after:",
            "said:", "source:", "class:", "echo:", "voice:", "kind:", "near:", "article:", "voiced:",
            "negator:", "refusal:", "demand:", "offer:", "start:", "own:");
    /** The feature with no prefix: the sentence holds a quotation mark. */
    public static final String QUOTE_FEATURE = "quote";
    /** The other feature with no prefix: the sentence is a question. */
    public static final String QUESTION_FEATURE = "question";

    /** How many features the evidence names, strongest first. */
    public static final int EVIDENCE_TERMS = 4;

    /** Copies the tables, keeping their order. */
    public StanceModel {
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        first = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(first));
    }

    /**
     * A one-stage model.
     *
     * @param labels the model of each label
     */
    public StanceModel(Map<String, LabelModel> labels) {
        this(labels, Map.of());
    }

    /**
     * One label's model.
     *
     * @param bias      the intercept
     * @param threshold the probability from which the label is given, in (0, 1)
     * @param weights   feature → weight
     */
    public record LabelModel(double bias, double threshold, Map<String, Double> weights) {
        /** Validates and copies. */
        public LabelModel {
            Objects.requireNonNull(weights, "weights");
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("threshold must lie between 0 and 1: " + threshold);
            }
            weights = Map.copyOf(weights);
        }

        /**
         * @param features a sentence's features
         * @return the probability of the label
         */
        public double probability(List<String> features) {
            double s = bias;
            for (String f : features) {
                Double w = weights.get(f);
                if (w != null) {
                    s += w;
                }
            }
            return 1 / (1 + Math.exp(-s));
        }

        /**
         * @param features a sentence's features
         * @return the features that raised the probability most, strongest first, as
         *     {@code feature +weight}
         */
        public List<String> strongest(List<String> features) {
            List<Map.Entry<String, Double>> up = new ArrayList<>();
            for (String f : features) {
                Double w = weights.get(f);
                if (w != null && w > 0) {
                    up.add(Map.entry(f, w));
                }
            }
            up.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            List<String> out = new ArrayList<>();
            // one formatter for the terms, and no locale (ASCII digits, '.', '+' and '-': what
            // Locale.ROOT gives): String.format builds one and looks the locale up on every call
            StringBuilder b = new StringBuilder();
            java.util.Formatter f = new java.util.Formatter(b, (Locale) null);
            for (Map.Entry<String, Double> e : up.subList(0, Math.min(EVIDENCE_TERMS, up.size()))) {
                b.setLength(0);
                f.format("%s %+.2f", e.getKey(), e.getValue());
                out.add(b.toString());
            }
            return out;
        }
    }

    /** @return whether the model gives no label */
    public boolean isEmpty() {
        return labels.isEmpty();
    }
}
