package org.framelens.extract.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article as a manifest row or a JSON Lines line describes it, validated: the fields both
 * formats share, so that both are read by the same rules. Immutable and thread-safe.
 *
 * @param story    story id, trimmed, not blank
 * @param outlet   outlet id, trimmed, not blank
 * @param path     the article file as written in the row (relative to the row's file), or {@code null}
 * @param text     the article's text exactly as given, or {@code null}; exactly one of path and text is set
 * @param metadata title, date and URL
 */
record Entry(String story, String outlet, String path, String text, Metadata metadata) {
    static final String STORY = "story";
    static final String OUTLET = "outlet";
    static final String PATH = "path";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String DATE = "date";
    static final String URL = "url";
    /** Every field framelens reads, in the documented order. */
    static final List<String> FIELDS = List.of(STORY, OUTLET, PATH, TEXT, TITLE, DATE, URL);

    /** A row that cannot be an article; the ids are those that could be read (else empty). */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String story;
        private final String outlet;

        Invalid(String story, String outlet, String reason) {
            super(reason);
            this.story = story;
            this.outlet = outlet;
        }

        String story() {
            return story;
        }

        String outlet() {
            return outlet;
        }
    }

    /**
     * @param fields the row's values by lower-case field name; absent, {@code null} and empty
     *               values all mean "not given"
     * @return the validated entry
     * @throws Invalid when a required field is missing or a value is unusable
     */
    static Entry of(Map<String, String> fields) throws Invalid {
        String story = id(fields, STORY, "", "");
        String outlet = id(fields, OUTLET, story, "");
        String path = fields.get(PATH);
        String text = fields.get(TEXT);
        boolean hasPath = path != null && !path.isBlank();
        boolean hasText = text != null && !text.isEmpty();
        if (hasPath && hasText) {
            throw new Invalid(story, outlet, "both 'path' and 'text' are given; give one of them");
        }
        if (!hasPath && !hasText) {
            throw new Invalid(story, outlet, "neither 'path' nor 'text' is given (an empty or null value counts as not given)");
        }
        if (hasText && isBlank(text)) {
            throw new Invalid(story, outlet, "'text' holds only white space");
        }
        Metadata meta = new Metadata(value(fields, TITLE), value(fields, DATE), value(fields, URL));
        return new Entry(story, outlet, hasPath ? path.strip() : null, hasText ? text : null, meta);
    }

    private static String id(Map<String, String> fields, String name, String story, String outlet) throws Invalid {
        String v = value(fields, name);
        if (v.isEmpty()) {
            throw new Invalid(story, outlet, "no '" + name + "' id");
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                throw new Invalid(story, outlet, String.format(Locale.ROOT,
                        "the %s id holds a control character (U+%04X)", name, (int) v.charAt(i)));
            }
        }
        return v;
    }

    private static String value(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null ? "" : v.strip();
    }

    private static boolean isBlank(String s) {
        return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF');
    }
}
