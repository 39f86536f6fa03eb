package org.framelens.extract.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Speakers#lastWord} gives the last element of the regular-expression split it stands in
 * for, on random strings of the characters that split and strip turn on (ASCII and other white
 * space, letters, apostrophes) and on a few written ones.
 */
class LastWordTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final char[] CHARS = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C', 'a', 'B',
        '\'', '\u2019', 's', '-', '.'};

    private static String bySplit(String s) {
        String[] words = SPACES.split(s.strip());
        return words[words.length - 1];
    }

    @Test
    void givesTheLastElementOfTheSplit() {
        for (String s : new String[] {"", " ", "Ana", "  Ana Roe ", "Ana\u00A0Roe", "Ana \u2003Roe's", "Dr. Ana\tRoe\n"}) {
            assertEquals(bySplit(s), Speakers.lastWord(s), "'" + s + "'");
        }
        SplittableRandom r = new SplittableRandom(11);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(CHARS[r.nextInt(CHARS.length)]);
            }
            String s = sb.toString();
            assertEquals(bySplit(s), Speakers.lastWord(s), () -> "'" + s + "'");
        }
    }
}
