package org.framelens.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook that compresses fast. Why: on a large run most of the time spent writing
 * the workbook is deflate — once for the rows SXSSF sets aside in temporary files, once more for
 * the .xlsx itself. The fastest deflate level costs a few per cent of file size and saves most of
 * that time. Rows are buffered without a lock per write ({@link UnsyncBufferedWriter}). The cells
 * written are the same. Not thread-safe, as {@link SXSSFWorkbook}.
 */
final class FastWorkbook extends SXSSFWorkbook {
    /**
     * @param window rows kept in memory per sheet before they go to the temporary file
     */
    FastWorkbook(int window) {
        super(window);
        setCompressTempFiles(true); // the temporary rows of a large run would otherwise fill the disk
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new FastGzipWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /** SXSSF's gzip-compressed temporary rows, at the fastest level. */
    private static final class FastGzipWriter extends GZIPSheetDataWriter {
        FastGzipWriter() throws IOException {
            super();
        }

        /**
         * The same characters as {@link SheetDataWriter#outputEscapedString} writes, written in one
         * call instead of one locked {@code Writer.write} per character (most of a row's cost).
         * Why it is safe to copy: the rules are XML's and pinned with the POI version; a test
         * compares the cells both write.
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null || s.isEmpty()) {
                return;
            }
            int first = firstToEscape(s);
            if (first < 0) {
                _out.write(s);
                return;
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
            _out.write(b.toString());
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

        /** As POI's writer (UTF-8 into the gzip stream), buffered without a lock per call. */
        @Override
        public Writer createWriter(File fd) throws IOException {
            OutputStream decorated = decorateOutputStream(new FileOutputStream(fd));
            return new UnsyncBufferedWriter(new OutputStreamWriter(decorated, StandardCharsets.UTF_8), 1 << 15);
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            return new GZIPOutputStream(fos, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }
    }
}
