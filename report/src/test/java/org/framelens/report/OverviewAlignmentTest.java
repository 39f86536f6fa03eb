package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;
import org.framelens.model.RunInfo;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.framelens.model.TaggedSentence;
import org.framelens.model.align.MatchType;
import org.framelens.model.align.PairShare;
import org.framelens.model.align.Place;
import org.framelens.model.align.QuoteCluster;
import org.framelens.model.align.QuoteVersion;
import org.framelens.model.align.SentencePair;
import org.framelens.model.align.StoryAlignment;
import org.framelens.model.align.UniqueSentence;
import org.framelens.model.profile.CorpusProfile;
import org.framelens.report.align.AlignmentTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Overview's alignment block, read back with POI and checked against figures worked out by
 * hand on three small stories: three outlets, two outlets, and one outlet. The alignments are
 * written by hand too (the aligner is tested in {@code extract}); what is tested here is what the
 * report makes of them.
 *
 * <pre>
 * story "trio": wire 4 sentences, daily 3, blog 2
 *   pairs  wire:1-daily:1 same quote (Q1)   wire:1-blog:1 same quote (Q1)   daily:1-blog:1 same quote (Q1)
 *          wire:2-daily:2 same quote (Q4)   wire:0-daily:0 paraphrase
 *   quotes Q1 wire, daily, blog · Q2 wire only · Q3 daily only · Q4 wire, daily
 *   unique wire:3, blog:0
 *   shared wire→daily 3/4 = 75%   daily→wire 3/3 = 100%   wire→blog 1/4 = 25%
 *          blog→wire 1/2 = 50%    daily→blog 1/3 = 33%    blog→daily 1/2 = 50%
 *   quotes carried wire 3, daily 3, blog 1 · only this outlet wire 1, daily 1, blog 0 · all three 1
 * story "duo": wire 2 sentences, daily 4
 *   pairs  wire:1-daily:0 paraphrase; quotes Q1 wire only, Q2 daily only; unique wire:0, daily:1,2,3
 *   shared wire→daily 1/2 = 50%   daily→wire 1/4 = 25%
 *   quotes carried 1, 1 · only this outlet 1, 1 · both 0
 * story "solo": zine alone — one outlet: nothing to compare
 * all stories (2 compared): wire→daily 4/6, daily→wire 4/7, the blog pairs as in "trio";
 *   carried wire 4, daily 4, blog 1 · only wire 2, daily 2, blog 0 · every outlet 1 · unique 2, 3, 1
 * </pre>
 */
class OverviewAlignmentTest {
    @TempDir
    Path dir;

    static final String BLOCK = "What the outlets share: content and quotes";

    /** An article of {@code n} counted sentences (a headline, then body sentences). */
    static AnalyzedArticle article(String story, String outlet, int n) {
        List<TaggedSentence> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String t = "Sentence " + i + " of " + outlet + ".";
            Sentence s = new Sentence(i, new Span(text.length(), text.length() + t.length()),
                    i == 0 ? Kind.HEADLINE : Kind.BODY, i, t);
            text.append(t).append('\n');
            rows.add(TaggedSentence.untagged(story, outlet, s));
        }
        return new AnalyzedArticle(new Article(story, outlet, outlet + ".txt", "0", text.toString()), rows);
    }

    static QuoteVersion version(String outlet, int sentence) {
        return new QuoteVersion(outlet, List.of(sentence), "a quoted line here", 4, "Jo Roe", "say",
                Attribution.DIRECT, Place.LATER, 0.5, true, List.of(new Span(0, 1)));
    }

    static QuoteCluster quote(int id, QuoteVersion... versions) {
        return new QuoteCluster(id, "a quoted line here", "Jo Roe", List.of(versions));
    }

    static SentencePair pair(String a, int sa, String b, int sb, MatchType type) {
        return new SentencePair(a, sa, b, sb, type, 0.9, "evidence");
    }

    static UniqueSentence unique(String outlet, int sentence) {
        return new UniqueSentence(outlet, sentence, "body", "x", "OUTLET", "", "", "");
    }

    static StoryAlignment trio() {
        return new StoryAlignment("trio", List.of("wire", "daily", "blog"),
                List.of(pair("wire", 1, "daily", 1, MatchType.SAME_QUOTE), pair("wire", 1, "blog", 1, MatchType.SAME_QUOTE),
                        pair("daily", 1, "blog", 1, MatchType.SAME_QUOTE), pair("wire", 2, "daily", 2, MatchType.SAME_QUOTE),
                        pair("wire", 0, "daily", 0, MatchType.PARAPHRASE)),
                List.of(quote(1, version("wire", 1), version("daily", 1), version("blog", 1)),
                        quote(2, version("wire", 3)), quote(3, version("daily", 2)),
                        quote(4, version("wire", 2), version("daily", 2))),
                List.of(unique("wire", 3), unique("blog", 0)), List.of(),
                List.of(new PairShare("wire", "daily", 4, 2, 1), new PairShare("wire", "blog", 4, 1, 0),
                        new PairShare("daily", "wire", 3, 2, 1), new PairShare("daily", "blog", 3, 1, 0),
                        new PairShare("blog", "wire", 2, 1, 0), new PairShare("blog", "daily", 2, 1, 0)),
                "");
    }

    static StoryAlignment duo() {
        return new StoryAlignment("duo", List.of("wire", "daily"),
                List.of(pair("wire", 1, "daily", 0, MatchType.PARAPHRASE)),
                List.of(quote(1, version("wire", 0)), quote(2, version("daily", 2))),
                List.of(unique("wire", 0), unique("daily", 1), unique("daily", 2), unique("daily", 3)), List.of(),
                List.of(new PairShare("wire", "daily", 2, 0, 1), new PairShare("daily", "wire", 4, 0, 1)), "");
    }

    static StoryAlignment solo() {
        return StoryAlignment.notAligned("solo", List.of("zine"), "only one outlet carries this story");
    }

    /** Writes the three stories as a run does: articles, profiles, alignment; then the summary. */
    Path write(List<StoryAlignment> stories, Map<String, Integer> sizes) throws IOException {
        Path out = dir.resolve("out");
        Path file = out.resolve("report.xlsx");
        try (Summary summary = new Summary(out, SummaryTest.LEXICON, 0); ReportWorkbook wb = new ReportWorkbook();
             AlignmentCsv csv = new AlignmentCsv(out.resolve("csv"))) {
            for (StoryAlignment a : stories) {
                List<AnalyzedArticle> articles = new ArrayList<>();
                CorpusProfile.Builder profile = new CorpusProfile.Builder();
                for (String outlet : a.outlets()) {
                    AnalyzedArticle art = article(a.story(), outlet, sizes.getOrDefault(a.story() + "/" + outlet, 3));
                    articles.add(art);
                    wb.add(art);
                    profile.add(art);
                }
                summary.addStory(profile.build());
                AlignmentTables.Rows rows = AlignmentTables.rows(a, articles);
                wb.addAlignment(a, rows);
                csv.write(rows);
            }
            summary.finish(wb);
            wb.finish(new RunInfo("framelens", "1", Instant.EPOCH, List.of(), List.of(), List.of()));
            wb.save(file);
        }
        return out;
    }

    static final Map<String, Integer> SIZES = Map.of("trio/wire", 4, "trio/daily", 3, "trio/blog", 2,
            "duo/wire", 2, "duo/daily", 4, "solo/zine", 3);

    @Test
    void overviewShowsSharedContentAndQuoteCountsWorkedOutByHand() throws IOException {
        Path out = write(List.of(trio(), duo(), solo()), SIZES);
        try (XSSFWorkbook wb = open(out)) {
            XSSFSheet ov = wb.getSheet("Overview");

            Block trio = new Block(ov, "Story: trio");
            Map<String, Integer> c = trio.columns(trio.find("Shared content: % of the left outlet's sentences the outlet above also carried"));
            assertEquals(0.75, trio.num("wire (4 sentences)", c.get("daily")), 1e-12);
            assertEquals(0.25, trio.num("wire (4 sentences)", c.get("blog")), 1e-12);
            assertEquals(1.00, trio.num("daily (3 sentences)", c.get("wire")), 1e-12);
            assertEquals(1 / 3.0, trio.num("daily (3 sentences)", c.get("blog")), 1e-12);
            assertEquals(0.50, trio.num("blog (2 sentences)", c.get("wire")), 1e-12);
            assertEquals(0.50, trio.num("blog (2 sentences)", c.get("daily")), 1e-12);
            assertEquals("\u2013", trio.text("wire (4 sentences)", c.get("wire")), "no share with itself");
            assertEquals("33%", trio.shown("daily (3 sentences)", c.get("blog")), "whole percentages");
            assertEquals("100%", trio.shown("daily (3 sentences)", c.get("wire")));
            Map<String, Integer> q = trio.columns(trio.find("Quotes (quotations of three words or more)"));
            assertEquals(q, c, "the quote rows use the same outlet columns");
            assertCounts(trio, "Quotes carried, of 4 in the story", q, Map.of("wire", 3, "daily", 3, "blog", 1));
            assertCounts(trio, "Quotes only this outlet kept", q, Map.of("wire", 1, "daily", 1, "blog", 0));
            assertEquals(1, trio.num("Quotes all 3 outlets carried", 1), 1e-12);
            assertCounts(trio, "Sentences no other outlet carried (unique content)", q,
                    Map.of("wire", 1, "daily", 0, "blog", 1));

            Block duo = new Block(ov, "Story: duo");
            Map<String, Integer> d = duo.columns(duo.find("Shared content: % of the left outlet's sentences the outlet above also carried"));
            assertEquals(0.50, duo.num("wire (2 sentences)", d.get("daily")), 1e-12);
            assertEquals(0.25, duo.num("daily (4 sentences)", d.get("wire")), 1e-12);
            assertCounts(duo, "Quotes carried, of 2 in the story", d, Map.of("wire", 1, "daily", 1));
            assertCounts(duo, "Quotes only this outlet kept", d, Map.of("wire", 1, "daily", 1));
            assertEquals(0, duo.num("Quotes both outlets carried", 1), 1e-12);

            Block solo = new Block(ov, "Story: solo");
            int h = solo.find(BLOCK);
            assertEquals("One outlet: nothing to compare.", solo.cell(h + 1, 0).getStringCellValue());
            assertFalse(solo.has("Quotes only this outlet kept"), "no figures for a story with one outlet");

            Block all = new Block(ov, "All 3 stories, per outlet");
            int n = all.find(BLOCK);
            assertTrue(all.cell(n + 1, 0).getStringCellValue().startsWith("Summed over the 2 of 3 stories with two outlets or more"),
                    all.cell(n + 1, 0).getStringCellValue());
            Map<String, Integer> a = all.columns(all.find("Shared content: % of the left outlet's sentences the outlet above also carried"));
            assertEquals(4 / 6.0, all.num("wire", a.get("daily")), 1e-12);
            assertEquals(4 / 7.0, all.num("daily", a.get("wire")), 1e-12);
            assertEquals(0.25, all.num("wire", a.get("blog")), 1e-12);
            assertEquals(0.50, all.num("blog", a.get("daily")), 1e-12);
            assertEquals("\u2013", all.text("zine", a.get("wire")), "an outlet that shared no story has no share");
            assertEquals("\u2013", all.text("wire", a.get("zine")));
            assertCounts(all, "Quotes carried (in the stories it covered)", a, Map.of("wire", 4, "daily", 4, "blog", 1));
            assertCounts(all, "Quotes only this outlet kept", a, Map.of("wire", 2, "daily", 2, "blog", 0));
            assertEquals("\u2013", all.text("Quotes only this outlet kept", a.get("zine")));
            assertEquals(1, all.num("Quotes every outlet of their story carried", 1), 1e-12);
            assertCounts(all, "Sentences no other outlet carried (unique content)", a,
                    Map.of("wire", 2, "daily", 3, "blog", 1));

            // the same figures, one row per story × outlet, in the Outlet summary sheet and its CSV
            XSSFSheet sheet = wb.getSheet("Outlet summary");
            assertNotNull(sheet);
            assertEquals(5, sheet.getLastRowNum(), "a header and one row per outlet of the compared stories");
        }
        List<CSVRecord> rows = SummaryTest.csv(out.resolve("csv/outlet_summary.csv"));
        Map<String, String> got = new HashMap<>();
        for (CSVRecord r : rows) {
            got.put(r.get("story") + "/" + r.get("outlet"), String.join(",", r.get("outlets"), r.get("sentences"),
                    r.get("unique_sentences"), r.get("story_quotes"), r.get("quotes_carried"), r.get("quotes_only_here"),
                    r.get("quotes_all_outlets")));
        }
        assertEquals(Map.of("trio/wire", "3,4,1,4,3,1,1", "trio/daily", "3,3,0,4,3,1,1", "trio/blog", "3,2,1,4,1,0,1",
                "duo/wire", "2,2,1,2,1,1,0", "duo/daily", "2,4,3,2,1,1,0"), got);
        assertEquals(List.of("trio", "trio", "trio", "duo", "duo"), rows.stream().map(r -> r.get("story")).toList(),
                "stories in input order, outlets in story order");
    }

    @Test
    void storiesPastTheFirstOnesPointToTheFullTables() throws IOException {
        List<StoryAlignment> stories = new ArrayList<>();
        for (int i = 0; i <= AlignmentSummaries.OVERVIEW_STORIES; i++) {
            stories.add(rename(duo(), String.format(java.util.Locale.ROOT, "s%03d", i)));
        }
        Map<String, Integer> sizes = new HashMap<>();
        stories.forEach(s -> {
            sizes.put(s.story() + "/wire", 2);
            sizes.put(s.story() + "/daily", 4);
        });
        Path out = write(stories, sizes);
        String last = String.format(java.util.Locale.ROOT, "s%03d", AlignmentSummaries.OVERVIEW_STORIES);
        try (XSSFWorkbook wb = open(out)) {
            XSSFSheet ov = wb.getSheet("Overview");
            Block first = new Block(ov, "Story: s000");
            assertEquals(0.25, first.num("daily (4 sentences)", first.columns(first.find(
                    "Shared content: % of the left outlet's sentences the outlet above also carried")).get("wire")), 1e-12);
            Block past = new Block(ov, "Story: " + last);
            int h = past.find(BLOCK);
            String note = past.cell(h + 1, 0).getStringCellValue();
            assertTrue(note.contains("first " + AlignmentSummaries.OVERVIEW_STORIES + " stories")
                    && note.contains("csv/outlet_summary.csv"), note);
            assertFalse(past.has("Quotes only this outlet kept"));
            Block all = new Block(ov, "All " + stories.size() + " stories, per outlet");
            Map<String, Integer> a = all.columns(all.find(
                    "Shared content: % of the left outlet's sentences the outlet above also carried"));
            assertEquals(0.25, all.num("daily", a.get("wire")), 1e-12, "every story is in the run's figures");
            assertEquals(stories.size(), all.num("Quotes only this outlet kept", a.get("wire")), 1e-12);
        }
        assertEquals(2 * stories.size(), SummaryTest.csv(out.resolve("csv/outlet_summary.csv")).size(),
                "the CSV has every story");
    }

    private static StoryAlignment rename(StoryAlignment a, String story) {
        return new StoryAlignment(story, a.outlets(), a.pairs(), a.quotes(), a.unique(), a.wording(), a.shares(), a.note());
    }

    private static void assertCounts(Block b, String label, Map<String, Integer> cols, Map<String, Integer> want) {
        want.forEach((outlet, n) -> assertEquals(n, b.num(label, cols.get(outlet)), 1e-12, label + " " + outlet));
    }

    private static XSSFWorkbook open(Path out) throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    /** One section of the Overview (from its title to the next section title), read with POI. */
    static final class Block {
        final XSSFSheet sheet;
        final int start;
        final int end;

        Block(XSSFSheet sheet, String title) {
            this.sheet = sheet;
            int s = -1;
            int e = sheet.getLastRowNum() + 1;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                String t = first(r);
                if (title.equals(t)) {
                    s = r;
                } else if (s >= 0 && t != null && (t.startsWith("Story: ") || t.startsWith("All "))) {
                    e = r;
                    break;
                }
            }
            assertTrue(s >= 0, "a block '" + title + "'");
            this.start = s;
            this.end = e;
        }

        private String first(int r) {
            Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(0);
            return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
        }

        boolean has(String label) {
            for (int r = start; r < end; r++) {
                if (label.equals(first(r))) {
                    return true;
                }
            }
            return false;
        }

        int find(String label) {
            for (int r = start; r < end; r++) {
                if (label.equals(first(r))) {
                    return r;
                }
            }
            throw new AssertionError("no row '" + label + "' in the block at row " + (start + 1));
        }

        Map<String, Integer> columns(int header) {
            Map<String, Integer> out = new HashMap<>();
            for (Cell c : sheet.getRow(header)) {
                if (c.getColumnIndex() > 0 && c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                    out.put(c.getStringCellValue(), c.getColumnIndex());
                }
            }
            return out;
        }

        Cell cell(int r, int c) {
            Row row = sheet.getRow(r);
            assertNotNull(row, "row " + (r + 1));
            Cell cell = row.getCell(c);
            assertNotNull(cell, "cell " + (r + 1) + "," + c);
            return cell;
        }

        double num(String label, int col) {
            Cell c = cell(find(label), col);
            assertEquals(CellType.NUMERIC, c.getCellType(), label + " col " + col + ": " + c);
            return c.getNumericCellValue();
        }

        String text(String label, int col) {
            return cell(find(label), col).getStringCellValue();
        }

        String shown(String label, int col) {
            return new DataFormatter(java.util.Locale.ROOT).formatCellValue(cell(find(label), col));
        }
    }
}
