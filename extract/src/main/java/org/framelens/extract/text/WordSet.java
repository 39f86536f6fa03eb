package org.framelens.extract.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the small closed word lists of the rules; a word listed twice is harmless.
 *
 * <p>The sets are looked up for nearly every token by the speaker and stance rules, most often
 * for a word they do not hold, so they are sparse open-addressing tables over the words' hash
 * codes ({@link Table}): a miss reads a slot or two of a small int array, instead of the
 * division and the string comparisons of {@code Set.copyOf}'s table.
 */
public final class WordSet {
    private WordSet() {
    }

    /**
     * @param words lower-case words
     * @return an immutable set of them, iterated in the order given (each once); null is no word
     *     ({@code contains(null)} throws, as {@code Set.of} does)
     */
    public static Set<String> of(String... words) {
        return new Table(Arrays.asList(words));
    }

    /**
     * An immutable set of strings: an open-addressing table of at most one quarter load, probed
     * linearly from the multiplied hash code. Each slot keeps a tag of its word's hash code (the
     * code with its lowest bit set, 0 for an empty slot) in an int array, so that a miss reads that
     * small array alone and a string is compared only with a word of the same tag. Thread-safe.
     */
    static final class Table extends AbstractSet<String> {
        private final List<String> words;
        private final String[] slots;
        private final int[] tags;
        private final int shift;

        Table(List<String> given) {
            this.words = List.copyOf(new LinkedHashSet<>(given)); // throws on null, as Set.copyOf does
            int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
            this.slots = new String[capacity];
            this.tags = new int[capacity];
            this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
            for (String w : words) {
                int h = w.hashCode();
                int i = slot(h);
                while (tags[i] != 0) {
                    i = (i + 1) & (capacity - 1);
                }
                slots[i] = w;
                tags[i] = h | 1;
            }
        }

        /** The first slot for a hash code: its high bits after a multiplication by the golden ratio. */
        private int slot(int h) {
            return (h * 0x9E3779B9) >>> shift;
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof String s)) {
                Objects.requireNonNull(o);
                return false;
            }
            int h = s.hashCode();
            int tag = h | 1;
            int mask = tags.length - 1;
            for (int i = slot(h); ; i = (i + 1) & mask) {
                int t = tags[i];
                if (t == 0) {
                    return false;
                }
                if (t == tag && slots[i].equals(s)) {
                    return true;
                }
            }
        }

        @Override
        public Iterator<String> iterator() {
            return words.iterator(); // List.copyOf: its iterator cannot remove
        }

        @Override
        public int size() {
            return words.size();
        }
    }
}
