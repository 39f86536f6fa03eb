package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The fast workbook writes the same cells as POI's own streaming workbook. */
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
