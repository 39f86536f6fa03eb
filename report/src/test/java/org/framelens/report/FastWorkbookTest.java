package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/** The fast workbook writes the same cells, and the same XML, as POI's own streaming workbook. */
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
    void everyEntryHoldsTheSameBytesAsPoisOwn() throws IOException {
        Map<String, byte[]> poi = entries(writeSeveral(new SXSSFWorkbook(3)));
        Map<String, byte[]> fast = entries(writeSeveral(new FastWorkbook(3)));
        assertEquals(poi.keySet(), fast.keySet());
        for (String name : poi.keySet()) {
            if (!name.equals("docProps/core.xml")) { // holds the time the workbook was made
                assertArrayEquals(poi.get(name), fast.get(name), name);
            }
        }
        assertTrue(poi.get("xl/worksheets/sheet1.xml").length > 10_000, "rows went through the temporary file");
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
