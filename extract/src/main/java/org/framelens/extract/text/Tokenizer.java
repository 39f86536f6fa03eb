package org.framelens.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.model.Span;

/**
 * Cuts text into {@link Token}s with their offsets. Words keep inner apostrophes ({@code don't},
 * {@code Ukraine’s}), hyphens ({@code US-backed}) and periods between letters ({@code U.S.});
 * every other non-space character is a token of its own. Stateless and thread-safe.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /**
     * @param text  the article text
     * @param range the part to tokenize
     * @return the tokens in order
     */
    public static List<Token> tokens(CharSequence text, Span range) {
        // about one token per five characters of news text: sized once instead of grown four times
        List<Token> out = new ArrayList<>(Math.max(10, (range.end() - range.start()) / 5));
        int i = range.start();
        int end = range.end();
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int s = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < end) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if (isJoiner(d) && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else if (d == '.' && i + 1 < end && Character.isLetter(text.charAt(i + 1))
                            && i + 2 < end && text.charAt(i + 2) == '.') {
                        i += 2; // U.S. style: keep the inner periods
                    } else {
                        break;
                    }
                }
                // a trailing period of an acronym ("U.S.") belongs to it
                if (i < end && text.charAt(i) == '.' && i - s >= 3 && text.charAt(i - 2) == '.') {
                    i++;
                }
            } else {
                i++;
            }
            String t = text.subSequence(s, i).toString();
            // most tokens are already lower case ASCII: then lower() is the token itself, as
            // toLowerCase and replace return it, without reading it twice more
            out.add(new Token(t, plainLower(text, s, i) ? t : lower(t), s, i));
        }
        return out;
    }

    /**
     * @param s any text
     * @return lower case with {@code Locale.ROOT}, curly apostrophes straightened
     */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** Whether {@code text[from, to)} holds only characters that {@link #lower} keeps as they are: ASCII but capitals. */
    private static boolean plainLower(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011' || c == '.';
    }

    /** @param c a character @return whether it is a quotation mark, straight or curly */
    public static boolean isQuoteChar(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\''
                || c == '\u00AB' || c == '\u00BB' || c == '\u201E';
    }
}
