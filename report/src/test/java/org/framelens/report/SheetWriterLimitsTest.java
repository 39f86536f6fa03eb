package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A summary sheet of a run with very many stories stays within what Excel accepts (page breaks)
 * and what memory should hold (merged ranges, which POI keeps in memory for a streamed sheet).
 */
class SheetWriterLimitsTest {
    /** The line count of wrapped text, as the split-based layout counted it (words between single spaces). */
    @Test
    void wrappedLinesAsSplittingTheText() {
        String[] edge = {"", " ", "  ", "\n", "\n\n", "a", "a ", " a", "a  b", "a\n", "\na", " \n ", "a \n b",
            "word ".repeat(40), "x".repeat(250), "x".repeat(250) + " y", "short words that wrap here and there"};
        for (String t : edge) {
            for (int width = 1; width <= 40; width += 3) {
                assertEquals(reference(t, width), SheetWriter.lines(t, width), "'" + t + "' at " + width);
            }
        }
        Random random = new Random(5);
        String alphabet = "ab  \nc d\u00e9";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(120);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int width = 1 + random.nextInt(30);
            assertEquals(reference(b.toString(), width), SheetWriter.lines(b.toString(), width), () -> "'" + b + "'");
        }
    }

    /** The layout before it went without String.split: the reference. */
    private static int reference(String text, int width) {
        int perLine = Math.max(1, (int) (width * 1.12));
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            int len = 0;
            int paraLines = 1;
            for (String word : para.split(" ")) {
                int w = word.length();
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
            }
            lines += paraLines;
        }
        return Math.max(1, lines);
    }

    @Test
    void pageBreaksAndMergedRangesStopAtTheirLimitsAndTheTextIsStillWritten() throws IOException {
        int sections = ExcelLimits.MAX_MERGED_REGIONS + 500;
        byte[] xlsx;
        try (SXSSFWorkbook wb = new FastWorkbook(100)) {
            Styles styles = new Styles(wb);
            SheetWriter w = new SheetWriter(wb, wb.createSheet("Many"), styles, new int[] {30, 10, 10}, ExcelLimits.MAX_ROWS);
            for (int i = 0; i < sections; i++) {
                w.pageBreak();
                w.section("Story " + i);
                w.note("A note long enough to span the three columns of the sheet, section " + i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheet("Many");
            assertEquals(ExcelLimits.MAX_PAGE_BREAKS, sheet.getRowBreaks().length);
            assertEquals(ExcelLimits.MAX_MERGED_REGIONS, sheet.getNumMergedRegions());
            // every section's text is there, merged or not
            int found = 0;
            for (var row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("A note long enough")) {
                    found++;
                }
            }
            assertEquals(sections, found);
            assertTrue(sheet.getLastRowNum() >= 2 * sections - 1);
        }
    }
}
