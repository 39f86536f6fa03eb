package org.framelens.extract.structure;

import java.util.List;
import org.framelens.model.Span;

/**
 * Stage: gives each paragraph its kind (headline, subhead, body, boilerplate). Implementations are
 * stateless and thread-safe.
 */
@FunctionalInterface
public interface StructureTagger {
    /**
     * @param text       the article's text
     * @param paragraphs its paragraphs, as a {@link ParagraphSegmenter} returned them
     * @return blocks covering the paragraphs, in order: one per paragraph, or more where a
     *     paragraph holds two kinds (a dateline opening the first paragraph); each block's index
     *     is the index of the paragraph it comes from
     */
    List<Block> classify(String text, List<Span> paragraphs);
}
