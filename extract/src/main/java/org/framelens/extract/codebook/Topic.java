package org.framelens.extract.codebook;

import java.util.List;
import java.util.Objects;
import org.framelens.extract.match.CuePattern;

/**
 * A topic of the taxonomy, defined by its cue terms. Immutable and thread-safe.
 *
 * @param name        the topic label ({@code economy})
 * @param description what it covers, for the analyst (may be empty)
 * @param terms       the terms that give a sentence the topic, in file order
 */
public record Topic(String name, String description, List<CuePattern> terms) {
    /** Validates and copies. */
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        terms = List.copyOf(terms);
    }
}
