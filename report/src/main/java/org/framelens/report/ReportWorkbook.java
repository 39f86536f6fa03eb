package org.framelens.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Problem;
import org.framelens.model.RunInfo;
import org.framelens.model.TaggedSentence;
import org.framelens.model.align.StoryAlignment;
import org.framelens.report.align.AlignmentTables;

/**
 * The analyst's workbook, written with POI's streaming {@link SXSSFWorkbook}: only a window of
 * rows is in memory, the rest goes to temporary files, so a corpus of any size fits.
 *
 * <p>Sheets, in the order an analyst reads them: <b>Overview</b> (per story, the outlets side by
 * side, the key contrasts, what the outlets share and the main charts), <b>Framing</b> (each core stance label by outlet),
 * <b>Speakers</b>, <b>Stances</b>, <b>Topics</b>, <b>Attribution verbs</b> (written by
 * {@link Summary#finish} from the stories' profiles), <b>Sentences</b> (every sentence with its
 * tags, streamed as articles are added; frozen header, autofilter, wrapped text; continued on
 * "Sentences (2)" … past Excel's row limit) and <b>Run</b> (provenance: tool version, date,
 * inputs with SHA-256, options, problems).
 *
 * <p>Use: {@link #add} articles as they are extracted, then {@link Summary#finish} with this
 * workbook, {@link #finish} with the run info, and {@link #save}. Not thread-safe.
 */
public final class ReportWorkbook implements Closeable {
    static final String SENTENCES = "Sentences";
    static final String RUN = "Run";

    private final FastWorkbook wb = new FastWorkbook(200);
    private final Styles styles = new Styles(wb);
    private final Map<String, SXSSFSheet> summaries = new LinkedHashMap<>();
    private final AlignmentSheets alignment;
    /** A few numbers per story for the Overview (not the alignment itself: memory stays flat). */
    private final AlignmentSummaries alignmentSummaries = new AlignmentSummaries();
    private final int maxRows;
    private SXSSFSheet sentences;
    /** The Sentences sheet's rows after its header, written without POI's row objects. */
    private FastWorkbook.Rows sentenceRows;
    private int sentencePart;
    private int nextRow;

    /** A workbook with Excel's real row limit. */
    public ReportWorkbook() {
        this(ExcelLimits.MAX_ROWS);
    }

    /**
     * @param maxRows rows per sheet, header included: {@link ExcelLimits#MAX_ROWS}, or fewer in
     *                tests, to exercise the Sentences sheet's continuation without a million rows
     */
    public ReportWorkbook(int maxRows) {
        if (maxRows < 2) {
            throw new IllegalArgumentException("maxRows must leave room for a header and a row");
        }
        this.maxRows = maxRows;
        // created now, written at finish: so they come before the Sentences sheets without reordering
        for (String name : SummarySheets.ORDER) {
            summaries.put(name, wb.createSheet(name));
        }
        alignment = new AlignmentSheets(wb, styles, maxRows);
        newSentencesSheet();
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
    }

    /**
     * @param article an article's tagged sentences, appended to the Sentences sheet
     */
    public void add(AnalyzedArticle article) {
        for (TaggedSentence s : article.sentences()) {
            add(s);
        }
    }

    /** @param s one sentence, appended to the Sentences sheet */
    public void add(TaggedSentence s) {
        if (nextRow >= maxRows) {
            newSentencesSheet();
        }
        SentenceColumn[] cols = SentenceColumn.values();
        Object[] values = new Object[cols.length];
        int lines = 1;
        for (int c = 0; c < cols.length; c++) {
            Object v = cols[c].value(s);
            if (!(v instanceof Integer)) {
                String text = ExcelLimits.cell(String.valueOf(v));
                if (WRAPPED[c]) {
                    lines = Math.max(lines, SheetWriter.lines(text, cols[c].width()));
                }
                v = text;
            }
            values[c] = v;
        }
        // neither Excel nor LibreOffice grows a row to its wrapped text when opening a file, so
        // the height is set here (capped at Excel's 409 points; the CSV has every cut-off line)
        sentenceRows.row(nextRow++, lines > 1 ? Math.min(409f, lines * Styles.LINE_POINTS + 3) : -1);
        for (int c = 0; c < cols.length; c++) {
            if (values[c] instanceof Integer n) {
                sentenceRows.number(c, n, styles.integer);
            } else {
                CellText.set(sentenceRows, c, (String) values[c], WRAPPED[c] ? styles.wrapped : styles.plain, styles);
            }
        }
        sentenceRows.end();
    }

    /** The Sentences sheet's columns of long text, wrapped. */
    private static final boolean[] WRAPPED = new boolean[SentenceColumn.values().length];

    static {
        WRAPPED[SentenceColumn.TEXT.ordinal()] = true;
        WRAPPED[SentenceColumn.EVIDENCE.ordinal()] = true;
    }

    /**
     * @param story the alignment of one story's outlets
     * @param rows  its rows ({@link AlignmentTables#rows}), appended to the alignment sheets; its
     *              summary (shared content per outlet pair, quotes kept by one outlet) goes to the
     *              Overview, written later by {@link Summary#finish}
     */
    public void addAlignment(StoryAlignment story, AlignmentTables.Rows rows) {
        alignment.add(story, rows);
        alignmentSummaries.add(story);
    }

    /**
     * Writes the Run sheet. The summary sheets are written before, by {@link Summary#finish}.
     *
     * @param run provenance of the run
     */
    public void finish(RunInfo run) {
        alignment.finish();
        writeRun(run);
    }

    /** @return the POI workbook, for the summary sheets */
    SXSSFWorkbook poi() {
        return wb;
    }

    /** @return the summary sheets, created empty, by name, in the analyst's order */
    Map<String, SXSSFSheet> summarySheets() {
        return summaries;
    }

    /** @return the alignment summaries of the stories added, for the Overview */
    AlignmentSummaries alignmentSummaries() {
        return alignmentSummaries;
    }

    /** @return the workbook's styles */
    Styles styles() {
        return styles;
    }

    /** @return rows per sheet */
    int maxRows() {
        return maxRows;
    }

    private void writeRun(RunInfo run) {
        SXSSFSheet sheet = wb.createSheet(RUN);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.setColumnWidth(3, 16 * 256);
        sheet.setColumnWidth(4, 68 * 256);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        int r = 0;
        r = pair(sheet, r, "Tool", run.tool());
        r = pair(sheet, r, "Version", run.version());
        r = pair(sheet, r, "Started (UTC)",
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(run.started().atOffset(ZoneOffset.UTC).withNano(0)));
        r++;
        r = heading(sheet, r, "Options");
        for (RunInfo.Setting s : run.settings()) {
            r = pair(sheet, r, s.name(), s.value());
        }
        r++;
        r = heading(sheet, r, "Inputs");
        Row h = sheet.createRow(r++);
        String[] cols = {"status", "path", "story", "outlet", "sha256"};
        for (int c = 0; c < cols.length; c++) {
            cell(h, c, cols[c], styles.header);
        }
        for (RunInfo.Input in : run.inputs()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, in.status(), styles.plain);
            cell(row, 1, in.path(), styles.plain);
            cell(row, 2, in.story(), styles.plain);
            cell(row, 3, in.outlet(), styles.plain);
            cell(row, 4, in.sha256(), styles.plain);
        }
        r++;
        r = heading(sheet, r, "Problems");
        if (run.problems().isEmpty()) {
            cell(sheet.createRow(r++), 0, "none", styles.plain);
        }
        for (Problem p : run.problems()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, p.severity().name().toLowerCase(java.util.Locale.ROOT), styles.plain);
            cell(row, 1, p.path(), styles.plain);
            cell(row, 4, p.reason(), styles.wrapped);
        }
    }

    /**
     * @param file where to write the workbook (created or replaced)
     * @throws IOException on a write error
     */
    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        wb.close(); // also deletes SXSSF's temporary files
    }

    private void newSentencesSheet() {
        sentencePart++;
        String name = sentencePart == 1 ? SENTENCES : ExcelLimits.sheetName(SENTENCES + " (" + sentencePart + ")");
        sentences = wb.createSheet(name);
        sentences.setSelected(false);
        SentenceColumn[] cols = SentenceColumn.values();
        Row header = sentences.createRow(0);
        for (int c = 0; c < cols.length; c++) {
            cell(header, c, cols[c].header(), styles.header);
            sentences.setColumnWidth(c, cols[c].width() * 256);
        }
        sentences.createFreezePane(0, 1);
        sentences.getPrintSetup().setLandscape(true);
        // printed two pages wide, the story, outlet and sentence columns repeated on each: a row
        // stays legible and is never read without knowing which sentence it is
        sentences.setFitToPage(true);
        sentences.getPrintSetup().setFitWidth((short) 2);
        sentences.getPrintSetup().setFitHeight((short) 0);
        sentences.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, SentenceColumn.SENTENCE.ordinal()));
        sentences.setRepeatingRows(new CellRangeAddress(0, 0, 0, cols.length - 1));
        sentences.setAutoFilter(new CellRangeAddress(0, maxRows - 1, 0, cols.length - 1));
        sentenceRows = wb.rows(sentences);
        nextRow = 1;
    }

    private int pair(SXSSFSheet sheet, int r, String key, String value) {
        Row row = sheet.createRow(r);
        cell(row, 0, key, styles.bold);
        // long values (codebook sources, paths) wrap inside the wide value column, never off the page
        cell(row, 1, value, styles.wrapped);
        if (value.length() > 60) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 1, 4));
            row.setHeightInPoints(SheetWriter.lines(value, 60 + 16 + 16 + 68) * Styles.LINE_POINTS + 4);
        }
        return r + 1;
    }

    private int heading(SXSSFSheet sheet, int r, String title) {
        cell(sheet.createRow(r), 0, title, styles.header);
        return r + 1;
    }

    private void cell(Row row, int c, String value, CellStyle style) {
        CellText.set(row, c, value, style, styles);
    }
}
