package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.List;
import org.framelens.extract.match.Words;
import org.framelens.extract.text.Token;

/**
 * Finds scare quotes: one or two words in quotation marks that the writer holds at a distance
 * rather than quotes (coding guide: "Trump's 'Compromise' offer" is not a quotation). A quoted
 * fragment is read as scare quotes when it qualifies a party's thing — right after a possessive
 * ("the cabinet's 'reform'", "the landlords' "fair" rent"), one word after one ("the mayor's
 * Budget 'Savings'"), or after "so-called". A quoted word after a verb or an article
 * ("called it "ridiculous"", a "serious" dialogue) is somebody's word, quoted, and is left to the
 * cues. Stateless and thread-safe.
 */
final class ScareQuotes {
    /** The longest fragment read as scare quotes, in words. */
    static final int MAX_WORDS = 2;

    private ScareQuotes() {
    }

    /**
     * @param words a prepared sentence
     * @return each scare-quoted fragment with its quotation marks, in text order
     */
    static List<String> find(Words words) {
        List<String> out = new ArrayList<>();
        int n = words.size();
        for (int i = 0; i < n; i++) {
            Token open = words.token(i);
            if (!open.isQuote() || !opening(open.text().charAt(0))) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j <= Math.min(n - 1, i + MAX_WORDS + 1); j++) {
                Token t = words.token(j);
                if (t.isQuote()) {
                    close = j;
                    break;
                }
                if (!t.isWord()) {
                    break;
                }
            }
            if (close <= i + 1 || !pairs(open.text().charAt(0), words.token(close).text().charAt(0))) {
                continue;
            }
            if (qualifiesAThing(words, i)) {
                out.add(words.text(i, close + 1));
                i = close;
            }
        }
        return out;
    }

    private static boolean opening(char c) {
        return c == '\u201C' || c == '\u2018' || c == '"' || c == '\'';
    }

    private static boolean pairs(char open, char close) {
        return switch (open) {
            case '\u201C' -> close == '\u201D' || close == '"';
            case '\u2018' -> close == '\u2019' || close == '\'';
            case '"' -> close == '"' || close == '\u201D';
            case '\'' -> close == '\'' || close == '\u2019';
            default -> false;
        };
    }

    /** Whether the quote at {@code open} follows a possessive (within one word) or "so-called". */
    private static boolean qualifiesAThing(Words words, int open) {
        for (int back = 1; back <= 2 && open - back >= 0; back++) {
            int k = open - back;
            Token t = words.token(k);
            if (possessive(words, k) || words.surface(k).equals("so-called")) {
                return true;
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    private static boolean possessive(Words words, int k) {
        Token t = words.token(k);
        if (t.isWord()) {
            return t.lower().endsWith("'s") && t.lower().length() > 2;
        }
        // "landlords’ “fair”": a lone apostrophe glued to a plural
        return t.isQuote() && (t.text().equals("\u2019") || t.text().equals("'")) && k > 0
                && words.token(k - 1).end() == t.start() && words.token(k - 1).lower().endsWith("s");
    }
}
