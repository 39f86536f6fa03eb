package org.framelens.model;

import java.util.Objects;

/**
 * One outlet's article about one story, with its text exactly as decoded from the file on disk
 * (byte-order mark and line ends kept, so that sentence offsets index the file as it is).
 * Immutable and thread-safe.
 *
 * @param story  story id (the story folder's name)
 * @param outlet outlet id (the file name without extension)
 * @param source where the text came from, as shown to the user (a path)
 * @param sha256 hex SHA-256 of the file's bytes, for provenance
 * @param text   the decoded text
 */
public record Article(String story, String outlet, String source, String sha256, String text) {
    /** Validates that no component is null and the ids are not blank. */
    public Article {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        if (story.isBlank() || outlet.isBlank()) {
            throw new IllegalArgumentException("story and outlet ids must not be blank: " + source);
        }
    }
}
