package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.CRC32;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The fast workbook writes the same cells as POI's own streaming workbook (read back with POI), in
 * less XML, and the same bytes in every entry but the rows and the shared strings.
 */
class FastWorkbookTest {
    private static final List<String> TRICKY = List.of(
            "plain text", "", "a < b > c & d \"quoted\" 'single'",
            "line one\nline two\r\nthree\ttabbed", "non\u00A0breaking space",
            "control \u0001\u0007\u001F chars", "U+FFFE \uFFFE and U+FFFF \uFFFF",
            "emoji \uD83D\uDE00 and a lone surrogate \uD800 here", "curly \u201Cquotes\u201D \u2014 dash",
            "=SUM(A1:A2)", "&amp; already escaped", "<![CDATA[x]]>");

    @Test
    void writesTheSameCellValuesAsPoi() throws IOException {
        assertEquals(read(write(new SXSSFWorkbook(2))), read(write(new FastWorkbook(2))));
    }

    @Test
    void everyTrickyValueComesBackReadable() throws IOException {
        List<String> back = read(write(new FastWorkbook(2)));
        // what XML 1.0 can hold comes back as written
        assertEquals("a < b > c & d \"quoted\" 'single'", back.get(2));
        assertEquals("line one\nline two\r\nthree\ttabbed", back.get(3));
        assertEquals("emoji \uD83D\uDE00 and a lone surrogate \uD800 here".substring(0, 8), back.get(7).substring(0, 8));
        // what it cannot is replaced, as POI does
        assertEquals("control ??? chars", back.get(5));
    }

    @Test
    void everyOtherEntryHoldsTheSameBytesAsPoisOwnAndEverySheetTheSameCells() throws IOException {
        byte[] poiBytes = writeSeveral(new SXSSFWorkbook(3));
        byte[] fastBytes = writeSeveral(new FastWorkbook(3));
        Map<String, byte[]> poi = entries(poiBytes);
        Map<String, byte[]> fast = entries(fastBytes);
        assertEquals(poi.keySet(), fast.keySet());
        for (String name : poi.keySet()) {
            if (name.startsWith("xl/worksheets/sheet")) {
                // the XML around the rows is POI's; the rows are shorter, read back below
                assertEquals(aroundRows(poi.get(name)), aroundRows(fast.get(name)), name);
            } else if (!name.equals("docProps/core.xml") // holds the time the workbook was made
                    && !name.equals("xl/sharedStrings.xml")) {
                assertArrayEquals(poi.get(name), fast.get(name), name);
            }
        }
        assertEquals(cells(poiBytes), cells(fastBytes));
        assertTrue(poi.get("xl/worksheets/sheet1.xml").length > 10_000, "rows went through the temporary file");
        // what the shorter cells are for: less XML to encode and deflate
        int poiXml = poi.get("xl/worksheets/sheet1.xml").length + poi.get("xl/worksheets/sheet2.xml").length;
        int fastXml = fast.get("xl/worksheets/sheet1.xml").length + fast.get("xl/worksheets/sheet2.xml").length;
        assertTrue(fastXml < poiXml * 0.7, fastXml + " bytes of rows against POI's " + poiXml);
        String big = new String(fast.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertFalse(big.contains(" t=\"n\""), "numbers are of the default type (formulas, POI's, say it)");
        assertTrue(big.contains("<c s=") || big.contains("<c t="), "cells next to the previous have no reference");
        assertTrue(new String(fast.get("xl/worksheets/sheet2.xml"), StandardCharsets.UTF_8).contains(" t=\"s\""),
                "short texts are shared");
    }

    @Test
    void theSharedStringsTableStopsGrowingAtItsBoundAndTheRestIsWrittenInline() throws IOException {
        List<String> written = new ArrayList<>();
        byte[] xlsx;
        try (FastWorkbook wb = new FastWorkbook(5, 40, 12)) {
            Sheet sheet = wb.createSheet("s");
            for (int r = 0; r < 300; r++) {
                Row row = sheet.createRow(r);
                // short texts, distinct and repeated; one too long to share; one with spaces at its ends
                String[] texts = {"id-" + r, "kind-" + r % 3, "a text longer than the table takes " + r, " padded "};
                for (int c = 0; c < texts.length; c++) {
                    row.createCell(c).setCellValue(texts[c]);
                    written.add(texts[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        List<String> back = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(40, wb.getSharedStringSource().getUniqueCount(), "the table holds its bound, no more");
            for (Row row : wb.getSheetAt(0)) {
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, c.getCellType());
                    back.add(c.getStringCellValue());
                }
            }
        }
        assertEquals(written, back);
        String rows = new String(entries(xlsx).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertTrue(rows.contains("<t>id-299</t>"), "past the bound, short texts are inline");
        assertTrue(rows.contains("<t>a text longer than the table takes 0</t>"), "long texts are inline");
    }

    @Test
    void rowsWrittenDirectlyReadBackAsTheSameRowsWrittenThroughPoi() throws IOException {
        assertEquals(cells(sheetOfEveryShape(false, 4 << 20)), cells(sheetOfEveryShape(true, 4 << 20)));
    }

    @Test
    void rowsDeflatedOnTheDeflateThreadReadBackAsTheRowsDeflatedOnTheWriters() throws IOException {
        // the first 1,000 bytes here, the rest on the thread; and all of it here
        byte[] threaded = sheetOfEveryShape(true, 1_000);
        assertEquals(cells(sheetOfEveryShape(true, Long.MAX_VALUE)), cells(threaded));
        assertEquals(entries(sheetOfEveryShape(true, Long.MAX_VALUE)).get("xl/worksheets/sheet1.xml").length,
                entries(threaded).get("xl/worksheets/sheet1.xml").length);
    }

    @Test
    void aDirectRowAtOrBelowTheRowsWrittenIsRefusedAndPoiRefusesRowsBelowTheDirectOnes() throws IOException {
        try (FastWorkbook wb = new FastWorkbook(3)) {
            org.apache.poi.xssf.streaming.SXSSFSheet sheet = wb.createSheet("s");
            sheet.createRow(0).createCell(0).setCellValue("header");
            FastWorkbook.Rows rows = wb.rows(sheet);
            assertThrows(IllegalArgumentException.class, () -> rows.row(0, -1));
            rows.row(4, -1);
            rows.number(0, 1, null);
            rows.end();
            assertEquals(2, sheet.getPhysicalNumberOfRows());
            assertThrows(IllegalArgumentException.class, () -> sheet.createRow(3));
        }
    }

    /**
     * A header row through POI, then rows of text, numbers, gaps, wide columns, heights and styles,
     * through POI's rows or written directly.
     */
    private static byte[] sheetOfEveryShape(boolean direct, long inlineBytes) throws IOException {
        try (FastWorkbook wb = new FastWorkbook(4, 1 << 14, 48, inlineBytes)) {
            org.apache.poi.xssf.streaming.SXSSFSheet sheet = wb.createSheet("shapes");
            Styles styles = new Styles(wb);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("a header");
            header.createCell(3).setCellValue(7);
            FastWorkbook.Rows rows = direct ? wb.rows(sheet) : null;
            double[] numbers = {0, -0.0, 1, -1, 42, 0.25, 9_999_999, 10_000_000, 1e15, 1e20, 1e-7, 0.1 + 0.2, -3.5e14};
            String[] texts = {"", " lead", "trail ", "=1+2", "@risky", "plain", "x < y & \"z\"", "line\nbreak",
                "\u00A0nbsp", "a long text " + "word ".repeat(30)};
            org.apache.poi.ss.usermodel.CellStyle[] kinds = {null, styles.plain, styles.wrapped, styles.integer};
            for (int r = 1; r < 80; r++) {
                float points = r % 5 == 0 ? 13.37f * (r % 7 + 1) : -1;
                Row row = null;
                if (direct) {
                    rows.row(r * 2, points);
                } else {
                    row = sheet.createRow(r * 2);
                    if (points != -1) {
                        row.setHeightInPoints(points);
                    }
                }
                for (int c = r % 3; c < 85; c += 1 + (r + c) % 4) {
                    org.apache.poi.ss.usermodel.CellStyle style = kinds[(r + c) % kinds.length];
                    if ((r + c) % 2 == 0) {
                        double v = numbers[(r * 7 + c) % numbers.length];
                        if (direct) {
                            rows.number(c, v, style);
                        } else {
                            row.createCell(c).setCellValue(v);
                            if (style != null) {
                                row.getCell(c).setCellStyle(style);
                            }
                        }
                    } else {
                        String v = texts[(r * 3 + c) % texts.length] + (c > 60 ? " " + r : "");
                        if (direct) {
                            CellText.set(rows, c, v, style, styles);
                        } else {
                            CellText.set(row, c, v, style, styles);
                        }
                    }
                }
                if (direct) {
                    rows.end();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A sheet's XML without its rows. */
    private static String aroundRows(byte[] sheet) {
        String xml = new String(sheet, StandardCharsets.UTF_8);
        int start = xml.indexOf("<sheetData>");
        int end = xml.indexOf("</sheetData>");
        return start < 0 || end < 0 ? xml : xml.substring(0, start) + xml.substring(end);
    }

    /**
     * Everything POI reads back of every sheet: per row its number, height and whether it is
     * custom; per cell its column, type, value and style; the merged regions and column widths.
     */
    private static List<String> cells(byte[] xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                out.add("sheet " + sheet.getSheetName() + " merged " + sheet.getMergedRegions());
                for (int c = 0; c < 90; c++) {
                    out.add("width " + c + " " + sheet.getColumnWidth(c));
                }
                for (Row row : sheet) {
                    out.add("row " + row.getRowNum() + " " + row.getHeight() + " " + row.getZeroHeight()
                            + " " + ((org.apache.poi.xssf.usermodel.XSSFRow) row).getCTRow().getCustomHeight());
                    for (org.apache.poi.ss.usermodel.Cell c : row) {
                        String value = switch (c.getCellType()) {
                            case STRING -> c.getStringCellValue();
                            case NUMERIC -> Long.toHexString(Double.doubleToRawLongBits(c.getNumericCellValue()));
                            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
                            case FORMULA -> c.getCellFormula();
                            default -> "";
                        };
                        out.add(c.getAddress() + " " + c.getCellType() + " " + c.getCellStyle().getIndex() + " " + value);
                    }
                }
            }
        }
        return out;
    }

    /** Sheets with many rows, every kind of cell, none, merged cells, frozen panes and a picture. */
    private static byte[] writeSeveral(SXSSFWorkbook wb) throws IOException {
        try (wb) {
            Sheet big = wb.createSheet("big");
            big.createFreezePane(0, 1);
            for (int r = 0; r < 500; r++) {
                Row row = big.createRow(r);
                row.createCell(0).setCellValue(TRICKY.get(r % TRICKY.size()) + " " + r);
                row.createCell(2).setCellValue(r * 0.25);
            }
            big.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 1));
            // every kind of cell, styled and not, numbers of every shape, columns past the letters' cache
            Sheet kinds = wb.createSheet("kinds");
            org.apache.poi.ss.usermodel.CellStyle bold = wb.createCellStyle();
            bold.setWrapText(true);
            double[] numbers = {0, -0.0, 1, -1, 42, 0.25, -3.5, 9_999_999, 10_000_000, -10_000_000, 1e20, 123456789012.0,
                1e-7, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 0.1 + 0.2};
            String[] texts = {" leading", "trailing ", "\tboth\n", "inner space", "", "<&>\""};
            for (int r = 0; r < 60; r++) {
                Row row = kinds.createRow(r * 2); // gaps: rows not written
                if (r % 7 == 0) {
                    row.setHeightInPoints(31.5f);
                }
                for (int c = 0; c < 84; c += 1 + r % 3) {
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                    switch ((r + c) % 6) {
                        case 0 -> cell.setCellValue(numbers[(r + c) % numbers.length]);
                        case 1 -> cell.setCellValue(texts[(r + c) % texts.length]);
                        case 2 -> { } // blank
                        case 3 -> cell.setCellValue(c % 2 == 0);
                        case 4 -> cell.setCellFormula("A1+" + c);
                        default -> cell.setCellValue(r * 1000.0 + c);
                    }
                    if (c % 4 == 1) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            wb.createSheet("empty");
            Sheet small = wb.createSheet("small");
            small.createRow(0).createCell(0).setCellValue("one row");
            small.setColumnWidth(0, 40 * 256);
            byte[] png = Png.encode(new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB));
            int picture = wb.addPicture(png, SXSSFWorkbook.PICTURE_TYPE_PNG);
            small.createDrawingPatriarch().createPicture(
                    new org.apache.poi.xssf.usermodel.XSSFClientAnchor(0, 0, 0, 0, 1, 1, 3, 4), picture);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("fastworkbook", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile zf = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zf.entries())) {
                    byte[] data = zf.getInputStream(e).readAllBytes();
                    // the central directory's CRC and size are those of the data
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    assertEquals(e.getCrc(), crc.getValue(), e.getName());
                    assertEquals(e.getSize(), data.length, e.getName());
                    entries.put(e.getName(), data);
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return entries;
    }

    private static byte[] write(SXSSFWorkbook wb) throws IOException {
        try (wb) {
            Sheet sheet = wb.createSheet("s");
            // more rows than the window, so rows go through the temporary file
            for (int r = 0; r < TRICKY.size() * 3; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(TRICKY.get(r % TRICKY.size()));
                row.createCell(1).setCellValue(r);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> read(byte[] xlsx) throws IOException {
        List<String> values = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                values.add(row.getCell(0).getStringCellValue() + "|" + (int) row.getCell(1).getNumericCellValue());
            }
        }
        return values.stream().map(v -> v.substring(0, v.lastIndexOf('|'))).toList();
    }
}
