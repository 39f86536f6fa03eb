package org.framelens.model;

/**
 * Counts words the same way everywhere (CSV, workbook, rates per 1,000 words). Stateless and
 * thread-safe.
 *
 * <p>A word is a maximal run of letters and digits; an apostrophe, hyphen or period between two
 * letters or digits joins the run ("don't", "US-backed", "3.2", "U.S" count once).
 */
public final class Words {
    private Words() {
    }

    /**
     * @param text any text
     * @return the number of words in it
     */
    public static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (inWord && isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                // stays in the word
            } else {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '\u2010' || c == '\u2011';
    }
}
