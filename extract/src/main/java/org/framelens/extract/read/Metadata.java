package org.framelens.extract.read;

import java.util.Objects;

/**
 * What a manifest or JSON Lines row says about an article besides its text: its title, date and
 * URL. Immutable and thread-safe.
 *
 * <p>The title becomes the article's headline line (see {@link ArticleLoader}); date and URL are
 * kept as given, not interpreted, for callers that show provenance.
 *
 * @param title the title, one line: white space (line breaks included) collapsed to single spaces
 *              and trimmed at construction; empty when none
 * @param date  the publication date as given (ISO 8601 recommended), trimmed; empty when none
 * @param url   the article's URL as given, trimmed; empty when none
 */
public record Metadata(String title, String date, String url) {
    /** No title, date or URL: an article found in a folder. */
    public static final Metadata NONE = new Metadata("", "", "");

    /** Validates that no component is null and normalises the white space. */
    public Metadata {
        title = oneLine(Objects.requireNonNull(title, "title"));
        date = Objects.requireNonNull(date, "date").strip();
        url = Objects.requireNonNull(url, "url").strip();
    }

    /** @return {@code true} when there is a title to use as the headline */
    public boolean hasTitle() {
        return !title.isEmpty();
    }

    /**
     * @param s any text
     * @return {@code s} with every run of white space (line breaks, tabs, no-break spaces) made one
     *     space, and trimmed
     */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
