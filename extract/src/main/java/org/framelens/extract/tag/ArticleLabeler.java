package org.framelens.extract.tag;

import java.util.List;
import org.framelens.model.Tag;
import org.framelens.model.Voice;

/**
 * Stage: revises the labels of an article's sentences once every sentence has them, for labels
 * that depend on a sentence's neighbours (a coder reads a sentence in its context).
 * Implementations are stateless and thread-safe, and return new lists.
 */
@FunctionalInterface
public interface ArticleLabeler {
    /** Keeps the labels as they are. */
    ArticleLabeler NONE = (sentences, voices, labels) -> labels;

    /**
     * @param sentences the article's sentences, in text order (boilerplate included)
     * @param voices    who speaks in each
     * @param labels    each sentence's labels so far (empty for boilerplate)
     * @return each sentence's labels, revised; the same size and order as {@code sentences}
     */
    List<List<Tag>> relabel(List<PreparedSentence> sentences, List<Voice> voices, List<List<Tag>> labels);
}
