package org.framelens.extract.read;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An article found by {@link CorpusScanner}, not yet read: its ids, where its text comes from and
 * what its manifest row said about it. Immutable and thread-safe.
 *
 * @param story    story id (the story folder's name, or the row's {@code story})
 * @param outlet   outlet id (the file name without extension, or the row's {@code outlet}); may
 *                 be empty only for a {@link Origin.Rejected} row whose ids could not be read
 * @param origin   where the text comes from
 * @param metadata title, date and URL from a manifest or JSON Lines row; {@link Metadata#NONE} for
 *                 a file found in a folder
 */
public record ArticleRef(String story, String outlet, Origin origin, Metadata metadata) {
    /** Validates that no component is null. */
    public ArticleRef {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * An article file found on disk, with no metadata.
     *
     * @param story  story id
     * @param outlet outlet id
     * @param path   the file
     */
    public ArticleRef(String story, String outlet, Path path) {
        this(story, outlet, new Origin.OnDisk(path, ""), Metadata.NONE);
    }

    /** @return the file on disk it comes from: the article file, or the manifest / JSON Lines file holding it */
    public Path path() {
        return origin.path();
    }

    /** @return where it is, as shown to the user: a path, or {@code file:line} for a row */
    public String where() {
        return origin.where();
    }
}
