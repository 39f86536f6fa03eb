package org.framelens.extract.read;

import java.util.List;
import org.framelens.model.Problem;

/**
 * What {@link CorpusScanner} found: the article files in processing order, and the files it
 * skipped with the reason. Immutable and thread-safe.
 *
 * @param articles article files, ordered by story id, then outlet id
 * @param problems skipped files and other notes about the input, in the order found
 */
public record Scan(List<ArticleRef> articles, List<Problem> problems) {
    /** Copies the lists. */
    public Scan {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
