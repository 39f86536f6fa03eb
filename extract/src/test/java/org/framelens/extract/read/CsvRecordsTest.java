package org.framelens.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte-level CSV splitter: fields, quoting, line numbers and offsets, and recovery after a bad record. */
class CsvRecordsTest {
    private static List<CsvRecords.Item> all(String csv) throws IOException {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        CsvRecords r = new CsvRecords(new ByteArrayInputStream(bytes), 0, 1000);
        List<CsvRecords.Item> out = new ArrayList<>();
        for (CsvRecords.Item i = r.next(); i != null; i = r.next()) {
            out.add(i);
        }
        return out;
    }

    private static List<String> fields(CsvRecords.Item item) {
        return assertInstanceOf(CsvRecords.Row.class, item).fields().stream()
                .map(f -> new String(f, StandardCharsets.UTF_8)).toList();
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        String csv = "a,\"b,c\",\"say \"\"no\"\"\"\r\n\"multi\r\nline\nfield\",,é\rlast,\"\"\n";
        List<CsvRecords.Item> items = all(csv);
        assertEquals(3, items.size());
        assertEquals(List.of("a", "b,c", "say \"no\""), fields(items.get(0)));
        assertEquals(List.of("multi\r\nline\nfield", "", "é"), fields(items.get(1)));
        assertEquals(List.of("last", ""), fields(items.get(2)));
        CsvRecords.Row second = (CsvRecords.Row) items.get(1);
        CsvRecords.Row third = (CsvRecords.Row) items.get(2);
        assertEquals(List.of(1, 2, 5), items.stream().map(i -> ((CsvRecords.Row) i).line()).toList(),
                "the line where each record starts, counting CRLF, LF and CR once each");
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertEquals("\"multi\r\nline\nfield\",,é",
                new String(Arrays.copyOfRange(bytes, (int) second.offset(), (int) second.offset() + second.raw().length), StandardCharsets.UTF_8),
                "offset and raw bytes locate the record in the file");
        assertEquals("last,\"\"", new String(third.raw(), StandardCharsets.UTF_8));
    }

    @Test
    void aBadRecordIsReportedAndReadingGoesOnAtTheNextLine() throws IOException {
        List<CsvRecords.Item> items = all("a,b\"c\nx,\"y\"z,w\nok,1\n");
        CsvRecords.Bad stray = assertInstanceOf(CsvRecords.Bad.class, items.get(0));
        assertEquals(1, stray.line());
        assertTrue(stray.reason().contains("quote inside unquoted field 2"), stray.reason());
        CsvRecords.Bad after = assertInstanceOf(CsvRecords.Bad.class, items.get(1));
        assertEquals(2, after.line());
        assertTrue(after.reason().contains("text after the closing quote of field 2"), after.reason());
        assertEquals(List.of("ok", "1"), fields(items.get(2)));
        assertEquals(3, ((CsvRecords.Row) items.get(2)).line());
    }

    @Test
    void aQuoteNeverClosedIsFatalAndNamesWhereItOpened() throws IOException {
        List<CsvRecords.Item> items = all("h\nok\n\"open\nmore\nlines\n");
        assertEquals(List.of("ok"), fields(items.get(1)));
        CsvRecords.Bad bad = assertInstanceOf(CsvRecords.Bad.class, items.get(2));
        assertTrue(bad.fatal());
        assertEquals(3, bad.line());
        assertEquals(3, items.size());
    }

    @Test
    void anOverlongRecordIsFatal() throws IOException {
        CsvRecords r = new CsvRecords(new ByteArrayInputStream("x".repeat(50).getBytes(StandardCharsets.US_ASCII)), 0, 10);
        CsvRecords.Bad bad = assertInstanceOf(CsvRecords.Bad.class, r.next());
        assertTrue(bad.fatal() && bad.reason().contains("longer than 10 bytes"), bad.reason());
        assertNull(r.next());
    }

    @Test
    void blankRowsAreRecognised() throws IOException {
        List<CsvRecords.Item> items = all("\n , \t,\nx\n");
        assertTrue(((CsvRecords.Row) items.get(0)).blank());
        assertTrue(((CsvRecords.Row) items.get(1)).blank());
        assertTrue(!((CsvRecords.Row) items.get(2)).blank());
    }
}
