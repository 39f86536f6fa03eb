package org.framelens.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@link OutletCounts} per story and outlet, in {@link OutletKey} order. Immutable and
 * thread-safe; {@link #merge} is associative with {@link #EMPTY} as identity.
 */
public final class CorpusCounts implements Mergeable<CorpusCounts> {
    /** The identity of {@link #merge}. */
    public static final CorpusCounts EMPTY = new CorpusCounts(new TreeMap<>());

    private final SortedMap<OutletKey, OutletCounts> byOutlet;

    private CorpusCounts(TreeMap<OutletKey, OutletCounts> byOutlet) {
        this.byOutlet = Collections.unmodifiableSortedMap(byOutlet);
    }

    /**
     * @param article an analyzed article
     * @return the counts of that one article under its story and outlet
     */
    public static CorpusCounts of(AnalyzedArticle article) {
        TreeMap<OutletKey, OutletCounts> map = new TreeMap<>();
        map.put(new OutletKey(article.article().story(), article.article().outlet()), OutletCounts.of(article));
        return new CorpusCounts(map);
    }

    @Override
    public CorpusCounts merge(CorpusCounts other) {
        TreeMap<OutletKey, OutletCounts> map = new TreeMap<>(byOutlet);
        other.byOutlet.forEach((k, v) -> map.merge(k, v, OutletCounts::merge));
        return new CorpusCounts(map);
    }

    /** @return counts per story and outlet, read-only, in key order */
    public SortedMap<OutletKey, OutletCounts> byOutlet() {
        return byOutlet;
    }

    /** @return the counts of everything, merged */
    public OutletCounts total() {
        return byOutlet.values().stream().reduce(OutletCounts.EMPTY, OutletCounts::merge);
    }

    /** @return the number of distinct stories */
    public long stories() {
        return byOutlet.keySet().stream().map(OutletKey::story).distinct().count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorpusCounts c && byOutlet.equals(c.byOutlet);
    }

    @Override
    public int hashCode() {
        return byOutlet.hashCode();
    }

    @Override
    public String toString() {
        return "CorpusCounts" + byOutlet;
    }
}
