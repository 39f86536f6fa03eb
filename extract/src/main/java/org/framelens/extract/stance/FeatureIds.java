package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.extract.codebook.StanceModel;
import org.framelens.extract.match.KeyTable;
import org.framelens.extract.match.Vocabulary;
import org.framelens.extract.match.Words;

/**
 * The features a stance model knows, numbered, with both stages' weights laid out by number: the
 * labeler reads a sentence's features as these numbers ({@link Collector}) instead of building
 * each feature's string and looking it up. Why: building some hundred strings per sentence in a
 * sorted set and hashing each was a third of the extractor's time.
 *
 * <p>The numbers follow the features' string order, so a sentence's numbers, sorted, list its
 * known features in the order of {@link StanceFeatures#of}; the sums of the weights are taken in
 * that order and are the same numbers as {@link WeightTable#probabilities} gives for the strings.
 * A feature the model has no weight for changes no sum and gets no number.
 *
 * <p>Input: a model. Immutable and thread-safe; a {@link Collector} is not.
 */
final class FeatureIds {
    private final String[] names;
    private final KeyTable<Integer> byName;
    /**
     * The same by the prefix up to and with the first colon, then the rest ({@code "start:"},
     * {@code "doubt"}): small tables whose look-ups need no new string and stay in the cache.
     */
    private final KeyTable<KeyTable<Integer>> byPrefix;
    /** {@code word:KEY} by KEY. */
    private final KeyTable<Integer> words;
    /** {@code pair:A B} by A, then B: every split at a space, so a key with a space is found too. */
    private final KeyTable<KeyTable<Integer>> pairs;
    private final Stage first;
    private final Stage decision;
    /**
     * The word and pair features again by the numbers of a vocabulary that holds every word of
     * them ({@link org.framelens.extract.match.Words#keyId}); null when there is none.
     */
    private final Vocabulary vocabulary;
    /** {@code word:KEY} by KEY's number; -1 for none. */
    private final int[] wordById;
    /**
     * {@code pair:A B} by the numbers of A and B, {@code A << 32 | B}: open addressing over a flat
     * array of those keys ({@code -1}: empty) and one of the features. One probe per pair of
     * words, most of them misses.
     */
    private final long[] pairKeys;
    private final int[] pairFeatures;
    private final int pairShift;
    /**
     * Bits by number: the words some pair feature starts with, and those some pair ends with. Most
     * pairs of a sentence are no feature; these few KB stay in the cache and turn most of them
     * away before the table is probed.
     */
    private final java.util.BitSet pairFirsts;
    private final java.util.BitSet pairSeconds;

    /** One stage's labels, biases and weights, {@code weights[id * labels + k]}. */
    record Stage(List<String> labels, double[] bias, double[] weights) {
        /**
         * @param ids a sentence's known features, sorted, each once
         * @param n   how many of {@code ids} to read
         * @return each label's probability, in the order of {@link #labels()}
         */
        double[] probabilities(int[] ids, int n) {
            double[] s = bias.clone();
            int l = s.length;
            for (int j = 0; j < n; j++) {
                int at = ids[j] * l;
                for (int k = 0; k < l; k++) {
                    s[k] += weights[at + k];
                }
            }
            for (int k = 0; k < l; k++) {
                s[k] = 1 / (1 + Math.exp(-s[k]));
            }
            return s;
        }
    }

    /** @param model the model whose features to number */
    FeatureIds(StanceModel model) {
        this(model, null);
    }

    /**
     * @param model      the model whose features to number
     * @param vocabulary the vocabulary sentences' words are numbered with, or null: when it holds
     *                   every word of the model's word and pair features, a sentence numbered with
     *                   it is read by the numbers, any other by its strings, with the same result
     */
    FeatureIds(StanceModel model, Vocabulary vocabulary) {
        names = sortedNames(model);
        Map<String, Integer> byName = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        Map<String, Map<String, Integer>> pairs = new HashMap<>();
        for (int id = 0; id < names.length; id++) {
            String f = names[id];
            byName.put(f, id);
            if (f.startsWith("word:")) {
                words.put(f.substring("word:".length()), id);
            } else if (f.startsWith("pair:")) {
                String p = f.substring("pair:".length());
                for (int at = p.indexOf(' '); at >= 0; at = p.indexOf(' ', at + 1)) {
                    pairs.computeIfAbsent(p.substring(0, at), k -> new HashMap<>()).put(p.substring(at + 1), id);
                }
            }
        }
        this.byName = new KeyTable<>(byName);
        Map<String, Map<String, Integer>> prefixed = new HashMap<>();
        byName.forEach((f, id) -> {
            int colon = f.indexOf(':');
            if (colon >= 0) {
                prefixed.computeIfAbsent(f.substring(0, colon + 1), k -> new HashMap<>()).put(f.substring(colon + 1), id);
            }
        });
        Map<String, KeyTable<Integer>> prefixTables = new HashMap<>();
        prefixed.forEach((prefix, rest) -> prefixTables.put(prefix, new KeyTable<>(rest)));
        this.byPrefix = new KeyTable<>(prefixTables);
        this.words = new KeyTable<>(words);
        Map<String, KeyTable<Integer>> tables = new HashMap<>();
        pairs.forEach((a, second) -> tables.put(a, new KeyTable<>(second)));
        this.pairs = new KeyTable<>(tables);
        first = stage(model.first());
        decision = stage(model.labels());
        if (vocabulary != null && vocabulary.covers(words.keySet()) && vocabulary.covers(pairs.keySet())
                && pairs.values().stream().allMatch(second -> vocabulary.covers(second.keySet()))) {
            this.vocabulary = vocabulary;
            wordById = new int[vocabulary.size()];
            Arrays.fill(wordById, -1);
            words.forEach((key, id) -> wordById[vocabulary.id(key)] = id);
            int count = pairs.values().stream().mapToInt(Map::size).sum();
            int capacity = Integer.highestOneBit(Math.max(4, count * 3)) << 1; // at most a third full
            pairKeys = new long[capacity];
            pairFeatures = new int[capacity];
            pairShift = 64 - Integer.numberOfTrailingZeros(capacity);
            Arrays.fill(pairKeys, -1L);
            pairFirsts = new java.util.BitSet(vocabulary.size());
            pairSeconds = new java.util.BitSet(vocabulary.size());
            pairs.forEach((a, second) -> second.forEach((b, id) -> {
                int aId = vocabulary.id(a);
                int bId = vocabulary.id(b);
                pairFirsts.set(aId);
                pairSeconds.set(bId);
                long key = pairKey(aId, bId);
                int i = pairSlot(key);
                while (pairKeys[i] != -1L) {
                    i = (i + 1) & (capacity - 1);
                }
                pairKeys[i] = key;
                pairFeatures[i] = id;
            }));
        } else {
            this.vocabulary = null;
            wordById = null;
            pairKeys = null;
            pairFeatures = null;
            pairShift = 0;
            pairFirsts = null;
            pairSeconds = null;
        }
    }

    /**
     * @return every feature of both stages, each once, in string order (what a {@code TreeSet}
     *     gives, with less work: a feature is in several label models, so the repeats are dropped
     *     by hash first and only the distinct names are sorted)
     */
    static String[] sortedNames(StanceModel model) {
        java.util.HashSet<String> all = new java.util.HashSet<>();
        for (Map<String, StanceModel.LabelModel> stage : List.of(model.first(), model.labels())) {
            for (StanceModel.LabelModel m : stage.values()) {
                all.addAll(m.weights().keySet());
            }
        }
        String[] names = all.toArray(new String[0]);
        Arrays.sort(names);
        return names;
    }

    private static long pairKey(int first, int second) {
        return ((long) first << 32) | second;
    }

    /** The first slot to look at: the high bits of the key times a 64-bit golden ratio. */
    private int pairSlot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> pairShift);
    }

    /** @return the feature {@code pair:A B} for the numbers of A and B, or -1 */
    private int pairId(int first, int second) {
        if (!pairFirsts.get(first) || !pairSeconds.get(second)) {
            return -1;
        }
        long key = pairKey(first, second);
        int mask = pairKeys.length - 1;
        for (int i = pairSlot(key); ; i = (i + 1) & mask) {
            long k = pairKeys[i];
            if (k == key) {
                return pairFeatures[i];
            }
            if (k == -1L) {
                return -1;
            }
        }
    }

    private Stage stage(Map<String, StanceModel.LabelModel> models) {
        List<String> labels = List.copyOf(models.keySet());
        int l = labels.size();
        double[] bias = new double[l];
        double[] weights = new double[names.length * l];
        int k = 0;
        for (StanceModel.LabelModel m : models.values()) {
            bias[k] = m.bias();
            final int label = k;
            m.weights().forEach((f, w) -> weights[byName.get(f) * l + label] = w);
            k++;
        }
        return new Stage(labels, bias, weights);
    }

    /** @return the first stage (no labels for a one-stage model) */
    Stage first() {
        return first;
    }

    /** @return the decision stage */
    Stage decision() {
        return decision;
    }

    /**
     * @param feature a feature
     * @return its number, or -1 when the model has no weight for it
     */
    int id(String feature) {
        Integer id = byName.get(feature);
        return id == null ? -1 : id;
    }

    /**
     * @param ids numbers, sorted
     * @param n   how many to read
     * @return their features, in the same order
     */
    List<String> names(int[] ids, int n) {
        List<String> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            out.add(names[ids[j]]);
        }
        return out;
    }

    /**
     * @param label a decision label's index
     * @param ids   a sentence's numbers, sorted
     * @param n     how many to read
     * @return the features among them that raise the label's probability (a positive weight)
     *     most, at most {@link StanceModel#EVIDENCE_TERMS}, strongest first and by name among
     *     equals: all that {@link StanceModel.LabelModel#strongest} names, in its order, without
     *     looking every feature's weight up by its string
     */
    List<String> strongest(int label, int[] ids, int n) {
        int[] top = top(label, ids, n);
        List<String> out = new ArrayList<>(top.length);
        for (int id : top) {
            out.add(names[id]);
        }
        return out;
    }

    /**
     * @param label a decision label's index
     * @param ids   a sentence's numbers, sorted
     * @param n     how many to read
     * @return {@link #strongest} as {@link StanceModel.LabelModel#strongest} writes them, each
     *     with its weight ({@code word:agree +0.91}), without looking the weights up by name
     */
    List<String> strongestTerms(int label, int[] ids, int n) {
        int l = decision.labels().size();
        int[] top = top(label, ids, n);
        List<String> out = new ArrayList<>(top.length);
        for (int id : top) {
            out.add(names[id] + " " + Decimals.two(decision.weights()[id * l + label], true));
        }
        return out;
    }

    /** The numbers of {@link #strongest}, strongest first. */
    private int[] top(int label, int[] ids, int n) {
        int l = decision.labels().size();
        double[] w = decision.weights();
        int[] top = new int[StanceModel.EVIDENCE_TERMS];
        int kept = 0;
        for (int j = 0; j < n; j++) {
            double weight = w[ids[j] * l + label];
            if (!(weight > 0)) {
                continue;
            }
            // ids come in ascending order (the names' order): a later one goes after an equal weight
            int at = kept;
            while (at > 0 && Double.compare(w[top[at - 1] * l + label], weight) < 0) {
                at--;
            }
            if (at < top.length) {
                System.arraycopy(top, at, top, at + 1, Math.min(kept, top.length - 1) - at);
                top[at] = ids[j];
                kept = Math.min(kept + 1, top.length);
            }
        }
        return Arrays.copyOf(top, kept);
    }

    /** A sentence's known features as numbers: a {@link StanceFeatures.Sink}. Not thread-safe. */
    final class Collector implements StanceFeatures.Sink {
        private int[] ids = new int[32];
        private int n;
        /** Whether the sentence's words are numbered with this model's vocabulary: then read by number. */
        private final boolean byId;

        Collector(boolean byId) {
            this.byId = byId;
        }

        @Override
        public void word(String key, int keyId) {
            if (!byId) {
                word(key);
            } else if (keyId >= 0 && wordById[keyId] >= 0) {
                push(wordById[keyId]);
            }
        }

        @Override
        public void pair(String first, int firstId, String second, int secondId) {
            if (!byId) {
                pair(first, second);
            } else if (firstId >= 0 && secondId >= 0) {
                int id = pairId(firstId, secondId);
                if (id >= 0) {
                    push(id);
                }
            }
        }

        @Override
        public void add(String feature) {
            Integer id = byName.get(feature);
            if (id != null) {
                push(id);
            }
        }

        @Override
        public void add(String prefix, String value) {
            if (prefix.isEmpty() || prefix.indexOf(':') != prefix.length() - 1) {
                add(prefix + value); // not split at its first colon: looked up whole
                return;
            }
            // prefix + value splits at the end of prefix: its id is in the prefix's table, or nowhere
            KeyTable<Integer> rest = byPrefix.get(prefix);
            Integer id = rest == null ? null : rest.get(value);
            if (id != null) {
                push(id);
            }
        }

        @Override
        public void word(String key) {
            Integer id = words.get(key);
            if (id != null) {
                push(id);
            }
        }

        @Override
        public void pair(String a, String b) {
            KeyTable<Integer> second = pairs.get(a);
            Integer id = second == null ? null : second.get(b);
            if (id != null) {
                push(id);
            }
        }

        private void push(int id) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
            }
            ids[n++] = id;
        }

        /** @return whether it reads the words by their numbers */
        boolean byNumber() {
            return byId;
        }

        /** @param id a number to add if it is not there yet; the numbers must be {@linkplain #sorted() sorted} */
        void insert(int id) {
            int at = Arrays.binarySearch(ids, 0, n, id);
            if (at < 0) {
                push(id);
                System.arraycopy(ids, -at - 1, ids, -at, n - 1 - (-at - 1));
                ids[-at - 1] = id;
            }
        }

        /** Sorts the numbers and drops repeats: the order of the feature strings, each once. */
        void sorted() {
            Arrays.sort(ids, 0, n);
            int m = 0;
            for (int j = 0; j < n; j++) {
                if (m == 0 || ids[m - 1] != ids[j]) {
                    ids[m++] = ids[j];
                }
            }
            n = m;
        }

        /** @return the numbers (the first {@link #size()} count) */
        int[] ids() {
            return ids;
        }

        /** @return how many numbers */
        int size() {
            return n;
        }
    }

    /** @return a new collector for one sentence, which reads its words' strings */
    Collector collector() {
        return new Collector(false);
    }

    /**
     * @param words the sentence the collector is for
     * @return a new collector for it, which reads its words by number when they are numbered with
     *     this model's vocabulary
     */
    Collector collector(Words words) {
        return new Collector(vocabulary != null && words.vocabulary() == vocabulary);
    }
}
