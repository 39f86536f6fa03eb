package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;
import org.framelens.model.Problem;
import org.framelens.model.RunInfo;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.framelens.model.SpeakerType;
import org.framelens.model.Tag;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {
    @TempDir
    Path dir;

    private static TaggedSentence row(int i, String text) {
        Sentence s = new Sentence(i, new Span(100 * i, 100 * i + text.length()), i == 0 ? Kind.HEADLINE : Kind.BODY, i, text);
        if (i % 2 == 1) {
            return new TaggedSentence("story-a", "wire", s,
                    new Voice("Jane Roe", SpeakerType.PERSON, Attribution.DIRECT, "say", "said"),
                    List.of(new Tag("skepticism", "doubt"), new Tag("concession", "", "refused")),
                    List.of(new Tag("economy", "budget")));
        }
        return TaggedSentence.untagged("story-a", "wire", s);
    }

    @Test
    void csvHasTheContractColumnsInOrderAndRoundTrips() throws IOException {
        StringWriter out = new StringWriter();
        List<TaggedSentence> rows = List.of(row(0, "A \"quoted\", headline"), row(1, "Line one,\nline two."));
        try (SentencesCsvWriter w = new SentencesCsvWriter(out)) {
            for (TaggedSentence r : rows) {
                w.write(r);
            }
        }
        List<CSVRecord> records;
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(out.toString()))
                .setFormat(SentencesCsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertEquals(List.of("story", "outlet", "sentence", "start", "end", "kind", "text", "speaker", "speaker_type",
                    "attribution", "cue", "stances", "topics", "evidence", "concession_direction"),
                    p.getHeaderNames().subList(0, 15));
            records = p.getRecords();
        }
        assertEquals(2, records.size());
        assertEquals("A \"quoted\", headline", records.get(0).get("text"));
        assertEquals("OUTLET", records.get(0).get("speaker"));
        assertEquals("narrator", records.get(0).get("attribution"));
        assertEquals("", records.get(0).get("stances"));
        assertEquals("Line one,\nline two.", records.get(1).get("text"));
        assertEquals("Jane Roe", records.get(1).get("speaker"));
        assertEquals("skepticism;concession", records.get(1).get("stances"));
        assertEquals("refused", records.get(1).get("concession_direction"));
        assertEquals("", records.get(0).get("concession_direction"));
        assertEquals("speaker=said; skepticism=doubt; economy=budget", records.get(1).get("evidence"));
        assertEquals("100", records.get(1).get("start"));
        assertTrue(!out.toString().contains("\r\n"), "LF line ends");
    }

    @Test
    void workbookHasReadableSentencesAndRunSheets() throws IOException {
        Path file = dir.resolve("r.xlsx");
        try (ReportWorkbook wb = new ReportWorkbook()) {
            wb.add(row(0, "Headline"));
            wb.add(row(1, "Body sentence."));
            wb.finish(new RunInfo("framelens", "9.9", Instant.parse("2026-01-02T03:04:05Z"),
                    List.of(new RunInfo.Input("story-a", "wire", "in/wire.txt", "abc123", "ok")),
                    List.of(new RunInfo.Setting("--output", "out")),
                    List.of(new Problem(Problem.Severity.WARNING, "in/notes.md", "skipped: not an article file"))));
            wb.save(file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Sentences");
            assertNotNull(s);
            assertEquals("text", s.getRow(0).getCell(SentenceColumn.TEXT.ordinal()).getStringCellValue());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertNotNull(s.getCTWorksheet().getAutoFilter(), "autofilter");
            assertTrue(s.getRow(1).getCell(SentenceColumn.TEXT.ordinal()).getCellStyle().getWrapText());
            assertEquals(CellType.NUMERIC, s.getRow(2).getCell(SentenceColumn.START.ordinal()).getCellType());
            assertEquals(100.0, s.getRow(2).getCell(SentenceColumn.START.ordinal()).getNumericCellValue());
            assertEquals("Jane Roe", s.getRow(2).getCell(SentenceColumn.SPEAKER.ordinal()).getStringCellValue());
            assertTrue(s.getColumnWidth(SentenceColumn.TEXT.ordinal()) >= 60 * 256, "text column is wide");

            XSSFSheet run = wb.getSheet("Run");
            List<String> cells = new ArrayList<>();
            run.forEach(r -> r.forEach(c -> cells.add(c.toString())));
            assertTrue(cells.contains("9.9"));
            assertTrue(cells.contains("2026-01-02T03:04:05"));
            assertTrue(cells.contains("abc123"));
            assertTrue(cells.contains("in/notes.md"));
            assertTrue(cells.contains("--output"));
        }
    }

    @Test
    void sentencesContinueOnANewSheetPastTheRowLimitAndLongCellsAreCut() throws IOException {
        Path file = dir.resolve("r.xlsx");
        String huge = "x".repeat(ExcelLimits.MAX_CELL_CHARS + 10);
        try (ReportWorkbook wb = new ReportWorkbook(3)) {
            for (int i = 0; i < 5; i++) {
                wb.add(row(i, i == 4 ? huge : "S" + i));
            }
            wb.finish(new RunInfo("framelens", "1", Instant.EPOCH, List.of(), List.of(), List.of()));
            wb.save(file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertEquals(List.of("Overview", "Framing", "Speakers", "Stances", "Topics", "Attribution verbs",
                    "Alignment", "Quotes", "Unique content", "Wording", "Shared content", "Outlet summary",
                    "Sentences", "Sentences (2)", "Sentences (3)", "Run"), names, "the analyst's order");
            assertEquals("text", wb.getSheet("Sentences (3)").getRow(0).getCell(SentenceColumn.TEXT.ordinal()).getStringCellValue());
            String cut = wb.getSheet("Sentences (3)").getRow(1).getCell(SentenceColumn.TEXT.ordinal()).getStringCellValue();
            assertEquals(ExcelLimits.MAX_CELL_CHARS, cut.length());
            assertTrue(cut.endsWith(ExcelLimits.CUT_MARKER));
        }
    }

    @Test
    void sheetNamesAreMadeLegal() {
        assertEquals("a_b_c_d", ExcelLimits.sheetName("a[b]c/d"));
        assertEquals(31, ExcelLimits.sheetName("x".repeat(40)).length());
        assertEquals("Sheet", ExcelLimits.sheetName("  "));
    }
}
