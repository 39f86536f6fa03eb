package org.framelens.model.profile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framelens.model.Mergeable;

/**
 * Counts by name (speakers, cue terms …), of which only the largest may be kept: the others are
 * folded into one exact {@link #other()} count, so {@link #total()} never changes when a list is
 * capped. Immutable and thread-safe; {@link #merge} adds counts name by name (and the folded
 * counts together), is associative and has {@link #EMPTY} as identity.
 *
 * <p>Capping ({@link #limit}) is done once per article, never inside {@code merge}: a merged list
 * is the exact sum of the capped per-article lists.
 */
public final class TopCounts implements Mergeable<TopCounts>, Serializable {
    private static final long serialVersionUID = 1L;

    /** No counts: the identity of {@link #merge}. */
    public static final TopCounts EMPTY = new TopCounts(new TreeMap<>(), 0);

    /** Largest count first, then names in plain {@code String} order: the order of every list shown. */
    private static final Comparator<Map.Entry<String, Integer>> RANK =
            Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private final SortedMap<String, Integer> counts;
    private final long other;

    private TopCounts(TreeMap<String, Integer> counts, long other) {
        this.counts = counts.isEmpty() ? Collections.emptySortedMap() : counts;
        this.other = other;
    }

    /**
     * @param counts positive counts by name
     * @return those counts, nothing folded
     * @throws IllegalArgumentException on a count below 1
     */
    public static TopCounts of(Map<String, Integer> counts) {
        TreeMap<String, Integer> copy = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (v < 1) {
                throw new IllegalArgumentException("count of '" + k + "' must be positive: " + v);
            }
            copy.put(Objects.requireNonNull(k, "name"), v);
        });
        return new TopCounts(copy, 0);
    }

    /**
     * @param max how many names to keep, {@code >= 0}
     * @return the {@code max} largest counts (ties: names in {@code String} order), the rest folded
     *     into {@link #other()}
     */
    public TopCounts limit(int max) {
        if (counts.size() <= max) {
            return this;
        }
        List<Map.Entry<String, Integer>> ranked = ranked();
        TreeMap<String, Integer> kept = new TreeMap<>();
        long folded = other;
        for (int i = 0; i < ranked.size(); i++) {
            if (i < max) {
                kept.put(ranked.get(i).getKey(), ranked.get(i).getValue());
            } else {
                folded += ranked.get(i).getValue();
            }
        }
        return new TopCounts(kept, folded);
    }

    @Override
    public TopCounts merge(TopCounts o) {
        TreeMap<String, Integer> sum = new TreeMap<>(counts);
        o.counts.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new TopCounts(sum, other + o.other);
    }

    /** @return the kept counts by name, read-only, in name order */
    public SortedMap<String, Integer> counts() {
        return Collections.unmodifiableSortedMap(counts);
    }

    /**
     * @param name a name
     * @return its count, 0 when not kept
     */
    public int get(String name) {
        return counts.getOrDefault(name, 0);
    }

    /** @return the sum of the counts folded away by {@link #limit} */
    public long other() {
        return other;
    }

    /** @return kept and folded counts together */
    public long total() {
        return other + counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** @return the kept counts, largest first (ties in name order) */
    public List<Map.Entry<String, Integer>> ranked() {
        List<Map.Entry<String, Integer>> out = new ArrayList<>(counts.entrySet());
        out.sort(RANK);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TopCounts t && other == t.other && counts.equals(t.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode() * 31 + Long.hashCode(other);
    }

    @Override
    public String toString() {
        return counts + (other > 0 ? " +" + other + " other" : "");
    }
}
