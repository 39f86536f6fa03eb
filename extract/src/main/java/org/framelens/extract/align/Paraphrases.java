package org.framelens.extract.align;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * A counted sentence as a unit vector of term weights: as a map (for the evidence) and as
     * parallel arrays of term numbers and weights in the map's iteration order (for scoring: the
     * dot products add their terms in the order they always did, so the similarities are the same
     * to the last bit).
     */
    private record Vec(Doc doc, int sentence, Map<String, Double> weights, int[] terms, double[] values) {
    }

    /** The sentences holding one term, in sentence order (so grouped by outlet, in story order), with its weight in each. */
    private static final class Posting {
        int[] sentences = new int[4];
        double[] weights = new double[4];
        int size;

        void add(int k, double w) {
            if (size == sentences.length) {
                sentences = Arrays.copyOf(sentences, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            sentences[size] = k;
            weights[size++] = w;
        }

        /** @return the first position whose sentence is at least k */
        int from(int k) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sentences[mid] < k) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
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
        // the sentences of docs.get(d) are numbered first[d] .. first[d + 1] - 1
        int[] first = new int[docs.size() + 1];
        int[] ownerOf;
        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            first[d] = tfs.size();
            for (int i : doc.countedIndices()) {
                Map<String, Integer> tf = new TreeMap<>();
                for (String t : terms.of(doc.text, doc.sentences.get(i).sentence().span(), doc.sentences.get(i).voice().speaker())) {
                    tf.merge(t, 1, Integer::sum);
                }
                tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
                tfs.add(tf);
                owners.add(doc);
                indices.add(i);
            }
        }
        int n = tfs.size();
        first[docs.size()] = n;
        ownerOf = new int[n];
        for (int d = 0; d < docs.size(); d++) {
            Arrays.fill(ownerOf, first[d], first[d + 1], d);
        }
        List<Vec> vecs = new ArrayList<>(n);
        // one index for the story, each term's sentences in order: a sentence meets only the other
        // outlets' sentences (its own outlet's are one run in each list, skipped by a binary
        // search), so one huge article (a dump of thousands of sentences) is not compared with
        // itself, quadratically
        Map<String, Integer> ids = new HashMap<>();
        List<Posting> postings = new ArrayList<>();
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
            int[] termIds = new int[w.size()];
            double[] values = new double[w.size()];
            int m = 0;
            for (var e : w.entrySet()) {
                Integer id = ids.get(e.getKey());
                if (id == null) {
                    id = postings.size();
                    ids.put(e.getKey(), id);
                    postings.add(new Posting());
                }
                termIds[m] = id;
                values[m++] = e.getValue();
                postings.get(id).add(k, e.getValue());
            }
            vecs.add(new Vec(owners.get(k), indices.get(k), w, termIds, values));
        }
        double[] dot = new double[n];
        int[] shared = new int[n];
        int[] touched = new int[n];
        int[] best = new int[docs.size()];
        double[] bestSim = new double[docs.size()];
        for (int k = 0; k < n; k++) {
            Vec a = vecs.get(k);
            int own = ownerOf[k];
            int candidates = 0;
            for (int t = 0; t < a.terms.length; t++) {
                double wa = a.values[t];
                Posting p = postings.get(a.terms[t]);
                int skipFrom = p.from(first[own]);
                int skipTo = p.from(first[own + 1]);
                for (int i = 0; i < p.size; i++) {
                    if (i == skipFrom) {
                        i = skipTo;
                        if (i >= p.size) {
                            break;
                        }
                    }
                    int j = p.sentences[i];
                    if (shared[j] == 0) {
                        touched[candidates++] = j;
                    }
                    dot[j] += wa * p.weights[i];
                    shared[j]++;
                }
            }
            Arrays.fill(best, -1);
            // the most similar sentence of each other outlet; a tie goes to the first
            for (int c = 0; c < candidates; c++) {
                int j = touched[c];
                double sim = dot[j];
                int other = ownerOf[j];
                if (sim >= settings.paraphraseCosine() && shared[j] >= settings.paraphraseMinTerms()
                        && (best[other] < 0 || sim > bestSim[other] || sim == bestSim[other] && j < best[other])) {
                    best[other] = j;
                    bestSim[other] = sim;
                }
            }
            for (int c = 0; c < candidates; c++) {
                dot[touched[c]] = 0;
                shared[touched[c]] = 0;
            }
            for (int other = 0; other < docs.size(); other++) {
                if (best[other] < 0) {
                    continue;
                }
                Vec b = vecs.get(best[other]);
                Vec firstVec = a.doc.index < b.doc.index ? a : b;
                Vec second = firstVec == a ? b : a;
                ShingleAligner.put(pairs, new SentencePair(firstVec.doc.outlet, firstVec.sentence, second.doc.outlet,
                        second.sentence, MatchType.PARAPHRASE, ShingleAligner.round(Math.min(1, bestSim[other])),
                        shared(a, b)), firstVec.doc.index, second.doc.index);
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
