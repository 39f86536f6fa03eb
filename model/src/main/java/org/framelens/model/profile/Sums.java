package org.framelens.model.profile;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Key-by-key sums of count maps, the building block of every {@code merge} here. Stateless. */
final class Sums {
    private Sums() {
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
