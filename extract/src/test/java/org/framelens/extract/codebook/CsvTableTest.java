package org.framelens.extract.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader of quote-free files ({@link CsvTable#readSimple}) against Commons CSV
 * ({@link CsvTable#viaCommonsCsv}): the same rows, values, line numbers and errors, on the default
 * tables and on generated files full of what analysts' spreadsheets save (line breaks of every kind,
 * comments, blank lines, white space around values, missing and extra fields).
 */
class CsvTableTest {
    private static final List<String> REQUIRED = List.of("label", "feature", "weight");
    private static final List<String> OPTIONAL = List.of("note");

    /** What a read gives, as comparable text: every row's line and values, then every error. */
    private static String outcome(List<CsvTable.Row> rows, List<CodebookError> errors) {
        StringBuilder b = new StringBuilder();
        for (CsvTable.Row r : rows) {
            b.append(r.line()).append(' ');
            for (String c : List.of("label", "feature", "weight", "note", "absent")) {
                b.append('[').append(r.get(c)).append(']');
            }
            b.append(Arrays.toString(r.values())).append('\n');
        }
        for (CodebookError e : errors) {
            b.append(e.toString()).append('\n');
        }
        return b.toString();
    }

    private static String simple(String text, List<String> required, List<String> optional) {
        List<CodebookError> errors = new ArrayList<>();
        List<CsvTable.Row> rows = CsvTable.readSimple("f.csv", text, required, optional, errors);
        assertNotNull(rows, () -> "the quote-free reader declined:\n" + text);
        return outcome(rows, errors);
    }

    private static String commons(String text, List<String> required, List<String> optional) throws IOException {
        List<CodebookError> errors = new ArrayList<>();
        return outcome(CsvTable.viaCommonsCsv("f.csv", text, required, optional, errors), errors);
    }

    @Test
    void defaultTablesReadAsCommonsCsvReadsThem() throws IOException {
        for (String name : CodebookLoader.FILES) {
            String text;
            try (InputStream in = CodebookLoader.defaultResource(name)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (text.indexOf('"') >= 0) {
                continue; // read by Commons CSV anyway
            }
            String header = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow();
            List<String> columns = Arrays.stream(header.split(",")).map(String::strip).toList();
            assertEquals(commons(text, columns, List.of()), simple(text, columns, List.of()), name);
        }
    }

    @Test
    void handWrittenCasesReadAsCommonsCsvReadsThem() throws IOException {
        List<String> cases = List.of(
                "label,feature,weight\nskepticism,bias,-1\n",
                "label,feature,weight\r\nskepticism,bias,-1\r\ncondition,word:if,0.5",
                "label,feature,weight\rskepticism,bias,-1\r\rcondition,word:if,0.5\r",
                "# a comment\n\n  label , feature,weight  \n#another\n\nskepticism ,\tbias\t, -1 \n",
                "label,feature,weight\n   \nskepticism,bias\n,,\nskepticism,bias,1,a note,too much\n",
                "label,feature,weight,note\nskepticism,bias,-1,\nskepticism,bias,-1,x,\n",
                "label,feature,weight\n #not a comment,bias,1\n\t\nx,y,z,\n",
                "label,feature,colour\nskepticism,bias,-1\n",
                "feature,weight\nbias,1\n",
                "label,feature,weight\nskep\u00a0,\u2003bias\u2003,\u00a01\n",
                "label,feature,weight\n\u0001x\u0001,y\u001f,z\u000b\n",
                "\n\n\nlabel,feature,weight\n\n\nskepticism,bias,-1\n\n\n",
                "label,feature,weight\nskepticism,bias,-1,",
                "# a \"quoted\" comment\nlabel,feature,weight\n#\"\nskepticism,bias,-1\n");
        for (String text : cases) {
            assertEquals(commons(text, REQUIRED, OPTIONAL), simple(text, REQUIRED, OPTIONAL), text);
        }
    }

    @Test
    void generatedFilesReadAsCommonsCsvReadsThem() throws IOException {
        Random random = new Random(20261208);
        String[] breaks = {"\n", "\r\n", "\r"};
        String[] pieces = {"skepticism", "word:doubt", "pair:no deal", "-0.0711", "1e-3", "", " ", "\t", "#",
                "\u00a0", "\u2003", "\u0001", "\u000b", "\u001c", "caf\u00e9", "\u00fcber", "note here"};
        int declined = 0;
        for (int file = 0; file < 3000; file++) {
            StringBuilder b = new StringBuilder();
            int lines = random.nextInt(12);
            // the header after a few comment or blank lines, or none (then the first record is the header)
            int header = random.nextInt(10) == 0 ? -1 : random.nextInt(3);
            for (int line = 0; line < lines; line++) {
                if (line == header) {
                    b.append(random.nextBoolean() ? "label,feature,weight" : " label ,feature , weight,note");
                } else if (line < header || random.nextInt(6) == 0) {
                    b.append(random.nextBoolean() ? "# comment, with a comma" : "");
                } else {
                    int fields = 1 + random.nextInt(5);
                    for (int f = 0; f < fields; f++) {
                        if (f > 0) {
                            b.append(',');
                        }
                        int n = random.nextInt(3);
                        for (int k = 0; k < n; k++) {
                            b.append(pieces[random.nextInt(pieces.length)]);
                        }
                    }
                }
                if (line < lines - 1 || random.nextBoolean()) {
                    b.append(breaks[random.nextInt(breaks.length)]);
                }
            }
            String text = b.toString();
            List<CodebookError> errors = new ArrayList<>();
            List<CsvTable.Row> rows = CsvTable.readSimple("f.csv", text, REQUIRED, OPTIONAL, errors);
            if (rows == null) {
                declined++;
                assertTrue(errors.isEmpty(), "a declined file adds no error");
                continue;
            }
            assertEquals(commons(text, REQUIRED, OPTIONAL), outcome(rows, errors), text);
        }
        assertTrue(declined < 1000, "the quote-free reader read most files: declined " + declined);
    }

    @Test
    void headersItDoesNotTakeGoToCommonsCsv() throws IOException {
        for (String text : List.of("label,,weight\nx,y,z\n", "label,label,weight\nx,y,z\n", "# only a comment\n", "")) {
            assertNull(CsvTable.readSimple("f.csv", text, REQUIRED, OPTIONAL, new ArrayList<>()), text);
            List<CodebookError> viaRead = new ArrayList<>();
            List<CodebookError> viaCommons = new ArrayList<>();
            assertEquals(outcome(CsvTable.viaCommonsCsv("f.csv", text, REQUIRED, OPTIONAL, viaCommons), viaCommons),
                    outcome(CsvTable.read("f.csv", text, REQUIRED, OPTIONAL, viaRead), viaRead), text);
        }
    }

    @Test
    void aQuotedValueAfterAnErrorHandsTheWholeFileToCommonsCsv() throws IOException {
        String text = "label,feature,weight\nskepticism,,1\nskepticism,bias,\"-1\"\n";
        assertNull(CsvTable.readSimple("f.csv", text, REQUIRED, OPTIONAL, new ArrayList<>()));
        List<CodebookError> errors = new ArrayList<>();
        List<CsvTable.Row> rows = CsvTable.read("f.csv", text, REQUIRED, OPTIONAL, errors);
        assertEquals(List.of("f.csv:2: column 'feature' is empty"), errors.stream().map(Object::toString).toList());
        assertEquals("-1", rows.get(0).get("weight"));
    }

    @Test
    void quotedValuesStillRead() throws IOException {
        List<CodebookError> errors = new ArrayList<>();
        List<CsvTable.Row> rows = CsvTable.read("f.csv", "label,feature,weight,note\nskepticism,bias,-1,\"a, b\"\n",
                REQUIRED, OPTIONAL, errors);
        assertEquals(List.of(), errors);
        assertEquals("a, b", rows.get(0).get("note"));
        assertEquals(2, rows.get(0).line());
    }
}
