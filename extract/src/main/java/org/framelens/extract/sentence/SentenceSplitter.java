package org.framelens.extract.sentence;

import java.util.List;
import org.framelens.model.Span;

/**
 * Stage: cuts a paragraph into sentences. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface SentenceSplitter {
    /**
     * @param text  the article's text
     * @param range the paragraph to split, as offsets into {@code text}
     * @return the sentences, in order, covering the range's non-space characters, each trimmed
     */
    List<Span> split(CharSequence text, Span range);
}
