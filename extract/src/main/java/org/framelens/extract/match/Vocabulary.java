package org.framelens.extract.match;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The words a codebook's matchers and stance model look up, numbered: a prepared sentence
 * ({@link Words}) looks each of its word's key and exact form up here once, and every cue matcher
 * and the model's word features then read the number with an array index instead of each looking
 * the same string up in its own table. Why: four or five matchers probing their tables for every
 * token were an eighth of the extractor's time.
 *
 * <p>A number stands for a string whatever it is used as (a key, an exact form, a model word);
 * a string that is not here has no number ({@code -1}), and then no matcher or model built on this
 * vocabulary knows it. A reader checks that a sentence's words were numbered by the very same
 * vocabulary it was built on ({@code words.vocabulary() == vocabulary}) and that it covers every
 * string it looks up, and otherwise reads strings as before: the answers are the same either way.
 *
 * <p>Input: strings, numbered in their sorted order (the same strings give the same numbers).
 * Immutable and thread-safe.
 */
public final class Vocabulary {
    private final KeyTable<Integer> ids;
    private final int size;

    private Vocabulary(Map<String, Integer> ids) {
        this.ids = new KeyTable<>(ids);
        this.size = ids.size();
    }

    /**
     * @param strings the strings to number (repeats count once; no null)
     * @return the vocabulary
     */
    public static Vocabulary of(Collection<String> strings) {
        Map<String, Integer> ids = new HashMap<>();
        for (String s : new TreeSet<>(strings)) {
            ids.put(s, ids.size());
        }
        return new Vocabulary(ids);
    }

    /**
     * @param s a string
     * @return its number, from 0 to {@link #size()} (exclusive), or -1 when it is not here
     */
    public int id(String s) {
        Integer id = ids.get(s);
        return id == null ? -1 : id;
    }

    /**
     * @param strings strings
     * @return whether every one of them has a number
     */
    public boolean covers(Collection<String> strings) {
        for (String s : strings) {
            if (ids.get(s) == null) {
                return false;
            }
        }
        return true;
    }

    /** @return how many strings */
    public int size() {
        return size;
    }
}
