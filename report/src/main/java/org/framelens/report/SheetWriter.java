package org.framelens.report;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;

/**
 * Writes one summary sheet top to bottom: titles, notes, tables and pictures, with row heights
 * sized to the wrapped text they hold (a streamed sheet cannot be auto-fitted afterwards).
 * Not thread-safe: one writer per sheet.
 */
final class SheetWriter {
    /** Pixels of a row of default height (15 points at 96 dpi is 20 pixels). */
    static final int ROW_PIXELS = 20;
    /** Rows kept free below the last one, so a sheet never reaches Excel's row limit. */
    private static final int ROW_MARGIN = 200;

    private final SXSSFWorkbook wb;
    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int[] widths;
    private final int maxRows;
    private int breaks;
    private int merged;
    /**
     * Printable width of a landscape page (Letter or A4, default margins) in pixels at 96 dpi,
     * with a margin for fonts a little wider than Excel's measure.
     */
    private static final int PRINTABLE_PIXELS = 820;

    private SXSSFDrawing drawing;
    private int next;
    /** The columns a note spans: all, or the repeated ones when the sheet prints several pages wide. */
    private int pageColumns;

    /**
     * @param wb      the workbook
     * @param sheet   the sheet to write, still empty
     * @param styles  the workbook's styles
     * @param widths  column widths in characters; the sheet is as wide as this array
     * @param maxRows the sheet's row limit
     */
    SheetWriter(SXSSFWorkbook wb, SXSSFSheet sheet, Styles styles, int[] widths, int maxRows) {
        this.wb = wb;
        this.sheet = sheet;
        this.styles = styles;
        this.widths = widths.clone();
        this.maxRows = maxRows;
        this.pageColumns = widths.length;
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
        sheet.setDisplayGridlines(false);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    /**
     * Keeps the first columns in view when scrolling right. In print, the sheet is one page wide
     * while {@code perPage} groups fit; past that, each page holds {@code perPage} outlet groups
     * after the repeated first columns, at a scale that fits that width, so no group is cut in two
     * and every page says which row is which.
     *
     * @param fixed   the columns that name a row
     * @param group   the width of one outlet's group of columns
     * @param groups  the number of groups
     * @param perPage groups per printed page
     */
    void keepColumns(int fixed, int group, int groups, int perPage) {
        sheet.createFreezePane(fixed, 0);
        if (groups <= perPage) {
            return;
        }
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, fixed - 1));
        for (int g = perPage; g < groups; g += perPage) {
            sheet.setColumnBreak(fixed + g * group - 1);
        }
        int pixels = 0;
        for (int c = 0; c < fixed + perPage * group; c++) {
            pixels += columnPixels(c);
        }
        // notes span only the repeated columns: printed whole on every page, never cut at an edge
        pageColumns = fixed;
        sheet.setFitToPage(false);
        sheet.setAutobreaks(false);
        sheet.getPrintSetup().setScale((short) Math.max(10, Math.min(100, PRINTABLE_PIXELS * 100 / pixels)));
    }

    /** Starts a new printed page at the next row. */
    void pageBreak() {
        if (next > 0) {
            breakAfter(next - 1);
        }
    }

    /** A page break after a row, while the sheet has fewer than Excel allows (then pages flow). */
    private void breakAfter(int row) {
        if (breaks < ExcelLimits.MAX_PAGE_BREAKS) {
            sheet.setRowBreak(row);
            breaks++;
        }
    }

    /**
     * Merges cells of one row, while the sheet has merged fewer than
     * {@link ExcelLimits#MAX_MERGED_REGIONS}.
     *
     * @return whether the cells were merged
     */
    boolean merge(int row, int firstColumn, int lastColumn) {
        if (merged >= ExcelLimits.MAX_MERGED_REGIONS) {
            return false;
        }
        sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, firstColumn, lastColumn));
        merged++;
        return true;
    }

    /** @return the sheet */
    SXSSFSheet sheet() {
        return sheet;
    }

    /** @return the index of the next row to be written */
    int rowIndex() {
        return next;
    }

    /** @return the number of columns */
    int columns() {
        return widths.length;
    }

    /**
     * @param rows rows about to be written
     * @return whether they still fit under Excel's row limit (with a margin for a closing note)
     */
    boolean fits(int rows) {
        return next + rows < maxRows - ROW_MARGIN;
    }

    /** @return a new row */
    Row row() {
        return sheet.createRow(next++);
    }

    /** Leaves a row empty. */
    void skip() {
        next++;
    }

    /** @param text the sheet's title */
    void title(String text) {
        Row r = row();
        text(r, 0, text, styles.title);
        r.setHeightInPoints(22);
    }

    /**
     * A line of explanation across the whole sheet, wrapped.
     *
     * @param text what to say
     */
    void note(String text) {
        spanning(text, styles.note, 12f);
    }

    /**
     * A section heading across the whole sheet ("Story: …").
     *
     * @param text the heading
     */
    void section(String text) {
        Row r = row();
        CellText.set(r, 0, text, styles.section, styles);
        for (int c = 1; c < widths.length; c++) {
            r.createCell(c).setCellStyle(styles.section);
        }
        r.setHeightInPoints(19);
    }

    /**
     * A table's heading, bold and underlined across the sheet.
     *
     * @param text the heading
     */
    void subsection(String text) {
        Row r = row();
        CellText.set(r, 0, text, styles.subsection, styles);
        for (int c = 1; c < widths.length; c++) {
            r.createCell(c).setCellStyle(styles.subsection);
        }
        r.setHeightInPoints(16);
    }

    private void spanning(String text, CellStyle style, float linePoints) {
        Row r = row();
        CellText.set(r, 0, text, style, styles);
        boolean spans = pageColumns > 1 && merge(r.getRowNum(), 0, pageColumns - 1);
        int total = Arrays.stream(widths, 0, spans ? pageColumns : 1).sum();
        r.setHeightInPoints(lines(text, total) * linePoints + 3);
    }

    /**
     * @param r     a row
     * @param c     a column
     * @param value text
     * @param style its style
     */
    void text(Row r, int c, String value, CellStyle style) {
        CellText.set(r, c, value, style, styles);
        fit(r, c, value, style);
    }

    /**
     * @param r     a row
     * @param c     a column
     * @param value a whole number
     * @param style its style
     */
    void number(Row r, int c, double value, CellStyle style) {
        Cell cell = r.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * A number, or a dash where it is undefined (a share of nothing).
     *
     * @param r     a row
     * @param c     a column
     * @param value the value, {@code null} when undefined
     * @param style its style
     */
    void number(Row r, int c, Double value, CellStyle style) {
        if (value == null) {
            text(r, c, "\u2013", styles.dash);
        } else {
            number(r, c, value.doubleValue(), style);
        }
    }

    /**
     * Grows the row so that wrapped text in the cell shows whole.
     */
    private void fit(Row r, int c, String value, CellStyle style) {
        if (!style.getWrapText() || c >= widths.length) {
            return;
        }
        float needed = lines(value, widths[c]) * Styles.LINE_POINTS + 4;
        if (needed > r.getHeightInPoints()) {
            r.setHeightInPoints(needed);
        }
    }

    /**
     * @param text  text to wrap
     * @param width column width in characters
     * @return how many lines it takes, at a conservative average character width
     */
    static int lines(String text, int width) {
        // column widths are in digit widths; 10-point Arial text averages about 0.85 of a digit per
        // character, so a column holds ~1.15 characters per unit (measured on LibreOffice renders)
        int perLine = Math.max(1, (int) (width * 1.12));
        // paragraph by paragraph, word by word, without splitting the text into strings (a row
        // height per wrapped cell of the per-sentence sheets: millions in a large run)
        int lines = 0;
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            lines += paragraphLines(text, from, to, perLine);
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return Math.max(1, lines);
    }

    /**
     * The lines of one paragraph: its words (between single spaces; two spaces make an empty word,
     * trailing spaces none) laid out greedily, a word longer than a line broken across lines.
     */
    private static int paragraphLines(String text, int from, int to, int perLine) {
        int end = to;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        int len = 0;
        int paraLines = 1;
        int i = from;
        while (i < end) {
            int wordEnd = i;
            while (wordEnd < end && text.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            int w = wordEnd - i;
            if (len == 0) {
                len = w;
            } else if (len + 1 + w <= perLine) {
                len += 1 + w;
            } else {
                paraLines++;
                len = w;
            }
            while (len > perLine) {
                paraLines++;
                len -= perLine;
            }
            i = wordEnd + 1;
        }
        return paraLines;
    }

    /**
     * Places a picture with its top-left corner at a cell, at a given size, and moves past it.
     *
     * @param png    the picture
     * @param col    the column of its top-left corner
     * @param width  its width in pixels
     * @param height its height in pixels
     */
    void picture(byte[] png, int col, int width, int height) {
        // a page break above, so a printed chart is never cut in two
        if (next > 0) {
            breakAfter(next - 1);
        }
        int row = next;
        int rows = (height + ROW_PIXELS - 1) / ROW_PIXELS;
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        int index = wb.addPicture(png, SXSSFWorkbook.PICTURE_TYPE_PNG);
        // a two-cell anchor computed from the column widths, so the picture keeps its aspect ratio
        int c = col;
        int left = width;
        while (c < 16_000 && left > columnPixels(c)) {
            left -= columnPixels(c);
            c++;
        }
        int bottomRow = row + height / ROW_PIXELS;
        int bottomDy = height % ROW_PIXELS;
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, left * EMU_PER_PIXEL, bottomDy * EMU_PER_PIXEL,
                col, row, c, bottomRow);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, index);
        next = row + rows + 1;
    }

    private static final int EMU_PER_PIXEL = 9525;

    private int columnPixels(int c) {
        return Math.round(sheet.getColumnWidthInPixels(c));
    }
}
