package org.framelens.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.model.Problem;
import org.framelens.model.Problem.Severity;

/**
 * What the manifest and JSON Lines readers share: turning a validated {@link Entry} into an
 * {@link ArticleRef}, and the rejected refs that stand for rows that cannot be articles.
 * Stateless and thread-safe.
 */
final class Rows {
    private Rows() {
    }

    /** @return {@code file:line}, the form every row message uses */
    static String where(Path file, int line) {
        return file + ":" + line;
    }

    /**
     * @return a ref that fails to load with {@code reason}, so that the row is counted and listed
     *     as a failed input
     */
    static ArticleRef rejected(String story, String outlet, Path file, String where, String reason) {
        return new ArticleRef(story, outlet, new Origin.Rejected(file, where, reason), Metadata.NONE);
    }

    /**
     * @param entry a row naming an article file
     * @param file  the manifest or JSON Lines file, whose folder a relative path is resolved against
     * @param line  the row's line
     * @return the file's ref, or a rejected ref when the path names no file
     */
    static ArticleRef fromPath(Entry entry, Path file, int line) {
        String where = where(file, line);
        Path target;
        try {
            Path given = Path.of(entry.path());
            Path folder = file.getParent();
            target = given.isAbsolute() || folder == null ? given : folder.resolve(given);
        } catch (InvalidPathException e) {
            return rejected(entry.story(), entry.outlet(), file, where,
                    "path '" + entry.path() + "' is not a valid file name: " + e.getReason());
        }
        if (Files.isDirectory(target)) {
            return rejected(entry.story(), entry.outlet(), file, where,
                    "path '" + entry.path() + "' is a folder, not an article file");
        }
        if (!Files.exists(target)) {
            return rejected(entry.story(), entry.outlet(), file, where,
                    "path '" + entry.path() + "' does not exist (looked for " + target + ")");
        }
        return new ArticleRef(entry.story(), entry.outlet(), new Origin.OnDisk(target, where), entry.metadata());
    }

    /**
     * Adds a hint naming the fields the row did have when it gave no text: an export that calls
     * its text {@code body} or {@code content} is then easy to fix.
     */
    static String withFound(String reason, Collection<String> found) {
        if (!reason.startsWith("neither") || found.isEmpty()) {
            return reason;
        }
        return reason + " (fields found: " + String.join(", ", found) + ")";
    }

    /** @return the {@code ignored field(s)} note for fields framelens does not read, or {@code null} */
    static Problem ignored(Path file, String noun, Collection<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        return new Problem(Severity.INFO, file.toString(), String.format(Locale.ROOT,
                "%s not read by framelens (it reads %s): %s", noun,
                String.join(", ", Entry.FIELDS), String.join(", ", names)));
    }

    /** @return the known fields of {@code values} by lower-case name */
    static Map<String, String> known(Map<String, String> values) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String f : Entry.FIELDS) {
            if (values.containsKey(f)) {
                out.put(f, values.get(f));
            }
        }
        return out;
    }

    /** @return the byte-order mark kind at the start of {@code head}: 3 for UTF-8, -1 for UTF-16, 0 for none */
    static int bom(byte[] head, int n) {
        if (n >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            return 3;
        }
        if (n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return -1;
        }
        return 0;
    }

    /**
     * Skips a UTF-8 byte-order mark at the start of a row file.
     *
     * @param in   the file, buffered (mark/reset supported), at its start
     * @param file the file, for the rejection
     * @param out  where a UTF-16 file is rejected
     * @return the bytes skipped (0 or 3), or -1 when the file is UTF-16 and was rejected
     * @throws IOException on a read error
     */
    static int skipBom(InputStream in, Path file, List<ArticleRef> out) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        int bom = bom(head, head.length);
        if (bom < 0) {
            out.add(rejected("", "", file, file.toString(), UTF16));
            return -1;
        }
        in.reset();
        in.skipNBytes(bom);
        return bom;
    }

    /** The message for a UTF-16 manifest or JSON Lines file. */
    static final String UTF16 = "is UTF-16 text; save it as UTF-8 (a byte-order mark is allowed)";
}
