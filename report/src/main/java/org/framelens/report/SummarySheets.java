package org.framelens.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.framelens.model.Attribution;
import org.framelens.model.Lexicon;
import org.framelens.model.SpeakerType;
import org.framelens.model.profile.CorpusProfile;
import org.framelens.model.profile.FirstPosition;
import org.framelens.model.profile.LabelProfile;
import org.framelens.model.profile.OutletProfile;
import org.framelens.model.profile.SpeakerProfile;
import org.framelens.model.profile.TopCounts;
import org.framelens.model.align.AlignmentSummary;
import org.framelens.model.align.PairShare;

/**
 * Writes the workbook's summary sheets from a run's profiles: Overview, Framing, Speakers,
 * Stances, Topics and Attribution verbs. Each sheet holds one block per story, preceded in a
 * multi-story run by a block across stories per outlet; outlets stand in adjacent columns so
 * differences read across a row. Every figure counts sentences other than boilerplate and can be
 * traced to its sentences by filtering the Sentences sheet (each sheet says how). Not
 * thread-safe: used once, by {@link ReportWorkbook#finish}.
 */
final class SummarySheets {
    static final String OVERVIEW = "Overview";
    static final String FRAMING = "Framing";
    static final String SPEAKERS = "Speakers";
    static final String STANCES = "Stances";
    static final String TOPICS = "Topics";
    static final String VERBS = "Attribution verbs";
    /** The summary sheets, in the order an analyst reads them. */
    static final List<String> ORDER = List.of(OVERVIEW, FRAMING, SPEAKERS, STANCES, TOPICS, VERBS);

    /** Named speakers listed per block of the Speakers sheet; the rest are summed on one row. */
    static final int SPEAKER_ROWS = 60;
    /** Entries of a "top speakers" or "cue terms" list in the Framing sheet. */
    static final int LIST_ITEMS = 5;
    /** Display width of an embedded chart, in pixels. */
    static final int CHART_PIXELS = 760;

    private static final String DOT = " \u00b7 ";
    private static final String NOTE_COUNTS = "Every figure counts sentences other than boilerplate (datelines, "
            + "bylines, share prompts), as the coding guide asks. ";

    private final SXSSFWorkbook wb;
    private final Map<String, SXSSFSheet> sheets;
    private final Styles st;
    private final Lexicon lexicon;
    private final Vocabulary v;
    private final int outlets;
    private final int maxRows;
    private final Map<String, SheetWriter> writers = new LinkedHashMap<>();
    private final AlignmentSummaries alignments;
    /** Whole percentages: a share of a few dozen sentences has no meaningful decimal. */
    private final org.apache.poi.ss.usermodel.CellStyle wholePercent;
    /** Sheets whose row limit is reached: they take no more blocks. */
    private final java.util.Set<String> full = new java.util.HashSet<>();
    private boolean firstOverview = true;

    /**
     * @param wb      the workbook
     * @param sheets  the summary sheets, created empty, by name
     * @param st      the workbook's styles
     * @param lexicon the codebook's labels, cues and affiliations
     * @param v       the labels of the run
     * @param outlets the most outlets a block has (every outlet of the run)
     * @param maxRows rows per sheet
     * @param alignments the stories' alignment summaries, for the Overview
     */
    SummarySheets(SXSSFWorkbook wb, Map<String, SXSSFSheet> sheets, Styles st, Lexicon lexicon, Vocabulary v,
                  int outlets, int maxRows, AlignmentSummaries alignments) {
        this.wb = wb;
        this.sheets = sheets;
        this.st = st;
        this.lexicon = lexicon;
        this.v = v;
        this.outlets = Math.max(1, outlets);
        this.maxRows = maxRows;
        this.alignments = alignments;
        this.wholePercent = wb.createCellStyle();
        wholePercent.cloneStyleFrom(st.percent);
        wholePercent.setDataFormat(wb.createDataFormat().getFormat("0%"));
    }

    /**
     * Writes each sheet's title and notes.
     *
     * @param stories how many stories the run has
     * @param total   every article of the run, merged
     * @param outletCount how many outlets the run has
     */
    void begin(int stories, OutletProfile total, int outletCount) {
        overviewBegin(stories, total, outletCount);
        framingBegin();
        speakersBegin();
        stancesBegin();
        topicsBegin();
        verbsBegin();
    }

    /**
     * Writes one block on every sheet (a sheet whose row limit is reached says so once and takes
     * no more).
     *
     * @param s      the block
     * @param charts the charts to embed in its Overview block, in order
     * @throws IOException when a chart cannot be read back
     */
    void section(Section s, List<ChartWriter.Chart> charts) throws IOException {
        // 140 rows hold the outlet table, the contrasts and five charts; the alignment block adds a row per outlet
        if (room(OVERVIEW, 140 + s.outlets().size())) {
            overview(writers.get(OVERVIEW), s, charts);
        }
        if (room(FRAMING, 60)) {
            framing(writers.get(FRAMING), s);
        }
        if (room(SPEAKERS, SPEAKER_ROWS + 40)) {
            speakers(writers.get(SPEAKERS), s);
        }
        if (room(STANCES, 40)) {
            stances(writers.get(STANCES), s);
        }
        if (room(TOPICS, 40 + 20 * s.outlets().size())) {
            topics(writers.get(TOPICS), s);
        }
        if (room(VERBS, 40 + merged(s).cues().size())) {
            verbs(writers.get(VERBS), s);
        }
    }

    private boolean room(String sheet, int rows) {
        if (full.contains(sheet)) {
            return false;
        }
        if (writers.get(sheet).fits(rows)) {
            return true;
        }
        full.add(sheet);
        writers.get(sheet).note("The workbook's row limit is reached here: the remaining stories are in "
                + "csv/measures.csv.");
        return false;
    }

    private static OutletProfile merged(Section s) {
        return CorpusProfile.total(s.outlets());
    }

    // ---------------------------------------------------------------- Overview

    private void overviewBegin(int stories, OutletProfile total, int outletCount) {
        int[] widths = widths(46, outlets, 30, 18, 12);
        SheetWriter w = new SheetWriter(wb, sheets.get(OVERVIEW), st, widths, maxRows);
        writers.put(OVERVIEW, w);
        w.keepColumns(1, 1, outlets, Integer.MAX_VALUE);
        w.title("How each outlet framed the story: skepticism, conditions, concessions");
        w.note(String.format(Locale.ROOT, "%d %s, %d %s, %d %s: %,d counted sentences (%,d boilerplate left out), %,d words.",
                stories, plural(stories, "story", "stories"), outletCount, plural(outletCount, "outlet", "outlets"),
                total.articles(), plural(total.articles(), "article", "articles"),
                total.sentences(), total.boilerplate(), total.words()));
        w.note(NOTE_COUNTS + "Framing: each core label by outlet (how much, in whose voice, how early, with which "
                + "words). Speakers: who is heard and how much. Stances and Topics: every label by outlet. "
                + "Attribution verbs: the reporting verbs each outlet chose, neutral or loaded. Alignment, Quotes, "
                + "Unique content, Wording, Shared content, Outlet summary: what each outlet kept, dropped and "
                + "reworded of what the others carried. Sentences: every "
                + "sentence with its tags; filter it on story, outlet and a label to see the sentences behind any "
                + "figure. Run: inputs and settings. Charts are also in the charts folder, the tables in csv.");
    }

    private void overview(SheetWriter w, Section s, List<ChartWriter.Chart> charts) throws IOException {
        if (!firstOverview) {
            w.pageBreak();
        }
        firstOverview = false;
        w.skip();
        w.section(s.title());
        outletTable(w, s);
        w.skip();
        contrasts(w, s);
        alignment(w, s);
        for (ChartWriter.Chart c : charts) {
            w.skip();
            int height = Math.round((float) CHART_PIXELS * c.height() / c.width());
            w.picture(Files.readAllBytes(c.file()), 0, CHART_PIXELS, height);
        }
    }

    private void outletTable(SheetWriter w, Section s) {
        header(w, "Outlet", s.outletIds());
        List<OutletProfile> ps = s.profiles();
        if (s.oneStory()) {
            textRow(w, "Headline", ps, p -> p.headline().isEmpty() ? "(no headline)" : p.headline());
        } else {
            countRow(w, "Articles", ps, OutletProfile::articles);
        }
        countRow(w, "Words", ps, OutletProfile::words);
        countRow(w, "Sentences (counted)", ps, OutletProfile::sentences);
        countRow(w, "Quoted sentences (direct quotes)", ps, p -> p.sentences(Attribution.DIRECT));
        countRow(w, "Reported sentences (paraphrased sources)", ps, p -> p.sentences(Attribution.REPORTED));
        countRow(w, "Sentences in the outlet's own voice", ps, p -> p.sentences(Attribution.NARRATOR));
        countRow(w, "Named sources heard", ps, OutletProfile::namedSpeakers);
        countRow(w, "Boilerplate sentences (not counted)", ps, OutletProfile::boilerplate);
    }

    private void contrasts(SheetWriter w, Section s) {
        w.subsection("Key contrasts");
        if (s.outlets().size() < 2) {
            w.note("One outlet only: nothing to contrast.");
            return;
        }
        List<String> ids = s.outletIds();
        List<String> head = new ArrayList<>(ids);
        Row h = w.row();
        w.text(h, 0, "Measure", st.header);
        for (int i = 0; i < head.size(); i++) {
            w.text(h, 1 + i, head.get(i), st.headerCentered);
        }
        w.text(h, 1 + ids.size(), "Highest", st.headerCentered);
        w.text(h, 2 + ids.size(), "Gap", st.headerCentered);
        List<OutletProfile> ps = s.profiles();
        for (String label : Lexicon.CORE_STANCES) {
            contrastRow(w, ids, ps, Vocabulary.title(label) + ", % of sentences",
                    p -> share(p.stance(label).sentences(), p.sentences()));
        }
        for (String label : Lexicon.CORE_STANCES) {
            contrastRow(w, ids, ps, Vocabulary.title(label) + " in the outlet's own voice, % of " + label + " sentences",
                    p -> share(p.stance(label).narrator(), p.stance(label).sentences()));
        }
        contrastRow(w, ids, ps, "Quoted sentences (direct), % of sentences",
                p -> share(p.sentences(Attribution.DIRECT), p.sentences()));
        contrastRow(w, ids, ps, "Outlet's own voice (narrator), % of sentences",
                p -> share(p.sentences(Attribution.NARRATOR), p.sentences()));
        contrastRow(w, ids, ps, "Loaded reporting verbs, % of sentences with a reporting verb",
                p -> share(loaded(p), p.cueSentences()));
        for (String label : Lexicon.CORE_STANCES) {
            Row r = w.row();
            w.text(r, 0, Vocabulary.title(label) + " first appears", st.wrapped);
            for (int i = 0; i < ps.size(); i++) {
                w.text(r, 1 + i, firstAppears(ps.get(i), label, s.oneStory()), st.wrappedCentered);
            }
        }
    }

    /** A row of shares with the outlet that has the highest and the gap to the lowest, in points. */
    private void contrastRow(SheetWriter w, List<String> ids, List<OutletProfile> ps, String label,
                             java.util.function.Function<OutletProfile, Double> value) {
        Row r = w.row();
        w.text(r, 0, label, st.wrapped);
        Double max = null;
        Double min = null;
        List<String> top = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            Double x = value.apply(ps.get(i));
            w.number(r, 1 + i, x, st.percent);
            if (x == null) {
                continue;
            }
            if (max == null || x > max + 1e-12) {
                max = x;
                top.clear();
                top.add(ids.get(i));
            } else if (Math.abs(x - max) <= 1e-12) {
                top.add(ids.get(i));
            }
            min = min == null ? x : Math.min(min, x);
        }
        int c = 1 + ps.size();
        if (max == null) {
            w.text(r, c, "\u2013", st.dash);
            w.text(r, c + 1, "\u2013", st.dash);
        } else {
            w.text(r, c, top.size() == ps.size() ? "(equal)" : String.join(", ", top), st.wrappedCentered);
            w.number(r, c + 1, (max - min) * 100, st.points);
        }
    }

    /**
     * What the outlets share, at a glance: for each outlet pair the share of one outlet's sentences
     * the other also carried (both directions: they differ when the articles do), and per outlet
     * the quotations it carried and kept alone. A story past the first {@link AlignmentSummaries#cap}
     * points to the sheets that carry every story.
     */
    private void alignment(SheetWriter w, Section s) {
        if (!alignments.any()) {
            return; // nothing was aligned (a workbook written without alignment)
        }
        boolean across = s.story() == null;
        AlignmentSummary a = across ? alignments.across() : alignments.story(s.story());
        if (a != null && a.compared() > 0) {
            // the block does not fit under the contrasts on a printed page: it starts its own page
            // rather than being cut in two
            w.pageBreak();
        } else {
            w.skip();
        }
        w.subsection("What the outlets share: content and quotes");
        if (a == null) {
            w.note(String.format(Locale.ROOT, "Shown in this sheet for the first %d stories: every story's figures "
                    + "are in the Shared content and Outlet summary sheets (csv/shared_content.csv, "
                    + "csv/outlet_summary.csv).", alignments.cap()));
            return;
        }
        if (a.compared() == 0) {
            w.note(across ? "No story has two outlets or more: nothing to compare." : "One outlet: nothing to compare.");
            return;
        }
        List<String> ids = s.outletIds();
        w.note((!across ? "" : a.compared() == a.stories()
                ? String.format(Locale.ROOT, "Summed over the %d stories. ", a.compared())
                : String.format(Locale.ROOT, "Summed over the %d of %d stories with two outlets or more (a story with "
                        + "one outlet has nothing to compare). ", a.compared(), a.stories()))
                + "Shared content: of the sentences of the outlet on the left, the share the outlet above also "
                + "carried, as the same quote or a paraphrase. Quotes: quotations of three words or more, matched "
                + "across outlets. The pairs and quotes behind each figure: sheets Shared content, Quotes, "
                + "Alignment, Unique content; every story: Outlet summary.");
        Row h = w.row();
        w.text(h, 0, "Shared content: % of the left outlet's sentences the outlet above also carried", st.header);
        for (int i = 0; i < ids.size(); i++) {
            w.text(h, 1 + i, ids.get(i), st.headerCentered);
        }
        for (String outlet : ids) {
            AlignmentSummary.OutletCounts c = a.counts(outlet);
            Row r = w.row();
            w.text(r, 0, across || c == null ? outlet : outlet + " (" + String.format(Locale.ROOT, "%,d", c.sentences())
                    + " " + plural(c.sentences(), "sentence", "sentences") + ")", st.wrapped);
            for (int i = 0; i < ids.size(); i++) {
                PairShare p = a.share(outlet, ids.get(i));
                // the diagonal, and outlets that never covered a story together, have no share
                w.number(r, 1 + i, p == null ? null : share(p.sameQuote() + p.paraphrase(), p.sentences()),
                        wholePercent);
            }
        }
        Row q = w.row();
        w.text(q, 0, "Quotes (quotations of three words or more)", st.header);
        for (int i = 0; i < ids.size(); i++) {
            w.text(q, 1 + i, ids.get(i), st.headerCentered);
        }
        quoteRow(w, ids, a, across ? "Quotes carried (in the stories it covered)"
                : String.format(Locale.ROOT, "Quotes carried, of %,d in the story", a.quotes()),
                AlignmentSummary.OutletCounts::quotes);
        quoteRow(w, ids, a, "Quotes only this outlet kept", AlignmentSummary.OutletCounts::onlyHere);
        Row all = w.row();
        w.text(all, 0, across ? "Quotes every outlet of their story carried"
                : ids.size() == 2 ? "Quotes both outlets carried" : "Quotes all " + ids.size() + " outlets carried",
                st.wrapped);
        // one figure for the story, centred across the outlets' columns
        w.number(all, 1, a.quotesAll(), st.count);
        for (int i = 1; i < ids.size(); i++) {
            w.text(all, 1 + i, "", st.count);
        }
        if (ids.size() > 1) {
            w.merge(all.getRowNum(), 1, ids.size());
        }
        quoteRow(w, ids, a, "Sentences no other outlet carried (unique content)", AlignmentSummary.OutletCounts::unique);
    }

    private void quoteRow(SheetWriter w, List<String> ids, AlignmentSummary a, String label,
                          java.util.function.ToIntFunction<AlignmentSummary.OutletCounts> value) {
        Row r = w.row();
        w.text(r, 0, label, st.wrapped);
        for (int i = 0; i < ids.size(); i++) {
            AlignmentSummary.OutletCounts c = a.counts(ids.get(i));
            if (c == null) {
                w.text(r, 1 + i, "\u2013", st.dash);
            } else {
                w.number(r, 1 + i, value.applyAsInt(c), st.count);
            }
        }
    }

    private long loaded(OutletProfile p) {
        return p.cues().entrySet().stream().filter(e -> lexicon.connotation(e.getKey()).equals("loaded"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * @param p       a profile
     * @param label   a stance label
     * @param article whether the profile is of one article
     * @return where the label first appears: "Headline (sentence 0)", or across articles
     *     "headline 1, lead 2, later 0, absent 1"
     */
    static String firstAppears(OutletProfile p, String label, boolean article) {
        if (article && p.articles() == 1) {
            LabelProfile l = p.stance(label);
            for (FirstPosition pos : FirstPosition.values()) {
                if (p.articlesFirstAt(label, pos) > 0) {
                    return pos == FirstPosition.ABSENT ? pos.title() : pos.title() + " (sentence " + l.indices().first() + ")";
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (FirstPosition pos : FirstPosition.values()) {
            parts.add(pos.label() + " " + p.articlesFirstAt(label, pos));
        }
        return String.join(", ", parts) + " (of " + p.articles() + " " + plural(p.articles(), "article", "articles") + ")";
    }

    // ---------------------------------------------------------------- Framing

    private void framingBegin() {
        SheetWriter w = new SheetWriter(wb, sheets.get(FRAMING), st, widths(44, outlets, 34), maxRows);
        writers.put(FRAMING, w);
        w.keepColumns(1, 1, outlets, 4);
        w.title("Framing: skepticism, conditions and concessions, outlet by outlet");
        w.note(NOTE_COUNTS + "Share = sentences carrying the label / the outlet's counted sentences; per 1,000 words "
                + "= those sentences per 1,000 words of the outlet's text. Own voice = the narrator's sentences; "
                + "attributed = quoted (direct) or paraphrased (reported) sources. Lead = the first paragraph of "
                + "running text. A sentence can carry several labels. To see the sentences: filter the Sentences "
                + "sheet on story and outlet, then stances containing the label; the last row of each block lists "
                + "the sentence numbers (column sentence).");
    }

    private void framing(SheetWriter w, Section s) {
        w.skip();
        w.section(s.title());
        List<OutletProfile> ps = s.profiles();
        for (String label : Lexicon.CORE_STANCES) {
            header(w, Vocabulary.title(label), s.outletIds());
            countRow(w, "Sentences carrying it", ps, p -> p.stance(label).sentences());
            numberRow(w, "Share of the outlet's sentences", ps, p -> share(p.stance(label).sentences(), p.sentences()),
                    st.percent);
            numberRow(w, "Per 1,000 words", ps, p -> rate(p.stance(label).sentences(), p.words()), st.rate);
            countRow(w, "In the outlet's own voice (narrator), sentences", ps, p -> p.stance(label).narrator());
            countRow(w, "Quoted (direct), sentences", ps, p -> p.stance(label).sentences(Attribution.DIRECT));
            countRow(w, "Reported (paraphrased), sentences", ps, p -> p.stance(label).sentences(Attribution.REPORTED));
            numberRow(w, "Own voice, % of these sentences", ps,
                    p -> share(p.stance(label).narrator(), p.stance(label).sentences()), st.percent);
            numberRow(w, "Attributed to a source, % of these sentences", ps,
                    p -> share(p.stance(label).attributed(), p.stance(label).sentences()), st.percent);
            textRow(w, "Top speakers voicing it (sentences)", ps, p -> list(p.stance(label).speakers()));
            textRow(w, "First appears", ps, p -> firstAppears(p, label, s.oneStory()));
            textRow(w, "Strongest cue terms (sentences)", ps, p -> list(p.stance(label).cueTerms()));
            if (label.equals(OutletProfile.CONCESSION)) {
                textRow(w, "Direction (sentences)", ps, p -> directions(p));
            }
            if (s.oneStory()) {
                textRow(w, "Sentence numbers (Sentences sheet)", ps, p -> p.stance(label).indices().ranges());
            }
            w.skip();
        }
    }

    /**
     * @return the top entries of a list as "name (n) · name (n)", then how many more names there
     *     are ("3 more"; "3+ more" when the per-article cap left some names out of the profile)
     */
    static String list(TopCounts counts) {
        List<Map.Entry<String, Integer>> ranked = counts.ranked();
        String shown = ranked.stream().limit(LIST_ITEMS).map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(DOT));
        int more = ranked.size() - Math.min(LIST_ITEMS, ranked.size());
        String plus = counts.other() > 0 ? "+" : "";
        if (shown.isEmpty()) {
            return counts.other() > 0 ? "(" + counts.other() + " not listed)" : "\u2013";
        }
        return shown + (more > 0 || counts.other() > 0 ? DOT + more + plus + " more" : "");
    }

    private String directions(OutletProfile p) {
        String s = v.directions().stream().filter(d -> p.concessionDirections().getOrDefault(d, 0) > 0)
                .map(d -> d + " (" + p.concessionDirections().get(d) + ")").collect(Collectors.joining(DOT));
        return s.isEmpty() ? "\u2013" : s;
    }

    // ---------------------------------------------------------------- Speakers

    /** Per outlet: the column headers of the Speakers table. */
    private static final String[] SPEAKER_COLUMNS =
        {"Sentences", "Voice share", "Words", "Word share", "Direct-quote words", "Direct", "Reported"};

    private void speakersBegin() {
        int per = SPEAKER_COLUMNS.length;
        int[] widths = new int[3 + per * outlets];
        widths[0] = 30;
        widths[1] = 14;
        widths[2] = 22;
        for (int i = 0; i < outlets; i++) {
            int[] group = {11, 10, 10, 10, 11, 9, 10};
            System.arraycopy(group, 0, widths, 3 + i * per, per);
        }
        SheetWriter w = new SheetWriter(wb, sheets.get(SPEAKERS), st, widths, maxRows);
        writers.put(SPEAKERS, w);
        w.keepColumns(3, per, outlets, 2);
        w.title("Speakers: who is heard, and how much");
        w.note(NOTE_COUNTS + "Voice share = the speaker's sentences / the outlet's counted sentences; word share = "
                + "the words of those sentences / the outlet's words; direct-quote words = words of the sentences "
                + "quoting the speaker. OUTLET is the outlet's own voice (narrator), UNKNOWN a source nothing "
                + "identifies. Direct / reported = sentences quoting / paraphrasing the speaker. Affiliation comes "
                + "from the codebook (speaker_aliases.csv). To see the sentences: filter the Sentences sheet on "
                + "story, outlet and speaker.");
    }

    private void speakers(SheetWriter w, Section s) {
        int per = SPEAKER_COLUMNS.length;
        w.skip();
        w.section(s.title());
        speakerTable(w, s);
        w.skip();
        w.subsection("By speaker type");
        groupHeader(w, s, new String[] {"Speaker type", "", ""}, List.of("Sentences", "Voice share"), per);
        Map<String, Map<SpeakerType, Integer>> types = new LinkedHashMap<>();
        s.outlets().forEach((o, p) -> types.put(o, Measures.speakerTypes(p)));
        for (SpeakerType t : SpeakerType.values()) {
            if (types.values().stream().noneMatch(m -> m.getOrDefault(t, 0) > 0)) {
                continue;
            }
            Row r = w.row();
            w.text(r, 0, t.label(), st.plain);
            int i = 0;
            for (Map.Entry<String, OutletProfile> e : s.outlets().entrySet()) {
                int n = types.get(e.getKey()).getOrDefault(t, 0);
                w.number(r, 3 + i * per, n, st.count);
                w.number(r, 4 + i * per, share(n, e.getValue().sentences()), st.percent);
                i++;
            }
        }
        w.skip();
        w.subsection("Attribution mix");
        groupHeader(w, s, new String[] {"Attribution", "", ""}, List.of("Sentences", "Share", "Words", "Word share"), per);
        for (Attribution a : Attribution.values()) {
            Row r = w.row();
            w.text(r, 0, a.label(), st.plain);
            int i = 0;
            for (OutletProfile p : s.profiles()) {
                w.number(r, 3 + i * per, p.sentences(a), st.count);
                w.number(r, 4 + i * per, share(p.sentences(a), p.sentences()), st.percent);
                w.number(r, 5 + i * per, p.words(a), st.count);
                w.number(r, 6 + i * per, share(p.words(a), p.words()), st.percent);
                i++;
            }
        }
    }

    private void speakerTable(SheetWriter w, Section s) {
        int per = SPEAKER_COLUMNS.length;
        groupHeader(w, s, new String[] {"Speaker", "Type", "Affiliation"}, List.of(SPEAKER_COLUMNS), per);
        // the rows: every speaker of any outlet, in the order Measures.speakers gives the merged block
        OutletProfile merged = CorpusProfile.total(s.outlets());
        List<String> names = new ArrayList<>(Measures.speakers(merged).keySet());
        List<String> listed = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        int named = 0;
        for (String n : names) {
            boolean isNamed = OutletProfile.named(n) && !n.equals(Measures.OTHER_SPEAKERS);
            if (isNamed && ++named > SPEAKER_ROWS) {
                folded.add(n);
            } else {
                listed.add(n);
            }
        }
        for (String name : listed) {
            Row r = w.row();
            SpeakerProfile all = name.equals(Measures.OTHER_SPEAKERS) ? merged.otherSpeakers() : merged.speakers().get(name);
            w.text(r, 0, name, st.wrapped);
            w.text(r, 1, name.equals(Measures.OTHER_SPEAKERS) ? "" : typeLabel(all.type()), st.plain);
            w.text(r, 2, lexicon.affiliation(name), st.wrapped);
            int i = 0;
            for (OutletProfile p : s.profiles()) {
                SpeakerProfile sp = name.equals(Measures.OTHER_SPEAKERS) ? p.otherSpeakers()
                        : p.speakers().getOrDefault(name, SpeakerProfile.EMPTY);
                speakerCells(w, r, 3 + i * per, sp, p);
                i++;
            }
        }
        if (!folded.isEmpty()) {
            Row r = w.row();
            w.text(r, 0, "Other speakers (" + folded.size() + " more)", st.wrapped);
            int i = 0;
            for (OutletProfile p : s.profiles()) {
                SpeakerProfile sum = folded.stream().map(n -> p.speakers().getOrDefault(n, SpeakerProfile.EMPTY))
                        .reduce(SpeakerProfile.EMPTY, SpeakerProfile::merge);
                speakerCells(w, r, 3 + i * per, sum, p);
                i++;
            }
        }
        Row t = w.row();
        w.text(t, 0, "All counted sentences", st.totalLabel);
        w.text(t, 1, "", st.totalLabel);
        w.text(t, 2, "", st.totalLabel);
        int i = 0;
        for (OutletProfile p : s.profiles()) {
            int c = 3 + i * per;
            w.number(t, c, p.sentences(), st.totalCount);
            w.number(t, c + 1, share(p.sentences(), p.sentences()), st.totalPercent);
            w.number(t, c + 2, p.words(), st.totalCount);
            w.number(t, c + 3, share(p.words(), p.words()), st.totalPercent);
            w.number(t, c + 4, p.words(Attribution.DIRECT), st.totalCount);
            w.number(t, c + 5, p.sentences(Attribution.DIRECT), st.totalCount);
            w.number(t, c + 6, p.sentences(Attribution.REPORTED), st.totalCount);
            i++;
        }
    }

    private void speakerCells(SheetWriter w, Row r, int c, SpeakerProfile sp, OutletProfile p) {
        w.number(r, c, sp.sentences(), st.count);
        w.number(r, c + 1, share(sp.sentences(), p.sentences()), st.percent);
        w.number(r, c + 2, sp.words(), st.count);
        w.number(r, c + 3, share(sp.words(), p.words()), st.percent);
        w.number(r, c + 4, sp.directWords(), st.count);
        w.number(r, c + 5, sp.directSentences(), st.count);
        w.number(r, c + 6, sp.reportedSentences(), st.count);
    }

    private static String typeLabel(SpeakerType t) {
        return t == SpeakerType.OUTLET ? "outlet (narrator)" : t.label();
    }

    /**
     * Two header rows: the outlets over their column groups, then each group's column names.
     *
     * @param lead the headers of the columns before the groups
     * @param cols the column names of one group (may be fewer than {@code per})
     * @param per  the width of a group
     */
    private void groupHeader(SheetWriter w, Section s, String[] lead, List<String> cols, int per) {
        Row top = w.row();
        Row sub = w.row();
        for (int c = 0; c < lead.length; c++) {
            w.text(top, c, lead[c], st.header);
            w.text(sub, c, "", st.header);
        }
        int i = 0;
        for (String outlet : s.outletIds()) {
            int c0 = lead.length + i * per;
            for (int c = 0; c < per; c++) {
                w.text(top, c0 + c, c == 0 ? outlet : "", st.headerCentered);
                w.text(sub, c0 + c, c < cols.size() ? cols.get(c) : "", st.headerCentered);
            }
            if (per > 1) {
                w.merge(top.getRowNum(), c0, c0 + per - 1);
            }
            i++;
        }
    }

    // ---------------------------------------------------------------- Stances and Topics

    private static final List<String> LABEL_COLUMNS = List.of("Sentences", "Share of sentences", "Per 1,000 words");

    private int[] labelWidths(int first, int minColumns) {
        int per = LABEL_COLUMNS.size();
        int n = Math.max(1 + per * outlets, minColumns);
        int[] widths = new int[n];
        widths[0] = first;
        for (int c = 1; c < n; c++) {
            widths[c] = 12;
        }
        return widths;
    }

    private void stancesBegin() {
        SheetWriter w = new SheetWriter(wb, sheets.get(STANCES), st, labelWidths(34, 0), maxRows);
        writers.put(STANCES, w);
        w.keepColumns(1, LABEL_COLUMNS.size(), outlets, 4);
        w.title("Stances: every stance label, outlet by outlet");
        w.note(NOTE_COUNTS + "A sentence can carry several labels, so shares do not add up to 100%; neutral = no "
                + "stance label. The core labels (skepticism, condition, concession) are always listed; the "
                + "codebook's other labels when they occur. To see the sentences: filter the Sentences sheet on "
                + "story, outlet and stances containing the label (concession_direction for directions).");
    }

    private void stances(SheetWriter w, Section s) {
        w.skip();
        w.section(s.title());
        groupHeader(w, s, new String[] {"Stance label"}, LABEL_COLUMNS, LABEL_COLUMNS.size());
        for (String label : v.stances()) {
            if (!Lexicon.CORE_STANCES.contains(label) && s.profiles().stream().allMatch(p -> p.stance(label).sentences() == 0)) {
                continue;
            }
            labelRow(w, s, label, p -> p.stance(label).sentences(), OutletProfile::sentences);
        }
        labelRow(w, s, Vocabulary.NEUTRAL + " (no stance label)", OutletProfile::neutral, OutletProfile::sentences);
        totalRow(w, s, "Counted sentences");
        w.skip();
        w.subsection("Concessions by direction (offered, demanded, refused, made, withdrawn where the text says so)");
        groupHeader(w, s, new String[] {"Direction"}, List.of("Sentences", "Share of concessions", "Per 1,000 words"),
                LABEL_COLUMNS.size());
        for (String d : v.directions()) {
            if (s.profiles().stream().allMatch(p -> p.concessionDirections().getOrDefault(d, 0) == 0)) {
                continue;
            }
            labelRow(w, s, d, p -> p.concessionDirections().getOrDefault(d, 0),
                    p -> p.stance(OutletProfile.CONCESSION).sentences());
        }
    }

    private void topicsBegin() {
        List<String> stanceCols = v.stances();
        SheetWriter w = new SheetWriter(wb, sheets.get(TOPICS), st, labelWidths(30, 2 + stanceCols.size()), maxRows);
        writers.put(TOPICS, w);
        w.keepColumns(1, LABEL_COLUMNS.size(), outlets, 4);
        w.title("Topics: what each outlet talks about, and with which stance");
        w.note(NOTE_COUNTS + "Topics come from the codebook's terms; a sentence with no term of its own takes its "
                + "article's main topics (its evidence reads \"article: …\"). A sentence can have several, so "
                + "shares do not add up to 100%; none = no topic. Topic × stance counts the sentences carrying both. To see the "
                + "sentences: filter the Sentences sheet on story, outlet and topics (and stances) containing the "
                + "label.");
    }

    private void topics(SheetWriter w, Section s) {
        List<String> stanceCols = v.stances();
        w.skip();
        w.section(s.title());
        groupHeader(w, s, new String[] {"Topic"}, LABEL_COLUMNS, LABEL_COLUMNS.size());
        List<String> present = v.topics().stream()
                .filter(t -> s.profiles().stream().anyMatch(p -> p.topic(t) > 0)).toList();
        for (String t : present) {
            labelRow(w, s, t, p -> p.topic(t), OutletProfile::sentences);
        }
        labelRow(w, s, Vocabulary.NO_TOPIC + " (no topic)", OutletProfile::noTopic, OutletProfile::sentences);
        totalRow(w, s, "Counted sentences");
        List<String> cols = stanceCols.stream().filter(x -> Lexicon.CORE_STANCES.contains(x)
                || s.profiles().stream().anyMatch(p -> p.stance(x).sentences() > 0)).toList();
        for (Map.Entry<String, OutletProfile> e : s.outlets().entrySet()) {
            OutletProfile p = e.getValue();
            w.skip();
            w.subsection("Topic \u00d7 stance: " + e.getKey() + " (sentences carrying both)");
            Row h = w.row();
            w.text(h, 0, "Topic", st.header);
            w.text(h, 1, "Sentences on the topic", st.headerCentered);
            for (int i = 0; i < cols.size(); i++) {
                w.text(h, 2 + i, cols.get(i), st.headerCentered);
            }
            for (String t : present) {
                Row r = w.row();
                w.text(r, 0, t, st.plain);
                w.number(r, 1, p.topic(t), st.count);
                for (int i = 0; i < cols.size(); i++) {
                    w.number(r, 2 + i, p.topicStance(t, cols.get(i)), st.count);
                }
            }
        }
    }

    private void labelRow(SheetWriter w, Section s, String label, ToDoubleFunction<OutletProfile> count,
                          ToDoubleFunction<OutletProfile> base) {
        Row r = w.row();
        w.text(r, 0, label, st.wrapped);
        int per = LABEL_COLUMNS.size();
        int i = 0;
        for (OutletProfile p : s.profiles()) {
            double n = count.applyAsDouble(p);
            w.number(r, 1 + i * per, n, st.count);
            w.number(r, 2 + i * per, share(n, base.applyAsDouble(p)), st.percent);
            w.number(r, 3 + i * per, rate(n, p.words()), st.rate);
            i++;
        }
    }

    private void totalRow(SheetWriter w, Section s, String label) {
        Row r = w.row();
        w.text(r, 0, label, st.totalLabel);
        int per = LABEL_COLUMNS.size();
        int i = 0;
        for (OutletProfile p : s.profiles()) {
            w.number(r, 1 + i * per, p.sentences(), st.totalCount);
            w.text(r, 2 + i * per, "", st.totalLabel);
            w.text(r, 3 + i * per, "", st.totalLabel);
            i++;
        }
    }

    // ---------------------------------------------------------------- Attribution verbs

    private void verbsBegin() {
        int per = 2;
        int[] widths = new int[3 + per * outlets];
        widths[0] = 22;
        widths[1] = 13;
        widths[2] = 14;
        for (int c = 3; c < widths.length; c++) {
            widths[c] = 13;
        }
        SheetWriter w = new SheetWriter(wb, sheets.get(VERBS), st, widths, maxRows);
        writers.put(VERBS, w);
        w.keepColumns(3, per, outlets, 5);
        w.title("Attribution verbs: how each outlet reports what sources said");
        w.note(NOTE_COUNTS + "Each attributed sentence counts once, under its reporting cue (lemma). Neutral cues "
                + "report (said, told); loaded cues colour what they report (claimed, insisted, dismissed): the "
                + "codebook (reporting_cues.csv) says which, and what a loaded cue adds. Share = of the outlet's "
                + "sentences with a reporting cue. To see the sentences: filter the Sentences sheet on story, "
                + "outlet and cue.");
    }

    private void verbs(SheetWriter w, Section s) {
        int per = 2;
        w.skip();
        w.section(s.title());
        groupHeader(w, s, new String[] {"Reporting cue", "Connotation", "What it adds"},
                List.of("Sentences", "Share of cued sentences"), per);
        OutletProfile merged = CorpusProfile.total(s.outlets());
        List<String> cues = merged.cues().entrySet().stream()
                .sorted((a, b) -> {
                    int c = Integer.compare(rank(lexicon.connotation(a.getKey())), rank(lexicon.connotation(b.getKey())));
                    if (c != 0) {
                        return c;
                    }
                    c = Integer.compare(b.getValue(), a.getValue());
                    return c != 0 ? c : a.getKey().compareTo(b.getKey());
                }).map(Map.Entry::getKey).toList();
        for (String cue : cues) {
            Row r = w.row();
            w.text(r, 0, cue, st.plain);
            w.text(r, 1, lexicon.connotation(cue), st.plain);
            w.text(r, 2, lexicon.shade(cue), st.plain);
            int i = 0;
            for (OutletProfile p : s.profiles()) {
                int n = p.cues().getOrDefault(cue, 0);
                w.number(r, 3 + i * per, n, st.count);
                w.number(r, 4 + i * per, share(n, p.cueSentences()), st.percent);
                i++;
            }
        }
        for (String connotation : List.of("loaded", "neutral", Lexicon.UNKNOWN)) {
            if (connotation.equals(Lexicon.UNKNOWN)
                    && cues.stream().noneMatch(c -> lexicon.connotation(c).equals(Lexicon.UNKNOWN))) {
                continue;
            }
            Row r = w.row();
            w.text(r, 0, "All " + connotation + " cues", st.totalLabel);
            w.text(r, 1, "", st.totalLabel);
            w.text(r, 2, "", st.totalLabel);
            int i = 0;
            for (OutletProfile p : s.profiles()) {
                long n = p.cues().entrySet().stream().filter(e -> lexicon.connotation(e.getKey()).equals(connotation))
                        .mapToLong(Map.Entry::getValue).sum();
                w.number(r, 3 + i * per, n, st.totalCount);
                w.number(r, 4 + i * per, share(n, p.cueSentences()), st.totalPercent);
                i++;
            }
        }
        Row r = w.row();
        w.text(r, 0, "Sentences with a reporting cue", st.totalLabel);
        w.text(r, 1, "", st.totalLabel);
        w.text(r, 2, "", st.totalLabel);
        int i = 0;
        for (OutletProfile p : s.profiles()) {
            w.number(r, 3 + i * per, p.cueSentences(), st.totalCount);
            w.number(r, 4 + i * per, share(p.cueSentences(), p.cueSentences()), st.totalPercent);
            i++;
        }
    }

    private static int rank(String connotation) {
        return switch (connotation) {
            case "loaded" -> 0;
            case "neutral" -> 1;
            default -> 2;
        };
    }

    // ---------------------------------------------------------------- shared rows

    private void header(SheetWriter w, String first, List<String> outletIds) {
        Row r = w.row();
        w.text(r, 0, first, st.header);
        for (int i = 0; i < outletIds.size(); i++) {
            w.text(r, 1 + i, outletIds.get(i), st.headerCentered);
        }
    }

    private void countRow(SheetWriter w, String label, List<OutletProfile> ps, ToDoubleFunction<OutletProfile> value) {
        Row r = w.row();
        w.text(r, 0, label, st.wrapped);
        for (int i = 0; i < ps.size(); i++) {
            w.number(r, 1 + i, value.applyAsDouble(ps.get(i)), st.count);
        }
    }

    private void numberRow(SheetWriter w, String label, List<OutletProfile> ps,
                           java.util.function.Function<OutletProfile, Double> value, org.apache.poi.ss.usermodel.CellStyle style) {
        Row r = w.row();
        w.text(r, 0, label, st.wrapped);
        for (int i = 0; i < ps.size(); i++) {
            w.number(r, 1 + i, value.apply(ps.get(i)), style);
        }
    }

    private void textRow(SheetWriter w, String label, List<OutletProfile> ps,
                         java.util.function.Function<OutletProfile, String> value) {
        Row r = w.row();
        w.text(r, 0, label, st.wrapped);
        for (int i = 0; i < ps.size(); i++) {
            String text = value.apply(ps.get(i));
            w.text(r, 1 + i, text.isEmpty() ? "\u2013" : text, st.wrapped);
        }
    }

    private static int[] widths(int first, int outlets, int each, int... after) {
        int[] w = new int[1 + outlets + after.length];
        w[0] = first;
        for (int i = 0; i < outlets; i++) {
            w[1 + i] = each;
        }
        System.arraycopy(after, 0, w, 1 + outlets, after.length);
        return w;
    }

    /** @return part / whole, {@code null} when the whole is 0 */
    static Double share(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }

    /** @return part per 1,000 words, {@code null} when there are no words */
    static Double rate(double part, double words) {
        return words == 0 ? null : part * 1000 / words;
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
