package org.framelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.framelens.model.Kind;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measures segmentation and structure against news articles segmented by hand, independently of
 * the splitter. Two corpora ({@code src/test/resources/segmentation} — used while developing the
 * rules — and {@code segmentation-heldout} — written by another hand and never used to develop
 * them; see their READMEs). Each {@code NAME.txt} has a {@code NAME.seg}: one unit per line,
 * {@code KIND<TAB>exact text}, where {@code \n} stands for a line break inside a unit.
 *
 * <p>The bar of the foundation issue: at least 97% of the hand-segmented sentences found with the
 * same boundaries, over all articles. The figures are written to
 * {@code target/segmentation-report.txt}.
 */
class SegmentationCorpusTest {
    private static final List<String> CORPORA = List.of("segmentation", "segmentation-heldout");
    private static final double BOUNDARY_BAR = 0.97;
    private static final double KIND_BAR = 0.95;

    private static final Extractor EXTRACTOR = Extractor.builder().build();
    private static final List<String> REPORT = new ArrayList<>();
    private static int goldTotal;
    private static int foundTotal;
    private static int kindRight;

    record Unit(Kind kind, Span span) {
    }

    static Stream<String> articles() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>();
        for (String corpus : CORPORA) {
            try (Stream<Path> s = Files.list(corpus(corpus))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
                        .forEach(n -> out.add(corpus + "/" + n.substring(0, n.length() - 4)));
            }
        }
        return out.stream();
    }

    static Path corpus(String name) throws URISyntaxException {
        return Path.of(SegmentationCorpusTest.class.getResource("/" + name).toURI());
    }

    @BeforeAll
    static void reset() {
        REPORT.clear();
        goldTotal = 0;
        foundTotal = 0;
        kindRight = 0;
    }

    @Test
    void corpusIsThere() throws Exception {
        assertTrue(articles().count() >= 20, "the hand-segmented corpora hold at least 20 articles");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void offsetsAreExactAndEveryCharacterIsCovered(String name) throws Exception {
        String text = read(name + ".txt");
        List<Sentence> sentences = EXTRACTOR.sentences(text);
        int covered = 0;
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertTrue(s.start() >= previousEnd, "sentences in order, not overlapping");
            assertFalse(s.text().isBlank());
            previousEnd = s.end();
            covered += nonSpace(s.text());
        }
        assertEquals(nonSpace(text), covered, "every non-space character belongs to exactly one sentence");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void matchesTheHandSegmentation(String name) throws Exception {
        String text = read(name + ".txt");
        List<Unit> gold = gold(text, read(name + ".seg"));
        Map<Span, Kind> found = new HashMap<>();
        for (Sentence s : EXTRACTOR.sentences(text)) {
            found.put(s.span(), s.kind());
        }
        int same = 0;
        int kinds = 0;
        List<String> misses = new ArrayList<>();
        for (Unit u : gold) {
            Kind k = found.get(u.span());
            if (k == null) {
                misses.add("  missed   " + u.kind().label() + ": " + u.span().of(text));
                continue;
            }
            same++;
            if (k == u.kind()) {
                kinds++;
            } else {
                misses.add("  kind     " + k.label() + " for " + u.kind().label() + ": " + u.span().of(text));
            }
        }
        synchronized (REPORT) {
            goldTotal += gold.size();
            foundTotal += same;
            kindRight += kinds;
            REPORT.add(String.format(java.util.Locale.ROOT, "%-60s %3d/%3d boundaries, %3d/%3d kinds",
                    name, same, gold.size(), kinds, same));
            REPORT.addAll(misses);
        }
        assertTrue(same >= 0.9 * gold.size(), () -> name + ": only " + String.join("\n", misses));
    }

    @AfterAll
    static void overallBar() throws IOException {
        if (goldTotal == 0) {
            return;
        }
        double boundaries = (double) foundTotal / goldTotal;
        double kinds = (double) kindRight / Math.max(1, foundTotal);
        REPORT.add(0, String.format(java.util.Locale.ROOT,
                "overall: %d/%d hand-segmented sentences found with the same boundaries (%.4f); kinds right %d/%d (%.4f)",
                foundTotal, goldTotal, boundaries, kindRight, foundTotal, kinds));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "segmentation-report.txt"), REPORT, StandardCharsets.UTF_8);
        assertTrue(boundaries >= BOUNDARY_BAR, "boundary recall " + boundaries + " below " + BOUNDARY_BAR);
        assertTrue(kinds >= KIND_BAR, "kind accuracy " + kinds + " below " + KIND_BAR);
    }

    /** Finds each gold unit in the text, searching forward from the previous one. */
    static List<Unit> gold(String text, String seg) {
        List<Unit> units = new ArrayList<>();
        int from = 0;
        for (String line : seg.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            Kind kind = Kind.fromLabel(line.substring(0, tab));
            String[] parts = line.substring(tab + 1).split("\\\\n", -1);
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : "(?:\r\n|\r|\n)").append(java.util.regex.Pattern.quote(parts[i]));
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex.toString()).matcher(text);
            if (!m.find(from)) {
                throw new IllegalStateException("gold unit not found in order: " + line);
            }
            units.add(new Unit(kind, new Span(m.start(), m.end())));
            from = m.end();
        }
        return units;
    }

    static String read(String name) throws Exception {
        int slash = name.indexOf('/');
        return Files.readString(corpus(name.substring(0, slash)).resolve(name.substring(slash + 1)), StandardCharsets.UTF_8);
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                n++;
            }
        }
        return n;
    }
}
