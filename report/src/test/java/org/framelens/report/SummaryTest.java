package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;
import org.framelens.model.Lexicon;
import org.framelens.model.RunInfo;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.framelens.model.SpeakerType;
import org.framelens.model.Tag;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;
import org.framelens.model.profile.CorpusProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {
    @TempDir
    Path dir;

    static final Lexicon LEXICON = new Lexicon(List.of("threat"), List.of("economy", "labour"),
            Map.of("say", new Lexicon.CueSense("neutral", ""), "claim", new Lexicon.CueSense("loaded", "doubt")),
            Map.of("Jo Roe", "Labour Party"));

    /** A small article: headline, a quoted claim, a narrator sentence; the labels vary with {@code n}. */
    static AnalyzedArticle article(String story, String outlet, int n) {
        List<TaggedSentence> rows = new ArrayList<>();
        String[] texts = {"Union Doubts The Offer", "\"It must end by Friday,\" Jo Roe claimed.", "Talks go on."};
        int at = 0;
        for (int i = 0; i < texts.length; i++) {
            Sentence s = new Sentence(i, new Span(at, at + texts[i].length()), i == 0 ? Kind.HEADLINE : Kind.BODY, i, texts[i]);
            at += texts[i].length() + 1;
            Voice v = i == 1 ? new Voice("Jo Roe", SpeakerType.PERSON, Attribution.DIRECT, n % 2 == 0 ? "claim" : "say", "")
                    : Voice.NARRATOR;
            List<Tag> stances = i == 0 ? List.of(new Tag("skepticism", "Doubts"))
                    : i == 1 && n % 3 != 0 ? List.of(new Tag("condition", "must…by")) : List.of();
            rows.add(new TaggedSentence(story, outlet, s, v, stances,
                    i == 1 ? List.of(new Tag("labour", "union")) : List.of()));
        }
        return new AnalyzedArticle(new Article(story, outlet, outlet + ".txt", "0", String.join(" ", texts)), rows);
    }

    static CorpusProfile story(String story, String... outlets) {
        CorpusProfile.Builder b = new CorpusProfile.Builder();
        for (int i = 0; i < outlets.length; i++) {
            b.add(article(story, outlets[i], story.length() + i));
        }
        return b.build();
    }

    @Test
    void aStoryIsAddedOnceAndWhole() throws IOException {
        try (Summary s = new Summary(dir, LEXICON)) {
            s.addStory(story("a", "wire"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.addStory(story("a", "daily")));
            assertTrue(e.getMessage().contains("'a'"), e.getMessage());
            assertEquals(1, s.stories());
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "the temporary file is deleted on close");
        }
    }

    @Test
    void storiesAreFoldedPerOutletAcrossStories() throws IOException {
        try (Summary s = new Summary(dir, LEXICON)) {
            s.addStory(story("a", "wire", "daily"));
            s.addStory(story("bb", "wire"));
            assertEquals(2, s.acrossStories().get("wire").articles());
            assertEquals(1, s.acrossStories().get("daily").articles());
            assertEquals(6, s.acrossStories().get("wire").sentences());
        }
    }

    @Test
    void completeMeasuresHaveTheSameRowsForEveryStoryAndOutlet() throws IOException {
        Path out = dir.resolve("out");
        try (Summary s = new Summary(out, LEXICON); ReportWorkbook wb = new ReportWorkbook()) {
            s.addStory(story("a", "wire", "daily"));
            s.addStory(story("bbb", "wire", "blog"));
            s.finish(wb);
        }
        Set<String> complete = Set.of(Measures.STANCE, Measures.STANCE_VOICE, Measures.STANCE_FIRST_POSITION,
                Measures.CONCESSION_DIRECTION, Measures.TOPIC, Measures.ATTRIBUTION, Measures.ATTRIBUTION_WORDS,
                Measures.SPEAKER_TYPE, Measures.REPORTING_CUE_CONNOTATION, Measures.TOTALS);
        Map<String, Set<String>> keys = new HashMap<>();
        for (CSVRecord r : csv(out.resolve("csv/measures.csv"))) {
            if (complete.contains(r.get("measure"))) {
                keys.computeIfAbsent(r.get("story") + "/" + r.get("outlet"), k -> new TreeSet<>())
                        .add(r.get("measure") + "|" + r.get("label") + "|" + r.get("detail"));
            }
        }
        assertEquals(Set.of("a/daily", "a/wire", "bbb/blog", "bbb/wire"), keys.keySet());
        Set<String> first = keys.values().iterator().next();
        keys.values().forEach(k -> assertEquals(first, k));
        // the codebook's labels are listed even where nothing carries them
        assertTrue(first.contains("stance|threat|"));
        assertTrue(first.contains("topic|economy|"));
        assertTrue(first.contains("reporting_cue_connotation|loaded|"));
    }

    @Test
    void summarySheetsStopWithANoteAtTheRowLimitAndTheCsvKeepsEveryStory() throws IOException {
        Path out = dir.resolve("out");
        Path file = out.resolve("r.xlsx");
        try (Summary s = new Summary(out, LEXICON, 1); ReportWorkbook wb = new ReportWorkbook(800)) {
            for (int i = 0; i < 20; i++) {
                s.addStory(story("story-" + (char) ('a' + i), "wire", "daily"));
            }
            s.finish(wb);
            wb.finish(new RunInfo("framelens", "1", Instant.EPOCH, List.of(), List.of(), List.of()));
            wb.save(file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String sheet : SummarySheets.ORDER) {
                assertTrue(wb.getSheet(sheet).getLastRowNum() < 800, sheet + " stays under the limit");
            }
            for (String sheet : List.of("Overview", "Framing")) {
                List<String> cells = new ArrayList<>();
                wb.getSheet(sheet).forEach(r -> r.forEach(c -> cells.add(c.toString())));
                assertTrue(cells.stream().anyMatch(c -> c.startsWith("The workbook's row limit is reached")), sheet);
                assertTrue(cells.contains("Story: story-a"), sheet + " has the first stories");
                assertFalse(cells.contains("Story: story-t"), sheet + " stops before the last");
            }
        }
        Set<String> stories = new TreeSet<>();
        csv(out.resolve("csv/measures.csv")).forEach(r -> stories.add(r.get("story")));
        assertEquals(20, stories.size(), "the CSV export has every story");
    }

    @Test
    void chartsAreDrawnForTheRunAndForEachOfTheFirstStories() throws IOException {
        Path out = dir.resolve("out");
        try (Summary s = new Summary(out, LEXICON, 2); ReportWorkbook wb = new ReportWorkbook()) {
            for (int i = 0; i < 4; i++) {
                s.addStory(story("s/" + i, "wire", "daily"));
            }
            s.finish(wb);
        }
        for (ChartKind k : ChartKind.values()) {
            assertTrue(Files.size(out.resolve("charts").resolve(k.file())) > 10_000, k.file());
            assertTrue(Files.exists(out.resolve("charts/stories/s_0").resolve(k.file())), "story folder name is made safe");
        }
        try (Stream<Path> folders = Files.list(out.resolve("charts/stories"))) {
            assertEquals(2, folders.count(), "only the first stories get charts of their own");
        }
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser p = CSVParser.builder().setReader(Files.newBufferedReader(file))
                .setFormat(SentencesCsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords();
        }
    }
}
