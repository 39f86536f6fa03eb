package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every count in the workbook's summary sheets and in the CSV exports equals the count recomputed
 * from {@code sentences.csv} by {@link Recount} (which shares no code with the report), on the
 * sample story and on a multi-story corpus generated from fixture articles.
 */
class ReportConsistencyTest {
    static final Path CORPUS = Path.of("..", "extract", "src", "test", "resources", "corpus");
    static final Path CUES = Path.of("..", "extract", "src", "main", "resources", "org", "framelens", "extract",
            "codebook", "default", "reporting_cues.csv");
    static final Path ALIASES = CUES.resolveSibling("speaker_aliases.csv");
    static final String ALL = "(all stories)";

    @TempDir
    static Path dir;

    static Run sample;
    static Run multi;

    /** One run's outputs and its recount. */
    record Run(Path out, Recount recount, XSSFWorkbook wb, Map<List<String>, CSVRecord> perStory,
               Map<List<String>, CSVRecord> allStories) {
    }

    @BeforeAll
    static void runBoth() throws IOException {
        sample = run(RunCommandTest.SAMPLE, dir.resolve("sample-out"));
        multi = run(generateCorpus(dir.resolve("corpus")), dir.resolve("multi-out"));
    }

    /**
     * Four stories recombined from fixture articles, with outlets present in some stories only, so
     * that the across-stories tables merge different subsets.
     */
    static Path generateCorpus(Path root) throws IOException {
        Map<String, Map<String, Path>> plan = new LinkedHashMap<>();
        plan.put("alpha", Map.of("wire", CORPUS.resolve("budget-standoff/wire.txt"),
                "daily", CORPUS.resolve("trade-talks/daily.txt"), "blog", CORPUS.resolve("port-strike/blog.txt")));
        plan.put("beta", Map.of("wire", CORPUS.resolve("election-dispute/wire.txt"),
                "daily", CORPUS.resolve("budget-standoff/daily.txt")));
        plan.put("gamma", Map.of("outlet-000", RunCommandTest.SAMPLE.resolve("outlet-000.txt"),
                "outlet-002", RunCommandTest.SAMPLE.resolve("outlet-002.txt"), "wire", CORPUS.resolve("trade-talks/wire.txt")));
        plan.put("delta", Map.of("blog", CORPUS.resolve("election-dispute/blog.txt"),
                "daily", CORPUS.resolve("port-strike/daily.txt"), "wire", CORPUS.resolve("port-strike/wire.txt")));
        for (var story : plan.entrySet()) {
            Path d = Files.createDirectories(root.resolve(story.getKey()));
            for (var outlet : story.getValue().entrySet()) {
                Files.copy(outlet.getValue(), d.resolve(outlet.getKey() + ".txt"));
            }
        }
        return root;
    }

    static Run run(Path input, Path out) throws IOException {
        RunCommandTest.Outcome o = RunCommandTest.run("run", input.toString(), "-o", out.toString(), "-q");
        assertEquals(0, o.exit(), o.err());
        Recount recount = new Recount(RunCommandTest.csv(out.resolve("sentences.csv")));
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"))) {
            wb = new XSSFWorkbook(in);
        }
        return new Run(out, recount, wb, measures(out.resolve("csv/measures.csv")),
                measures(out.resolve("csv/measures_all_stories.csv")));
    }

    static Map<List<String>, CSVRecord> measures(Path file) throws IOException {
        Map<List<String>, CSVRecord> out = new LinkedHashMap<>();
        for (CSVRecord r : RunCommandTest.csv(file)) {
            List<String> key = List.of(r.get("story"), r.get("outlet"), r.get("measure"), r.get("label"), r.get("detail"));
            assertNull(out.put(key, r), "one row per key: " + key);
        }
        return out;
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void sampleWorkbookAndCsvMatchCountsRecomputedFromSentencesCsv() throws IOException {
        assertEquals(Set.of("putin-guarantee"), sample.recount().byStory.keySet());
        checkAll(sample);
        // the sample's known contrast, as an analyst reads it: outlet-000's narrator adds skepticism
        Recount.Agg a = sample.recount().byStory.get("putin-guarantee").get("outlet-000");
        Recount.Agg b = sample.recount().byStory.get("putin-guarantee").get("outlet-002");
        assertTrue(a.voice("skepticism", "narrator") > b.voice("skepticism", "narrator"));
    }

    @Test
    void generatedMultiStoryRunMatchesCountsRecomputedFromSentencesCsv() throws IOException {
        Recount r = multi.recount();
        assertEquals(Set.of("alpha", "beta", "gamma", "delta"), r.byStory.keySet());
        assertEquals(3, r.byOutlet.get("daily").articles);
        assertEquals(4, r.byOutlet.get("wire").articles);
        assertEquals(2, r.byOutlet.get("blog").articles);
        checkAll(multi);
    }

    @Test
    void chartsAreWrittenAsPngsAndEmbeddedInTheOverview() throws IOException {
        for (String kind : List.of("framing-share", "framing-per-1000-words", "speaker-voice-share", "topics-by-outlet",
                "first-appearance")) {
            for (Path base : List.of(sample.out().resolve("charts"), multi.out().resolve("charts"),
                    multi.out().resolve("charts/stories/gamma"))) {
                BufferedImage img = ImageIO.read(base.resolve(kind + ".png").toFile());
                assertNotNull(img, base + "/" + kind);
                assertEquals(1800, img.getWidth(), "drawn at twice the nominal 900 pixels");
            }
        }
        XSSFDrawing drawing = sample.wb().getSheet("Overview").getDrawingPatriarch();
        assertNotNull(drawing, "charts embedded");
        assertEquals(5, drawing.getShapes().size());
        // multi-story: the five across stories, plus the main chart of each of the four stories
        assertEquals(5 + 4, multi.wb().getSheet("Overview").getDrawingPatriarch().getShapes().size());
    }

    @Test
    void csvExportsAreTheSameBytesForTheSameInput() throws IOException {
        Path again = dir.resolve("multi-again");
        assertEquals(0, RunCommandTest.run("run", dir.resolve("corpus").toString(), "-o", again.toString(), "-q").exit());
        for (String f : List.of("csv/measures.csv", "csv/measures_all_stories.csv", "sentences.csv")) {
            assertArrayEquals(Files.readAllBytes(multi.out().resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        String header = Files.readAllLines(multi.out().resolve("csv/measures.csv"), StandardCharsets.UTF_8).get(0);
        assertEquals("story,outlet,measure,label,detail,count,base,share,per_1000_words", header);
    }

    @Test
    void sheetsComeInTheAnalystsOrderAndEveryFigureFitsItsColumn() {
        for (XSSFWorkbook wb : List.of(sample.wb(), multi.wb())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Overview", "Framing", "Speakers", "Stances", "Topics", "Attribution verbs",
                    "Alignment", "Quotes", "Unique content", "Wording", "Shared content", "Outlet summary", "Sentences",
                    "Run"), names);
            assertEquals(0, wb.getActiveSheetIndex(), "opens on the Overview");
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            for (String sheet : names.subList(0, 6)) {
                XSSFSheet s = wb.getSheet(sheet);
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() != CellType.NUMERIC) {
                            continue;
                        }
                        String shown = fmt.formatCellValue(c);
                        String format = c.getCellStyle().getDataFormatString();
                        assertFalse(format.equals("General"), sheet + "!" + c.getAddress() + " has a number format");
                        // a figure wider than its column is what Excel and LibreOffice show as ####
                        double chars = s.getColumnWidth(c.getColumnIndex()) / 256.0;
                        assertTrue(shown.length() + 1 <= chars, sheet + "!" + c.getAddress() + " '" + shown + "' fits");
                        if (format.contains("%")) {
                            // one decimal, or whole percentages where a decimal would be noise (shared content)
                            assertTrue(shown.matches("\\d+(\\.\\d)?%"), sheet + "!" + c.getAddress() + " reads as a percentage: " + shown);
                        }
                    }
                }
            }
        }
    }

    @Test
    void overviewAlignmentFiguresAgreeWithTheAlignmentQuotesAndUniqueContentSheets() throws IOException {
        for (Run run : List.of(sample, multi)) {
            checkAlignment(run);
        }
    }

    // ------------------------------------------------------------------ alignment figures

    static final String SHARED_HEADER = "Shared content: % of the left outlet's sentences the outlet above also carried";

    /** What the alignment sheets say about one story, recounted row by row. */
    static final class StoryAlignmentCount {
        /** (outlet, other) → the outlet's sentences paired with a sentence of the other (Alignment sheet). */
        final Map<List<String>, Set<Integer>> paired = new HashMap<>();
        /** quote id → the outlets where it is present (Quotes sheet). */
        final Map<String, Set<String>> quotes = new TreeMap<>();
        /** outlet → its rows in the Unique content sheet. */
        final Map<String, Integer> unique = new HashMap<>();

        int shared(String outlet, String other) {
            return paired.getOrDefault(List.of(outlet, other), Set.of()).size();
        }

        int carried(String outlet) {
            return (int) quotes.values().stream().filter(o -> o.contains(outlet)).count();
        }

        int onlyHere(String outlet) {
            return (int) quotes.values().stream().filter(o -> o.equals(Set.of(outlet))).count();
        }

        int all(int outlets) {
            return (int) quotes.values().stream().filter(o -> o.size() == outlets).count();
        }
    }

    /** The rows of an alignment sheet below its header, by column name, as shown. */
    static List<Map<String, String>> sheetRows(XSSFSheet sheet) {
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        Row header = sheet.getRow(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getRowNum() == 0) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (Cell h : header) {
                Cell c = r.getCell(h.getColumnIndex());
                row.put(h.getStringCellValue(), c == null ? "" : fmt.formatCellValue(c));
            }
            out.add(row);
        }
        return out;
    }

    /**
     * The Overview's alignment block of every story and across stories, and csv/outlet_summary.csv,
     * against the Alignment, Quotes and Unique content sheets and the counted sentences of
     * sentences.csv: shared share = the outlet's distinct sentences paired with the other outlet /
     * its counted sentences.
     */
    static void checkAlignment(Run run) throws IOException {
        XSSFWorkbook wb = run.wb();
        Recount r = run.recount();
        Map<String, StoryAlignmentCount> stories = new TreeMap<>();
        for (Map<String, String> row : sheetRows(wb.getSheet("Alignment"))) {
            if (row.get("type").isEmpty()) {
                continue; // a note row: the story had one outlet
            }
            StoryAlignmentCount a = stories.computeIfAbsent(row.get("story"), k -> new StoryAlignmentCount());
            a.paired.computeIfAbsent(List.of(row.get("outlet_a"), row.get("outlet_b")), k -> new TreeSet<>())
                    .add(Integer.parseInt(row.get("sentence_a")));
            a.paired.computeIfAbsent(List.of(row.get("outlet_b"), row.get("outlet_a")), k -> new TreeSet<>())
                    .add(Integer.parseInt(row.get("sentence_b")));
        }
        for (Map<String, String> row : sheetRows(wb.getSheet("Quotes"))) {
            Set<String> present = stories.computeIfAbsent(row.get("story"), k -> new StoryAlignmentCount()).quotes
                    .computeIfAbsent(row.get("quote"), k -> new TreeSet<>());
            if (row.get("present").equals("yes")) {
                present.add(row.get("outlet"));
            }
        }
        for (Map<String, String> row : sheetRows(wb.getSheet("Unique content"))) {
            stories.computeIfAbsent(row.get("story"), k -> new StoryAlignmentCount()).unique
                    .merge(row.get("outlet"), 1, Integer::sum);
        }
        Set<String> titles = new java.util.HashSet<>(); // Grid looks up empty cells (null) too
        r.byStory.keySet().forEach(s -> titles.add("Story: " + s));
        String allTitle = "All " + r.byStory.size() + " stories, per outlet";
        titles.add(allTitle);
        Map<String, CSVRecord> csv = new HashMap<>();
        for (CSVRecord row : RunCommandTest.csv(run.out().resolve("csv/outlet_summary.csv"))) {
            csv.put(row.get("story") + "/" + row.get("outlet"), row);
        }
        // across stories: sums over the stories with two outlets or more
        Map<List<String>, long[]> acrossShare = new HashMap<>();
        Map<String, long[]> acrossOutlet = new HashMap<>();
        long acrossAll = 0;
        int compared = 0;
        for (var e : r.byStory.entrySet()) {
            Map<String, Recount.Agg> outlets = e.getValue();
            Grid g = new Grid(wb.getSheet("Overview"), "Story: " + e.getKey(), titles);
            int block = g.find("What the outlets share: content and quotes", g.start);
            if (outlets.size() < 2) {
                assertEquals("One outlet: nothing to compare.", g.text(block + 1, 0));
                continue;
            }
            compared++;
            StoryAlignmentCount a = stories.getOrDefault(e.getKey(), new StoryAlignmentCount());
            int h = g.find(SHARED_HEADER, block);
            Map<String, Integer> cols = g.outletColumns(h, outlets.keySet());
            for (var o : outlets.entrySet()) {
                int n = o.getValue().sentences;
                int row = g.find(o.getKey() + " (" + n + (n == 1 ? " sentence)" : " sentences)"), h);
                for (String other : outlets.keySet()) {
                    if (other.equals(o.getKey())) {
                        assertEquals("\u2013", g.text(row, cols.get(other)));
                        continue;
                    }
                    assertEquals((double) a.shared(o.getKey(), other) / n, g.num(row, cols.get(other)), 1e-9,
                            e.getKey() + " " + o.getKey() + " → " + other);
                    long[] x = acrossShare.computeIfAbsent(List.of(o.getKey(), other), k -> new long[2]);
                    x[0] += a.shared(o.getKey(), other);
                    x[1] += n;
                }
            }
            int quotesRow = g.find("Quotes carried, of " + a.quotes.size() + " in the story", h);
            int onlyRow = g.find("Quotes only this outlet kept", h);
            int uniqueRow = g.find("Sentences no other outlet carried (unique content)", h);
            String allLabel = outlets.size() == 2 ? "Quotes both outlets carried" : "Quotes all " + outlets.size() + " outlets carried";
            assertEquals((double) a.all(outlets.size()), g.num(g.find(allLabel, h), 1), e.getKey() + " " + allLabel);
            acrossAll += a.all(outlets.size());
            for (String o : outlets.keySet()) {
                int c = cols.get(o);
                assertEquals(a.carried(o), g.num(quotesRow, c), e.getKey() + " quotes carried by " + o);
                assertEquals(a.onlyHere(o), g.num(onlyRow, c), e.getKey() + " quotes only " + o + " kept");
                assertEquals((double) a.unique.getOrDefault(o, 0), g.num(uniqueRow, c), e.getKey() + " unique " + o);
                long[] x = acrossOutlet.computeIfAbsent(o, k -> new long[3]);
                x[0] += a.carried(o);
                x[1] += a.onlyHere(o);
                x[2] += a.unique.getOrDefault(o, 0);
                CSVRecord row = csv.remove(e.getKey() + "/" + o);
                assertNotNull(row, "outlet_summary.csv has " + e.getKey() + "/" + o);
                assertEquals(List.of(outlets.size(), outlets.get(o).sentences, a.unique.getOrDefault(o, 0), a.quotes.size(),
                                a.carried(o), a.onlyHere(o), a.all(outlets.size())).toString(),
                        List.of(row.get("outlets"), row.get("sentences"), row.get("unique_sentences"), row.get("story_quotes"),
                                row.get("quotes_carried"), row.get("quotes_only_here"), row.get("quotes_all_outlets")).toString(),
                        "outlet_summary.csv " + e.getKey() + "/" + o);
            }
        }
        assertEquals(Map.of(), csv, "outlet_summary.csv has nothing else");
        if (r.byStory.size() < 2) {
            return;
        }
        Grid g = new Grid(wb.getSheet("Overview"), allTitle, titles);
        int block = g.find("What the outlets share: content and quotes", g.start);
        assertTrue(g.text(block + 1, 0).startsWith(compared == r.byStory.size() ? "Summed over the " + compared + " stories."
                : "Summed over the " + compared + " of " + r.byStory.size() + " stories"), g.text(block + 1, 0));
        int h = g.find(SHARED_HEADER, block);
        Map<String, Integer> cols = g.outletColumns(h, r.byOutlet.keySet());
        for (String o : r.byOutlet.keySet()) {
            int row = g.find(o, h);
            for (String other : r.byOutlet.keySet()) {
                long[] x = acrossShare.get(List.of(o, other));
                if (x == null) {
                    assertEquals("\u2013", g.text(row, cols.get(other)), o + " and " + other + " share no story");
                } else {
                    assertEquals((double) x[0] / x[1], g.num(row, cols.get(other)), 1e-9, "all stories: " + o + " → " + other);
                }
            }
        }
        assertEquals((double) acrossAll, g.num(g.find("Quotes every outlet of their story carried", h), 1));
        acrossOutlet.forEach((o, x) -> {
            assertEquals(x[0], g.num(g.find("Quotes carried (in the stories it covered)", h), cols.get(o)), "all stories " + o);
            assertEquals(x[1], g.num(g.find("Quotes only this outlet kept", h), cols.get(o)), "all stories " + o);
            assertEquals(x[2], g.num(g.find("Sentences no other outlet carried (unique content)", h), cols.get(o)));
        });
    }

    // ------------------------------------------------------------------ workbook and CSV checks

    static void checkAll(Run run) throws IOException {
        Map<String, String> connotation = connotations();
        Recount r = run.recount();
        List<Section> sections = new ArrayList<>();
        if (r.byStory.size() > 1) {
            sections.add(new Section("All " + r.byStory.size() + " stories, per outlet", null, r.byOutlet));
        }
        r.byStory.forEach((story, outlets) -> sections.add(new Section("Story: " + story, story, outlets)));
        Set<String> titles = sections.stream().map(Section::title).collect(Collectors.toSet());
        for (Section s : sections) {
            overview(new Grid(run.wb().getSheet("Overview"), s.title(), titles), s);
            framing(new Grid(run.wb().getSheet("Framing"), s.title(), titles), s);
            speakers(new Grid(run.wb().getSheet("Speakers"), s.title(), titles), s);
            stances(new Grid(run.wb().getSheet("Stances"), s.title(), titles), s);
            topics(new Grid(run.wb().getSheet("Topics"), s.title(), titles), s);
            verbs(new Grid(run.wb().getSheet("Attribution verbs"), s.title(), titles), s, connotation);
        }
        Set<String> runLabels = new TreeSet<>(Recount.CORE);
        r.byOutlet.values().forEach(a -> runLabels.addAll(a.stance.keySet()));
        r.byStory.forEach((story, outlets) -> outlets.forEach((outlet, a) ->
                csv(run.perStory(), story, outlet, a, runLabels, connotation)));
        r.byOutlet.forEach((outlet, a) -> csv(run.allStories(), ALL, outlet, a, runLabels, connotation));
        long perStoryKeys = run.perStory().keySet().stream().map(k -> k.subList(0, 2)).distinct().count();
        assertEquals(r.byStory.values().stream().mapToInt(Map::size).sum(), perStoryKeys, "one block per story × outlet");
    }

    /** One block of the summary sheets, with its recounted outlets. */
    record Section(String title, String story, Map<String, Recount.Agg> outlets) {
    }

    static void overview(Grid g, Section s) {
        int h = g.find("Outlet", g.start);
        Map<String, Integer> cols = g.outletColumns(h, s.outlets().keySet());
        s.outlets().forEach((outlet, a) -> {
            int c = cols.get(outlet);
            if (s.story() != null) {
                assertEquals(a.headline.isEmpty() ? "(no headline)" : a.headline, g.text(g.find("Headline", h), c));
            } else {
                assertEquals(a.articles, g.num(g.find("Articles", h), c));
            }
            assertEquals(a.words, g.num(g.find("Words", h), c), outlet);
            assertEquals(a.sentences, g.num(g.find("Sentences (counted)", h), c), outlet);
            assertEquals(a.attribution("direct"), g.num(g.find("Quoted sentences (direct quotes)", h), c), outlet);
            assertEquals(a.attribution("reported"), g.num(g.find("Reported sentences (paraphrased sources)", h), c), outlet);
            assertEquals(a.attribution("narrator"), g.num(g.find("Sentences in the outlet's own voice", h), c), outlet);
            assertEquals(a.namedSpeakers(), g.num(g.find("Named sources heard", h), c), outlet);
            assertEquals(a.boilerplate, g.num(g.find("Boilerplate sentences (not counted)", h), c), outlet);
        });
        if (s.outlets().size() < 2) {
            return;
        }
        int m = g.find("Measure", h);
        Map<String, Integer> mc = g.outletColumns(m, s.outlets().keySet());
        int highest = mc.values().stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
        for (String label : Recount.CORE) {
            String title = label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
            int row = g.find(title + ", % of sentences", m);
            Map<String, Double> shares = new TreeMap<>();
            s.outlets().forEach((o, a) -> shares.put(o, (double) a.stance(label) / a.sentences));
            shares.forEach((o, x) -> assertEquals(x, g.num(row, mc.get(o)), 1e-9, title + " " + o));
            double max = shares.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            double min = shares.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            assertEquals((max - min) * 100, g.num(row, highest + 1), 1e-9, "gap in points");
            if (max > min) {
                String top = shares.entrySet().stream().filter(e -> Math.abs(e.getValue() - max) < 1e-12)
                        .map(Map.Entry::getKey).collect(Collectors.joining(", "));
                assertEquals(top, g.text(row, highest), "highest " + title);
            }
            int first = g.find(title + " first appears", m);
            s.outlets().forEach((o, a) -> assertEquals(firstAppears(a, label, s.story() != null), g.text(first, mc.get(o))));
        }
        int q = g.find("Quoted sentences (direct), % of sentences", m);
        s.outlets().forEach((o, a) -> assertEquals((double) a.attribution("direct") / a.sentences, g.num(q, mc.get(o)), 1e-9));
    }

    static String firstAppears(Recount.Agg a, String label, boolean story) {
        if (story && a.articles == 1) {
            for (String pos : Recount.POSITIONS) {
                if (a.first(label, pos) > 0) {
                    String title = Map.of("headline", "Headline", "lead", "Lead paragraph", "later", "Later").get(pos);
                    return pos.equals("absent") ? "Not present" : title + " (sentence " + a.indices.get(label).get(0) + ")";
                }
            }
        }
        return Recount.POSITIONS.stream().map(p -> p + " " + a.first(label, p)).collect(Collectors.joining(", "))
                + " (of " + a.articles + (a.articles == 1 ? " article)" : " articles)");
    }

    static void framing(Grid g, Section s) {
        for (String label : Recount.CORE) {
            String title = label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
            int h = g.find(title, g.start);
            Map<String, Integer> cols = g.outletColumns(h, s.outlets().keySet());
            s.outlets().forEach((o, a) -> {
                int c = cols.get(o);
                int n = a.stance(label);
                String what = s.title() + " " + title + " " + o;
                assertEquals(n, g.num(g.find("Sentences carrying it", h), c), what);
                assertShare(n, a.sentences, g, g.find("Share of the outlet's sentences", h), c, what);
                if (a.words > 0) {
                    assertEquals(n * 1000.0 / a.words, g.num(g.find("Per 1,000 words", h), c), 1e-9, what);
                }
                assertEquals(a.voice(label, "narrator"), g.num(g.find("In the outlet's own voice (narrator), sentences", h), c), what);
                assertEquals(a.voice(label, "direct"), g.num(g.find("Quoted (direct), sentences", h), c), what);
                assertEquals(a.voice(label, "reported"), g.num(g.find("Reported (paraphrased), sentences", h), c), what);
                assertShare(a.voice(label, "narrator"), n, g, g.find("Own voice, % of these sentences", h), c, what);
                assertShare(a.voice(label, "direct") + a.voice(label, "reported"), n, g,
                        g.find("Attributed to a source, % of these sentences", h), c, what);
                assertTopList(a.stanceSpeakers.getOrDefault(label, Map.of()),
                        g.text(g.find("Top speakers voicing it (sentences)", h), c), what + " speakers");
                assertTopList(a.cueTerms.getOrDefault(label, Map.of()),
                        g.text(g.find("Strongest cue terms (sentences)", h), c), what + " cue terms");
                assertEquals(firstAppears(a, label, s.story() != null), g.text(g.find("First appears", h), c), what);
                if (s.story() != null) {
                    assertEquals(a.indices.getOrDefault(label, List.of()),
                            ranges(g.text(g.find("Sentence numbers (Sentences sheet)", h), c)), what + " sentence numbers");
                }
            });
        }
    }

    /**
     * A "name (n) · name (n) · 3 more" cell: every listed count is the recount's, the list is in
     * descending order and nothing left out counts more than what is listed.
     */
    static void assertTopList(Map<String, Integer> expected, String cell, String what) {
        if (expected.isEmpty()) {
            assertEquals("\u2013", cell, what);
            return;
        }
        // DOTALL: a speaker name as extracted may hold a line break
        Matcher m = Pattern.compile("(.+?) \\((\\d+)\\)(?: \u00b7 |$)", Pattern.DOTALL).matcher(cell.replaceAll(" \u00b7 \\d+\\+? more$", ""));
        Map<String, Integer> listed = new LinkedHashMap<>();
        while (m.find()) {
            listed.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        assertFalse(listed.isEmpty(), what + ": " + cell);
        listed.forEach((name, n) -> assertEquals(expected.get(name), n, what + " " + name));
        int smallest = listed.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        List<Integer> order = new ArrayList<>(listed.values());
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i - 1) >= order.get(i), what + " in descending order: " + cell);
        }
        expected.forEach((name, n) -> assertTrue(listed.containsKey(name) || n <= smallest, what + ": " + name + " left out"));
        int more = expected.size() - listed.size();
        Matcher tail = Pattern.compile(" \u00b7 (\\d+)(\\+?) more$").matcher(cell);
        assertEquals(more > 0, tail.find(), what + " says how many more: " + cell);
        if (more > 0 && tail.group(2).isEmpty()) {
            assertEquals(more, Integer.parseInt(tail.group(1)), what + ": " + cell);
        } else if (more > 0) {
            // "n+ more": the per-article cap folded some names; n counts the names still known
            assertTrue(Integer.parseInt(tail.group(1)) < more, what + ": " + cell);
        }
    }

    static List<Integer> ranges(String cell) {
        List<Integer> out = new ArrayList<>();
        if (cell.equals("\u2013")) {
            return out;
        }
        for (String part : cell.split(", ")) {
            String[] ends = part.split("\u2013");
            int from = Integer.parseInt(ends[0]);
            int to = Integer.parseInt(ends[ends.length - 1]);
            for (int i = from; i <= to; i++) {
                out.add(i);
            }
        }
        return out;
    }

    static void speakers(Grid g, Section s) {
        int h = g.find("Speaker", g.start);
        Map<String, Integer> cols = g.outletColumns(h, s.outlets().keySet());
        int total = g.find("All counted sentences", h);
        Set<String> listed = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        s.outlets().values().forEach(a -> all.addAll(a.speakers.keySet()));
        for (int row = h + 2; row < total; row++) {
            if (!g.text(row, 0).startsWith("Other speakers (")) {
                listed.add(g.text(row, 0));
            }
        }
        Set<String> folded = new TreeSet<>(all);
        folded.removeAll(listed);
        Map<String, String> affiliations = affiliations();
        for (int row = h + 2; row < total; row++) {
            String name = g.text(row, 0);
            if (!name.startsWith("Other speakers (")) {
                assertEquals(affiliations.getOrDefault(name, ""), g.text(row, 2), name + " affiliation");
            }
            // the last row sums the speakers beyond the sheet's list: "Other speakers (7 more)"
            Set<String> rowSpeakers = name.startsWith("Other speakers (") ? folded : Set.of(name);
            if (rowSpeakers == folded) {
                assertEquals("Other speakers (" + folded.size() + " more)", name);
            }
            for (var e : s.outlets().entrySet()) {
                Recount.Agg a = e.getValue();
                long[] sp = new long[5];
                rowSpeakers.forEach(n -> {
                    long[] x = a.speaker(n);
                    for (int i = 0; i < 5; i++) {
                        sp[i] += x[i];
                    }
                });
                int c = cols.get(e.getKey());
                String what = s.title() + " " + name + " " + e.getKey();
                assertEquals(sp[0], g.num(row, c), what + " sentences");
                assertShare(sp[0], a.sentences, g, row, c + 1, what + " voice share");
                assertEquals(sp[1], g.num(row, c + 2), what + " words");
                assertShare(sp[1], a.words, g, row, c + 3, what + " word share");
                assertEquals(sp[3], g.num(row, c + 4), what + " direct-quote words");
                assertEquals(sp[2], g.num(row, c + 5), what + " direct");
                assertEquals(sp[4], g.num(row, c + 6), what + " reported");
            }
        }
        assertTrue(folded.stream().noneMatch(n -> n.equals("OUTLET") || n.equals("UNKNOWN")), "narrator and unknown are listed");
        // listed speakers come first by sentences: none left out speaks more than one listed
        Map<String, Long> totals = new HashMap<>();
        s.outlets().values().forEach(a -> a.speakers.forEach((n, v) -> totals.merge(n, v[0], Long::sum)));
        long leastListed = listed.stream().filter(n -> !n.equals("OUTLET") && !n.equals("UNKNOWN"))
                .mapToLong(totals::get).min().orElse(Long.MAX_VALUE);
        folded.forEach(n -> assertTrue(totals.get(n) <= leastListed, n + " should be listed"));
        s.outlets().forEach((o, a) -> {
            assertEquals(a.sentences, g.num(total, cols.get(o)));
            assertEquals(a.words, g.num(total, cols.get(o) + 2));
        });
        int types = g.find("Speaker type", total);
        for (var e : s.outlets().entrySet()) {
            Map<String, Integer> t = e.getValue().typeTotals();
            t.forEach((type, n) -> assertEquals((double) n, g.num(g.find(type, types), cols.get(e.getKey())), s.title() + " type " + type));
        }
        int mix = g.find("Attribution", types);
        for (var e : s.outlets().entrySet()) {
            for (String a : List.of("direct", "reported", "narrator")) {
                int row = g.find(a, mix);
                assertEquals(e.getValue().attribution(a), g.num(row, cols.get(e.getKey())));
                assertEquals(e.getValue().words(a), g.num(row, cols.get(e.getKey()) + 2));
            }
        }
    }

    static void stances(Grid g, Section s) {
        int h = g.find("Stance label", g.start);
        Map<String, Integer> cols = g.outletColumns(h, s.outlets().keySet());
        Set<String> labels = new TreeSet<>(Recount.CORE);
        s.outlets().values().forEach(a -> labels.addAll(a.stance.keySet()));
        int end = g.find("Counted sentences", h);
        assertEquals(labels.size() + 1, end - h - 2, s.title() + ": a row per label present, and neutral");
        for (String label : labels) {
            int row = g.find(label, h);
            s.outlets().forEach((o, a) -> {
                assertEquals(a.stance(label), g.num(row, cols.get(o)), s.title() + " " + label + " " + o);
                assertShare(a.stance(label), a.sentences, g, row, cols.get(o) + 1, label);
                assertEquals(a.stance(label) * 1000.0 / a.words, g.num(row, cols.get(o) + 2), 1e-9);
            });
        }
        int neutral = g.find("neutral (no stance label)", h);
        s.outlets().forEach((o, a) -> assertEquals(a.neutral, g.num(neutral, cols.get(o))));
        s.outlets().forEach((o, a) -> assertEquals(a.sentences, g.num(end, cols.get(o))));
        int d = g.find("Direction", end);
        s.outlets().forEach((o, a) -> a.directions.forEach((dir, n) -> {
            int row = g.find(dir, d);
            assertEquals((double) n, g.num(row, cols.get(o)), s.title() + " direction " + dir);
            assertShare(n, a.stance("concession"), g, row, cols.get(o) + 1, dir);
        }));
    }

    static void topics(Grid g, Section s) {
        int h = g.find("Topic", g.start);
        Map<String, Integer> cols = g.outletColumns(h, s.outlets().keySet());
        Set<String> topics = new TreeSet<>();
        s.outlets().values().forEach(a -> topics.addAll(a.topics.keySet()));
        int end = g.find("Counted sentences", h);
        assertEquals(topics.size() + 1, end - h - 2, s.title() + ": a row per topic present, and none");
        for (String t : topics) {
            int row = g.find(t, h);
            s.outlets().forEach((o, a) -> {
                assertEquals((double) a.topics.getOrDefault(t, 0), g.num(row, cols.get(o)), s.title() + " " + t + " " + o);
                assertShare(a.topics.getOrDefault(t, 0), a.sentences, g, row, cols.get(o) + 1, t);
            });
        }
        int none = g.find("none (no topic)", h);
        s.outlets().forEach((o, a) -> assertEquals(a.noTopic, g.num(none, cols.get(o))));
        s.outlets().forEach((o, a) -> {
            int sub = g.find("Topic \u00d7 stance: " + o + " (sentences carrying both)", end);
            int head = sub + 1;
            Map<String, Integer> stanceCols = new HashMap<>();
            for (int c = 2; g.text(head, c) != null && !g.text(head, c).isEmpty(); c++) {
                stanceCols.put(g.text(head, c), c);
            }
            assertTrue(stanceCols.keySet().containsAll(Recount.CORE));
            for (String t : topics) {
                int row = g.find(t, head);
                assertEquals((double) a.topics.getOrDefault(t, 0), g.num(row, 1));
                stanceCols.forEach((stance, c) -> assertEquals(
                        (double) a.topicStance.getOrDefault(t, Map.of()).getOrDefault(stance, 0), g.num(row, c),
                        s.title() + " " + o + " " + t + " × " + stance));
            }
        });
    }

    static void verbs(Grid g, Section s, Map<String, String> connotation) {
        int h = g.find("Reporting cue", g.start);
        Map<String, Integer> cols = g.outletColumns(h, s.outlets().keySet());
        Set<String> cues = new TreeSet<>();
        s.outlets().values().forEach(a -> cues.addAll(a.cues.keySet()));
        int end = g.find("All loaded cues", h);
        assertEquals(cues.size(), end - h - 2, s.title() + ": a row per cue used");
        for (String cue : cues) {
            int row = g.find(cue, h);
            assertEquals(connotation.getOrDefault(cue, "unknown"), g.text(row, 1), cue);
            s.outlets().forEach((o, a) -> {
                assertEquals((double) a.cues.getOrDefault(cue, 0), g.num(row, cols.get(o)), s.title() + " " + cue + " " + o);
                assertShare(a.cues.getOrDefault(cue, 0), a.cueSentences(), g, row, cols.get(o) + 1, cue);
            });
        }
        s.outlets().forEach((o, a) -> {
            long loaded = a.cues.entrySet().stream().filter(e -> "loaded".equals(connotation.get(e.getKey())))
                    .mapToLong(Map.Entry::getValue).sum();
            assertEquals(loaded, g.num(end, cols.get(o)), s.title() + " loaded " + o);
            assertEquals(a.cueSentences(), g.num(g.find("Sentences with a reporting cue", end), cols.get(o)));
        });
    }

    static void assertShare(long part, long whole, Grid g, int row, int col, String what) {
        if (whole == 0) {
            assertEquals("\u2013", g.text(row, col), what + ": a share of nothing is a dash");
        } else {
            assertEquals((double) part / whole, g.num(row, col), 1e-9, what);
        }
    }

    /** Every fact the recount knows is in the tidy table, with its count, base, share and rate. */
    static void csv(Map<List<String>, CSVRecord> table, String story, String outlet, Recount.Agg a,
                    Set<String> runLabels, Map<String, String> connotation) {
        Map<List<String>, long[]> want = new LinkedHashMap<>();
        // {count, base (-1 = none), per 1,000 words applies (1/0)}
        java.util.function.BiConsumer<List<String>, long[]> put = want::put;
        put.accept(List.of("totals", "articles", ""), new long[] {a.articles, -1, 0});
        put.accept(List.of("totals", "sentences", ""), new long[] {a.sentences, -1, 0});
        put.accept(List.of("totals", "boilerplate_sentences", ""), new long[] {a.boilerplate, -1, 0});
        put.accept(List.of("totals", "words", ""), new long[] {a.words, -1, 0});
        put.accept(List.of("totals", "named_speakers", ""), new long[] {a.namedSpeakers(), -1, 0});
        // every label of the run has its rows in every block (zeros included; "absent" counts articles)
        for (String l : runLabels) {
            put.accept(List.of("stance", l, ""), new long[] {a.stance(l), a.sentences, 1});
            for (String v : List.of("narrator", "direct", "reported")) {
                put.accept(List.of("stance_voice", l, v), new long[] {a.voice(l, v), a.stance(l), 1});
            }
            for (String p : Recount.POSITIONS) {
                put.accept(List.of("stance_first_position", l, p), new long[] {a.first(l, p), a.articles, 0});
            }
            a.stanceSpeakers.getOrDefault(l, Map.of()).forEach((sp, n) ->
                    put.accept(List.of("stance_speaker", l, sp), new long[] {n, a.stance(l), 1}));
            a.cueTerms.getOrDefault(l, Map.of()).forEach((t, n) ->
                    put.accept(List.of("stance_cue_term", l, t), new long[] {n, a.stance(l), 1}));
        }
        put.accept(List.of("stance", "neutral", ""), new long[] {a.neutral, a.sentences, 1});
        a.directions.forEach((d, n) -> put.accept(List.of("concession_direction", d, ""), new long[] {n, a.stance("concession"), 1}));
        a.topics.forEach((t, n) -> put.accept(List.of("topic", t, ""), new long[] {n, a.sentences, 1}));
        put.accept(List.of("topic", "none", ""), new long[] {a.noTopic, a.sentences, 1});
        a.topicStance.forEach((t, m) -> m.forEach((st, n) ->
                put.accept(List.of("topic_stance", t, st), new long[] {n, a.topics.get(t), 1})));
        for (String at : List.of("narrator", "direct", "reported")) {
            put.accept(List.of("attribution", at, ""), new long[] {a.attribution(at), a.sentences, 1});
            put.accept(List.of("attribution_words", at, ""), new long[] {a.words(at), a.words, 0});
        }
        a.typeTotals().forEach((t, n) -> put.accept(List.of("speaker_type", t, ""), new long[] {n, a.sentences, 1}));
        a.speakers.forEach((sp, v) -> {
            put.accept(List.of("speaker_sentences", sp, a.type(sp)), new long[] {v[0], a.sentences, 1});
            put.accept(List.of("speaker_words", sp, ""), new long[] {v[1], a.words, 0});
            put.accept(List.of("speaker_direct_words", sp, ""), new long[] {v[3], a.words("direct"), 0});
            put.accept(List.of("speaker_attribution", sp, "direct"), new long[] {v[2], v[0], 1});
            put.accept(List.of("speaker_attribution", sp, "reported"), new long[] {v[4], v[0], 1});
        });
        Map<String, Long> byConnotation = new TreeMap<>(Map.of("neutral", 0L, "loaded", 0L, "unknown", 0L));
        a.cues.forEach((cue, n) -> {
            String c = connotation.getOrDefault(cue, "unknown");
            put.accept(List.of("reporting_cue", cue, c), new long[] {n, a.cueSentences(), 1});
            byConnotation.merge(c, (long) n, Long::sum);
        });
        byConnotation.forEach((c, n) -> put.accept(List.of("reporting_cue_connotation", c, ""), new long[] {n, a.cueSentences(), 1}));

        want.forEach((k, v) -> {
            List<String> key = List.of(story, outlet, k.get(0), k.get(1), k.get(2));
            CSVRecord row = table.get(key);
            assertNotNull(row, "CSV row " + key);
            assertEquals(v[0], Long.parseLong(row.get("count")), key.toString());
            assertEquals(v[1] < 0 ? "" : String.valueOf(v[1]), row.get("base"), key + " base");
            if (v[1] <= 0) {
                assertEquals("", row.get("share"), key + " share");
            } else {
                // shares are written to 4 decimals, half up: 1/32 = 0.03125 is written 0.0313, 0.00005 off
                assertEquals((double) v[0] / v[1], Double.parseDouble(row.get("share")), 0.0000501, key + " share");
            }
            if (v[2] == 1) {
                assertEquals(v[0] * 1000.0 / a.words, Double.parseDouble(row.get("per_1000_words")), 0.005, key + " rate");
            } else {
                assertEquals("", row.get("per_1000_words"), key + " rate");
            }
        });
        // nothing else: rows the recount does not know are the codebook's labels with a zero count
        table.forEach((key, row) -> {
            if (key.get(0).equals(story) && key.get(1).equals(outlet) && !want.containsKey(key.subList(2, 5))) {
                assertEquals("0", row.get("count"), "unexpected CSV row " + key);
            }
        });
    }

    /** canonical speaker → affiliation, read from the default codebook's CSV (only those it gives). */
    static Map<String, String> affiliations() {
        Map<String, String> out = new HashMap<>();
        try (Reader r = Files.newBufferedReader(ALIASES, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180.builder()
                     .setCommentMarker('#').setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()).get()) {
            for (CSVRecord rec : p) {
                if (rec.isMapped("affiliation") && rec.isSet("affiliation") && !rec.get("affiliation").isBlank()) {
                    out.putIfAbsent(rec.get("canonical").strip(), rec.get("affiliation").strip());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** lemma → connotation, read from the default codebook's CSV as a person would. */
    static Map<String, String> connotations() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Reader r = Files.newBufferedReader(CUES, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180.builder()
                     .setCommentMarker('#').setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()).get()) {
            for (CSVRecord rec : p) {
                out.putIfAbsent(rec.get("lemma").strip().toLowerCase(Locale.ROOT), rec.get("connotation").strip());
            }
        }
        return out;
    }

    /** A block of a summary sheet, read back with POI. */
    static final class Grid {
        final XSSFSheet sheet;
        final int start;
        final int end;

        Grid(XSSFSheet sheet, String title, Set<String> titles) {
            this.sheet = sheet;
            int s = -1;
            int e = sheet.getLastRowNum() + 1;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                String t = text(r, 0);
                if (title.equals(t)) {
                    s = r;
                } else if (s >= 0 && titles.contains(t)) {
                    e = r;
                    break;
                }
            }
            assertTrue(s >= 0, sheet.getSheetName() + " has a block '" + title + "'");
            this.start = s;
            this.end = e;
        }

        /** @return the first row at or after {@code from}, inside the block, whose first cell is {@code label} */
        int find(String label, int from) {
            for (int r = from; r < end; r++) {
                if (label.equals(text(r, 0))) {
                    return r;
                }
            }
            throw new AssertionError(sheet.getSheetName() + ": no row '" + label + "' after row " + (from + 1));
        }

        Map<String, Integer> outletColumns(int headerRow, Set<String> outlets) {
            Map<String, Integer> out = new HashMap<>();
            Row row = sheet.getRow(headerRow);
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && outlets.contains(c.getStringCellValue())) {
                    out.put(c.getStringCellValue(), c.getColumnIndex());
                }
            }
            assertEquals(outlets, out.keySet(), sheet.getSheetName() + " row " + (headerRow + 1) + " names every outlet");
            return out;
        }

        String text(int r, int c) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            return cell == null ? null : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString();
        }

        double num(int r, int c) {
            Cell cell = sheet.getRow(r).getCell(c);
            assertNotNull(cell, sheet.getSheetName() + " " + r + "," + c);
            assertEquals(CellType.NUMERIC, cell.getCellType(),
                    sheet.getSheetName() + "!" + cell.getAddress() + " is a number: " + cell);
            return cell.getNumericCellValue();
        }
    }
}
