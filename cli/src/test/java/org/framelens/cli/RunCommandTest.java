package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelens.extract.read.ArticleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end: the {@code run} command on the sample story and on broken inputs. */
class RunCommandTest {
    static final Path SAMPLE = Path.of("..", "samples", "putin-guarantee");

    @TempDir
    Path dir;

    record Outcome(int exit, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = FramelensCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords();
        }
    }

    @Test
    void sampleRunWritesExactOffsetsAndTheGoldKinds() throws IOException {
        Path out = dir.resolve("out");
        Outcome o = run("run", SAMPLE.toString(), "-o", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("2 article(s)"), o.out());

        List<CSVRecord> rows = csv(out.resolve("sentences.csv"));
        Map<String, String> texts = new HashMap<>();
        Map<String, Integer> lastIndex = new HashMap<>();
        for (CSVRecord r : rows) {
            String text = texts.computeIfAbsent(r.get("outlet"), k -> read(SAMPLE.resolve(k + ".txt")));
            int start = Integer.parseInt(r.get("start"));
            int end = Integer.parseInt(r.get("end"));
            assertEquals(text.substring(start, end), r.get("text"), "offsets of " + r);
            assertEquals("putin-guarantee", r.get("story"));
            int index = Integer.parseInt(r.get("sentence"));
            assertEquals(lastIndex.getOrDefault(r.get("outlet"), -1) + 1, index, "indices run 0, 1, 2 …");
            lastIndex.put(r.get("outlet"), index);
        }
        // Kinds as a careful human coded them (gold/, coded before the tool existed).
        int compared = 0;
        for (String outlet : List.of("outlet-000", "outlet-002")) {
            for (CSVRecord g : csv(SAMPLE.resolve("gold").resolve(outlet + ".csv"))) {
                CSVRecord mine = rows.stream().filter(r -> r.get("outlet").equals(outlet)
                        && r.get("start").equals(g.get("start")) && r.get("end").equals(g.get("end"))).findFirst()
                        .orElseThrow(() -> new AssertionError("gold sentence not found: " + g));
                assertEquals(g.get("kind"), mine.get("kind"), mine.get("text"));
                compared++;
            }
        }
        assertEquals(rows.size(), compared, "every sentence matches a gold one");

        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Sentences");
            assertEquals(rows.size(), s.getLastRowNum());
            for (int i = 1; i <= rows.size(); i++) {
                Row row = s.getRow(i);
                assertEquals(rows.get(i - 1).get("text"), row.getCell(6).getStringCellValue());
            }
            List<String> runCells = new ArrayList<>();
            wb.getSheet("Run").forEach(r -> r.forEach(c -> runCells.add(c.toString())));
            for (String outlet : List.of("outlet-000", "outlet-002")) {
                String sha = ArticleLoader.sha256(Files.readAllBytes(SAMPLE.resolve(outlet + ".txt")));
                assertTrue(runCells.contains(sha), "Run sheet lists the SHA-256 of " + outlet);
            }
        }
    }

    @Test
    void sameInputGivesTheSameCsvBytes() throws IOException {
        assertEquals(0, run("run", SAMPLE.toString(), "-o", dir.resolve("a").toString()).exit());
        assertEquals(0, run("run", SAMPLE.toString(), "-o", dir.resolve("b").toString()).exit());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/sentences.csv")), Files.readAllBytes(dir.resolve("b/sentences.csv")));
    }

    @Test
    void brokenFilesAreNamedAndTheRestOfTheRunGoesOn() throws IOException {
        Path story = Files.createDirectories(dir.resolve("story"));
        Files.writeString(story.resolve("good.txt"), "A Headline Here\n\nThe body says something. It ends.\n");
        Files.write(story.resolve("empty.txt"), new byte[0]);
        Files.writeString(story.resolve("notes.md"), "not an article");
        Path out = dir.resolve("out");

        Outcome o = run("run", story.toString(), "-o", out.toString());

        assertEquals(ExitCode.SOME_FAILED, o.exit());
        assertTrue(o.err().contains(story.resolve("empty.txt") + ": empty file"), o.err());
        assertTrue(o.err().contains("notes.md: skipped: not an article file"), o.err());
        List<CSVRecord> rows = csv(out.resolve("sentences.csv"));
        assertEquals(List.of("headline", "body", "body"), rows.stream().map(r -> r.get("kind")).toList());
        assertTrue(rows.stream().allMatch(r -> r.get("outlet").equals("good")));
    }

    @Test
    void nothingProcessedKeepsThePreviousReport() throws IOException {
        Path story = Files.createDirectories(dir.resolve("story"));
        Files.write(story.resolve("bin.txt"), new byte[] {1, 2, 0, 3});
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("sentences.csv"), "previous report");

        Outcome o = run("run", story.toString(), "-o", out.toString());

        assertEquals(ExitCode.NOTHING_PROCESSED, o.exit());
        assertTrue(o.err().contains("binary file"), o.err());
        assertEquals("previous report", Files.readString(out.resolve("sentences.csv")));
        try (var s = Files.list(out)) {
            // the lock file stays (empty): deleting it could let two runs lock two different files
            assertEquals(List.of("sentences.csv"), s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(OutputLock.FILE)).toList(), "no temporary files left behind");
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        Outcome missing = run("run", dir.resolve("nope").toString());
        assertEquals(ExitCode.USAGE, missing.exit());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        Outcome badOption = run("run", SAMPLE.toString(), "--no-such-option");
        assertEquals(ExitCode.USAGE, badOption.exit());
        assertTrue(badOption.err().contains("Unknown option"), badOption.err());
        assertEquals(ExitCode.USAGE, run().exit());
    }

    @Test
    void helpDocumentsTheExitCodes() {
        Outcome help = run("run", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Exit codes:") && help.out().contains("3   nothing could be processed"), help.out());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void offsetsHoldForBomAndCrlfFiles() throws IOException {
        Path story = Files.createDirectories(dir.resolve("story"));
        String text = "\uFEFFA Title For The Test\r\n\r\nFirst sentence here. Second one “quoted,” she said.\r\nLast.\r\n";
        Files.writeString(story.resolve("x.txt"), text, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertEquals(0, run("run", story.toString(), "-o", out.toString()).exit());
        List<CSVRecord> rows = csv(out.resolve("sentences.csv"));
        assertEquals(4, rows.size());
        for (CSVRecord r : rows) {
            assertEquals(text.substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))), r.get("text"));
        }
        assertFalse(rows.get(0).get("text").startsWith("\uFEFF"));
    }

    /**
     * The entry point begins a run's workbook before the command line is parsed: the run takes it,
     * and a run that ends early closes it (no workbook left open with its temporary files).
     */
    @Test
    void startUpBegunBeforeParsingIsTakenByTheRunOrClosedByIt() throws IOException {
        assertTrue(RunCommand.wantsStartUp(new String[] {"run", "in", "-o", "out"}));
        for (String[] no : List.of(new String[] {}, new String[] {"eval", "in"}, new String[] {"run", "--help"},
                new String[] {"run", "in", "-V"}, new String[] {"codebook", "export", "run"})) {
            assertFalse(RunCommand.wantsStartUp(no), String.join(" ", no));
        }
        Background<org.framelens.report.ReportWorkbook> started = RunCommand.startUp();
        CommandLine cl = FramelensCommand.commandLine(started);
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(ExitCode.OK, cl.execute("run", SAMPLE.toString(), "-o", dir.resolve("out").toString(), "-q"));
        assertTrue(Files.size(dir.resolve("out").resolve("report.xlsx")) > 0);
        assertThrows(IllegalStateException.class, started::take, "the run took the workbook");

        Background<org.framelens.report.ReportWorkbook> unused = RunCommand.startUp();
        CommandLine early = FramelensCommand.commandLine(unused);
        early.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(ExitCode.USAGE, early.execute("run", dir.resolve("missing").toString(), "-o", dir.resolve("o2").toString()));
        assertThrows(IllegalStateException.class, unused::take, "the run closed the workbook it did not use");
        unused.close(); // the entry point's close after the command: nothing left to do
    }
}
