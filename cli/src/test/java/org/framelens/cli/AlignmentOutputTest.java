package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alignment outputs of a run: the Alignment, Quotes, Unique content, Wording and Shared
 * content sheets hold the same rows as their CSV files, every sentence they name exists in
 * {@code sentences.csv} with the text they show, and a story with one outlet says why it has no
 * alignment.
 */
class AlignmentOutputTest {
    @TempDir
    Path dir;

    static final Path STORY = Path.of("..", "eval", "heldout", "prisoner-swap");

    static XSSFWorkbook workbook(Path out) throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    /** The sheet's rows below the header, as text, column by column. */
    static List<List<String>> rows(Sheet sheet) {
        DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
        List<List<String>> out = new java.util.ArrayList<>();
        for (Row r : sheet) {
            if (r.getRowNum() == 0) {
                continue;
            }
            List<String> cells = new java.util.ArrayList<>();
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                cells.add(r.getCell(c) == null ? "" : fmt.formatCellValue(r.getCell(c)));
            }
            out.add(cells);
        }
        return out;
    }

    @Test
    void sheetsAndCsvFilesHoldTheSameRowsAndTraceToSentences() throws IOException {
        Path out = dir.resolve("out");
        RunCommandTest.Outcome o = RunCommandTest.run("run", STORY.toString(), "-o", out.toString(), "-q");
        assertEquals(0, o.exit(), o.err());
        Map<String, String> texts = new HashMap<>();
        for (CSVRecord r : RunCommandTest.csv(out.resolve("sentences.csv"))) {
            texts.put(r.get("outlet") + ":" + r.get("sentence"), r.get("text"));
        }
        try (XSSFWorkbook wb = workbook(out)) {
            Map<String, String> files = Map.of("Alignment", "alignment.csv", "Quotes", "quotes.csv",
                    "Unique content", "unique_content.csv", "Wording", "wording.csv", "Shared content",
                    "shared_content.csv", "Outlet summary", "outlet_summary.csv");
            for (var e : files.entrySet()) {
                List<CSVRecord> csv = RunCommandTest.csv(out.resolve("csv").resolve(e.getValue()));
                assertEquals(csv.size(), rows(wb.getSheet(e.getKey())).size(), e.getKey() + " rows = " + e.getValue());
                assertTrue(csv.size() > 0, e.getValue() + " is not empty for a three-outlet story");
            }
            for (CSVRecord r : RunCommandTest.csv(out.resolve("csv").resolve("alignment.csv"))) {
                assertEquals(texts.get(r.get("outlet_a") + ":" + r.get("sentence_a")), r.get("text_a"));
                assertEquals(texts.get(r.get("outlet_b") + ":" + r.get("sentence_b")), r.get("text_b"));
            }
            for (CSVRecord r : RunCommandTest.csv(out.resolve("csv").resolve("unique_content.csv"))) {
                assertEquals(texts.get(r.get("outlet") + ":" + r.get("sentence")), r.get("text"));
            }
        }
        // every quote is listed once per outlet of the story; shared ones are present in two or more
        Map<String, Set<String>> present = new HashMap<>();
        Map<String, Integer> rowsPerQuote = new HashMap<>();
        for (CSVRecord r : RunCommandTest.csv(out.resolve("csv").resolve("quotes.csv"))) {
            rowsPerQuote.merge(r.get("quote"), 1, Integer::sum);
            if (r.get("present").equals("yes")) {
                present.computeIfAbsent(r.get("quote"), k -> new HashSet<>()).add(r.get("outlet"));
            } else {
                assertEquals("dropped", r.get("kept"));
            }
        }
        rowsPerQuote.values().forEach(n -> assertEquals(3, n, "one row per outlet"));
        assertTrue(present.values().stream().filter(s -> s.size() >= 2).count() >= 3,
                "the three outlets share several quotations: " + present);
    }

    @Test
    void aStoryWithOneOutletSaysWhyItHasNoAlignment() throws IOException {
        Path story = Files.createDirectories(dir.resolve("solo"));
        Files.writeString(story.resolve("wire.txt"), "Talks Stall\n\n\"We are not leaving,\" Jane Roe said.\n");
        Path out = dir.resolve("out1");
        RunCommandTest.Outcome o = RunCommandTest.run("run", story.toString(), "-o", out.toString(), "-q");
        assertEquals(0, o.exit(), o.err());
        try (XSSFWorkbook wb = workbook(out)) {
            List<List<String>> rows = rows(wb.getSheet("Alignment"));
            assertEquals(1, rows.size());
            assertEquals("solo", rows.get(0).get(0));
            assertTrue(rows.get(0).get(1).contains("only one outlet"), rows.get(0).toString());
        }
        assertEquals(0, RunCommandTest.csv(out.resolve("csv").resolve("quotes.csv")).size(),
                "nothing to compare: no quote rows, the Alignment sheet says why");
    }
}
