package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.extract.codebook.StanceModel;

/**
 * One stage of the stance model laid out for reading: each feature's weights in every label model
 * of the stage, found with one look-up. Why: a sentence has dozens of features and the model
 * several label models per stage; looking each feature up in each label's map was a tenth of the
 * extractor's time. The sums are taken in the same order as
 * {@link StanceModel.LabelModel#probability}, so the probabilities are the same numbers.
 *
 * <p>Input: a stage's label models (label → model). Output: a sentence's probability of each
 * label. Immutable and thread-safe.
 */
final class WeightTable {
    private final List<String> labels;
    private final double[] bias;
    private final Map<String, double[]> weights;

    private WeightTable(List<String> labels, double[] bias, Map<String, double[]> weights) {
        this.labels = labels;
        this.bias = bias;
        this.weights = weights;
    }

    /**
     * @param stage label → model, in the order the probabilities are wanted
     * @return the stage's table
     */
    static WeightTable of(Map<String, StanceModel.LabelModel> stage) {
        List<String> labels = List.copyOf(stage.keySet());
        double[] bias = new double[labels.size()];
        Map<String, double[]> weights = new HashMap<>();
        int k = 0;
        for (StanceModel.LabelModel m : stage.values()) {
            bias[k] = m.bias();
            final int at = k;
            m.weights().forEach((feature, w) -> weights.computeIfAbsent(feature, f -> new double[labels.size()])[at] = w);
            k++;
        }
        return new WeightTable(labels, bias, weights);
    }

    /** @return the labels, in the order of {@link #probabilities} */
    List<String> labels() {
        return labels;
    }

    /**
     * @param features a sentence's features
     * @return the probability of each label, in the order of {@link #labels()}
     */
    double[] probabilities(List<String> features) {
        double[] s = bias.clone();
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int k = 0; k < s.length; k++) {
                    s[k] += w[k];
                }
            }
        }
        for (int k = 0; k < s.length; k++) {
            s[k] = 1 / (1 + Math.exp(-s[k]));
        }
        return s;
    }
}
