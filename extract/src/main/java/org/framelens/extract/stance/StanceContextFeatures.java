package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.framelens.extract.codebook.StanceModel;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.model.Tag;
import org.framelens.model.Voice;

/**
 * Features of the stance model that read more than a sentence and its neighbours, added to those of
 * {@link StanceFeatures#of}:
 * <ul>
 *   <li>{@code question} — the sentence is a question (it ends with a question mark, quotation
 *       marks aside). Coders read a rhetorical "Will it hold?" as doubt;</li>
 *   <li>{@code speaker:LABEL} — the stance cues gave LABEL to another sentence of the same named
 *       source in the article. Coders read a speaker's position as a whole: a source whose other
 *       sentences doubt or refuse colours what else they say.</li>
 * </ul>
 * and, for a model with a first stage, from its probabilities ({@link #firstStage}), for the
 * labels of {@link #CONTEXT_LABELS}:
 * <ul>
 *   <li>{@code article:LABEL>P} — the mean first-stage probability of LABEL over the article's
 *       other sentences is P or more ({@link #ARTICLE_LEVELS}): how much of the article is about
 *       doubts or terms;</li>
 *   <li>{@code voiced:LABEL>P} — another sentence of the same named source has a first-stage
 *       probability of LABEL of P or more ({@link #VOICED_LEVELS}), whether or not a cue marked it.</li>
 * </ul>
 * One pass over the article plus one per sentence (each source's label counts are kept once), so
 * the cost grows with the article's length, not its square.
 *
 * <p>Input: an article's sentences, voices and cue labels, and their {@link StanceFeatures#of}
 * features. Output: new feature lists, each sorted and each feature once. Stateless and
 * thread-safe.
 */
public final class StanceContextFeatures {
    /** The feature of a question. */
    public static final String QUESTION = StanceModel.QUESTION_FEATURE;

    /**
     * The labels whose first-stage probabilities give {@code article:} and {@code voiced:}
     * features. Why not concession: in story-grouped cross-validation its article-wide
     * probabilities lowered the held-out F1 of concession, while those of skepticism and
     * condition raised skepticism and condition and left concession as it was.
     */
    static final java.util.Set<String> CONTEXT_LABELS = java.util.Set.of("skepticism", "condition");

    /** The levels of the article's mean first-stage probability that {@code article:} marks. */
    static final List<String> ARTICLE_LEVELS = List.of("0.2", "0.3", "0.4");
    /** The levels of a same-source sentence's first-stage probability that {@code voiced:} marks. */
    static final List<String> VOICED_LEVELS = List.of("0.3", "0.5");

    private StanceContextFeatures() {
    }

    /**
     * The {@code article:} and {@code voiced:} features of one sentence.
     *
     * @param article    the first-stage probability of each label for every sentence of the
     *                   article that is not boilerplate, in text order
     * @param at         the sentence's place among them
     * @param sameSource the places of the other sentences of its named source
     * @return the features, sorted
     */
    public static List<String> firstStage(List<Map<String, Double>> article, int at, List<Integer> sameSource) {
        Map<String, Double> most = new java.util.TreeMap<>();
        for (int j : sameSource) {
            if (j != at) {
                article.get(j).forEach((l, p) -> most.merge(l, p, Math::max));
            }
        }
        return features(article.size(), total(article), article.get(at), most);
    }

    /**
     * The {@code article:} and {@code voiced:} features of every sentence of an article, in one
     * pass per sentence: the same as {@link #firstStage} for each.
     *
     * @param article the first-stage probability of each label for every sentence of the article
     *                that is not boilerplate, in text order
     * @param voices  who speaks in each of them
     * @return each sentence's features, sorted
     */
    public static List<List<String>> firstStage(List<Map<String, Double>> article, List<Voice> voices) {
        Map<String, Double> total = total(article);
        // per source and label, the two highest probabilities and where the highest is: a sentence
        // reads the highest of the others
        Map<String, Map<String, double[]>> top = new HashMap<>();
        for (int j = 0; j < article.size(); j++) {
            String s = source(voices.get(j));
            if (s == null) {
                continue;
            }
            Map<String, double[]> t = top.computeIfAbsent(s, k -> new java.util.TreeMap<>());
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
        List<List<String>> out = new ArrayList<>(article.size());
        for (int j = 0; j < article.size(); j++) {
            String s = source(voices.get(j));
            Map<String, Double> most = new java.util.TreeMap<>();
            if (s != null) {
                final int at = j;
                top.get(s).forEach((l, m) -> {
                    double p = m[2] == at ? m[1] : m[0];
                    if (p >= 0) {
                        most.put(l, p);
                    }
                });
            }
            out.add(features(article.size(), total, article.get(j), most));
        }
        return out;
    }

    /** Each label's probability summed over the article, in text order. */
    private static Map<String, Double> total(List<Map<String, Double>> article) {
        Map<String, Double> sum = new java.util.TreeMap<>();
        for (Map<String, Double> p : article) {
            p.forEach((l, v) -> sum.merge(l, v, Double::sum));
        }
        return sum;
    }

    private static List<String> features(int n, Map<String, Double> total, Map<String, Double> own,
                                         Map<String, Double> mostOfSource) {
        TreeSet<String> out = new TreeSet<>();
        if (n > 1) {
            // the other sentences' mean: the sentence's own probability is not evidence of its context
            total.forEach((l, s) -> mark(out, l, "article:" + l, (s - own.getOrDefault(l, 0.0)) / (n - 1),
                    ARTICLE_LEVELS));
        }
        mostOfSource.forEach((l, p) -> mark(out, l, "voiced:" + l, p, VOICED_LEVELS));
        return new ArrayList<>(out);
    }

    private static void mark(java.util.Set<String> out, String label, String feature, double p, List<String> levels) {
        if (!CONTEXT_LABELS.contains(label)) {
            return;
        }
        for (String level : levels) {
            if (p >= Double.parseDouble(level)) {
                out.add(feature + ">" + level);
            }
        }
    }

    /**
     * The places of each sentence's other sentences of the same named source.
     *
     * @param voices who speaks in each sentence that is not boilerplate, in text order
     * @return for each, the places of the others with the same named source (none for the narrator)
     */
    public static List<List<Integer>> sameSource(List<Voice> voices) {
        Map<String, List<Integer>> bySource = new HashMap<>();
        for (int j = 0; j < voices.size(); j++) {
            String s = source(voices.get(j));
            if (s != null) {
                bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(j);
            }
        }
        List<List<Integer>> out = new ArrayList<>(voices.size());
        for (Voice v : voices) {
            String s = source(v);
            out.add(s == null ? List.of() : bySource.get(s));
        }
        return out;
    }

    /**
     * @param features  each sentence's features ({@code null} for boilerplate, which stays so)
     * @param sentences the article's sentences, in text order
     * @param voices    who speaks in each
     * @param labels    the labels the stance cues gave each
     * @return each sentence's features with those of this class added, sorted
     */
    public static List<List<String>> add(List<List<String>> features, List<PreparedSentence> sentences,
                                         List<Voice> voices, List<List<Tag>> labels) {
        // per source, how many of its sentences the cues gave each label
        Map<String, Map<String, Integer>> bySource = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            String source = source(voices.get(i));
            if (features.get(i) != null && source != null) {
                Map<String, Integer> counts = bySource.computeIfAbsent(source, k -> new HashMap<>());
                for (String l : new TreeSet<>(labels.get(i).stream().map(Tag::label).toList())) {
                    counts.merge(l, 1, Integer::sum);
                }
            }
        }
        List<List<String>> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            List<String> f = features.get(i);
            if (f == null) {
                out.add(null);
                continue;
            }
            TreeSet<String> all = new TreeSet<>(f);
            if (isQuestion(sentences.get(i).sentence().text())) {
                all.add(QUESTION);
            }
            String source = source(voices.get(i));
            if (source != null) {
                java.util.Set<String> own = new TreeSet<>(labels.get(i).stream().map(Tag::label).toList());
                bySource.getOrDefault(source, Map.of()).forEach((label, n) -> {
                    // another of the source's sentences, not this one
                    if (n > (own.contains(label) ? 1 : 0)) {
                        all.add("speaker:" + label);
                    }
                });
            }
            out.add(new ArrayList<>(all));
        }
        return out;
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
