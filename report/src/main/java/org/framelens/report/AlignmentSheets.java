package org.framelens.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.framelens.model.align.StoryAlignment;
import org.framelens.report.align.AlignmentTables;
import org.framelens.report.align.Column;
import org.framelens.report.align.Table;

/**
 * The alignment sheets of the workbook — Alignment, Quotes, Unique content, Wording, Shared
 * content, Outlet summary — streamed story by story like the Sentences sheet: header frozen, filters on, widths
 * set, long text wrapped, shares as percentages. A sheet that would pass Excel's row limit stops
 * with a note row pointing to its CSV file, which has every row. Not thread-safe.
 */
final class AlignmentSheets {
    /** The tables that compare outlets: a story with one outlet has no rows in them, and a note. */
    static final java.util.Set<Table<?>> COMPARISONS = java.util.Set.of(AlignmentTables.ALIGNMENT,
            AlignmentTables.QUOTES, AlignmentTables.UNIQUE, AlignmentTables.WORDING, AlignmentTables.SHARES);
    private final FastWorkbook wb;
    private final Styles styles;
    private final int maxRows;
    private final List<SXSSFSheet> sheets = new ArrayList<>();
    /** Each sheet's rows after its header, written without POI's row objects. */
    private final List<FastWorkbook.Rows> sheetRows = new ArrayList<>();
    private final int[] next;
    private final boolean[] full;
    private final CellStyle decimal;

    AlignmentSheets(FastWorkbook wb, Styles styles, int maxRows) {
        this.wb = wb;
        this.styles = styles;
        this.maxRows = maxRows;
        this.decimal = wb.createCellStyle();
        decimal.cloneStyleFrom(styles.integer);
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.000"));
        List<Table<?>> tables = AlignmentTables.TABLES;
        this.next = new int[tables.size()];
        this.full = new boolean[tables.size()];
        for (Table<?> t : tables) {
            SXSSFSheet sheet = header(t);
            sheets.add(sheet);
            sheetRows.add(wb.rows(sheet));
        }
        java.util.Arrays.fill(next, 1);
    }

    /** @return the sheet names, in order */
    List<String> names() {
        return sheets.stream().map(SXSSFSheet::getSheetName).toList();
    }

    private SXSSFSheet header(Table<?> t) {
        SXSSFSheet sheet = wb.createSheet(t.sheet());
        Row h = sheet.createRow(0);
        for (int c = 0; c < t.columns().size(); c++) {
            Column<?> col = t.columns().get(c);
            CellText.set(h, c, col.name(), styles.header, styles);
            // never narrower than the header plus the filter button
            sheet.setColumnWidth(c, Math.max(col.width(), col.name().length() + 3) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, t.columns().size() - 1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, t.columns().size() - 1));
        return sheet;
    }

    /**
     * @param story the story's alignment: when it could not be aligned (one outlet), a note row in
     *              each comparison sheet ({@link #COMPARISONS}) without rows for it says why (the
     *              CSV files, one fact per row, have none; the run's log and Run sheet name the story)
     * @param rows  the story's rows, appended to each sheet
     */
    void add(StoryAlignment story, AlignmentTables.Rows rows) {
        List<AlignmentTables.Part<?>> parts = rows.parts();
        for (int i = 0; i < parts.size() && !story.note().isEmpty(); i++) {
            if (!full[i] && parts.get(i).rows().isEmpty() && COMPARISONS.contains(parts.get(i).table())) {
                FastWorkbook.Rows note = sheetRows.get(i);
                note.row(next[i]++, -1);
                CellText.set(note, 0, story.story(), styles.plain, styles);
                CellText.set(note, 1, story.note(), styles.note, styles);
                note.end();
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            append(i, parts.get(i));
        }
    }

    private <R> void append(int i, AlignmentTables.Part<R> part) {
        Table<R> table = part.table();
        FastWorkbook.Rows out = sheetRows.get(i);
        List<Column<R>> columns = table.columns();
        for (R r : part.rows()) {
            if (full[i]) {
                return;
            }
            if (next[i] >= maxRows - 1) {
                out.row(next[i]++, -1);
                out.text(0, "More rows than a sheet holds: every row is in csv/" + table.csv(), styles.note);
                out.end();
                full[i] = true;
                return;
            }
            Object[] values = table.values(r);
            int lines = 1;
            for (int c = 0; c < values.length; c++) {
                if (!(values[c] instanceof Number)) {
                    String text = ExcelLimits.cell(String.valueOf(values[c]));
                    if (columns.get(c).shown() == Column.Shown.WRAPPED) {
                        lines = Math.max(lines, SheetWriter.lines(text, columns.get(c).width()));
                    }
                    values[c] = text;
                }
            }
            // a wrapped row is not grown by Excel or LibreOffice on opening: set its height here
            out.row(next[i]++, lines > 1 ? Math.min(409f, lines * Styles.LINE_POINTS + 3) : -1);
            for (int c = 0; c < values.length; c++) {
                CellStyle style = style(columns.get(c).shown());
                if (values[c] instanceof Number n) {
                    out.number(c, n.doubleValue(), style);
                } else {
                    CellText.set(out, c, (String) values[c], style, styles);
                }
            }
            out.end();
        }
    }

    private CellStyle style(Column.Shown shown) {
        return switch (shown) {
            case TEXT -> styles.plain;
            case WRAPPED -> styles.wrapped;
            case INTEGER -> styles.integer;
            case SHARE -> styles.percent;
            case DECIMAL -> decimal;
        };
    }

    /** Sets the autofilter over the rows written, once all stories are in. */
    void finish() {
        List<Table<?>> tables = AlignmentTables.TABLES;
        for (int i = 0; i < sheets.size(); i++) {
            sheets.get(i).setAutoFilter(new CellRangeAddress(0, Math.max(0, next[i] - 1), 0,
                    tables.get(i).columns().size() - 1));
        }
    }
}
