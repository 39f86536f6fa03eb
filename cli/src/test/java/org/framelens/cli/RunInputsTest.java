package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code framelens run} on a manifest and on a JSON Lines file. Every article gets its
 * sentences, and every sentence's offsets index the article text as the README's offset rule
 * defines it — written out here by hand for each fixture article, not computed by framelens.
 */
class RunInputsTest {
    @TempDir
    Path dir;

    static Path inputs() throws URISyntaxException {
        return Path.of(RunInputsTest.class.getResource("/inputs").toURI());
    }

    /** The manifest's articles as the offset rule says framelens must reconstruct them. */
    static Map<String, String> manifestTexts(Path manifestDir) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        // a path row without title: the file exactly as on disk, BOM and CRLF included
        m.put("water-bill/gazette", Files.readString(manifestDir.resolve("articles/gazette.txt"), StandardCharsets.UTF_8));
        // an HTML file: the h1, a blank line, the paragraphs separated by blank lines
        m.put("water-bill/herald", "Water bill passes, for now\n\nThe bill passed 210\u2013190.\n\n"
                + "\u201cWe will keep fighting,\u201d an opponent said.\n");
        // inline text with a title: title, "\n\n", the field as decoded (CRLF kept, "" unquoted)
        m.put("water-bill/courier", "Water bill passes first vote\n\nThe water bill passed the lower house on Thursday"
                + " after a long debate.\r\n\r\n\"It is a fair deal,\" the minister said. Critics doubted the claim.");
        m.put("rail-fares/courier", "Rail fares to rise\n\nRail fares will rise by 4% in January, the operator said.\n"
                + "Unions said the rise must be frozen until wages catch up.");
        return m;
    }

    static Map<String, String> jsonTexts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("water-bill/wire", "Water bill clears first hurdle\n\nLawmakers approved the water bill on Thursday.\r\n"
                + "The vote was 210 to 190, officials said.");
        // its first line already is the title (the row has none): the text as decoded
        m.put("water-bill/post", "Water Bill Vote\n\nThe bill passed, but opponents said they doubt it will survive the"
                + " upper house \u2014 \u201ca long shot\u201d at best.");
        m.put("rail-fares/wire", "Fares rise 4%.\nPassengers complained.");
        return m;
    }

    @Test
    void aManifestRunWritesEveryArticleWithOffsetsIntoTheReconstructedText() throws Exception {
        Path manifestDir = inputs().resolve("manifest");
        Path out = dir.resolve("out");

        RunCommandTest.Outcome o = RunCommandTest.run("run", manifestDir.resolve("manifest.csv").toString(), "-o", out.toString());

        assertEquals(ExitCode.OK, o.exit(), o.err());
        assertTrue(o.out().contains("4 article(s) in 2 story(ies)"), o.out());
        List<CSVRecord> rows = RunCommandTest.csv(out.resolve("sentences.csv"));
        Map<String, String> texts = manifestTexts(manifestDir);
        assertOffsets(rows, texts);
        assertEquals(List.of("headline", "body", "body"), kinds(rows, "water-bill/gazette"));
        assertEquals("headline", kinds(rows, "water-bill/herald").get(0), "the HTML h1 is the headline");
        assertEquals("headline", kinds(rows, "water-bill/courier").get(0), "the row's title is the headline");
        assertEquals("Water bill passes first vote", textOf(rows, "water-bill/courier", 0));
        assertTrue(rows.stream().filter(r -> id(r).equals("water-bill/courier"))
                .anyMatch(r -> r.get("stances").contains("skepticism")), "tagging works on inline text");
    }

    @Test
    void aJsonLinesRunReportsTheBadLineAndProcessesTheRest() throws Exception {
        Path out = dir.resolve("out");
        Path feed = inputs().resolve("feed.jsonl");

        RunCommandTest.Outcome o = RunCommandTest.run("run", feed.toString(), "-o", out.toString());

        assertEquals(ExitCode.SOME_FAILED, o.exit(), o.err());
        assertTrue(o.err().contains("framelens: error: " + feed + ":3: invalid JSON at column 39: expected ',' or '}'"),
                o.err());
        assertTrue(o.out().contains("3 article(s) in 2 story(ies)") && o.out().contains("1 input(s) failed"), o.out());
        List<CSVRecord> rows = RunCommandTest.csv(out.resolve("sentences.csv"));
        assertOffsets(rows, jsonTexts());
        assertEquals(List.of("rail-fares", "water-bill"), rows.stream().map(r -> r.get("story")).distinct().toList(),
                "stories in id order, each story's outlets together");
        assertEquals("Water bill clears first hurdle", textOf(rows, "water-bill/wire", 0));

        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> cells = new ArrayList<>();
            wb.getSheet("Run").forEach(r -> r.forEach(c -> cells.add(c.toString())));
            assertTrue(cells.stream().anyMatch(c -> c.contains(feed + ":3")), "the bad line is in the Run sheet");
        }
    }

    @Test
    void duplicateIdsAreSkippedAndNamedAndEveryBadRowIsCounted() throws IOException {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "story,outlet,text,title\n"
                + "s,a,\"The mayor said the plan would work. Critics doubted it.\",Plan unveiled\n"
                + "s,a,A second text for the same outlet.,\n"
                + "s,b,\"unclosed quote\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        RunCommandTest.Outcome o = RunCommandTest.run("run", m.toString(), "-o", out.toString());

        assertEquals(ExitCode.SOME_FAILED, o.exit(), o.err());
        assertTrue(o.err().contains(m + ":3: duplicate outlet id 'a' in story 's': already read from " + m + ":2"), o.err());
        assertTrue(o.err().contains(m + ":4: a quoted field (field 3) is never closed"), o.err());
        assertTrue(o.out().contains("2 input(s) failed"), o.out());
        List<CSVRecord> rows = RunCommandTest.csv(out.resolve("sentences.csv"));
        assertEquals(new TreeSet<>(List.of("s/a")), new TreeSet<>(rows.stream().map(RunInputsTest::id).toList()));
        assertEquals("Plan unveiled", textOf(rows, "s/a", 0));
    }

    @Test
    void aManifestWithNoUsableRowProcessesNothing() throws IOException {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "story,source,text\ns,a,Text.\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        RunCommandTest.Outcome o = RunCommandTest.run("run", m.toString(), "-o", out.toString());

        assertEquals(ExitCode.NOTHING_PROCESSED, o.exit(), o.err());
        assertTrue(o.err().contains(m + ":1: the header lacks 'outlet'"), o.err());
        assertFalse(Files.exists(out.resolve("sentences.csv")));
    }

    private static void assertOffsets(List<CSVRecord> rows, Map<String, String> texts) {
        assertEquals(new TreeSet<>(texts.keySet()), new TreeSet<>(rows.stream().map(RunInputsTest::id).toList()),
                "sentences for every article, and only those");
        for (CSVRecord r : rows) {
            String text = texts.get(id(r));
            int start = Integer.parseInt(r.get("start"));
            int end = Integer.parseInt(r.get("end"));
            assertEquals(text.substring(start, end), r.get("text"), "offsets of " + r);
        }
    }

    private static List<String> kinds(List<CSVRecord> rows, String id) {
        return rows.stream().filter(r -> id(r).equals(id)).map(r -> r.get("kind")).toList();
    }

    private static String textOf(List<CSVRecord> rows, String id, int sentence) {
        return rows.stream().filter(r -> id(r).equals(id) && r.get("sentence").equals(String.valueOf(sentence)))
                .findFirst().orElseThrow().get("text");
    }

    private static String id(CSVRecord r) {
        return r.get("story") + "/" + r.get("outlet");
    }
}
