package org.framelens.extract.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.model.align.MatchType;
import org.framelens.model.align.SentencePair;

/**
 * Finds sentences of different outlets that carry the same content in other words: TF-IDF
 * vectors over content words, IDF taken from the story's own counted sentences (a word every
 * outlet repeats on every line — the story's protagonist — weighs little), and an inverted index
 * so that each sentence meets only the sentences sharing a word with it. Each sentence keeps its
 * best match in each other outlet when that clears the thresholds. Not thread-safe; one per story.
 */
final class Paraphrases {
    private final ContentTerms terms;
    private final Settings settings;

    Paraphrases(ContentTerms terms, Settings settings) {
        this.terms = terms;
        this.settings = settings;
    }

    /** A counted sentence as a unit vector of term weights. */
    private record Vec(Doc doc, int sentence, Map<String, Double> weights) {
    }

    /**
     * @param docs  the story's outlets
     * @param pairs the pairs found so far, to which the paraphrases are added (a same quote is kept
     *              over a paraphrase of the same two sentences)
     */
    void find(List<Doc> docs, Map<String, SentencePair> pairs) {
        List<Map<String, Integer>> tfs = new ArrayList<>();
        List<Doc> owners = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Doc d : docs) {
            for (int i : d.countedIndices()) {
                Map<String, Integer> tf = new TreeMap<>();
                for (String t : terms.of(d.text, d.sentences.get(i).sentence().span(), d.sentences.get(i).voice().speaker())) {
                    tf.merge(t, 1, Integer::sum);
                }
                tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
                tfs.add(tf);
                owners.add(d);
                indices.add(i);
            }
        }
        int n = tfs.size();
        List<Vec> vecs = new ArrayList<>(n);
        // one index per outlet: a sentence meets only the other outlets' sentences, so one huge
        // article (a dump of thousands of sentences) is not compared with itself, quadratically
        Map<Doc, Map<String, List<Integer>>> postings = new HashMap<>();
        for (int k = 0; k < n; k++) {
            Map<String, Double> w = new HashMap<>();
            double norm = 0;
            for (var e : tfs.get(k).entrySet()) {
                double x = (1 + Math.log(e.getValue())) * (Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1);
                w.put(e.getKey(), x);
                norm += x * x;
            }
            double len = Math.sqrt(norm);
            w.replaceAll((t, x) -> x / len);
            vecs.add(new Vec(owners.get(k), indices.get(k), w));
            Map<String, List<Integer>> own = postings.computeIfAbsent(owners.get(k), x -> new HashMap<>());
            for (String t : w.keySet()) {
                own.computeIfAbsent(t, x -> new ArrayList<>()).add(k);
            }
        }
        for (int k = 0; k < n; k++) {
            Vec a = vecs.get(k);
            Map<Integer, double[]> acc = new HashMap<>(); // candidate → {dot, shared terms}
            for (var e : a.weights.entrySet()) {
                for (Doc other : docs) {
                    if (other == a.doc) {
                        continue;
                    }
                    for (int j : postings.getOrDefault(other, Map.of()).getOrDefault(e.getKey(), List.of())) {
                        double[] s = acc.computeIfAbsent(j, x -> new double[2]);
                        s[0] += e.getValue() * vecs.get(j).weights.get(e.getKey());
                        s[1]++;
                    }
                }
            }
            Map<Doc, Integer> best = new HashMap<>();
            Map<Doc, Double> bestSim = new HashMap<>();
            for (var e : acc.entrySet()) {
                double[] s = e.getValue();
                Doc other = vecs.get(e.getKey()).doc;
                if (s[0] >= settings.paraphraseCosine() && s[1] >= settings.paraphraseMinTerms()
                        && (s[0] > bestSim.getOrDefault(other, -1.0)
                        || s[0] == bestSim.get(other) && e.getKey() < best.get(other))) {
                    best.put(other, e.getKey());
                    bestSim.put(other, s[0]);
                }
            }
            for (var e : best.entrySet()) {
                Vec b = vecs.get(e.getValue());
                Vec first = a.doc.index < b.doc.index ? a : b;
                Vec second = first == a ? b : a;
                ShingleAligner.put(pairs, new SentencePair(first.doc.outlet, first.sentence, second.doc.outlet,
                        second.sentence, MatchType.PARAPHRASE, ShingleAligner.round(Math.min(1, bestSim.get(e.getKey()))),
                        shared(a, b)), first.doc.index, second.doc.index);
            }
        }
    }

    /** The shared content words, heaviest first, as evidence. */
    private static String shared(Vec a, Vec b) {
        List<Map.Entry<String, Double>> common = new ArrayList<>();
        for (var e : a.weights.entrySet()) {
            Double o = b.weights.get(e.getKey());
            if (o != null) {
                common.add(Map.entry(e.getKey(), e.getValue() * o));
            }
        }
        common.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return "shared: " + String.join(", ", common.stream().limit(6).map(Map.Entry::getKey).toList());
    }
}
