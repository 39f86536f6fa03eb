package org.framelens.extract.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Speakers#honorifics}, which tries the honorific pattern only where an 'M' stands, finds
 * what {@code find()} over the whole text finds: random texts built from the pieces the pattern
 * turns on (honorifics with and without a dot, letters and marks before them, capitalised and
 * lower-case words, spaces, tabs and line ends), and a written one.
 */
class HonorificsTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] PIECES = {"Mr", "Mrs", "Ms", "Miss", "M", "Mr.", "Ms.", "xMr", "é", "Roe", "Ode",
        "Van", "de", "Ana-Lu", "Ma", " ", " ", "\t", "\n", ".", ",", "\u201c", "Mister", "MMr", "Lee"};

    private static Map<String, Character> byFind(String text) {
        Map<String, Character> out = new HashMap<>();
        Matcher m = Speakers.HONORIFIC.matcher(text);
        while (m.find()) {
            String[] words = SPACES.split(m.group(2));
            char sex = m.group(1).equals("Mr") ? 'm' : 'f';
            out.merge(words[words.length - 1], sex, (a, b) -> a == b ? a : '?');
        }
        return out;
    }

    @Test
    void findsWhatFindFinds() {
        String written = "Ms. Ana Roe met Mr Ode and Mrs\tLee. Later Mr. Roe said so; xMr Kay did not. Miss Van Dam too.";
        assertEquals(byFind(written), Speakers.honorifics(written));
        assertEquals(Map.of("Roe", '?', "Ode", 'm', "Lee", 'f', "Dam", 'f'), Speakers.honorifics(written));
        SplittableRandom r = new SplittableRandom(5);
        int found = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(16);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            Map<String, Character> expected = byFind(text);
            found += expected.size();
            assertEquals(expected, Speakers.honorifics(text), () -> "'" + text + "'");
        }
        assertTrue(found > 500, "honorifics found: " + found);
    }
}
