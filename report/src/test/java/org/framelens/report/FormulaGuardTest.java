package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
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
import org.framelens.model.align.StoryAlignment;
import org.framelens.model.align.UniqueSentence;
import org.framelens.model.profile.CorpusProfile;
import org.framelens.report.align.AlignmentTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that would run as formulas are neutralised in every CSV file and every workbook cell we
 * write, and nothing else changes: checked by writing the files and reading them back.
 */
class FormulaGuardTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tnext", "\rline", "=", "-", "- a list item",
            "+44 20 7946 0000", "-0.25 (minus a quarter)"})
    void formulaLikeTextIsRisky(String value) {
        assertTrue(FormulaGuard.risky(value), value);
        assertEquals("'" + value, FormulaGuard.csv(value));
        assertEquals("'" + value, FormulaGuard.csv((Object) value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Plain text", " =not first", "'quoted' text", "a=b", "-0.25", "+44", "-3", "1e5", "-.5",
            "\u2212minus sign", "\uFF1Dfull-width equals"})
    void otherValuesAndPlainNumbersAreLeftAlone(String value) {
        assertFalse(FormulaGuard.risky(value), value);
        assertEquals(value, FormulaGuard.csv(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1", "'=1", "''=1", "'", "''", "'A quote', she said", "'-5", "-5", "'x", "", "=", "'@x'"})
    void theRuleCanBeUndoneWithoutDoubt(String value) {
        String written = FormulaGuard.csv(value);
        assertEquals(value, FormulaGuard.fromCsv(written), written);
        assertFalse(FormulaGuard.risky(written), written);
        assertEquals(FormulaGuard.risky(value.replaceFirst("^'+", "")), !written.equals(value),
                "one apostrophe more exactly when a formula follows the apostrophes: " + written);
    }

    @Test
    void numbersAndNullPassUnchanged() {
        assertEquals(-3, FormulaGuard.csv((Object) Integer.valueOf(-3)));
        assertEquals(-0.25, FormulaGuard.csv((Object) Double.valueOf(-0.25)));
        assertEquals(null, FormulaGuard.csv((Object) null));
        assertFalse(FormulaGuard.risky(null));
    }

    private static final String OUTLET = "=outlet";
    private static final String SPEAKER = "@Speaker";
    private static final String[] TEXTS = {"=HYPERLINK(\"http://x.example\",\"click\")", "+1 more said.", "-2+3 it said.",
            "Normal sentence."};

    private static AnalyzedArticle article() {
        List<TaggedSentence> rows = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < TEXTS.length; i++) {
            Sentence s = new Sentence(i, new Span(at, at + TEXTS[i].length()), i == 0 ? Kind.HEADLINE : Kind.BODY, i, TEXTS[i]);
            at += TEXTS[i].length() + 1;
            Voice v = i == 1 ? new Voice(SPEAKER, SpeakerType.PERSON, Attribution.REPORTED, "say", "speaker=@Speaker said")
                    : Voice.NARRATOR;
            rows.add(new TaggedSentence("-story", OUTLET, s, v, i == 2 ? List.of(new Tag("threat", "-2+3")) : List.of(),
                    List.of()));
        }
        return new AnalyzedArticle(new Article("-story", OUTLET, "in.txt", "0", String.join(" ", TEXTS)), rows);
    }

    @Test
    void everyCsvFileNeutralisesTextAndKeepsNumbers() throws IOException {
        AnalyzedArticle a = article();
        try (SentencesCsvWriter csv = SentencesCsvWriter.open(dir.resolve("sentences.csv"))) {
            csv.write(a);
        }
        try (Summary summary = new Summary(dir, SummaryTest.LEXICON); ReportWorkbook wb = new ReportWorkbook()) {
            CorpusProfile.Builder b = new CorpusProfile.Builder();
            b.add(a);
            summary.addStory(b.build());
            summary.finish(wb);
        }
        try (AlignmentCsv alignment = new AlignmentCsv(dir.resolve("csv"))) {
            StoryAlignment story = new StoryAlignment("-story", List.of(OUTLET), List.of(), List.of(),
                    List.of(new UniqueSentence(OUTLET, 0, "headline", TEXTS[0], SPEAKER, "", "", "")), List.of(), List.of(),
                    "");
            alignment.write(AlignmentTables.rows(story, List.of(a)));
        }

        List<CSVRecord> sentences = read(dir.resolve("sentences.csv"));
        assertEquals(TEXTS.length, sentences.size());
        for (int i = 0; i < TEXTS.length; i++) {
            CSVRecord r = sentences.get(i);
            assertEquals(FormulaGuard.risky(TEXTS[i]) ? "'" + TEXTS[i] : TEXTS[i], r.get("text"));
            assertEquals("'-story", r.get("story"));
            assertEquals("'=outlet", r.get("outlet"));
            // numbers untouched: the offsets still index the source, so the exact text is recoverable
            String source = a.article().text();
            assertEquals(TEXTS[i], source.substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))));
        }
        assertEquals("'@Speaker", sentences.get(1).get("speaker"));

        List<CSVRecord> measures = read(dir.resolve("csv").resolve(MeasuresCsvWriter.PER_STORY));
        assertFalse(measures.isEmpty());
        for (CSVRecord r : measures) {
            assertEquals("'-story", r.get("story"));
            assertEquals("'=outlet", r.get("outlet"));
            for (String numeric : List.of("count", "base", "share", "per_1000_words")) {
                assertFalse(r.get(numeric).startsWith("'"), numeric + " of " + r);
                if (!r.get(numeric).isEmpty()) {
                    Double.parseDouble(r.get(numeric)); // still a plain number
                }
            }
            assertFalse(FormulaGuard.risky(r.get("label")) || FormulaGuard.risky(r.get("detail")), r.toString());
        }
        assertTrue(measures.stream().anyMatch(r -> r.get("label").equals("'@Speaker")), "speaker labels are guarded");
        assertTrue(read(dir.resolve("csv").resolve(MeasuresCsvWriter.ALL_STORIES)).stream()
                .allMatch(r -> r.get("outlet").equals("'=outlet")));

        CSVRecord unique = read(dir.resolve("csv").resolve("unique_content.csv")).get(0);
        assertEquals("'" + TEXTS[0], unique.get("text"));
        assertEquals("'=outlet", unique.get("outlet"));
        assertEquals("0", unique.get("sentence"));
    }

    @Test
    void workbookCellsKeepTheirTextAndAreQuotePrefixedNeverFormulas() throws IOException {
        Path file = dir.resolve("r.xlsx");
        try (Summary summary = new Summary(dir, SummaryTest.LEXICON); ReportWorkbook wb = new ReportWorkbook()) {
            AnalyzedArticle a = article();
            wb.add(a);
            CorpusProfile.Builder b = new CorpusProfile.Builder();
            b.add(a);
            summary.addStory(b.build());
            summary.finish(wb);
            wb.finish(new RunInfo("framelens", "1", Instant.EPOCH,
                    List.of(new RunInfo.Input("-story", OUTLET, "=in.txt", "abc", "ok")), List.of(),
                    List.of(new Problem(Problem.Severity.WARNING, "=in.txt", "-odd"))));
            wb.save(file);
        }
        int guarded = 0;
        int plain = 0;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (Cell c : row) {
                        assertNotEquals(CellType.FORMULA, c.getCellType(), sheet.getSheetName() + "!" + c.getAddress());
                        if (c.getCellType() != CellType.STRING) {
                            continue;
                        }
                        boolean risky = FormulaGuard.risky(c.getStringCellValue());
                        assertEquals(risky, c.getCellStyle().getQuotePrefixed(),
                                sheet.getSheetName() + "!" + c.getAddress() + " " + c.getStringCellValue());
                        guarded += risky ? 1 : 0;
                        plain += risky ? 0 : 1;
                    }
                }
            }
            var sentences = wb.getSheet("Sentences");
            assertEquals(TEXTS[0], sentences.getRow(1).getCell(SentenceColumn.TEXT.ordinal()).getStringCellValue(),
                    "the content is unchanged: no apostrophe in the cell");
            assertEquals(OUTLET, sentences.getRow(1).getCell(SentenceColumn.OUTLET.ordinal()).getStringCellValue());
            assertTrue(sentences.getRow(1).getCell(SentenceColumn.TEXT.ordinal()).getCellStyle().getWrapText(),
                    "the quoted twin keeps the column's style");
        }
        assertTrue(guarded >= 3 * TEXTS.length, "ids and texts in several sheets: " + guarded);
        assertTrue(plain > 0);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r)
                     .setFormat(SentencesCsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords();
        }
    }
}
