package org.framelens.extract.structure;

import java.util.List;
import org.framelens.model.Span;

/**
 * Stage: cuts an article's text into paragraphs. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface ParagraphSegmenter {
    /**
     * @param text the article's text as on disk
     * @return the paragraphs, in order, non-overlapping, each trimmed of surrounding white space
     */
    List<Span> paragraphs(String text);
}
