package org.framelens.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Identifies one outlet's article in one story. Ordered by story, then outlet, in plain
 * {@code String} order so that outputs do not depend on the machine's locale. Immutable.
 *
 * @param story  story id
 * @param outlet outlet id
 */
public record OutletKey(String story, String outlet) implements Comparable<OutletKey> {
    private static final Comparator<OutletKey> ORDER =
            Comparator.comparing(OutletKey::story).thenComparing(OutletKey::outlet);

    /** Validates that neither id is null. */
    public OutletKey {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(outlet, "outlet");
    }

    @Override
    public int compareTo(OutletKey o) {
        return ORDER.compare(this, o);
    }
}
