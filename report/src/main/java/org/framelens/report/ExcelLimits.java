package org.framelens.report;

/**
 * Excel's hard limits and how framelens stays inside them: long cells are cut with a visible
 * marker, sheet names are made legal and short. Stateless and thread-safe.
 */
public final class ExcelLimits {
    /** Rows in one sheet, header included. */
    public static final int MAX_ROWS = 1_048_576;
    /** Characters in one cell. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Manual page breaks in one sheet: Excel reports a file with more as damaged. */
    public static final int MAX_PAGE_BREAKS = 1_026;
    /**
     * Merged cell ranges a sheet writer makes, at most. Not an Excel limit but a memory one: POI
     * keeps every merged range of a streamed sheet in memory (about 250 bytes each), so a run with
     * tens of thousands of stories would otherwise grow with them. Past this, text that would have
     * spanned merged cells stays in its first cell.
     */
    public static final int MAX_MERGED_REGIONS = 2_000;
    /** Characters in a sheet name. */
    public static final int MAX_SHEET_NAME = 31;
    /** Appended to a cut cell, so a reader sees that text is missing (the CSV keeps it whole). */
    public static final String CUT_MARKER = " [\u2026 cut: Excel cell limit; full text in the CSV]";

    private ExcelLimits() {
    }

    /**
     * @param value any text
     * @return the text, cut with {@link #CUT_MARKER} when longer than a cell may hold
     */
    public static String cell(String value) {
        if (value.length() <= MAX_CELL_CHARS) {
            return value;
        }
        int keep = MAX_CELL_CHARS - CUT_MARKER.length();
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--; // never split a surrogate pair
        }
        return value.substring(0, keep) + CUT_MARKER;
    }

    /**
     * @param name a wanted sheet name
     * @return a legal one: no {@code []:*?/\}, not blank, at most 31 characters
     */
    public static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (clean.startsWith("'")) {
            clean = "_" + clean.substring(1);
        }
        if (clean.isEmpty()) {
            clean = "Sheet";
        }
        return clean.length() <= MAX_SHEET_NAME ? clean : clean.substring(0, MAX_SHEET_NAME);
    }
}
