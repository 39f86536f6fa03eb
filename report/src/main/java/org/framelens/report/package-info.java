/**
 * Outputs: the {@code sentences.csv} table and the analyst's workbook. Depends on the model only.
 * Every writer streams (Commons CSV printers, POI {@code SXSSFWorkbook}), so memory does not grow
 * with the corpus, and respects Excel's limits ({@link org.framelens.report.ExcelLimits}).
 */
package org.framelens.report;
