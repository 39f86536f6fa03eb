package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lean CSV printer prints what Commons CSV prints with the format of every framelens table. */
class CsvOutTest {
    /** Characters that matter to quoting, and some that do not. */
    private static final String ALPHABET = ",\"\n\r \t#!$'-=+@;:a Zz09.\u00e9\u20ac\u0000\u001f\u007f\u00a0\u2028";

    @Test
    void edgeValuesAsCommonsCsv() throws IOException {
        String[] edge = {"", " ", "#", "!", "\"", "$", "a", "a ", " a", "a\t", "\ta", "a,b", "a\"b", "\"\"", "a\nb",
            "a\rb", "a\r\n", "'=1", "=1", "-1", "-", "3.25", "caf\u00e9", "\u20ac", "x\u0000", "\u007f", "a#", "#a",
            "\"a\"", ",", "\n", "\r", "a;b", "\u00a0", "\uD83D\uDE00", "\uD83D", "\uDE00a"};
        List<List<Object>> records = new ArrayList<>();
        for (String a : edge) {
            records.add(List.of(a));
            for (String b : edge) {
                records.add(List.of(a, b));
            }
        }
        List<Object> withNulls = new ArrayList<>();
        withNulls.add(null);
        withNulls.add("");
        withNulls.add(null);
        records.add(withNulls);
        List<Object> firstEmpty = new ArrayList<>();
        firstEmpty.add("");
        firstEmpty.add(null);
        firstEmpty.add("");
        records.add(firstEmpty);
        // values longer than the printer's buffer, before and after it grows
        records.add(List.of("b".repeat(300), "a".repeat(70_000) + "\"q\"", "c,".repeat(40_000), " d".repeat(200)));
        records.add(List.of(0L, -12L, Long.MAX_VALUE, Long.MIN_VALUE, 7, 2.5, true));
        assertSame(records);
    }

    @Test
    void randomRecordsAsCommonsCsv() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<List<Object>> records = new ArrayList<>();
            for (int r = 0; r < 50; r++) {
                List<Object> record = new ArrayList<>();
                int n = 1 + random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    int kind = random.nextInt(10);
                    if (kind == 0) {
                        record.add(null);
                    } else if (kind == 1) {
                        record.add(random.nextLong() >> random.nextInt(64));
                    } else {
                        StringBuilder b = new StringBuilder();
                        int len = random.nextInt(kind == 2 ? 2 : 12);
                        for (int k = 0; k < len; k++) {
                            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                        }
                        record.add(b.toString());
                    }
                }
                records.add(record);
            }
            assertSame(records);
        }
    }

    @Test
    void fileBytesAsCommonsCsvThroughUtf8(@TempDir Path dir) throws IOException {
        List<List<Object>> records = List.of(List.of("story", "text"), List.of("caf\u00e9", "say \"\u20ac\" \uD83D\uDE00"),
                List.of("", "\u00a0\u2028"), List.of("y", "a,\nb"));
        Path ours = dir.resolve("ours.csv");
        try (CsvOut out = CsvOut.open(ours)) {
            print(out, records);
        }
        Path theirs = dir.resolve("theirs.csv");
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(theirs, StandardCharsets.UTF_8), SentencesCsvWriter.FORMAT)) {
            print(p, records);
        }
        assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours));
    }

    /** Where Commons CSV's file writer would fail the run (a half of a surrogate pair), a '?' as OutputStreamWriter writes. */
    @Test
    void loneSurrogateIsAQuestionMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lone.csv");
        try (CsvOut out = CsvOut.open(file)) {
            out.print("a\uD83Db");
            out.print("\uDE00");
            out.println();
        }
        assertEquals("a?b,?\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void assertSame(List<List<Object>> records) throws IOException {
        StringWriter theirs = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(theirs, SentencesCsvWriter.FORMAT)) {
            print(p, records);
        }
        StringWriter ours = new StringWriter();
        try (CsvOut out = new CsvOut(ours)) {
            print(out, records);
        }
        assertEquals(theirs.toString(), ours.toString(), () -> "records " + records);
    }

    private static void print(CsvOut out, List<List<Object>> records) throws IOException {
        for (List<Object> r : records) {
            for (Object v : r) {
                if (v instanceof Long n) {
                    out.print(n.longValue());
                } else {
                    out.print(v);
                }
            }
            out.println();
        }
    }

    private static void print(CSVPrinter p, List<List<Object>> records) throws IOException {
        for (List<Object> r : records) {
            for (Object v : r) {
                p.print(v);
            }
            p.println();
        }
    }

}
