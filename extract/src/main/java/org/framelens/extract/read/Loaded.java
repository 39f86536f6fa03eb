package org.framelens.extract.read;

import java.util.List;
import java.util.Optional;
import org.framelens.model.Article;
import org.framelens.model.Problem;

/**
 * The outcome of reading one article file: the article when it could be read, and the problems
 * met on the way (a warning such as a fallback encoding, or the error that stopped it).
 * Immutable and thread-safe.
 *
 * @param ref      the file
 * @param sha256   hex SHA-256 of its bytes, empty when it could not be read at all
 * @param article  the article, empty when the file could not be used
 * @param problems warnings and errors about this file
 */
public record Loaded(ArticleRef ref, String sha256, Optional<Article> article, List<Problem> problems) {
    /** Copies the problem list. */
    public Loaded {
        problems = List.copyOf(problems);
    }
}
