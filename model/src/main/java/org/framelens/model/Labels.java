package org.framelens.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case CSV labels of the model's enums. Stateless. */
final class Labels {
    private Labels() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String label) {
        if (label != null) {
            String wanted = label.strip().toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return e;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "'" + label + "' is not a " + type.getSimpleName() + " (expected one of: " + allowed + ")");
    }
}
