/**
 * Outputs: {@code sentences.csv}, the analyst's workbook, the charts and the tidy CSV exports.
 * Depends on the model only.
 *
 * <p>{@link org.framelens.report.SentencesCsvWriter} and {@link org.framelens.report.ReportWorkbook}
 * stream every sentence (Commons CSV printers, POI {@code SXSSFWorkbook}).
 * {@link org.framelens.report.Summary} takes each finished story's profiles
 * ({@code org.framelens.model.profile}), keeps one profile per outlet across stories and sets the
 * rest aside on disk. At the end it writes the summary sheets, the JFreeChart charts and the CSV
 * exports, so memory does not grow with the corpus. Excel's limits are respected
 * ({@link org.framelens.report.ExcelLimits}): long cells are cut with a marker, sentences continue
 * on further sheets, and summary sheets stop with a note before the last row. Text a spreadsheet
 * could run as a formula is neutralised by one rule ({@link org.framelens.report.FormulaGuard}):
 * with a leading apostrophe in every CSV file, with a quote-prefixed cell style in the workbook
 * (every text cell is written by {@code CellText}).
 */
package org.framelens.report;
