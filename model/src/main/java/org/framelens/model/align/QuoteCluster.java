package org.framelens.model.align;

import java.util.List;
import java.util.Objects;

/**
 * A quotation as the outlets of a story carried it: one version per outlet that printed it. A
 * cluster with one version is a quote only that outlet kept. Immutable and thread-safe.
 *
 * @param id       1-based, in order of first appearance across the story's outlets
 * @param text     the longest version's text
 * @param speaker  the speaker most versions name
 * @param versions one per outlet, in the story's outlet order
 */
public record QuoteCluster(int id, String text, String speaker, List<QuoteVersion> versions) {
    /** Validates and copies. */
    public QuoteCluster {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a quote has at least one version");
        }
    }

    /** @return whether more than one outlet carried it */
    public boolean shared() {
        return versions.size() > 1;
    }

    /**
     * @param outlet an outlet id
     * @return that outlet's version, or null when it did not carry the quote
     */
    public QuoteVersion version(String outlet) {
        for (QuoteVersion v : versions) {
            if (v.outlet().equals(outlet)) {
                return v;
            }
        }
        return null;
    }
}
