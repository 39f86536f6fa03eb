package org.framelens.extract.read;

import java.util.List;
import java.util.Optional;
import org.framelens.model.Article;
import org.framelens.model.Problem;

/**
 * The outcome of reading one article: the article when it could be read, and the problems met on
 * the way (a warning such as a fallback encoding, or the error that stopped it). Immutable and
 * thread-safe.
 *
 * @param ref      what was read
 * @param sha256   hex SHA-256 identifying the text that offsets index (see {@link ArticleLoader}),
 *                 or of the file's bytes when the file could be read but not used; empty when
 *                 nothing could be read at all
 * @param article  the article, empty when it could not be used
 * @param problems warnings and errors about this article
 */
public record Loaded(ArticleRef ref, String sha256, Optional<Article> article, List<Problem> problems) {
    /** Copies the problem list. */
    public Loaded {
        problems = List.copyOf(problems);
    }
}
