package org.framelens.extract.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.framelens.model.Problem;

/**
 * Reads a manifest: a CSV file listing articles, one per row.
 *
 * <p>A header line is required; it names the columns, in any order and case: {@code story} and
 * {@code outlet} (required ids), {@code path} and/or {@code text} (each row gives exactly one:
 * an article file relative to the manifest's folder, or the article's text itself), and
 * optionally {@code title}, {@code date}, {@code url}. Other columns are ignored (noted once).
 * The CSV dialect is that of {@link CsvRecords}: comma-separated, RFC 4180 quoting, so a
 * {@code text} field may hold line breaks; LF, CRLF or CR line ends; UTF-8 with or without a
 * byte-order mark (a row that is not valid UTF-8 is decoded as Windows-1252 with a warning).
 * Blank lines and rows whose fields are all blank are skipped.
 *
 * <p>A malformed row — wrong number of fields, a stray quote, a missing id, both or neither of
 * path and text, a path naming no file — becomes a {@link Origin.Rejected} ref reported as
 * {@code manifest.csv:line: reason}, and the other rows go on. A header that lacks a required
 * column rejects the whole file.
 *
 * <p>Stateless and thread-safe.
 */
final class ManifestReader {
    private ManifestReader() {
    }

    /**
     * @param file     the manifest
     * @param out      where the refs go, in row order
     * @param problems where notes and warnings go
     */
    static void read(Path file, List<ArticleRef> out, List<Problem> problems) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int bom = Rows.skipBom(in, file, out);
            if (bom < 0) {
                return;
            }
            CsvRecords records = new CsvRecords(in, bom, (int) ArticleLoader.MAX_BYTES);
            Header header = header(file, records, out, problems);
            if (header == null) {
                return;
            }
            CsvRecords.Item item;
            int rows = 0;
            while ((item = records.next()) != null) {
                if (item instanceof CsvRecords.Bad bad) {
                    out.add(Rows.rejected("", "", file, Rows.where(file, bad.line()), bad.reason()));
                    rows++;
                } else if (item instanceof CsvRecords.Row row && !row.blank()) {
                    out.add(row(file, header, row, problems));
                    rows++;
                }
            }
            if (rows == 0) {
                out.add(Rows.rejected("", "", file, Rows.where(file, header.line), "the manifest has a header but no article row"));
            }
        } catch (IOException e) {
            out.add(Rows.rejected("", "", file, file.toString(), "cannot read: " + ArticleLoader.describe(e)));
        }
    }

    /** The header: lower-case column names in file order, and where the text column is. */
    private record Header(int line, List<String> names, int textColumn) {
    }

    private static Header header(Path file, CsvRecords records, List<ArticleRef> out, List<Problem> problems)
            throws IOException {
        CsvRecords.Item item;
        do {
            item = records.next();
        } while (item instanceof CsvRecords.Row r && r.blank());
        if (item == null) {
            out.add(Rows.rejected("", "", file, file.toString(),
                    "empty manifest: it needs a header line naming its columns (" + String.join(",", Entry.FIELDS) + ")"));
            return null;
        }
        if (item instanceof CsvRecords.Bad bad) {
            out.add(Rows.rejected("", "", file, Rows.where(file, bad.line()), "malformed header: " + bad.reason()));
            return null;
        }
        CsvRecords.Row row = (CsvRecords.Row) item;
        String where = Rows.where(file, row.line());
        List<String> fields = decode(row, where, problems);
        List<String> names = new ArrayList<>();
        TreeSet<String> ignored = new TreeSet<>();
        for (String f : fields) {
            String name = Metadata.oneLine(f).toLowerCase(Locale.ROOT);
            if (Entry.FIELDS.contains(name) && names.contains(name)) {
                out.add(Rows.rejected("", "", file, where, "the column '" + name + "' appears twice in the header"));
                return null;
            }
            if (!Entry.FIELDS.contains(name)) {
                ignored.add(name.isEmpty() ? "(unnamed)" : name);
            }
            names.add(name);
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of(Entry.STORY, Entry.OUTLET)) {
            if (!names.contains(required)) {
                missing.add("'" + required + "'");
            }
        }
        if (!names.contains(Entry.PATH) && !names.contains(Entry.TEXT)) {
            missing.add("'path' or 'text'");
        }
        if (!missing.isEmpty()) {
            out.add(Rows.rejected("", "", file, where, "the header lacks " + String.join(", ", missing)
                    + " (a manifest starts with a header line such as story,outlet,path,text,title,date,url;"
                    + " found: " + String.join(",", fields) + ")"));
            return null;
        }
        Problem note = Rows.ignored(file, "column(s)", ignored);
        if (note != null) {
            problems.add(note);
        }
        return new Header(row.line(), List.copyOf(names), names.indexOf(Entry.TEXT));
    }

    private static ArticleRef row(Path file, Header header, CsvRecords.Row row, List<Problem> problems) {
        String where = Rows.where(file, row.line());
        if (row.fields().size() != header.names().size()) {
            return Rows.rejected("", "", file, where, "has " + row.fields().size() + " field(s); the header has "
                    + header.names().size() + " (is a comma in an unquoted field?)");
        }
        List<String> fields = decode(row, where, problems);
        Map<String, String> values = new HashMap<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            values.put(header.names().get(i), fields.get(i));
            if (!fields.get(i).isBlank()) {
                found.add(header.names().get(i));
            }
        }
        Entry entry;
        try {
            entry = Entry.of(Rows.known(values));
        } catch (Entry.Invalid e) {
            return Rows.rejected(e.story(), e.outlet(), file, where, Rows.withFound(e.getMessage(), found));
        }
        if (entry.path() != null) {
            return Rows.fromPath(entry, file, row.line());
        }
        return new ArticleRef(entry.story(), entry.outlet(),
                new Origin.Inline(file, Origin.Format.MANIFEST_CSV, row.line(), row.offset(), row.raw().length,
                        ArticleLoader.sha256(row.raw()), header.textColumn()),
                entry.metadata());
    }

    /** Decodes a record's fields: all UTF-8 when the record is, else all Windows-1252 with a warning. */
    private static List<String> decode(CsvRecords.Row row, String where, List<Problem> problems) {
        boolean utf8 = isUtf8(row.raw());
        if (!utf8) {
            TextDecoder.utf8OrWindows1252(row.raw(), where, problems, " of the row");
        }
        List<String> out = new ArrayList<>(row.fields().size());
        for (byte[] f : row.fields()) {
            out.add(new String(f, utf8 ? StandardCharsets.UTF_8 : TextDecoder.WINDOWS_1252));
        }
        return out;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            TextDecoder.strict(StandardCharsets.UTF_8.newDecoder(), bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Parses one record again, for the loader.
     *
     * @param record the record's bytes, line end excluded
     * @param column the text column
     * @return the text field
     * @throws IOException when the bytes are no longer a record with that column
     */
    static String text(byte[] record, int column) throws IOException {
        CsvRecords.Item item = new CsvRecords(new ByteArrayInputStream(record), 0, record.length + 1).next();
        if (!(item instanceof CsvRecords.Row row) || row.fields().size() <= column) {
            throw new IOException("the record is no longer well-formed");
        }
        return new String(row.fields().get(column), isUtf8(record) ? StandardCharsets.UTF_8 : TextDecoder.WINDOWS_1252);
    }
}
