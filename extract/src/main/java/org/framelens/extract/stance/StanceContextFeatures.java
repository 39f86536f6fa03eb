package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.framelens.extract.codebook.StanceModel;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.model.Voice;

/**
 * Features of the stance model that read more than a sentence and its neighbours, added to those of
 * {@link StanceFeatures#of}:
 * <ul>
 *   <li>{@code question} — the sentence is a question (it ends with a question mark, quotation
 *       marks aside). Coders read a rhetorical "Will it hold?" as doubt.</li>
 * </ul>
 * and, for a model with a first stage, from its probabilities ({@link #firstStage}):
 * <ul>
 *   <li>{@code article:LABEL>P} — for the labels of {@link #CONTEXT_LABELS}: the mean first-stage
 *       probability of LABEL over the article's other sentences is P or more
 *       ({@link #ARTICLE_LEVELS}): how much of the article is about doubts or terms;</li>
 *   <li>{@code voiced:LABEL>P} — another sentence of the same named source has a first-stage
 *       probability of LABEL of P or more ({@link #VOICED_LEVELS}), whether or not a cue marked it.
 *       Coders read a speaker's position as a whole: a source whose other sentences doubt or
 *       refuse colours what else they say.</li>
 * </ul>
 * One pass over the article plus one per sentence (each source's two highest probabilities are
 * kept once), so the cost grows with the article's length, not its square.
 *
 * <p>Input: an article's sentences and their {@link StanceFeatures#of} features, or their
 * first-stage probabilities and sources. Output: new feature lists, each sorted and each
 * feature once. Stateless and thread-safe.
 */
public final class StanceContextFeatures {
    /** The feature of a question. */
    public static final String QUESTION = StanceModel.QUESTION_FEATURE;

    /**
     * The labels whose article-wide mean gives {@code article:} features. Why not concession: in
     * story-grouped cross-validation its mean lowered the held-out F1 of concession, while those
     * of skepticism and condition raised skepticism and condition and left concession as it was.
     */
    static final java.util.Set<String> CONTEXT_LABELS = java.util.Set.of("skepticism", "condition");

    /** The levels of the article's mean first-stage probability that {@code article:} marks. */
    static final List<String> ARTICLE_LEVELS = List.of("0.2", "0.3", "0.4");
    /** The levels of a same-source sentence's first-stage probability that {@code voiced:} marks. */
    static final List<String> VOICED_LEVELS = List.of("0.3", "0.5");
    /** The same levels as numbers, parsed once. */
    private static final double[] ARTICLE_AT = ARTICLE_LEVELS.stream().mapToDouble(Double::parseDouble).toArray();
    private static final double[] VOICED_AT = VOICED_LEVELS.stream().mapToDouble(Double::parseDouble).toArray();

    private StanceContextFeatures() {
    }

    /**
     * The features of every sentence of an article that its first-stage probabilities give.
     *
     * @param article  the first-stage probability of each label for every sentence of the article
     *                 that is not boilerplate, in text order
     * @param sources  the named source of each of them ({@link #sources}; empty for none)
     * @return each sentence's features, sorted
     */
    public static List<List<String>> firstStage(List<Map<String, Double>> article, List<String> sources) {
        Map<String, Double> total = new java.util.TreeMap<>();
        for (Map<String, Double> p : article) {
            p.forEach((l, v) -> total.merge(l, v, Double::sum));
        }
        // per source and label, the two highest probabilities and where the highest is: a sentence
        // reads the highest of the others
        Map<String, Map<String, double[]>> top = new HashMap<>();
        for (int j = 0; j < article.size(); j++) {
            if (sources.get(j).isEmpty()) {
                continue;
            }
            Map<String, double[]> t = top.computeIfAbsent(sources.get(j), k -> new java.util.TreeMap<>());
            final int at = j;
            article.get(j).forEach((l, p) -> {
                double[] m = t.computeIfAbsent(l, k -> new double[] {-1, -1, -1});
                if (p > m[0]) {
                    m[1] = m[0];
                    m[0] = p;
                    m[2] = at;
                } else if (p > m[1]) {
                    m[1] = p;
                }
            });
        }
        int n = article.size();
        List<List<String>> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            TreeSet<String> f = new TreeSet<>();
            Map<String, Double> own = article.get(j);
            if (n > 1) {
                // the other sentences' mean: the sentence's own probability is not evidence of its context
                total.forEach((l, sum) -> {
                    if (CONTEXT_LABELS.contains(l)) {
                        mark(f, "article:" + l, (sum - own.getOrDefault(l, 0.0)) / (n - 1), ARTICLE_LEVELS, ARTICLE_AT);
                    }
                });
            }
            if (!sources.get(j).isEmpty()) {
                final int at = j;
                top.get(sources.get(j)).forEach((l, m) -> {
                    double p = m[2] == at ? m[1] : m[0];
                    if (p >= 0) {
                        mark(f, "voiced:" + l, p, VOICED_LEVELS, VOICED_AT);
                    }
                });
            }
            out.add(new ArrayList<>(f));
        }
        return out;
    }

    /** Adds {@code feature>LEVEL} for each of the levels (as written, and as numbers) that p reaches. */
    private static void mark(java.util.Set<String> out, String feature, double p, List<String> levels, double[] at) {
        for (int k = 0; k < levels.size(); k++) {
            if (p >= at[k]) {
                out.add(feature + ">" + levels.get(k));
            }
        }
    }

    /**
     * The named source of each sentence, as {@link #firstStage} reads them.
     *
     * @param voices who speaks in each sentence
     * @return for each, its named source; empty for the narrator and an unknown speaker
     */
    public static List<String> sources(List<Voice> voices) {
        List<String> out = new ArrayList<>(voices.size());
        for (Voice v : voices) {
            String s = source(v);
            out.add(s == null ? "" : s);
        }
        return out;
    }

    /**
     * The {@code question} feature of every sentence of an article.
     *
     * @param features  each sentence's features ({@code null} for boilerplate, which stays so)
     * @param sentences the article's sentences, in text order
     * @return each sentence's features with those of this class added, sorted
     */
    public static List<List<String>> add(List<List<String>> features, List<PreparedSentence> sentences) {
        List<List<String>> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            List<String> f = features.get(i);
            out.add(f == null ? null
                    : insert(f, isQuestion(sentences.get(i).sentence().text()) ? List.of(QUESTION) : List.of()));
        }
        return out;
    }

    /**
     * A sorted feature list with a few more features put in at their places (a list is copied only
     * when something is added: a sentence has dozens of features and gets few of these).
     *
     * @param features sorted, each once
     * @param more     features to add
     * @return sorted, each once
     */
    static List<String> insert(List<String> features, List<String> more) {
        if (more.isEmpty()) {
            return features;
        }
        List<String> all = new ArrayList<>(features.size() + more.size());
        all.addAll(features);
        for (String m : more) {
            int at = java.util.Collections.binarySearch(all, m);
            if (at < 0) {
                all.add(-at - 1, m);
            }
        }
        return all;
    }

    /** The named source of a sentence; {@code null} for the narrator and an unknown speaker. */
    private static String source(Voice voice) {
        String s = voice.speaker();
        return s.equals(Voice.OUTLET) || s.equals(Voice.UNKNOWN) || s.isBlank() ? null : s;
    }

    /** Whether a sentence ends with a question mark, closing quotation marks and brackets aside. */
    static boolean isQuestion(String text) {
        int end = text.length() - 1;
        while (end >= 0 && (Character.isWhitespace(text.charAt(end)) || "\"'”’»)]".indexOf(text.charAt(end)) >= 0)) {
            end--;
        }
        return end >= 0 && text.charAt(end) == '?';
    }
}
