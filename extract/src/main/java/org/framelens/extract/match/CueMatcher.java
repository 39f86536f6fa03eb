package org.framelens.extract.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds every cue of a list in a sentence in one pass: the segments of all patterns are stored in
 * one token trie; walking it from each token position finds every segment occurrence, and
 * patterns with gaps are then assembled from their segments' occurrences. Cost grows with the
 * sentence length and the depth of the trie, not with the number of cues.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <T> what each cue carries (a stance cue, a topic term, a modifier …)
 */
public final class CueMatcher<T> {
    private final List<Entry<T>> entries;

    /**
     * A cue and its payload.
     *
     * @param pattern the parsed cue
     * @param payload what a match reports
     * @param <T>     the payload type
     */
    public record Entry<T>(CuePattern pattern, T payload) {
        /** Validates. */
        public Entry {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /**
     * One occurrence of a cue.
     *
     * @param payload the cue's payload
     * @param start   first token, inclusive
     * @param end     last token, exclusive
     * @param parts   the token ranges of its segments ({@code [start, end)} pairs), in order
     * @param <T>     the payload type
     */
    public record Match<T>(T payload, int start, int end, List<int[]> parts) {
        /**
         * @param words the sentence
         * @return the cue as found, segments joined by {@code …} ("must…before") where words lie
         *     between them
         */
        public String found(Words words) {
            StringBuilder sb = new StringBuilder();
            int prevEnd = -1;
            for (int[] p : parts) {
                if (prevEnd >= 0) {
                    // an empty gap is shown as the words were written; a real one as …
                    sb.append(p[0] == prevEnd ? words.between(words.token(prevEnd - 1).end(),
                            words.token(p[0]).start()) : "\u2026");
                }
                sb.append(words.text(p[0], p[1]));
                prevEnd = p[1];
            }
            return sb.toString();
        }

        /** @param other another match @return whether their token ranges overlap */
        public boolean overlaps(Match<?> other) {
            return start < other.end && other.start < end;
        }
    }

    /**
     * Sorts matches by start, then end; stable, so that matches of one range keep the entries'
     * order.
     */
    private static final Comparator<Match<?>> BY_POSITION =
            Comparator.<Match<?>>comparingInt(Match::start).thenComparingInt(Match::end);
    private static final int NONE = -1;
    private static final long[] NO_HITS = {};
    private static final int[] NO_STARTS = {};

    /*
     * The trie, frozen into arrays: node 0 is the root; a node's outgoing edges are its sorted
     * symbols and the child each leads to. A symbol is an int standing for one edge label (a key,
     * an exact form or a class), so that walking a sentence compares ints instead of building and
     * hashing "w:doubt"-style strings for every token. A slot is one segment of one entry.
     */
    /*
     * Flat (CSR) layout: node n's edges are edgeSymbol / edgeTarget [edgeStart[n], edgeStart[n + 1]),
     * its slots endSlot [endStart[n], endStart[n + 1]). A walk reads a few small int arrays that
     * stay in the cache, instead of following a pointer to an array of its own for every node.
     */
    private final int[] edgeStart;
    private final int[] edgeSymbol;
    private final int[] edgeTarget;
    private final int[] endStart;
    private final int[] endSlot;
    /** The root's child by symbol (-1: none): the root is stepped from at every token, and has the most edges. */
    private final int[] rootChild;
    /** For a word key: its own symbol (or NONE) then the symbols of its classes; keys that lead nowhere are absent. */
    private final KeyTable<int[]> symbolsByKey;
    /** For an exact form: its symbol. Often empty. */
    private final KeyTable<Integer> exactSymbols;
    private final int contractionSymbol;
    /**
     * The same two tables by the numbers of a {@link Vocabulary} that holds every key and exact
     * form they know: what a sentence numbered by that vocabulary reads (null when none).
     */
    private final Vocabulary vocabulary;
    private final int[][] symbolsById;
    private final int[] exactById;
    /**
     * The same as bits by number (set: {@code symbolsById} holds symbols, {@code exactById} one):
     * a few KB that stay in the cache, where the tables are a pointer or an int per word of the
     * whole vocabulary.
     */
    private final java.util.BitSet keyCarries;
    private final java.util.BitSet exactCarries;
    private final int[] firstSlot;     // per entry
    private final int[] segmentCount;  // per entry
    private final int[] slotLength;    // per slot: how many tokens the segment spans
    private final int[] slotEntry;     // per slot: its entry

    /**
     * @param entries          the cues
     * @param classesByKey     for a word key, the modifier classes it belongs to ({@code <negator>} …)
     * @param contractionClass the class every negative contraction ({@code isn't}) belongs to, or
     *                         {@code null}
     */
    /**
     * The matches a reader takes when they overlap: leftmost first, the longest of those that
     * start at one token, none that starts inside one taken ("a few" shields "few", "no one" is
     * one match).
     *
     * @param found matches of one sentence, in any order
     * @param <P>   their payload
     * @return the matches taken, by start
     */
    public static <P> List<Match<P>> leftmostLongest(List<Match<P>> found) {
        List<Match<P>> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.<Match<P>>comparingInt(Match::start)
                .thenComparing(Comparator.<Match<P>>comparingInt(Match::end).reversed()));
        List<Match<P>> out = new ArrayList<>(sorted.size());
        int reach = 0;
        for (Match<P> m : sorted) {
            if (m.start() >= reach) {
                out.add(m);
                reach = m.end();
            }
        }
        return out;
    }

    public CueMatcher(List<Entry<T>> entries, Map<String, Set<String>> classesByKey, String contractionClass) {
        this(entries, classesByKey, contractionClass, null);
    }

    /**
     * @param entries          the cues
     * @param classesByKey     for a word key, the modifier classes it belongs to ({@code <negator>} …)
     * @param contractionClass the class every negative contraction ({@code isn't}) belongs to, or
     *                         {@code null}
     * @param vocabulary       the vocabulary the sentences it reads are numbered with (their
     *                         normaliser's), or null: a sentence numbered with it is matched by
     *                         the numbers, any other by its strings, with the same result
     */
    public CueMatcher(List<Entry<T>> entries, Map<String, Set<String>> classesByKey, String contractionClass,
                      Vocabulary vocabulary) {
        this.entries = List.copyOf(entries);
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> classes = new HashMap<>();
        List<Map<Integer, Integer>> next = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        next.add(new HashMap<>());
        ends.add(new ArrayList<>());
        int symbols = 0;
        this.firstSlot = new int[this.entries.size()];
        this.segmentCount = new int[this.entries.size()];
        List<Integer> lengths = new ArrayList<>();
        for (int e = 0; e < this.entries.size(); e++) {
            List<List<List<CuePattern.Alt>>> segs = this.entries.get(e).pattern().segments();
            firstSlot[e] = lengths.size();
            segmentCount[e] = segs.size();
            for (List<List<CuePattern.Alt>> seg : segs) {
                int slot = lengths.size();
                lengths.add(seg.size());
                // breadth by position: every path of alternatives through the segment ends in the slot
                Set<Integer> frontier = Set.of(0);
                for (List<CuePattern.Alt> position : seg) {
                    // alternatives with the same key ("doubt|doubts") lead to one node: counted once
                    Set<Integer> reached = new java.util.LinkedHashSet<>();
                    for (CuePattern.Alt alt : position) {
                        Map<String, Integer> table = switch (alt.kind()) {
                            case KEY -> keys;
                            case EXACT -> exact;
                            case CLASS -> classes;
                        };
                        Integer symbol = table.get(alt.value());
                        if (symbol == null) {
                            symbol = symbols++;
                            table.put(alt.value(), symbol);
                        }
                        for (int node : frontier) {
                            Integer child = next.get(node).get(symbol);
                            if (child == null) {
                                child = next.size();
                                next.add(new HashMap<>());
                                ends.add(new ArrayList<>());
                                next.get(node).put(symbol, child);
                            }
                            reached.add(child);
                        }
                    }
                    frontier = reached;
                }
                for (int node : frontier) {
                    ends.get(node).add(slot);
                }
            }
        }
        int nodes = next.size();
        int[][] edgeSymbols = new int[nodes][];
        int[][] edgeTargets = new int[nodes][];
        int[][] endSlots = new int[nodes][];
        for (int node = 0; node < nodes; node++) {
            int[] syms = next.get(node).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] targets = new int[syms.length];
            for (int k = 0; k < syms.length; k++) {
                targets[k] = next.get(node).get(syms[k]);
            }
            edgeSymbols[node] = syms;
            edgeTargets[node] = targets;
            endSlots[node] = ends.get(node).stream().mapToInt(Integer::intValue).toArray();
        }
        this.rootChild = new int[symbols];
        java.util.Arrays.fill(rootChild, NONE);
        this.edgeStart = new int[nodes + 1];
        this.endStart = new int[nodes + 1];
        for (int node = 0; node < nodes; node++) {
            edgeStart[node + 1] = edgeStart[node] + edgeSymbols[node].length;
            endStart[node + 1] = endStart[node] + endSlots[node].length;
        }
        this.edgeSymbol = new int[edgeStart[nodes]];
        this.edgeTarget = new int[edgeStart[nodes]];
        this.endSlot = new int[endStart[nodes]];
        for (int node = 0; node < nodes; node++) {
            System.arraycopy(edgeSymbols[node], 0, edgeSymbol, edgeStart[node], edgeSymbols[node].length);
            System.arraycopy(edgeTargets[node], 0, edgeTarget, edgeStart[node], edgeTargets[node].length);
            System.arraycopy(endSlots[node], 0, endSlot, endStart[node], endSlots[node].length);
        }
        for (int k = 0; k < edgeSymbols[0].length; k++) {
            rootChild[edgeSymbols[0][k]] = edgeTargets[0][k];
        }
        this.slotLength = lengths.stream().mapToInt(Integer::intValue).toArray();
        this.slotEntry = new int[slotLength.length];
        for (int e = 0; e < this.entries.size(); e++) {
            java.util.Arrays.fill(slotEntry, firstSlot[e], firstSlot[e] + segmentCount[e], e);
        }
        // one lookup per token for its key and its classes; only classes some cue names lead anywhere.
        // KeyTables rather than maps: most tokens are misses, and a miss there reads one flat array;
        // never changed after construction, so safe to read from any thread.
        Map<String, int[]> byKey = new HashMap<>();
        keys.forEach((key, symbol) -> byKey.put(key, new int[] {symbol}));
        classesByKey.forEach((key, names) -> {
            int[] syms = names.stream().map(classes::get).filter(Objects::nonNull).distinct()
                    .mapToInt(Integer::intValue).toArray();
            if (syms.length > 0) {
                int[] own = byKey.getOrDefault(key, new int[] {NONE});
                int[] all = java.util.Arrays.copyOf(own, 1 + syms.length);
                System.arraycopy(syms, 0, all, 1, syms.length);
                byKey.put(key, all);
            }
        });
        this.symbolsByKey = new KeyTable<>(byKey);
        this.exactSymbols = new KeyTable<>(exact);
        Integer contraction = contractionClass == null ? null : classes.get(contractionClass);
        this.contractionSymbol = contraction == null ? NONE : contraction;
        // by number only when the vocabulary holds every string the tables do: then a word it
        // does not hold is in neither table, and the numbers give what the strings give
        if (vocabulary != null && vocabulary.covers(byKey.keySet()) && vocabulary.covers(exact.keySet())) {
            this.vocabulary = vocabulary;
            this.symbolsById = new int[vocabulary.size()][];
            byKey.forEach((key, syms) -> symbolsById[vocabulary.id(key)] = syms);
            this.exactById = new int[vocabulary.size()];
            java.util.Arrays.fill(exactById, NONE);
            exact.forEach((form, symbol) -> exactById[vocabulary.id(form)] = symbol);
            this.keyCarries = new java.util.BitSet(vocabulary.size());
            this.exactCarries = new java.util.BitSet(vocabulary.size());
            for (int id = 0; id < vocabulary.size(); id++) {
                if (symbolsById[id] != null) {
                    keyCarries.set(id);
                }
                if (exactById[id] != NONE) {
                    exactCarries.set(id);
                }
            }
        } else {
            this.vocabulary = null;
            this.symbolsById = null;
            this.exactById = null;
            this.keyCarries = null;
            this.exactCarries = null;
        }
    }

    /**
     * @param words a prepared sentence
     * @return every occurrence of every cue, by start then end token; an entry found twice at
     *     the same start is reported once
     */
    public List<Match<T>> find(Words words) {
        int n = words.size();
        boolean exactCues = !exactSymbols.isEmpty();
        boolean byId = byNumber(words);
        // most sentences hold no cue of a given list: a first pass over the numbers (bits that stay
        // in the cache) finds the first token that carries a symbol before anything is allocated
        int from = byId ? firstCarrier(words, n, exactCues) : 0;
        if (from == n) {
            return new ArrayList<>();
        }
        // the symbols each token carries: its key and its classes, its exact form, a contraction
        int[][] keySyms = new int[n][];
        int[] exactSym = new int[n];
        java.util.Arrays.fill(exactSym, 0, from, NONE); // the tokens before the first carry nothing
        boolean[] contraction = new boolean[n];
        boolean any = false;
        for (int i = from; i < n; i++) {
            if (byId) {
                int key = words.keyId(i);
                keySyms[i] = key < 0 ? null : symbolsById[key];
                int form = exactCues ? words.surfaceId(i) : -1;
                exactSym[i] = form < 0 ? NONE : exactById[form];
            } else {
                keySyms[i] = symbolsByKey.get(words.key(i));
                Integer exact = exactCues ? exactSymbols.get(words.surface(i)) : null;
                exactSym[i] = exact == null ? NONE : exact;
            }
            contraction[i] = contractionSymbol != NONE && words.negativeContraction(i);
            any |= keySyms[i] != null || exactSym[i] != NONE || contraction[i];
        }
        List<Match<T>> out = new ArrayList<>();
        if (!any) {
            return out; // most sentences hold no cue of a given list
        }
        Hits hits = new Hits();
        for (int i = 0; i < n; i++) {
            if (keySyms[i] != null || exactSym[i] != NONE || contraction[i]) {
                walk(0, i, i, keySyms, exactSym, contraction, hits);
            }
        }
        if (hits.size == 0) {
            return out;
        }
        // by slot, then start: each slot's occurrences form one ascending run, and slots are
        // numbered entry by entry, so the entries that start somewhere come up in their order
        long[] h = hits.sorted();
        int[] starts = NO_STARTS; // the segments' starts of the candidate being read
        int k = 0;
        while (k < h.length) {
            int slot0 = slotOf(h[k]);
            int e = slotEntry[slot0];
            if (firstSlot[e] != slot0) {
                k++;
                continue; // a later segment whose first was not found here
            }
            int lastStart = -1;
            int segments = segmentCount[e];
            if (starts.length < segments) {
                starts = new int[segments];
            }
            for (; k < h.length && slotOf(h[k]) == slot0; k++) {
                int start = startOf(h[k]);
                if (start == lastStart) {
                    continue;
                }
                // each later segment's nearest start, before anything is built: the first segment
                // of a cue with gaps is often found where the rest is not
                starts[0] = start;
                int end = start + slotLength[slot0];
                int found = 1;
                for (; found < segments; found++) {
                    int next = nearestStartAfter(h, slot0 + found, end);
                    if (next < 0) {
                        break;
                    }
                    starts[found] = next;
                    end = next + slotLength[slot0 + found];
                }
                if (found == segments) {
                    lastStart = start;
                    List<int[]> parts = new ArrayList<>(segments);
                    for (int s = 0; s < segments; s++) {
                        parts.add(new int[] {starts[s], starts[s] + slotLength[slot0 + s]});
                    }
                    out.add(new Match<>(entries.get(e).payload(), start, end, parts));
                }
            }
        }
        out.sort(BY_POSITION);
        return out;
    }

    /**
     * @param words     a sentence numbered with this matcher's vocabulary
     * @param n         its number of tokens
     * @param exactCues whether any cue names an exact form
     * @return the first token whose key or exact form leads into the trie or that is a negative
     *     contraction the matcher reads, or {@code n} for none: the same tokens {@link #find}'s
     *     own loop marks, read from bit sets instead of the tables
     */
    private int firstCarrier(Words words, int n, boolean exactCues) {
        for (int i = 0; i < n; i++) {
            int key = words.keyId(i);
            if (key >= 0 && keyCarries.get(key)) {
                return i;
            }
            if (exactCues) {
                int form = words.surfaceId(i);
                if (form >= 0 && exactCarries.get(form)) {
                    return i;
                }
            }
            if (contractionSymbol != NONE && words.negativeContraction(i)) {
                return i;
            }
        }
        return n;
    }

    /**
     * @param words a prepared sentence
     * @return whether {@link #find} reads its words by their numbers (it is numbered with the
     *     vocabulary this matcher was built on, which holds every string the matcher knows)
     */
    boolean byNumber(Words words) {
        return vocabulary != null && words.vocabulary() == vocabulary;
    }

    /**
     * @return the start of the first occurrence of a slot starting at {@code from} or at most
     *     {@link CuePattern#MAX_GAP} tokens later, or -1
     */
    private static int nearestStartAfter(long[] h, int slot, int from) {
        int k = lowerBound(h, ((long) slot << 32) | from);
        if (k < h.length && slotOf(h[k]) == slot && startOf(h[k]) - from <= CuePattern.MAX_GAP) {
            return startOf(h[k]);
        }
        return -1;
    }

    private void walk(int node, int start, int i, int[][] keySyms, int[] exactSym, boolean[] contraction, Hits hits) {
        for (int e = endStart[node], to = endStart[node + 1]; e < to; e++) {
            hits.add(((long) endSlot[e] << 32) | start);
        }
        if (i >= exactSym.length || edgeStart[node] == edgeStart[node + 1]) {
            return;
        }
        if (keySyms[i] != null) {
            for (int symbol : keySyms[i]) {
                step(node, symbol, start, i, keySyms, exactSym, contraction, hits);
            }
        }
        step(node, exactSym[i], start, i, keySyms, exactSym, contraction, hits);
        if (contraction[i]) {
            step(node, contractionSymbol, start, i, keySyms, exactSym, contraction, hits);
        }
    }

    private void step(int node, int symbol, int start, int i, int[][] keySyms, int[] exactSym, boolean[] contraction,
                      Hits hits) {
        if (symbol == NONE) {
            return;
        }
        if (node == 0) {
            int child = rootChild[symbol];
            if (child != NONE) {
                walk(child, start, i + 1, keySyms, exactSym, contraction, hits);
            }
            return;
        }
        int k = java.util.Arrays.binarySearch(edgeSymbol, edgeStart[node], edgeStart[node + 1], symbol);
        if (k >= 0) {
            walk(edgeTarget[k], start, i + 1, keySyms, exactSym, contraction, hits);
        }
    }

    private static int slotOf(long hit) {
        return (int) (hit >>> 32);
    }

    private static int startOf(long hit) {
        return (int) hit;
    }

    /** @return the first index whose hit is {@code >= key}, or the length */
    private static int lowerBound(long[] h, long key) {
        int lo = 0;
        int hi = h.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (h[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Segment occurrences found in one sentence, packed as {@code slot << 32 | start}. Local to one call. */
    private static final class Hits {
        long[] items = NO_HITS; // most sentences hold no cue of a given list: allocate on the first hit
        int size;

        void add(long hit) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, Math.max(16, size * 2));
            }
            items[size++] = hit;
        }

        long[] sorted() {
            long[] out = java.util.Arrays.copyOf(items, size);
            java.util.Arrays.sort(out);
            return out;
        }
    }
}
