package org.framelens.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Shape}'s Title Case test and wrapper stripping read the text in place; they must answer
 * exactly as the regular expressions they replaced, which are kept here as the reference.
 */
class ShapeTest {
    private static final Set<String> SMALL_WORDS = Set.of(
            "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "on", "at", "to", "from",
            "by", "of", "in", "into", "with", "as", "vs", "via", "amid", "over", "per", "up", "off",
            "out", "is", "are", "be", "its", "than", "after", "before", "about", "against", "under", "if");

    private static boolean referenceTitleCase(String text) {
        int significant = 0;
        int capital = 0;
        for (String token : text.split("[\\s\u2014\u2013/-]+")) {
            String w = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            significant++;
            if (Character.isUpperCase(w.charAt(0))) {
                capital++;
            }
        }
        return significant >= 2 && capital >= 0.75 * significant;
    }

    private static String referenceStrip(String text) {
        return text.replaceAll("^[\\s(\\[\"'\u201C\u2018*#>\u2022-]+|[\\s)\\]]+$", "");
    }

    @Test
    void headingsAndSentencesReadAsBefore() {
        for (String s : List.of("Dockworkers Drop Pay Demand, Employers Still Won\u2019t Budge",
                "Port bosses \u2018have not moved an inch\u2019, union claims", "Will It Last?",
                "\u201CNot One Step Back\u201D \u2014 Union Vows to Fight On", "US-Backed Plan / EU Response",
                "(AP) Talks Resume", "12 Angry Men Return", "\uD835\uDC00lpha Beta Gamma", "I\u0307stanbul Talks Stall",
                "ABOUT THE AUTHOR", "ab\u2028Cd Ef", "", "   ", "- \u2022 \u201C\u201D")) {
            assertEquals(referenceTitleCase(s), Shape.titleCase(s), s);
            assertEquals(referenceStrip(s), Shape.stripWrappers(s), s);
        }
    }

    @Test
    void randomTextFromAHardAlphabetReadsAsBefore() {
        // letters of both cases, digits, other numbers, supplementary letters, dashes, quotes,
        // brackets, and the line terminators that $ treats specially
        String[] alphabet = {"a", "B", "the", "The", "OF", "of", "Über", "\u00E9", "7", "\u00BD", "\u2167",
                "\uD835\uDC00", "\uD835\uDFCE", "\uD800", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\u00A0", "\u2014",
                "\u2013", "/", "-", "'", "\"", "\u201C", "\u201D", "\u2018", "\u2019", "(", ")", "[", "]", "*", "#", ">",
                "\u2022", ".", ",", "?", "\u0085", "\u2028", "\u2029", "\u212A", "\u0130", "Ab", "xY", "against"};
        SplittableRandom r = new SplittableRandom(20261122L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            assertEquals(referenceTitleCase(s), Shape.titleCase(s), () -> "titleCase of " + escape(s));
            assertEquals(referenceStrip(s), Shape.stripWrappers(s), () -> "stripWrappers of " + escape(s));
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format(Locale.ROOT, "\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}
