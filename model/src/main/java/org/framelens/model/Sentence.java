package org.framelens.model;

import java.util.Objects;

/**
 * One sentence of an article: its position, its structural kind and its text. Immutable and
 * thread-safe.
 *
 * @param index     0-based index within the article
 * @param span      character offsets into the article's text; {@code text.equals(span.of(article))}
 * @param kind      headline, subhead, body or boilerplate
 * @param paragraph 0-based index of the paragraph (block) that holds the sentence
 * @param text      the sentence, exactly as in the file
 */
public record Sentence(int index, Span span, Kind kind, int paragraph, String text) {
    /** Validates the components and that the text is as long as the span. */
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (index < 0 || paragraph < 0) {
            throw new IllegalArgumentException("negative index or paragraph");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match " + span);
        }
    }

    /** @return start offset, inclusive */
    public int start() {
        return span.start();
    }

    /** @return end offset, exclusive */
    public int end() {
        return span.end();
    }

    /** @return the number of words in the sentence (see {@link Words#count}) */
    public int words() {
        return Words.count(text);
    }
}
