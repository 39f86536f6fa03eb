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
     * @return one block per paragraph, in the same order
     */
    List<Block> classify(String text, List<Span> paragraphs);
}
