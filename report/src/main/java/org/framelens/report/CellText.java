package org.framelens.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes every text cell of the workbook, so the workbook's two text rules live in one place:
 * a value longer than a cell holds is cut with a marker ({@link ExcelLimits#cell}), and a value a
 * spreadsheet could take for a formula ({@link FormulaGuard#risky}) keeps its content but gets the
 * quote-prefixed twin of its style ({@link Styles#quoted}), so Excel keeps it text even when the
 * analyst edits the cell. A string cell is never evaluated as it is; the prefix guards the edit.
 * Stateless; the styles it is given belong to one workbook and are not thread-safe.
 */
final class CellText {
    private CellText() {
    }

    /**
     * @param row    the row
     * @param column the column
     * @param value  the text
     * @param style  its style, {@code null} for the workbook's default
     * @param styles the workbook's styles
     * @return the cell created
     */
    static Cell set(Row row, int column, String value, CellStyle style, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(ExcelLimits.cell(value));
        CellStyle s = style(value, style, styles);
        if (s != null) {
            cell.setCellStyle(s);
        }
        return cell;
    }

    /**
     * As {@link #set}, into a sheet's rows written directly.
     *
     * @param rows   the sheet's rows, a row begun
     * @param column the column
     * @param value  the text
     * @param style  its style, {@code null} for the workbook's default
     * @param styles the workbook's styles
     */
    static void set(FastWorkbook.Rows rows, int column, String value, CellStyle style, Styles styles) {
        rows.text(column, ExcelLimits.cell(value), style(value, style, styles));
    }

    /** @return the style a text cell gets: the quote-prefixed twin of {@code style} for risky text */
    private static CellStyle style(String value, CellStyle style, Styles styles) {
        return FormulaGuard.risky(value) ? styles.quoted(style) : style;
    }
}
