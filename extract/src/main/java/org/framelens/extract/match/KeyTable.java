package org.framelens.extract.match;

import java.util.Map;

/**
 * A fixed map from strings to values for look-ups on every token: open addressing over two flat
 * arrays (the keys' hash codes and the keys), so that a word that is not there, which is most
 * words, costs a read of an int array and no visit to a map entry elsewhere in memory. Why: a
 * {@link java.util.HashMap} look-up reads an entry object for every occupied bucket, and the
 * matchers' look-ups were a sixth of the extractor's time, mostly waiting for memory.
 *
 * <p>Input: a map, copied. Output: {@link #get}, as {@link Map#get} of the copy. Immutable and
 * thread-safe. Keys must not be null.
 *
 * @param <V> the values
 */
public final class KeyTable<V> {
    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    private final int shift;
    private final int size;

    /**
     * @param map the entries (no null key or value)
     */
    public KeyTable(Map<String, ? extends V> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1; // at most a third full
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        size = map.size();
        map.forEach((k, v) -> {
            int h = k.hashCode();
            int i = slot(h);
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            hashes[i] = h;
            values[i] = java.util.Objects.requireNonNull(v, "value");
        });
    }

    /**
     * The first slot to look at: the high bits of the hash times the golden ratio. Similar short
     * words have nearby hash codes, which would sit in one long run of slots by their low bits
     * and make every miss walk it.
     */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /**
     * @param key a key
     * @return its value, or null
     */
    @SuppressWarnings("unchecked")
    public V get(String key) {
        int h = key.hashCode();
        int i = slot(h);
        while (true) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == h && (k == key || k.equals(key))) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
    }

    /** @return how many entries */
    public int size() {
        return size;
    }

    /** @return whether it has no entries */
    public boolean isEmpty() {
        return size == 0;
    }
}
