/**
 * The alignment of a story's outlets as tables — Alignment, Quotes, Unique content, Wording and
 * the shares of content each outlet pair has in common, and per outlet the quotations it kept
 * alone (Outlet summary) — defined once and written both as
 * workbook sheets and as CSV files.
 */
package org.framelens.report.align;
