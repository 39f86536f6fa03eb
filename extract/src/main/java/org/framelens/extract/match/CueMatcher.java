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
    private final Node root = new Node();
    private final List<Entry<T>> entries;
    private final Map<String, Set<String>> classesByKey;
    private final String contractionClass;

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
                    sb.append(p[0] == prevEnd ? words.text().substring(words.token(prevEnd - 1).end(),
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

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<int[]> ends = new ArrayList<>(); // {entry, segment}
    }

    /**
     * @param entries          the cues
     * @param classesByKey     for a word key, the modifier classes it belongs to ({@code <negator>} …)
     * @param contractionClass the class every negative contraction ({@code isn't}) belongs to, or
     *                         {@code null}
     */
    public CueMatcher(List<Entry<T>> entries, Map<String, Set<String>> classesByKey, String contractionClass) {
        this.entries = List.copyOf(entries);
        this.classesByKey = Map.copyOf(classesByKey);
        this.contractionClass = contractionClass;
        for (int e = 0; e < this.entries.size(); e++) {
            List<List<List<CuePattern.Alt>>> segs = this.entries.get(e).pattern().segments();
            for (int s = 0; s < segs.size(); s++) {
                insert(root, segs.get(s), 0, e, s);
            }
        }
    }

    private static void insert(Node node, List<List<CuePattern.Alt>> positions, int i, int entry, int segment) {
        if (i == positions.size()) {
            node.ends.add(new int[] {entry, segment});
            return;
        }
        for (CuePattern.Alt alt : positions.get(i)) {
            insert(node.next.computeIfAbsent(alt.edge(), k -> new Node()), positions, i + 1, entry, segment);
        }
    }

    /**
     * @param words a prepared sentence
     * @return every occurrence of every cue, by start then end token; an entry found twice at
     *     the same start is reported once
     */
    public List<Match<T>> find(Words words) {
        int n = words.size();
        List<List<String>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            edges.add(edges(words, i));
        }
        // segment occurrences per entry and segment: {start, end}
        Map<Long, List<int[]>> found = new HashMap<>();
        for (int i = 0; i < n; i++) {
            walk(root, edges, i, i, found);
        }
        List<Match<T>> out = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            List<int[]> firsts = found.get(slot(e, 0));
            if (firsts == null) {
                continue;
            }
            int segments = entries.get(e).pattern().segments().size();
            int lastStart = -1;
            firsts.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
            for (int[] first : firsts) {
                if (first[0] == lastStart) {
                    continue;
                }
                List<int[]> parts = new ArrayList<>();
                parts.add(first);
                int[] prev = first;
                for (int s = 1; s < segments && prev != null; s++) {
                    prev = nearestAfter(found.get(slot(e, s)), prev[1]);
                    if (prev != null) {
                        parts.add(prev);
                    }
                }
                if (parts.size() == segments) {
                    lastStart = first[0];
                    out.add(new Match<>(entries.get(e).payload(), first[0], parts.get(parts.size() - 1)[1], parts));
                }
            }
        }
        out.sort(Comparator.<Match<T>>comparingInt(Match::start).thenComparingInt(Match::end));
        return out;
    }

    private static int[] nearestAfter(List<int[]> candidates, int from) {
        if (candidates == null) {
            return null;
        }
        int[] best = null;
        for (int[] c : candidates) {
            if (c[0] >= from && c[0] - from <= CuePattern.MAX_GAP && (best == null || c[0] < best[0])) {
                best = c;
            }
        }
        return best;
    }

    private void walk(Node node, List<List<String>> edges, int start, int i, Map<Long, List<int[]>> found) {
        for (int[] end : node.ends) {
            found.computeIfAbsent(slot(end[0], end[1]), k -> new ArrayList<>()).add(new int[] {start, i});
        }
        if (i >= edges.size() || node.next.isEmpty()) {
            return;
        }
        for (String edge : edges.get(i)) {
            Node child = node.next.get(edge);
            if (child != null) {
                walk(child, edges, start, i + 1, found);
            }
        }
    }

    private List<String> edges(Words words, int i) {
        List<String> out = new ArrayList<>(4);
        String key = words.key(i);
        out.add("w:" + key);
        out.add("x:" + words.surface(i));
        for (String c : classesByKey.getOrDefault(key, Set.of())) {
            out.add("c:" + c);
        }
        if (contractionClass != null && Normalizer.negativeContraction(words.surface(i))) {
            out.add("c:" + contractionClass);
        }
        return out;
    }

    private static long slot(int entry, int segment) {
        return ((long) entry << 16) | segment;
    }
}
