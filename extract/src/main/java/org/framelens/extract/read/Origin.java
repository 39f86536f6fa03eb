package org.framelens.extract.read;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an article's text comes from. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link OnDisk}: a file of its own — a {@code .txt} file read as it is, or an
 *       {@code .html}/{@code .htm} file whose main text is extracted — found in a folder or listed
 *       by a manifest row's {@code path}.</li>
 *   <li>{@link Inline}: the {@code text} field of one JSON Lines line or one manifest record. The
 *       origin holds where the record lies in its file (byte offset and length) rather than the
 *       text, so that a scan of a large export does not hold every article in memory; the loader
 *       reads the record again and checks its SHA-256 to notice a file rewritten meanwhile.</li>
 *   <li>{@link Rejected}: something meant as an article that cannot be one — a malformed row, a
 *       duplicate id, a manifest without a usable header. It is kept as an article so that it is
 *       counted and listed as a failed input; loading it yields its reason as an error.</li>
 * </ul>
 */
public sealed interface Origin permits Origin.OnDisk, Origin.Inline, Origin.Rejected {
    /** @return the file on disk this comes from (the article file, or the manifest / JSON Lines file) */
    Path path();

    /** @return where this is, as shown to the user: a path, or {@code file:line} for a row */
    String where();

    /** The formats that hold articles inline. */
    enum Format {
        /** One JSON object per line. */
        JSON_LINES,
        /** A CSV manifest with a header. */
        MANIFEST_CSV
    }

    /**
     * An article file of its own.
     *
     * @param path     the file
     * @param listedAt {@code file:line} of the manifest row that named it, empty when found in a folder
     */
    record OnDisk(Path path, String listedAt) implements Origin {
        /** Validates that no component is null. */
        public OnDisk {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(listedAt, "listedAt");
        }

        @Override
        public String where() {
            return path.toString();
        }

        /** @return whether the file is read as HTML ({@code .html} or {@code .htm}, any case) */
        public boolean html() {
            String ext = CorpusScanner.extension(path.getFileName() == null ? "" : path.getFileName().toString());
            return ext.equals("html") || ext.equals("htm");
        }
    }

    /**
     * Article text held in one record of a JSON Lines file or a manifest.
     *
     * @param path   the JSON Lines or manifest file
     * @param format which of the two
     * @param line   1-based line where the record starts
     * @param offset byte offset of the record in the file
     * @param length the record's length in bytes, its line end excluded
     * @param sha256 hex SHA-256 of those bytes when scanned
     * @param column for a manifest, the 0-based index of the {@code text} column; -1 for JSON Lines
     */
    record Inline(Path path, Format format, int line, long offset, int length, String sha256, int column)
            implements Origin {
        /** Validates the components. */
        public Inline {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(sha256, "sha256");
            if (line < 1 || offset < 0 || length < 0) {
                throw new IllegalArgumentException("bad record position: line " + line + ", offset " + offset
                        + ", length " + length);
            }
            if ((format == Format.MANIFEST_CSV) != (column >= 0)) {
                throw new IllegalArgumentException("a manifest record needs its text column, a JSON line none");
            }
        }

        @Override
        public String where() {
            return path + ":" + line;
        }
    }

    /**
     * An input that cannot be read as an article, with the reason.
     *
     * @param path   the file it concerns
     * @param where  as shown to the user, e.g. {@code feed.jsonl:12}
     * @param reason what is wrong, in plain words
     */
    record Rejected(Path path, String where, String reason) implements Origin {
        /** Validates that no component is null. */
        public Rejected {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
