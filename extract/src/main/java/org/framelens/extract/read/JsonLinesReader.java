package org.framelens.extract.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * Reads a JSON Lines file (also {@code .ndjson}): one JSON object per line, one article per
 * object, the shape of common news-API exports.
 *
 * <p>Fields, matched without regard to case: {@code story} and {@code outlet} (required ids),
 * then either {@code text} (the article's text; JSON escapes such as {@code \n} give its line
 * breaks) or {@code path} (an article file, relative to the JSON Lines file's folder), and
 * optionally {@code title}, {@code date}, {@code url}. Values are strings or numbers; {@code null}
 * means "not given". Other fields are ignored (noted once per file), whatever their type.
 *
 * <p>The file is UTF-8 (a byte-order mark is allowed; a line that is not valid UTF-8 is decoded
 * as Windows-1252 with a warning); lines end with LF or CRLF; blank lines are skipped. A line that
 * is not one valid JSON object, or lacks a required field, is reported as {@code file:line:
 * reason} — a {@link Origin.Rejected} ref — and the other lines go on. The text is not kept: the
 * ref records where the line lies, and {@link ArticleLoader} reads it again.
 *
 * <p>Stateless and thread-safe.
 */
final class JsonLinesReader {
    private JsonLinesReader() {
    }

    /**
     * @param file     the JSON Lines file
     * @param out      where the refs go, in line order
     * @param problems where notes and warnings go
     */
    static void read(Path file, List<ArticleRef> out, List<Problem> problems) {
        int before = out.size();
        TreeSet<String> ignored = new TreeSet<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int bom = Rows.skipBom(in, file, out);
            if (bom < 0) {
                return;
            }
            ByteReader reader = new ByteReader(in, bom);
            ByteReader.Bytes buf = new ByteReader.Bytes();
            int line = 0;
            while (true) {
                long start = reader.offset();
                buf.reset();
                long read = reader.readLine(buf, (int) ArticleLoader.MAX_BYTES);
                if (read < 0) {
                    break;
                }
                line++;
                if (read > buf.size()) {
                    out.add(Rows.rejected("", "", file, Rows.where(file, line),
                            "line longer than " + ArticleLoader.MAX_BYTES + " bytes, more than an article may have"));
                    continue;
                }
                int length = buf.size() > 0 && buf.last() == '\r' ? buf.size() - 1 : buf.size();
                byte[] record = buf.toArray(length);
                if (!blank(record)) {
                    out.add(line(file, line, start, record, problems, ignored));
                }
            }
        } catch (IOException e) {
            out.add(Rows.rejected("", "", file, file.toString(), "cannot read: " + ArticleLoader.describe(e)));
            return;
        }
        if (out.size() == before) {
            out.add(Rows.rejected("", "", file, file.toString(), "holds no article (no non-blank line)"));
        }
        Problem note = Rows.ignored(file, "field(s)", ignored);
        if (note != null) {
            problems.add(note);
        }
    }

    private static ArticleRef line(Path file, int line, long offset, byte[] record, List<Problem> problems,
                                   TreeSet<String> ignored) {
        String where = Rows.where(file, line);
        String json = TextDecoder.utf8OrWindows1252(record, where, problems, " of the row");
        Map<String, FlatJson.Value> members;
        try {
            members = FlatJson.parseObject(json);
        } catch (FlatJson.Malformed e) {
            return Rows.rejected("", "", file, where, e.describe());
        }
        Map<String, String> values = new HashMap<>();
        Map<String, String> spelled = new HashMap<>();
        List<String> found = new ArrayList<>();
        String typeError = null;
        for (Map.Entry<String, FlatJson.Value> m : members.entrySet()) {
            String name = m.getKey().toLowerCase(Locale.ROOT);
            found.add(m.getKey());
            if (!Entry.FIELDS.contains(name)) {
                ignored.add(m.getKey());
                continue;
            }
            String first = spelled.putIfAbsent(name, m.getKey());
            if (first != null) {
                typeError = "the field '" + name + "' is given twice (\"" + first + "\" and \"" + m.getKey() + "\")";
                continue;
            }
            FlatJson.Value v = m.getValue();
            switch (v.type()) {
                case STRING, NUMBER -> values.put(name, v.text());
                case NULL -> {
                    // null: not given
                }
                default -> {
                    if (typeError == null) {
                        typeError = "'" + m.getKey() + "' must be a string, not " + v.type().noun();
                    }
                }
            }
        }
        if (typeError != null) {
            return Rows.rejected(id(values, Entry.STORY), id(values, Entry.OUTLET), file, where, typeError);
        }
        Entry entry;
        try {
            entry = Entry.of(values);
        } catch (Entry.Invalid e) {
            return Rows.rejected(e.story(), e.outlet(), file, where, Rows.withFound(e.getMessage(), found));
        }
        if (entry.path() != null) {
            return Rows.fromPath(entry, file, line);
        }
        return new ArticleRef(entry.story(), entry.outlet(),
                new Origin.Inline(file, Origin.Format.JSON_LINES, line, offset, record.length,
                        ArticleLoader.sha256(record), -1),
                entry.metadata());
    }

    /** @return the id as far as it can be read, for listing a rejected row; empty when unusable */
    private static String id(Map<String, String> values, String name) {
        String v = values.get(name);
        return v == null || v.chars().anyMatch(Character::isISOControl) ? "" : v.strip();
    }

    private static boolean blank(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses one line again, for the loader.
     *
     * @param record the line's bytes, line end excluded
     * @return the {@code text} field
     * @throws FlatJson.Malformed when the line is no longer a valid object
     */
    static String text(byte[] record) throws FlatJson.Malformed {
        Map<String, FlatJson.Value> members = FlatJson.parseObject(TextDecoder.utf8OrWindows1252(record, "", null));
        for (Map.Entry<String, FlatJson.Value> m : members.entrySet()) {
            if (m.getKey().toLowerCase(Locale.ROOT).equals(Entry.TEXT)
                    && (m.getValue().type() == FlatJson.Type.STRING || m.getValue().type() == FlatJson.Type.NUMBER)) {
                return m.getValue().text();
            }
        }
        throw new FlatJson.Malformed(1, "the line no longer has a 'text' field");
    }
}
