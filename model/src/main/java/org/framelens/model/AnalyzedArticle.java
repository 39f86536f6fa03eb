package org.framelens.model;

import java.util.List;
import java.util.Objects;

/**
 * An article and its tagged sentences, in text order. Immutable and thread-safe.
 *
 * @param article   the article as read
 * @param sentences its sentences, index {@code i} at position {@code i}
 */
public record AnalyzedArticle(Article article, List<TaggedSentence> sentences) {
    /** Validates and copies the sentence list. */
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }
}
