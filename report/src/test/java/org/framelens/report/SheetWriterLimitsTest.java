package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A summary sheet of a run with very many stories stays within what Excel accepts (page breaks)
 * and what memory should hold (merged ranges, which POI keeps in memory for a streamed sheet).
 */
class SheetWriterLimitsTest {
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
