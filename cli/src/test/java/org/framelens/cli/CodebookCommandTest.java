package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelens.extract.codebook.CodebookLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codebook check}, {@code codebook export} and {@code run --codebook}, end to end. */
class CodebookCommandTest {
    @TempDir
    Path dir;

    private static RunCommandTest.Outcome run(String... args) {
        return RunCommandTest.run(args);
    }

    private Path story() throws IOException {
        Path story = Files.createDirectories(dir.resolve("in/strike"));
        Files.writeString(story.resolve("wire.txt"), "Union rejects pay offer\n\nThe union refused to back down on"
                + " wages. Employers doubted the union's figures. The mediator urged both sides to return to talks.\n",
                StandardCharsets.UTF_8);
        return story;
    }

    @Test
    void exportThenCheckSucceedsWithASummary() {
        Path book = dir.resolve("book");
        RunCommandTest.Outcome e = run("codebook", "export", book.toString());
        assertEquals(0, e.exit(), e.err());
        assertTrue(e.out().contains("wrote " + CodebookLoader.FILES.size() + " codebook files"), e.out());
        CodebookLoader.FILES.forEach(f -> assertTrue(Files.isRegularFile(book.resolve(f)), f));

        RunCommandTest.Outcome c = run("codebook", "check", book.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("is valid"), c.out());
        assertTrue(c.out().contains("stance_cues.csv"), c.out());
        // the model's line counts the weights of both its stages
        var model = new CodebookLoader().defaults().stanceModel();
        int weights = java.util.stream.Stream.concat(model.labels().values().stream(), model.first().values().stream())
                .mapToInt(m -> m.weights().size()).sum();
        assertTrue(!model.first().isEmpty() && c.out().lines().anyMatch(l -> l.matches("\\s*stance_model\\.csv\\s+"
                + weights + "\\s.*")), c.out());
        assertTrue(c.out().contains("sha256 " + new CodebookLoader().defaults().sha256()), c.out());
        assertEquals("", c.err());
    }

    @Test
    void exportRefusesToOverwriteUnlessForced() throws IOException {
        Path book = Files.createDirectories(dir.resolve("book"));
        Files.writeString(book.resolve("topics.csv"), "topic,terms\nsport,football\n", StandardCharsets.UTF_8);
        RunCommandTest.Outcome e = run("codebook", "export", book.toString());
        assertEquals(2, e.exit());
        assertTrue(e.err().contains("topics.csv exists; nothing was written (use --force to overwrite)"), e.err());
        assertFalse(Files.exists(book.resolve("stance_cues.csv")), "nothing written");
        assertEquals(0, run("codebook", "export", "--force", book.toString()).exit());
        assertTrue(Files.readString(book.resolve("topics.csv")).contains("security"));
    }

    @Test
    void checkListsEveryErrorAsFileLineReasonAndExits2() throws IOException {
        Path book = Files.createDirectories(dir.resolve("book"));
        Files.writeString(book.resolve("stance_cues.csv"),
                "label,cue,negation\nskepticism,doubt,often\ncondition,unless\nconcession,...\n", StandardCharsets.UTF_8);
        RunCommandTest.Outcome c = run("codebook", "check", book.toString());
        assertEquals(2, c.exit());
        String f = book.resolve("stance_cues.csv").toString();
        assertTrue(c.err().contains(f + ":2: negation 'often' is not one of: keep, drop, require"), c.err());
        assertTrue(c.err().contains(f + ":4: cue '...': a gap '...' must stand between two words"), c.err());
        assertEquals("", c.out());
    }

    @Test
    void checkOfAMissingFolderExits2() {
        RunCommandTest.Outcome c = run("codebook", "check", dir.resolve("nope").toString());
        assertEquals(2, c.exit());
        assertTrue(c.err().contains("nope: not a folder"), c.err());
    }

    @Test
    void aBrokenCodebookStopsTheRunBeforeAnyArticleIsRead() throws IOException {
        Path book = Files.createDirectories(dir.resolve("book"));
        Files.writeString(book.resolve("topics.csv"), "topic,terms,colour\neconomy,budget,red\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        RunCommandTest.Outcome r = run("run", story().toString(), "-o", out.toString(), "--codebook", book.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(book.resolve("topics.csv") + ":1: unknown column 'colour'"), r.err());
        assertFalse(Files.exists(out), "nothing was read or written");
    }

    @Test
    void runTagsStancesWithEvidenceAndRecordsTheCodebook() throws Exception {
        Path book = Files.createDirectories(dir.resolve("book"));
        Files.writeString(book.resolve("topics.csv"), "topic,terms\npay,wage|wages|pay\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        RunCommandTest.Outcome r = run("run", story().toString(), "-o", out.toString(), "--codebook", book.toString());
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> rows = RunCommandTest.csv(out.resolve("sentences.csv"));
        CSVRecord refused = rows.stream().filter(x -> x.get("text").startsWith("The union refused")).findFirst().orElseThrow();
        assertEquals("concession", refused.get("stances"));
        assertEquals("refused", refused.get("concession_direction"));
        assertTrue(refused.get("evidence").contains("back down (refused: refused to back down)"),
                refused.get("evidence"));
        assertEquals("pay", refused.get("topics"), "the analyst's topic table replaced the default");
        CSVRecord doubted = rows.stream().filter(x -> x.get("text").startsWith("Employers doubted")).findFirst().orElseThrow();
        assertTrue(doubted.get("evidence").contains("skepticism=doubted"), doubted.get("evidence"));
        for (CSVRecord row : rows) {
            for (String label : row.get("stances").split(";")) {
                if (!label.isEmpty()) {
                    assertTrue(row.get("evidence").contains(label + "="), "every label has its evidence: " + row);
                }
            }
        }
        List<String> runCells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("Run").forEach(x -> x.forEach(c -> runCells.add(c.toString())));
        }
        assertTrue(runCells.contains(book.toString()), runCells.toString());
        assertTrue(runCells.contains(new CodebookLoader().load(book).sha256()), runCells.toString());
        assertTrue(runCells.stream().anyMatch(c -> c.contains("topics.csv=" + book.resolve("topics.csv"))
                && c.contains("stance_cues.csv=default:stance_cues.csv")), runCells.toString());
    }
}
