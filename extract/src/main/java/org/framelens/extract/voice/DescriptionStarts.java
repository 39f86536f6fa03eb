package org.framelens.extract.voice;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a match of the patterns that find described organizations ({@code Speakers}) can start,
 * found by a plain scan of the text, and a {@link Finder} that tries the pattern only there. Why:
 * {@link Matcher#find()} tries a pattern at every character of the article, and these patterns
 * were an eighth of the extractor's time; the scan keeps a superset of the places where a match
 * can start, and the pattern itself still decides, so the matches are the same, in the same order.
 *
 * <p>Stateless and thread-safe; a {@link Finder} is not.
 */
final class DescriptionStarts {
    private DescriptionStarts() {
    }

    /**
     * Starts of a match that runs up to a comma followed by a space or tab ("Open Ledger, the
     * group", "party, the Renewal Party,"): the comma is the first character after the start
     * outside the run's characters, so the start lies in the run before such a comma.
     *
     * <p>Only in the last words before the comma: a name of {@code Speakers}' patterns has at
     * most {@value #NAME_WORDS} words, the lower-case words before a name at most
     * {@value #LOWER_WORDS} ({@code Speakers.DESCRIPTION_FIRST}), and the words run up to the comma
     * with nothing else between them; a word is what lies between spaces or tabs, and a start
     * inside a word counts it. And lower-case words start only where no letter, apostrophe or
     * hyphen stands before them, as that pattern has it ({@code (?<![\p{L}'’-])}).
     *
     * @param text  the text
     * @param lower {@code false}: a name before the comma (letters, {@code ' ’ -}, spaces and tabs; the
     *              match starts with an upper-case letter); {@code true}: lower-case words before it
     *              (lower-case letters, {@code -}, spaces and tabs; the match starts with a lower-case letter)
     * @return the possible starts, ascending
     */
    static int[] beforeComma(String text, boolean lower) {
        int[] out = new int[16];
        int n = 0;
        int first = lower ? Character.LOWERCASE_LETTER : Character.UPPERCASE_LETTER;
        int most = lower ? LOWER_WORDS : NAME_WORDS;
        for (int c = text.indexOf(','); c >= 0; c = text.indexOf(',', c + 1)) {
            if (c + 1 >= text.length() || !spaceOrTab(text.charAt(c + 1))) {
                continue;
            }
            // where the last `most` words of the run before the comma start: no match starts
            // before it. Walked back word by word, never further: the run may be a whole clause
            int from = c;
            int k = c;
            for (int words = 0; words < most; words++) {
                while (k > 0 && spaceOrTab(text.charAt(k - 1))) {
                    k--;
                }
                if (k == 0 || !inRun(text.charAt(k - 1), lower)) {
                    break; // the run starts here
                }
                while (k > 0 && !spaceOrTab(text.charAt(k - 1)) && inRun(text.charAt(k - 1), lower)) {
                    k--;
                }
                from = k;
            }
            for (int s = from; s < c; s++) {
                if (Character.getType(text.codePointAt(s)) == first && (!lower || noNameCharBefore(text, s))) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = s;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** How many words a name has at most: {@code Speakers}' NAME, a word and up to four more. */
    static final int NAME_WORDS = 5;
    /** How many lower-case words stand before a name at most: {@code Speakers.DESCRIPTION_FIRST}'s {0,3}+ and one. */
    static final int LOWER_WORDS = 4;

    /**
     * Whether {@code (?<![\p{L}'’-])} may hold at {@code at} (half of a surrogate pair before it is
     * kept, as the pair may or may not be a letter).
     */
    private static boolean noNameCharBefore(String text, int at) {
        return noLetterBefore(text, at) && (at == 0 || text.charAt(at - 1) != '-');
    }

    /** Whether a character may be part of the run before the comma; surrogates are kept, as they may be letters. */
    private static boolean inRun(char ch, boolean lower) {
        if (spaceOrTab(ch) || ch == '-' || Character.isSurrogate(ch)) {
            return true;
        }
        if (lower) {
            return Character.getType(ch) == Character.LOWERCASE_LETTER;
        }
        return ch == '\'' || ch == '\u2019' || Character.isLetter(ch);
    }

    /**
     * Starts of a lower-case word ({@code [\p{Ll}-]}, starting with a lower-case letter) followed by
     * spaces or tabs and an upper-case letter: "group Sea Commons". Only where no letter or
     * apostrophe stands before the start, as the pattern this is for ({@code Speakers.PREMODIFIER})
     * has it ({@code (?<![\p{L}'’])}): the start of the word, or after a hyphen inside it.
     *
     * @param text the text
     * @return the possible starts, ascending
     */
    static int[] lowerWordBeforeCapital(String text) {
        int[] out = new int[16];
        int n = 0;
        int len = text.length();
        int i = 0;
        while (i < len) {
            if (!lowerAt(text, i)) {
                i++; // every position, as the pattern tries every position
                continue;
            }
            // the run of [\p{Ll}-] from i ends at the same place from any start inside it
            int e = i;
            while (e < len) {
                char c = text.charAt(e);
                if (c == '-' || c >= 'a' && c <= 'z') {
                    e++;
                    continue;
                }
                if (c < 0x80) {
                    break; // the only lower-case letters of ASCII are a-z
                }
                int x = text.codePointAt(e);
                if (Character.getType(x) != Character.LOWERCASE_LETTER) {
                    break;
                }
                e += Character.charCount(x);
            }
            int f = e;
            while (f < len && spaceOrTab(text.charAt(f))) {
                f++;
            }
            if (f > e && f < len && Character.getType(text.codePointAt(f)) == Character.UPPERCASE_LETTER) {
                for (int s = i; s < e; s++) {
                    if (lowerAt(text, s) && noLetterBefore(text, s)) {
                        if (n == out.length) {
                            out = Arrays.copyOf(out, n * 2);
                        }
                        out[n++] = s;
                    }
                }
            }
            i = e;
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether a lower-case letter ({@code \p{Ll}}) starts at {@code at}; ASCII without a table look-up. */
    private static boolean lowerAt(String text, int at) {
        char c = text.charAt(at);
        if (c < 0x80) {
            return c >= 'a' && c <= 'z';
        }
        return Character.getType(text.codePointAt(at)) == Character.LOWERCASE_LETTER;
    }

    /**
     * Whether {@code (?<![\p{L}'’])} may hold at {@code at}: no letter or apostrophe before it (half
     * of a surrogate pair before it is kept, as the pair may or may not be a letter).
     */
    private static boolean noLetterBefore(String text, int at) {
        if (at == 0) {
            return true;
        }
        char c = text.charAt(at - 1);
        return Character.isSurrogate(c) || !(Character.isLetter(c) || c == '\'' || c == '\u2019');
    }

    /**
     * Starts of a match that runs over letters, {@code ' ’ -} and white space ({@code \s}) up to
     * an occurrence of a word ("Nursing and Care Union" before "Union"): an upper-case letter in
     * such a run before one of the word's occurrences.
     *
     * @param text the text
     * @param word the word every match ends with
     * @return the possible starts, ascending
     */
    static int[] beforeWord(String text, String word) {
        int[] out = new int[16];
        int n = 0;
        int done = 0; // starts before this are in out already: the runs of later occurrences overlap
        for (int h = text.indexOf(word); h >= 0; h = text.indexOf(word, h + 1)) {
            int r = h;
            while (r > done && inName(text.charAt(r - 1))) {
                r--;
            }
            for (int s = r; s < h; s++) {
                if (Character.getType(text.codePointAt(s)) == Character.UPPERCASE_LETTER) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = s;
                }
            }
            done = Math.max(done, h);
        }
        return Arrays.copyOf(out, n);
    }

    /** A letter (or half of a surrogate pair, which may be one), {@code ' ’ -} or a {@code \s} space. */
    private static boolean inName(char ch) {
        return Character.isLetter(ch) || Character.isSurrogate(ch) || ch == '\'' || ch == '\u2019' || ch == '-'
                || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
    }

    private static boolean spaceOrTab(char ch) {
        return ch == ' ' || ch == '\t';
    }

    /**
     * The matches of a pattern, as {@link Matcher#find()} gives them one after the other, tried
     * only at given starts: each match is the pattern matched at the first start at or after the
     * end of the previous match where it matches. The same matches as {@code find()} as long as no
     * match can start elsewhere. Not thread-safe.
     */
    static final class Finder {
        private final Matcher m;
        private final int[] starts;
        private int next;
        private int end;

        /**
         * @param pattern the pattern
         * @param text    the text
         * @param starts  where a match may start, ascending: a superset of where one does
         */
        Finder(Pattern pattern, String text, int[] starts) {
            // transparent bounds: a look-behind sees the text before the start, as find() does
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.starts = starts;
        }

        /** @return whether there is another match; then {@link #group} reads it */
        boolean find() {
            while (next < starts.length) {
                int s = starts[next++];
                if (s < end) {
                    continue;
                }
                m.region(s, m.regionEnd());
                if (m.lookingAt()) {
                    end = m.end();
                    return true;
                }
            }
            return false;
        }

        /** @param group a group number @return what it matched in the current match */
        String group(int group) {
            return m.group(group);
        }

        /** @return where the current match starts */
        int start() {
            return m.start();
        }

        /** @return where the current match ends */
        int end() {
            return m.end();
        }
    }
}
