package org.framelens.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A streaming workbook that compresses once, and fast. Why: on a large run most of the time spent
 * writing the workbook was deflate — POI compresses the rows it sets aside into temporary files,
 * and at save inflates them and deflates them again into the .xlsx. Here the rows are deflated
 * once, at the fastest level, into their temporary file as raw deflate blocks, and at save those
 * blocks are copied into the .xlsx as they are, between the sheet's head and tail
 * ({@link XlsxZip#splice}). Rows are encoded and buffered without a lock per write
 * ({@link Utf8Writer}). The cells written are the same. Not thread-safe, as
 * {@link SXSSFWorkbook}.
 */
final class FastWorkbook extends SXSSFWorkbook {
    /**
     * @param window rows kept in memory per sheet before they go to the temporary file
     */
    FastWorkbook(int window) {
        this(window, SharedStrings.MAX_ENTRIES, SharedStrings.MAX_LENGTH);
    }

    /**
     * @param window        rows kept in memory per sheet before they go to the temporary file
     * @param sharedEntries the most texts the shared strings table holds
     * @param sharedLength  the longest text it takes, in chars
     */
    FastWorkbook(int window, int sharedEntries, int sharedLength) {
        this(window, sharedEntries, sharedLength, 4 << 20);
    }

    /**
     * @param window        rows kept in memory per sheet before they go to the temporary file
     * @param sharedEntries the most texts the shared strings table holds
     * @param sharedLength  the longest text it takes, in chars
     * @param inlineBytes   the bytes of a sheet's rows deflated on the writing thread before the
     *                      rest go to the {@link DeflateThread}
     */
    FastWorkbook(int window, int sharedEntries, int sharedLength, long inlineBytes) {
        super(window);
        this.inlineBytes = inlineBytes;
        this.sharedEntries = sharedEntries;
        this.sharedLength = sharedLength;
        // the temporary rows are compressed by this class's writer (a large run's would otherwise
        // fill the disk); the flag says so to anyone asking, POI reads it only to pick its writer
        setCompressTempFiles(true);
    }

    private final int sharedEntries;
    private final int sharedLength;
    private final long inlineBytes;
    /** The short texts of every sheet's cells, shared; made with the first sheet. */
    private SharedStrings strings;

    /** Each sheet's writer, to write rows to it directly ({@link #rows}). */
    private final Map<SXSSFSheet, DeflatedRows> writers = new java.util.IdentityHashMap<>();
    /** The writer made for the sheet being created. */
    private DeflatedRows made;

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        if (strings == null) {
            strings = new SharedStrings(sharedEntries, sharedLength);
        }
        if (deflating == null && DEFLATE_THREAD) {
            deflating = new DeflateThread(inlineBytes);
        }
        made = new DeflatedRows(strings, deflating);
        return made;
    }

    /**
     * Whether sheets' rows are deflated on a thread of their own ({@link DeflateThread}); the
     * system property {@code framelens.deflateThread=false} keeps them on the writing thread (to
     * measure the difference).
     */
    private static final boolean DEFLATE_THREAD = !"false".equals(System.getProperty("framelens.deflateThread"));
    /** The thread deflating the sheets' rows, made with the first sheet, ended by {@link #close}. */
    private DeflateThread deflating;

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            if (deflating != null) {
                deflating.stop();
            }
        }
    }

    @Override
    public SXSSFSheet createSheet(String sheetname) {
        made = null;
        SXSSFSheet sheet = super.createSheet(sheetname);
        writers.put(sheet, made);
        return sheet;
    }

    /**
     * The rows of a sheet written straight into its XML, without POI's row and cell objects. Why:
     * for every cell POI makes an object and keeps a row's cells in a tree map, iterated by
     * column with a lookup each; on the report's per-sentence sheets (millions of cells in a large
     * run) that was as much work as writing the XML. The rows the sheet holds in memory are
     * written first; after this call the sheet takes no more rows through {@code createRow} of a
     * number at or below the last written here (POI refuses them).
     *
     * @param sheet a sheet of this workbook
     * @return its direct writer, valid until the workbook is written
     */
    Rows rows(SXSSFSheet sheet) {
        DeflatedRows w = writers.get(sheet);
        if (w == null) {
            throw new IllegalArgumentException("not a sheet of this workbook: " + sheet.getSheetName());
        }
        try {
            sheet.flushRows();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Rows(w);
    }

    /**
     * Writes rows of one sheet as the {@link SXSSFRow}s of the same text and number cells would
     * be written, read back as the same cells: {@link #row}, the row's cells left to right, {@link #end}.
     * Not thread-safe.
     */
    static final class Rows {
        private final DeflatedRows w;

        private Rows(DeflatedRows w) {
            this.w = w;
        }

        /**
         * Starts a row.
         *
         * @param rownum the row's number (0-based), above any written before in the sheet
         * @param points its height in points as {@link org.apache.poi.ss.usermodel.Row#setHeightInPoints}
         *               takes it, -1 for the default
         */
        void row(int rownum, float points) {
            try {
                w.beginDirectRow(rownum, points);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** A text cell (the value as a cell holds it: see {@link CellText}). */
        void text(int column, String value, CellStyle style) {
            try {
                w.cellStart(column, style);
                w.text(value);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** A number cell. */
        void number(int column, double value, CellStyle style) {
            try {
                w.cellStart(column, style);
                w.number(value);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Ends the row. */
        void end() {
            try {
                w.endDirectRow();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /**
     * As POI's, but each sheet's rows go into the .xlsx deflated already, as they were written
     * into the temporary file; the other entries (template, styles, pictures) are deflated at the
     * fastest level. Same entries, same order, same uncompressed bytes.
     */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream stream) throws IOException {
        Map<String, SXSSFSheet> sheets = new HashMap<>();
        for (int i = 0; i < getNumberOfSheets(); i++) {
            XSSFSheet x = getXSSFWorkbook().getSheetAt(i);
            if (!(x instanceof XSSFChartSheet)) {
                sheets.put(x.getPackagePart().getPartName().getName().substring(1), getSheetAt(i));
            }
        }
        // every row written first: the shared strings entry comes before the sheets', and must
        // hold the strings of the rows still in memory too
        for (SXSSFSheet sheet : sheets.values()) {
            sheet.flushRows();
        }
        String sst = getXSSFWorkbook().getSharedStringSource().getPackagePart().getPartName().getName().substring(1);
        OutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
        XlsxZip zip = new XlsxZip(buffered, Deflater.BEST_SPEED);
        try {
            Enumeration<? extends ZipArchiveEntry> en = source.getEntries();
            while (en.hasMoreElements()) {
                ZipArchiveEntry ze = en.nextElement();
                try (InputStream is = source.getInputStream(ze)) {
                    if (is instanceof ZipArchiveThresholdInputStream t) {
                        // as POI: a sheet's template is small, but the zip-bomb guard is not for it
                        t.setGuardState(false);
                    }
                    if (ze.getName().equals(sst) && strings != null && strings.size() > 0) {
                        zip.deflated(ze.getName(), new ByteArrayInputStream(strings.xml()));
                        continue;
                    }
                    SXSSFSheet sheet = sheets.get(ze.getName());
                    if (sheet == null) {
                        zip.deflated(ze.getName(), is);
                        continue;
                    }
                    // flushes the rows still in memory and closes the temporary file
                    try (InputStream rows = sheet.getWorksheetXMLInputStream()) {
                        byte[][] parts = around(is.readAllBytes());
                        if (rows instanceof Deflated d) {
                            try (InputStream raw = new FileInputStream(d.file)) {
                                zip.splice(ze.getName(), parts[0], raw, d.crc, d.length, parts[1]);
                            }
                        } else {
                            // not rows of ours (cannot happen with this class's writer): copy them through
                            zip.deflated(ze.getName(), new SequenceInputStream(new ByteArrayInputStream(parts[0]),
                                    new SequenceInputStream(rows, new ByteArrayInputStream(parts[1]))));
                        }
                    }
                }
            }
            zip.finish();
            buffered.flush();
        } finally {
            source.close();
        }
    }

    /**
     * Splits a sheet's template where its rows go, as POI's {@code copyStreamAndInjectWorksheet}
     * does: the head ends after {@code <sheetData>} (an empty {@code <sheetData/>} is opened, a
     * template without one gets one at its end); the tail starts at {@code </sheetData>}, the
     * template's own rows (none: SXSSF keeps them all in the temporary file) being dropped.
     *
     * @param template the sheet's XML as POI wrote it, without rows
     * @return the head and the tail, UTF-8
     */
    static byte[][] around(byte[] template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(template.length + 32);
        Reader in = new InputStreamReader(new ByteArrayInputStream(template), StandardCharsets.UTF_8);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // POI's loop, character for character, with the rows left out
        boolean needsStartTag = true;
        int c;
        int pos = 0;
        String s = "<sheetData";
        int n = s.length();
        while ((c = in.read()) != -1) {
            if (c == s.charAt(pos)) {
                pos++;
                if (pos == n) {
                    if ("<sheetData".equals(s)) {
                        c = in.read();
                        if (c == -1) {
                            w.write(s);
                            break;
                        }
                        if (c == '>') {
                            w.write(s);
                            w.write(c);
                            s = "</sheetData>";
                            n = s.length();
                            pos = 0;
                            needsStartTag = false;
                            continue;
                        }
                        if (c == '/') {
                            c = in.read();
                            if (c == -1) {
                                w.write(s);
                                break;
                            }
                            if (c == '>') {
                                break;
                            }
                            w.write(s);
                            w.write('/');
                            w.write(c);
                            pos = 0;
                            continue;
                        }
                        w.write(s);
                        w.write('/');
                        w.write(c);
                        pos = 0;
                        continue;
                    } else {
                        break;
                    }
                }
            } else {
                if (pos > 0) {
                    w.write(s, 0, pos);
                }
                if (c == s.charAt(0)) {
                    pos = 1;
                } else {
                    w.write(c);
                    pos = 0;
                }
            }
        }
        if (needsStartTag) {
            w.write("<sheetData>\n");
        }
        w.flush();
        byte[] head = out.toByteArray();
        out.reset();
        w.write("</sheetData>");
        while ((c = in.read()) != -1) {
            w.write(c);
        }
        w.flush();
        return new byte[][] {head, out.toByteArray()};
    }

    /** Whether a text needs {@code xml:space="preserve"}: white space at either end (as POI decides). */
    static boolean preserveSpace(String value) {
        return !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)));
    }

    /**
     * @param s text
     * @return it as XML character data, as POI's sheet writer escapes it: markup characters and
     *         line breaks, tabs and no-break spaces as references; characters XML 1.0 cannot hold
     *         (other controls, U+FFFE, U+FFFF) as {@code ?}
     */
    static String escape(String s) {
        int first = firstToEscape(s);
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        b.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#xa;");
                case '\r' -> b.append("&#xd;");
                case '\t' -> b.append("&#x9;");
                case '\u00A0' -> b.append("&#xa0;");
                // XML 1.0 cannot hold other control characters, nor U+FFFE and U+FFFF
                default -> b.append(c < ' ' || c >= '\uFFFE' ? '?' : c);
            }
        }
        return b.toString();
    }

    private static int firstToEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uFFFE') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The workbook's shared strings table, bounded: a text of at most {@code maxLength} characters
     * gets an index the first time it is written while the table holds fewer than
     * {@code maxEntries}; a text not in it is written inline. Why: the report's per-sentence sheets
     * repeat short values on every row (story, outlet, kind, speaker, label, empty cells), and a
     * shared index is a third of the characters of an inline string; bounded so that memory does
     * not grow with the corpus (at most about 1.5 MB at the defaults). Not thread-safe.
     */
    static final class SharedStrings {
        static final int MAX_ENTRIES = 1 << 14;
        static final int MAX_LENGTH = 48;

        private final int maxEntries;
        private final int maxLength;
        private final Map<String, Integer> index = new HashMap<>();
        private final java.util.List<String> values = new java.util.ArrayList<>();
        private long references;

        SharedStrings(int maxEntries, int maxLength) {
            this.maxEntries = maxEntries;
            this.maxLength = maxLength;
        }

        /**
         * @param value a cell's text, about to be written
         * @return its index in the table (counted as one more reference), or -1 to write it inline
         */
        int indexOf(String value) {
            if (value.length() > maxLength) {
                return -1;
            }
            Integer i = index.get(value);
            if (i == null) {
                if (values.size() >= maxEntries) {
                    return -1;
                }
                i = values.size();
                index.put(value, i);
                values.add(value);
            }
            references++;
            return i;
        }

        /** @return the number of texts in the table */
        int size() {
            return values.size();
        }

        /** @return the table as the workbook's {@code sharedStrings.xml} part, UTF-8 */
        byte[] xml() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(values.size() * 32 + 256);
            Writer w = new Utf8Writer(bytes, 1 << 14);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"" + references + "\" uniqueCount=\""
                    + values.size() + "\" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String v : values) {
                w.write(preserveSpace(v) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
                w.write(escape(v));
                w.write("</t></si>");
            }
            w.write("</sst>");
            w.close();
            return bytes.toByteArray();
        }
    }

    /** The rows of a sheet read back: the inflated stream, and what a splice needs of its file. */
    private static final class Deflated extends FilterInputStream {
        final File file;
        final long crc;
        final long length;

        Deflated(InputStream inflated, File file, long crc, long length) {
            super(inflated);
            this.file = file;
            this.crc = crc;
            this.length = length;
        }
    }

    /**
     * A sheet's rows in a temporary file as raw deflate blocks at the fastest level, ending on a
     * sync flush without a final block (so that they can be copied between other blocks), with
     * the CRC-32 and length of what they hold.
     */
    private static final class DeflatedRows extends SheetDataWriter {
        /** Column letters of the first columns, "A" to "BZ" (every sheet of the report is narrower). */
        private static final String[] COLUMNS = new String[78];

        static {
            for (int i = 0; i < COLUMNS.length; i++) {
                COLUMNS[i] = CellReference.convertNumToColString(i);
            }
        }

        /** Style indexes as text, the first 256 (the report has a few dozen styles). */
        private static final String[] STYLES = new String[256];

        static {
            for (int i = 0; i < STYLES.length; i++) {
                STYLES[i] = Integer.toString(i);
            }
        }

        private final SharedStrings strings;
        private RawDeflater deflater;
        /** The number of the row being written, as cell references end (1-based). */
        private String rowNumber;
        /** The column of the row's last cell written, -1 before its first. */
        private int lastColumn = -1;
        /** Rows written directly ({@link Rows}): how many, the first's and last's number, the last's cells. */
        private int directRows;
        private int directLowest;
        private int directLast = -1;
        private int directCells;

        /**
         * @param strings the workbook's shared strings (POI's own table is not used: SXSSF's
         *                default writes strings inline, and its table would hold every string)
         */
        DeflatedRows(SharedStrings strings, DeflateThread deflateThread) throws IOException {
            super(); // makes the temporary file and its writer (createWriter)
            this.strings = strings;
            deflater.thread = deflateThread; // nothing written yet
        }

        @Override
        public void writeRow(int rownum, SXSSFRow row) throws IOException {
            rowNumber = Integer.toString(rownum + 1);
            lastColumn = -1;
            super.writeRow(rownum, row);
        }

        /**
         * Text, number and blank cells (all the report writes) in fewer characters than
         * {@link SheetDataWriter#writeCell} writes, read back as the same cells (value, type,
         * style): a cell's {@code r} reference only after a gap (without it a cell is the one
         * after the previous, or the row's first; ECMA-376 makes it optional), no {@code t="n"}
         * (the default type), whole numbers without {@code ".0"}, an empty element for a blank
         * cell, and short text through the workbook's bounded shared strings
         * ({@link SharedStrings}) rather than inline. Why: every byte of a sheet's XML is encoded
         * and deflated, and a large run's workbook is gigabytes of it; a row of the Sentences sheet
         * took 1.2 KB. Formulas, booleans and errors go to POI's writer. A test reads every kind of
         * cell back with POI against the same cells written by POI's own workbook.
         */
        @Override
        public void writeCell(int columnIndex, Cell cell) throws IOException {
            if (cell == null) {
                return;
            }
            CellType type = cell.getCellType();
            if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
                super.writeCell(columnIndex, cell);
                lastColumn = columnIndex;
                return;
            }
            cellStart(columnIndex, cell.getCellStyle());
            if (type == CellType.BLANK) {
                _out.write("/>");
            } else if (type == CellType.STRING) {
                text(cell.getStringCellValue());
            } else {
                number(cell.getNumericCellValue());
            }
        }

        /** Opens a cell, up to its type: {@code <c}, the reference after a gap, the style. */
        void cellStart(int columnIndex, CellStyle cellStyle) throws IOException {
            Writer out = _out;
            if (columnIndex == lastColumn + 1) {
                out.write("<c");
            } else {
                out.write("<c r=\"");
                out.write(columnIndex < COLUMNS.length ? COLUMNS[columnIndex] : CellReference.convertNumToColString(columnIndex));
                out.write(rowNumber);
                out.write('"');
            }
            lastColumn = columnIndex;
            int style = cellStyle == null ? 0 : cellStyle.getIndex() & 0xffff;
            if (style != 0) {
                out.write(" s=\"");
                out.write(style < STYLES.length ? STYLES[style] : Integer.toString(style));
                out.write('"');
            }
        }

        /** Ends a cell opened by {@link #cellStart} with a text value. */
        void text(String value) throws IOException {
            Writer out = _out;
            int shared = strings.indexOf(value);
            if (shared >= 0) {
                out.write(" t=\"s\"><v>");
                out.write(Integer.toString(shared));
                out.write("</v></c>");
                return;
            }
            out.write(" t=\"inlineStr\"><is><t");
            if (preserveSpace(value)) {
                out.write(" xml:space=\"preserve\"");
            }
            out.write('>');
            outputEscapedString(value);
            out.write("</t></is></c>");
        }

        /** Ends a cell opened by {@link #cellStart} with a number value. */
        void number(double value) throws IOException {
            _out.write("><v>");
            writeNumber(_out, value);
            _out.write("</v></c>");
        }

        /** As POI's {@code beginRow} for a row of the given height and nothing else set. */
        void beginDirectRow(int rownum, float points) throws IOException {
            if (rownum <= getLastFlushedRow()) {
                throw new IllegalArgumentException("row " + rownum + " is not after the rows written");
            }
            if (getNumberOfFlushedRows() == 0) {
                directLowest = rownum;
            }
            directRows++;
            directLast = rownum;
            rowNumber = Integer.toString(rownum + 1);
            lastColumn = -1;
            Writer out = _out;
            out.write("<row r=\"");
            out.write(rowNumber);
            if (points != -1) {
                // as SXSSFRow keeps it: twentieths of a point in a short
                short twips = (short) (points * 20);
                out.write("\" customHeight=\"1\" ht=\"");
                out.write(Float.toString((float) (twips / 20.0)));
            }
            out.write("\">\n");
        }

        void endDirectRow() throws IOException {
            directCells = lastColumn + 1;
            _out.write("</row>\n");
        }

        // what POI's sheet asks of its writer, the rows written directly counted in

        @Override
        public int getNumberOfFlushedRows() {
            return super.getNumberOfFlushedRows() + directRows;
        }

        @Override
        public int getLowestIndexOfFlushedRows() {
            return super.getNumberOfFlushedRows() > 0 ? super.getLowestIndexOfFlushedRows() : directLowest;
        }

        @Override
        public int getLastFlushedRow() {
            return Math.max(directLast, super.getLastFlushedRow());
        }

        @Override
        public int getNumberOfCellsOfLastFlushedRow() {
            return directLast > super.getLastFlushedRow() ? directCells : super.getNumberOfCellsOfLastFlushedRow();
        }

        /**
         * A number as {@code xsd:double} text that parses back to the same double: whole numbers
         * as digits (what Excel writes), others as {@link Double#toString}.
         */
        static void writeNumber(Writer out, double v) throws IOException {
            long whole = (long) v;
            if (whole == v && Math.abs(v) < 1e15 && (whole != 0 || Double.doubleToRawLongBits(v) == 0L)) {
                out.write(Long.toString(whole));
            } else {
                out.write(Double.toString(v));
            }
        }

        @Override
        public File createTempFile() throws IOException {
            return org.apache.poi.util.TempFile.createTempFile("poi-sxssf-sheet-xml", ".deflate");
        }

        /**
         * The same characters as {@link SheetDataWriter#outputEscapedString} writes, written in one
         * call instead of one locked {@code Writer.write} per character (most of a row's cost).
         * Why it is safe to copy: the rules are XML's and pinned with the POI version; a test
         * compares the cells both write.
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s != null && !s.isEmpty()) {
                _out.write(escape(s));
            }
        }

        /** UTF-8 into the deflater, encoded and buffered without a lock per call. */
        @Override
        public Writer createWriter(File fd) throws IOException {
            deflater = new RawDeflater(new FileOutputStream(fd));
            return new Utf8Writer(deflater, 1 << 16);
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
            // the blocks end without a final one: an empty final block (fixed codes) ends the stream
            InputStream whole = new SequenceInputStream(fis, new ByteArrayInputStream(new byte[] {3, 0}));
            Inflater inflater = new Inflater(true);
            InputStream inflated = new InflaterInputStream(whole, inflater, 1 << 16) {
                @Override
                public void close() throws IOException {
                    super.close();
                    inflater.end();
                }
            };
            return new Deflated(inflated, getTempFile(), deflater.crc.getValue(), deflater.length);
        }
    }

    /**
     * One thread that deflates the rows of every sheet of a workbook, chunk by chunk in the order
     * they were written, while the thread that writes the rows goes on. Why: deflating the sheets'
     * XML was about a third of the writing thread's work, and that thread is a run's critical path
     * (alone once the stories are extracted, while the summary sheets are written); on a second
     * core the two overlap. No CPU is saved, so on a busy machine it gains little. At most
     * {@link #BUFFERS} chunks of 64 KB wait at a time (the writer waits when they are all taken),
     * so memory stays flat. Thread-safe.
     */
    static final class DeflateThread {
        static final int BUFFERS = 8;
        static final int CHUNK = 1 << 16;

        private record Task(RawDeflater target, byte[] data, int length, java.util.concurrent.CountDownLatch closed) {
        }

        private final java.util.concurrent.BlockingQueue<byte[]> free = new java.util.concurrent.ArrayBlockingQueue<>(BUFFERS);
        private final java.util.concurrent.BlockingQueue<Task> tasks = new java.util.concurrent.LinkedBlockingQueue<>();
        private final Thread thread;

        /** Bytes a sheet's rows reach before they are deflated on the thread. */
        final long inlineBytes;

        /** @param inlineBytes bytes a sheet's rows reach before they are deflated on the thread */
        DeflateThread(long inlineBytes) {
            this.inlineBytes = inlineBytes;
            for (int i = 0; i < BUFFERS; i++) {
                free.add(new byte[CHUNK]);
            }
            thread = new Thread(this::work, "framelens-deflate");
            thread.setDaemon(true); // never keeps the JVM alive; stop() ends it
        }

        /** Starts the thread with the first work handed to it (a small workbook never needs it). */
        private void start() {
            if (!started) {
                started = true;
                thread.start();
            }
        }

        private boolean started;

        private void work() {
            try {
                while (true) {
                    Task t = tasks.take();
                    if (t.target == null) {
                        return;
                    }
                    if (t.closed != null) {
                        t.target.finishNow();
                        t.closed.countDown();
                    } else {
                        t.target.deflateNow(t.data, 0, t.length);
                        free.add(t.data);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Hands a copy of the bytes to the thread, waiting for a free buffer. */
        void deflate(RawDeflater target, byte[] b, int off, int len) throws IOException {
            if (stopped) { // a sheet written after the workbook was closed: deflated here
                target.deflateNow(b, off, len);
                return;
            }
            start();
            while (len > 0) {
                byte[] chunk = take();
                int n = Math.min(len, chunk.length);
                System.arraycopy(b, off, chunk, 0, n);
                tasks.add(new Task(target, chunk, n, null));
                off += n;
                len -= n;
            }
        }

        /** Ends the target's deflate stream after what was handed before, and waits for it. */
        void finish(RawDeflater target) throws IOException {
            if (stopped) {
                target.finishNow();
                return;
            }
            start();
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            tasks.add(new Task(target, null, 0, done));
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while the rows were deflated");
            }
        }

        private byte[] take() throws IOException {
            try {
                return free.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while the rows were deflated");
            }
        }

        /** Ends the thread once what was handed is done; later work is done on the caller's thread. */
        void stop() {
            if (stopped) {
                return;
            }
            stopped = !started; // never started: nothing to wait for
            if (stopped) {
                return;
            }
            tasks.add(new Task(null, null, 0, null));
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped = true;
        }

        private volatile boolean stopped;
    }

    /**
     * Raw deflate at the fastest level, closed with a sync flush instead of a final block; on a
     * {@link DeflateThread} when one is given. Written by one thread.
     */
    private static final class RawDeflater extends OutputStream {
        private final OutputStream out;
        /** The thread to deflate on, or {@code null} to deflate on the writer's; set before the first write. */
        DeflateThread thread;
        private final Deflater def = new Deflater(Deflater.BEST_SPEED, true);
        private final byte[] buf = new byte[1 << 16];
        /** Of the bytes written; read after {@link #close} (which waits for the thread). */
        final CRC32 crc = new CRC32();
        long length;
        private boolean closed;
        /** What went wrong on the deflate thread, thrown to the writer at its next call. */
        private volatile IOException failed;

        /** @param out where the deflate blocks go; closed by {@link #close} */
        RawDeflater(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("Stream closed");
            }
            check();
            if (len == 0) {
                return;
            }
            written += len;
            if (thread != null && (handedOver || written > thread.inlineBytes)) {
                // past the first megabytes: a small sheet is deflated here, as waiting for another
                // thread costs more than it saves (on a busy machine, a wait for a time slice)
                handedOver = true;
                thread.deflate(this, b, off, len);
            } else {
                deflateNow(b, off, len);
            }
        }

        /** Bytes written so far (on the writer's side: {@link #length} counts those deflated). */
        private long written;
        /** Whether this sheet's rows go to the thread (from then on all of them, in order). */
        private boolean handedOver;

        private void check() throws IOException {
            if (failed != null) {
                throw new IOException("could not write a sheet's rows: " + failed.getMessage(), failed);
            }
        }

        void deflateNow(byte[] b, int off, int len) {
            if (failed != null) {
                return;
            }
            try {
                crc.update(b, off, len);
                length += len;
                def.setInput(b, off, len);
                while (!def.needsInput()) {
                    int n = def.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                    if (n > 0) {
                        out.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                failed = e;
            }
        }

        void finishNow() {
            try {
                if (failed == null) {
                    int n;
                    do {
                        n = def.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                        if (n > 0) {
                            out.write(buf, 0, n);
                        }
                    } while (n == buf.length);
                }
            } catch (IOException e) {
                failed = e;
            } finally {
                def.end();
                try {
                    out.close();
                } catch (IOException e) {
                    if (failed == null) {
                        failed = e;
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (handedOver) {
                thread.finish(this);
            } else {
                finishNow();
            }
            check();
        }
    }
}
