package org.framelens.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link WordSet#of} answers {@code contains} as a {@link HashSet} of the same words does, for
 * words in it and not, of one length or hash code with a word in it ("Aa" and "BB" share theirs),
 * at sizes from one word to hundreds; it iterates in the order given, each word once, and
 * cannot be changed.
 */
class WordSetTest {
    @Test
    void containsAsAHashSetDoes() {
        Random random = new Random(3);
        for (int size : new int[] {1, 2, 3, 7, 8, 9, 50, 150, 700}) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                words.add(word(random));
            }
            words.add("Aa");
            Set<String> set = WordSet.of(words.toArray(new String[0]));
            Set<String> reference = new HashSet<>(words);
            assertEquals(reference, set);
            assertEquals(reference.size(), set.size());
            for (String w : words) {
                assertTrue(set.contains(new String(w.toCharArray())), w); // equal, not the same object
            }
            assertFalse(set.contains("BB"), "same hash code as Aa");
            for (int i = 0; i < 20_000; i++) {
                String probe = word(random);
                assertEquals(reference.contains(probe), set.contains(probe), probe);
            }
            assertFalse(set.contains(42));
        }
    }

    @Test
    void keepsTheOrderGivenOnceAndCannotChange() {
        Set<String> set = WordSet.of("said", "told", "said", "added");
        assertEquals(List.of("said", "told", "added"), new ArrayList<>(set));
        assertThrows(UnsupportedOperationException.class, () -> set.add("noted"));
        assertThrows(UnsupportedOperationException.class, () -> set.remove("said"));
        assertThrows(NullPointerException.class, () -> set.contains(null));
        assertThrows(NullPointerException.class, () -> WordSet.of("a", null));
        assertTrue(WordSet.of().isEmpty());
        assertFalse(WordSet.of().contains("a"));
    }

    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(6)));
        }
        return b.toString();
    }
}
