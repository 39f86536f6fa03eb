package org.framelens.extract.read;

import java.util.List;
import org.framelens.model.Problem;

/**
 * What {@link CorpusScanner} found: the articles in processing order — rejected rows and
 * duplicates among them, as articles whose load fails with the reason — and the files it skipped
 * or noted. Immutable and thread-safe.
 *
 * @param articles articles, ordered by story id, then outlet id, then input order
 * @param problems skipped files and other notes about the input, in the order found
 */
public record Scan(List<ArticleRef> articles, List<Problem> problems) {
    /** Copies the lists. */
    public Scan {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
