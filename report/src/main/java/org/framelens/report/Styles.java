package org.framelens.report;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the workbook, created once (a workbook holds at most 64,000 styles, and
 * fewer keep it small). Arial everywhere: Excel has it and LibreOffice maps it to a font of the
 * same metrics, so the column widths chosen here hold wherever the workbook is opened.
 * Not thread-safe: belongs to one workbook.
 */
final class Styles {
    /** The font of every cell. */
    static final String FONT = "Arial";
    /** Points per line of 10-point text, used to size rows of wrapped text. */
    static final float LINE_POINTS = 13f;

    final CellStyle title;
    final CellStyle section;
    final CellStyle subsection;
    final CellStyle header;
    final CellStyle headerCentered;
    final CellStyle bold;
    final CellStyle plain;
    final CellStyle wrapped;
    final CellStyle wrappedCentered;
    final CellStyle note;
    final CellStyle dash;
    final CellStyle integer;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle rate;
    final CellStyle points;
    final CellStyle totalLabel;
    final CellStyle totalCount;
    final CellStyle totalPercent;

    private final Workbook wb;
    /** Each style's quote-prefixed twin, made when first needed. */
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

    Styles(Workbook wb) {
        this.wb = wb;
        DataFormat fmt = wb.createDataFormat();
        Font base = wb.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints((short) 10);
        Font boldFont = font(wb, 10, true, false, IndexedColors.BLACK);
        Font titleFont = font(wb, 14, true, false, IndexedColors.BLACK);
        Font sectionFont = font(wb, 12, true, false, IndexedColors.WHITE);
        Font noteFont = font(wb, 9, false, true, IndexedColors.GREY_80_PERCENT);

        plain = top(wb.createCellStyle());
        wrapped = top(wb.createCellStyle());
        wrapped.setWrapText(true);
        wrappedCentered = top(wb.createCellStyle());
        wrappedCentered.setWrapText(true);
        wrappedCentered.setAlignment(HorizontalAlignment.CENTER);
        bold = top(wb.createCellStyle());
        bold.setFont(boldFont);
        bold.setWrapText(true);
        title = top(wb.createCellStyle());
        title.setFont(titleFont);
        section = top(wb.createCellStyle());
        section.setFont(sectionFont);
        section.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        subsection = top(wb.createCellStyle());
        subsection.setFont(boldFont);
        subsection.setBorderBottom(BorderStyle.THIN);
        note = top(wb.createCellStyle());
        note.setFont(noteFont);
        note.setWrapText(true);
        header = top(wb.createCellStyle());
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        headerCentered = top(wb.createCellStyle());
        headerCentered.cloneStyleFrom(header);
        headerCentered.setAlignment(HorizontalAlignment.CENTER);
        dash = top(wb.createCellStyle());
        dash.setAlignment(HorizontalAlignment.CENTER);
        integer = top(wb.createCellStyle());
        integer.setDataFormat(fmt.getFormat("0"));
        integer.setAlignment(HorizontalAlignment.CENTER);
        count = number(wb, fmt, "#,##0");
        percent = number(wb, fmt, "0.0%");
        rate = number(wb, fmt, "0.0");
        points = number(wb, fmt, "0.0\" pts\"");
        totalLabel = top(wb.createCellStyle());
        totalLabel.setFont(boldFont);
        totalLabel.setBorderTop(BorderStyle.THIN);
        totalCount = number(wb, fmt, "#,##0");
        totalCount.setFont(boldFont);
        totalCount.setBorderTop(BorderStyle.THIN);
        totalPercent = number(wb, fmt, "0.0%");
        totalPercent.setFont(boldFont);
        totalPercent.setBorderTop(BorderStyle.THIN);
    }

    private static Font font(Workbook wb, int points, boolean bold, boolean italic, IndexedColors color) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        f.setColor(color.getIndex());
        return f;
    }

    private static CellStyle number(Workbook wb, DataFormat fmt, String format) {
        CellStyle s = top(wb.createCellStyle());
        s.setDataFormat(fmt.getFormat(format));
        // centred under the outlet's name: the figures of one outlet read as one column
        s.setAlignment(HorizontalAlignment.CENTER);
        return s;
    }

    private static CellStyle top(CellStyle s) {
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /**
     * @param base a style of this workbook, {@code null} for the default
     * @return the same style with {@code quotePrefix} set: Excel shows and keeps the cell as text,
     *     even when it is edited (see {@link FormulaGuard})
     */
    CellStyle quoted(CellStyle base) {
        CellStyle from = base == null ? wb.getCellStyleAt(0) : base;
        return quoted.computeIfAbsent(from, b -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(b);
            s.setQuotePrefixed(true);
            return s;
        });
    }
}
