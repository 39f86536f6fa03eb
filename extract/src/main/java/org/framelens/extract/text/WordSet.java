package org.framelens.extract.text;

import java.util.Arrays;
import java.util.Set;

/** Builds the small closed word lists of the rules; a word listed twice is harmless. */
public final class WordSet {
    private WordSet() {
    }

    /**
     * @param words lower-case words
     * @return an immutable set of them
     */
    public static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
