package org.framelens.extract.read;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An article file found on disk, not yet read. Immutable and thread-safe.
 *
 * @param story  story id (the story folder's name)
 * @param outlet outlet id (the file name without extension)
 * @param path   the file
 */
public record ArticleRef(String story, String outlet, Path path) {
    /** Validates that no component is null. */
    public ArticleRef {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(path, "path");
    }
}
