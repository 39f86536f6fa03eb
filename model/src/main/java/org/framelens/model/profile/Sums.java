package org.framelens.model.profile;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Key-by-key sums of count maps, the building block of every {@code merge} here. Stateless. */
final class Sums {
    private Sums() {
    }

    /**
     * A private copy to keep in a value: empty maps are one shared instance, and no read-only
     * wrapper is kept (accessors wrap on each call), because a run keeps one profile per article
     * and the wrappers, with the views they cache, would outweigh the counts.
     */
    static <V> SortedMap<String, V> copy(Map<String, V> m) {
        return m.isEmpty() ? java.util.Collections.emptySortedMap() : new TreeMap<>(m);
    }

    /** As {@link #copy(Map)}, for maps keyed by an enum. */
    static <E extends Enum<E>, V> Map<E, V> copy(Map<E, V> m, Class<E> type) {
        if (m.isEmpty()) {
            return Map.of();
        }
        EnumMap<E, V> out = new EnumMap<>(type);
        out.putAll(m);
        return out;
    }

    static <E extends Enum<E>> EnumMap<E, Integer> enumSum(Map<E, Integer> a, Map<E, Integer> b, Class<E> type) {
        EnumMap<E, Integer> out = new EnumMap<>(type);
        out.putAll(a);
        b.forEach((k, v) -> out.merge(k, v, Integer::sum));
        return out;
    }

    static <E extends Enum<E>> EnumMap<E, Long> enumLongSum(Map<E, Long> a, Map<E, Long> b, Class<E> type) {
        EnumMap<E, Long> out = new EnumMap<>(type);
        out.putAll(a);
        b.forEach((k, v) -> out.merge(k, v, Long::sum));
        return out;
    }

    static TreeMap<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        TreeMap<String, Integer> out = new TreeMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Integer::sum));
        return out;
    }

    static <V extends org.framelens.model.Mergeable<V>> TreeMap<String, V> mergeAll(SortedMap<String, V> a,
                                                                                  SortedMap<String, V> b) {
        TreeMap<String, V> out = new TreeMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, V::merge));
        return out;
    }
}
