package org.framelens.extract.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Speakers.OrganizationNames#startingWith} finds what the pattern it replaced found. */
class OrganizationNamesTest {
    /** The pattern compiled per word before: the definition of the runs. */
    private static Pattern reference(String first) {
        return Pattern.compile("(?<![\\p{L}'\u2019-])" + Pattern.quote(first)
                + "(?:[ \\t]+(?:of|for|and|\\p{Lu}[\\p{L}'\u2019-]*)){1,4}");
    }

    private static List<String> runs(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> runs(String first, String text) {
        return Speakers.OrganizationNames.startingWith(first, text).stream().map(r -> r.start() + ":" + r.text()).toList();
    }

    @Test
    void sameRunsAsTheReferencePatternOnEveryCapitalisedWordOfTheFixtures() throws IOException {
        Path corpus = Path.of("src/test/resources/corpus");
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        Pattern capitalised = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*");
        int withRuns = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            TreeSet<String> words = new TreeSet<>();
            Matcher m = capitalised.matcher(text);
            while (m.find()) {
                words.add(m.group());
            }
            for (String w : words) {
                List<String> expected = runs(reference(w), text);
                assertEquals(expected, runs(w, text), f + ": " + w);
                withRuns += expected.isEmpty() ? 0 : 1;
            }
        }
        assertFalse(withRuns == 0, "the fixtures hold runs to compare");
    }

    @Test
    void edgeCases() {
        String text = "Ardel Ferries said. Ardel-Ardel Bay and. Ardel\tof Skerra Isle Group Two Ltd, xArdel Co, ’Ardel Co, Ardel";
        for (String w : List.of("Ardel", "of", "Bay", "Ltd", "Co", "Ardel Ferries")) {
            assertEquals(runs(reference(w), text), runs(w, text), w);
        }
        assertEquals(List.of("0:Ardel Ferries", "41:Ardel\tof Skerra Isle Group"), runs("Ardel", text));
    }
}
