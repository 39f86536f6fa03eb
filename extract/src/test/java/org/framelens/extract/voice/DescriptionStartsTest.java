package org.framelens.extract.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The described-organization patterns tried only where {@link DescriptionStarts} says a match can
 * start give the matches {@link Matcher#find()} gives over the whole text: on articles written for
 * this test, on the extract tests' fixture corpus, and on random texts made of the characters and
 * words these patterns turn on (capitals, lower-case words, commas, hyphens, apostrophes, tabs,
 * letters outside the Basic Multilingual Plane).
 */
class DescriptionStartsTest {
    private static final String OWN = "The Harbour Trust, the conservation group behind the petition, said "
            + "the well-known developer Blue Ridge Holdings had ignored it. Tomas Vidal, the trust's lawyer, "
            + "agreed. The city's largest tenants' union, the Renters' Alliance of Porto, said no. "
            + "But Northfield Energy, an Irish utility that owns the site, disagreed, and campaign group "
            + "Clean Coast Now called it a 'betrayal'. Ines Ruiz, her sister, said: the miner, the Iron Hill Co. "
            + "Its chief, Dan O\u2019Brien, \u00c9lodie Marchand, the union's head, and e\u0301lan Group, a "
            + "charity, were there; well-meaning officials\tSea Commons replied, the group\tthe Tide Watch,\n";

    private static final String[] PIECES = {"The", "Open", "Ledger", "of", "for", "and", "the", "a", "an", "her",
        "group", "rights", "union", "party", "well-known", "O'Neil", "Jo\u2019s", "miner", "said", ",", ", ",
        ", the ", ", a ", ", an ", ",\t", ".", " ", " ", " ", "\t", "-", "'", "\u2019", "\n", "(", ";",
        "\u00c9cole", "\u00e9tude", "\ud835\udc00x", "x\ud835\udc1a", "\ud835\udc1a", "\u01c5", "X", "y", "Z9", "Mc-Lean"};

    private static final List<Pattern> PATTERNS = List.of(Speakers.APPOSITIVE, Speakers.PERSON_APPOSITIVE,
            Speakers.DESCRIPTION_FIRST, Speakers.PREMODIFIER);

    /** Each match as its start, end and groups. */
    private static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(describe(m.start(), m.end(), m.groupCount(), m::group));
        }
        return out;
    }

    private static List<String> byStarts(Pattern p, String text) {
        int[] starts = p == Speakers.PREMODIFIER ? DescriptionStarts.lowerWordBeforeCapital(text)
                : DescriptionStarts.beforeComma(text, p == Speakers.DESCRIPTION_FIRST);
        List<String> out = new ArrayList<>();
        DescriptionStarts.Finder f = new DescriptionStarts.Finder(p, text, starts);
        while (f.find()) {
            out.add(describe(f.start(), f.end(), p.matcher("").groupCount(), f::group));
        }
        return out;
    }

    private static String describe(int start, int end, int groups, java.util.function.IntFunction<String> group) {
        StringBuilder b = new StringBuilder().append(start).append('-').append(end);
        for (int g = 1; g <= groups; g++) {
            b.append(" [").append(group.apply(g)).append(']');
        }
        return b.toString();
    }

    /** @return how many matches the texts have, over all patterns */
    private static int compare(List<String> texts) {
        int found = 0;
        for (String text : texts) {
            for (Pattern p : PATTERNS) {
                List<String> expected = byFind(p, text);
                assertEquals(expected, byStarts(p, text), () -> p.pattern() + "\non: " + text);
                found += expected.size();
            }
        }
        return found;
    }

    @Test
    void ownArticleEveryPatternMatchesAsFindDoes() {
        assertTrue(compare(List.of(OWN)) >= 8);
        assertEquals(List.of(), byStarts(Speakers.APPOSITIVE, ""));
        assertEquals(List.of(), byStarts(Speakers.PREMODIFIER, "no capital here, at all"));
    }

    @Test
    void fixtureCorpusMatchesAsFindDoes() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>();
        Path corpus = Path.of(DescriptionStartsTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertTrue(compare(texts) > 0);
    }

    /** The words an organization's name may end with, for the name patterns of {@code Speakers.OrganizationNames}. */
    private static final List<String> HEADS = List.of("union", "group", "party", "co");

    private static final String[] NAME_PIECES = {"Union", "Unions", "Union's", "Group", "Party", "Co", "Co.",
        "Nursing", "and", "of", "for", "the", "The", "care", "union", "\u00c9lan", "O'Neil", "Jo\u2019s", "Mc-Lean",
        ",", ".", " ", " ", "  ", "\t", "\n", "\r\n", "\f", "\u000B", "\u00a0", "-", "'", "(", "9",
        "\ud835\udc00x", "x\ud835\udc1a", "\u01c5", "X"};

    /** Each match of an organization-name pattern, by find() and tried only at {@link DescriptionStarts#beforeWord}. */
    private static int compareNames(List<String> texts) {
        Speakers.OrganizationNames names = new Speakers.OrganizationNames();
        int found = 0;
        for (String text : texts) {
            for (String head : HEADS) {
                Pattern p = names.pattern(head);
                List<String> expected = byFind(p, text);
                String word = Character.toUpperCase(head.charAt(0)) + head.substring(1);
                List<String> actual = new ArrayList<>();
                DescriptionStarts.Finder f = new DescriptionStarts.Finder(p, text, DescriptionStarts.beforeWord(text, word));
                while (f.find()) {
                    actual.add(describe(f.start(), f.end(), 0, f::group));
                }
                assertEquals(expected, actual, () -> p.pattern() + "\non: " + text);
                found += expected.size();
            }
        }
        return found;
    }

    @Test
    void organizationNamesMatchAsFindDoes() throws IOException, URISyntaxException {
        assertTrue(compareNames(List.of(OWN, "The Nursing and Care Union said so; the Union of the Union of\nSea Union,"
                + " Riverside Group\tGroup and Party Party's co. Co Union")) >= 5);
        List<String> texts = new ArrayList<>();
        Path corpus = Path.of(DescriptionStartsTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        texts.addAll(randomTexts(new Random(12), NAME_PIECES, 4000));
        assertTrue(compareNames(texts) > 1000);
    }

    /** {@code Speakers.titleCase} reads a line's words as the regular expression it replaced did. */
    @Test
    void titleCaseAsTheExpressionReadsIt() {
        Random random = new Random(14);
        int titled = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                b.append(random.nextBoolean() ? NAME_PIECES[random.nextInt(NAME_PIECES.length)]
                        : PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String line = b.toString();
            boolean expected = titleCaseByExpression(line);
            assertEquals(expected, Speakers.titleCase(line), () -> "on: " + line);
            titled += expected ? 1 : 0;
        }
        assertTrue(titled > 1000);
        assertTrue(Speakers.titleCase("Ardel Wins Reprieve"));
        assertTrue(!Speakers.titleCase("Ardel wins a reprieve from the court"));
    }

    /** What {@code Speakers} read before: the letters of each word by a regular expression. */
    private static boolean titleCaseByExpression(String line) {
        int words = 0;
        int capitalised = 0;
        for (String x : Pattern.compile("\\s+").split(line.strip())) {
            String letters = x.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                words++;
                if (Character.isUpperCase(letters.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 2 && capitalised * 10 >= words * 7;
    }

    @Test
    void randomTextsMatchAsFindDoes() {
        assertTrue(compare(randomTexts(new Random(11), PIECES, 4000)) > 1000);
    }

    /** Texts of 1 to 30 pieces drawn at random, most of them followed by a space. */
    private static List<String> randomTexts(Random random, String[] pieces, int n) {
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            StringBuilder b = new StringBuilder();
            int count = 1 + random.nextInt(30);
            for (int k = 0; k < count; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            texts.add(b.toString());
        }
        return texts;
    }
}
