package org.framelens.extract.structure;

import java.util.Objects;
import org.framelens.model.Kind;
import org.framelens.model.Span;

/**
 * A paragraph of an article with its structural kind. Immutable and thread-safe.
 *
 * @param span  the paragraph's characters, trimmed of surrounding white space
 * @param kind  headline, subhead, body or boilerplate
 * @param index 0-based paragraph index within the article
 * @param why   the shape rule that decided the kind, for tracing
 */
public record Block(Span span, Kind kind, int index, String why) {
    /** Validates that no component is null. */
    public Block {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(why, "why");
    }
}
