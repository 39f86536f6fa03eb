package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The workbook's zip: plain entries, spliced entries, and the CRC arithmetic a splice needs. */
class XlsxZipTest {
    @Test
    void combinedCrcIsTheCrcOfTheTwoPiecesTogether() {
        Random random = new Random(7);
        for (int len1 : new int[] {0, 1, 13, 4096}) {
            for (int len2 : new int[] {0, 1, 7, 65_537}) {
                byte[] a = new byte[len1];
                byte[] b = new byte[len2];
                random.nextBytes(a);
                random.nextBytes(b);
                CRC32 whole = new CRC32();
                whole.update(a);
                whole.update(b);
                assertEquals(whole.getValue(), XlsxZip.combine(crc(a), crc(b), len2), len1 + "+" + len2);
            }
        }
    }

    @Test
    void aSplicedEntryReadsBackAsHeadMiddleTail() throws IOException {
        byte[] head = "<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            rows.append("<row r=\"").append(i + 1).append("\"><c><v>").append(i * 31 % 977).append("</v></c></row>\n");
        }
        byte[] middle = rows.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</sheetData><pageSetup/></worksheet>".getBytes(StandardCharsets.UTF_8);
        // the middle as raw blocks ending on a sync flush, as the workbook's temporary rows are
        Deflater def = new Deflater(Deflater.BEST_SPEED, true);
        def.setInput(middle);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buf = new byte[1000];
        int n;
        do {
            n = def.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
            raw.write(buf, 0, n);
        } while (n == buf.length);
        def.end();

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        XlsxZip z = new XlsxZip(zip, Deflater.BEST_SPEED);
        z.deflated("first.xml", new ByteArrayInputStream("<a/>".getBytes(StandardCharsets.UTF_8)));
        z.splice("sheet.xml", head, new ByteArrayInputStream(raw.toByteArray()), crc(middle), middle.length, tail);
        z.deflated("empty", new ByteArrayInputStream(new byte[0]));
        z.finish();

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(head);
        expected.write(middle);
        expected.write(tail);
        // read through the central directory (the local headers say the sizes follow the data)
        java.nio.file.Path file = java.nio.file.Files.createTempFile("xlsxzip", ".zip");
        try {
            java.nio.file.Files.write(file, zip.toByteArray());
            try (java.util.zip.ZipFile zf = new java.util.zip.ZipFile(file.toFile())) {
                assertEquals(java.util.List.of("first.xml", "sheet.xml", "empty"),
                        java.util.Collections.list(zf.entries()).stream().map(ZipEntry::getName).toList());
                assertEquals("<a/>", new String(zf.getInputStream(zf.getEntry("first.xml")).readAllBytes(),
                        StandardCharsets.UTF_8));
                assertEquals(0, zf.getInputStream(zf.getEntry("empty")).readAllBytes().length);
                ZipEntry e = zf.getEntry("sheet.xml");
                assertEquals(expected.size(), e.getSize());
                assertEquals(crc(expected.toByteArray()), e.getCrc());
                assertArrayEquals(expected.toByteArray(), zf.getInputStream(e).readAllBytes());
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void theTemplateIsSplitWherePoiPutsTheRows() throws IOException {
        assertSplit("<worksheet><cols/><sheetData/><pageSetup/></worksheet>",
                "<worksheet><cols/><sheetData>\n", "</sheetData><pageSetup/></worksheet>");
        assertSplit("<worksheet><sheetData></sheetData><mergeCells/></worksheet>",
                "<worksheet><sheetData>", "</sheetData><mergeCells/></worksheet>");
        assertSplit("<worksheet><sheetDataX/></worksheet>",
                "<worksheet><sheetData/X/></worksheet><sheetData>\n", "</sheetData>");
    }

    private static void assertSplit(String template, String head, String tail) throws IOException {
        byte[][] parts = FastWorkbook.around(template.getBytes(StandardCharsets.UTF_8));
        assertEquals(head, new String(parts[0], StandardCharsets.UTF_8));
        assertEquals(tail, new String(parts[1], StandardCharsets.UTF_8));
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }
}
