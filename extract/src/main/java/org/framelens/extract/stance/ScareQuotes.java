package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.framelens.extract.match.Words;
import org.framelens.extract.text.QuotedModifier;
import org.framelens.extract.text.Token;
import org.framelens.extract.text.WordSet;

/**
 * Finds scare quotes: one or two words in quotation marks that the writer holds at a distance
 * rather than quotes (coding guide: "Trump's 'Compromise' offer" is not a quotation). A quoted
 * fragment is read as scare quotes when it qualifies a party's thing — right after a possessive
 * ("the cabinet's 'reform'", "the landlords' "fair" rent"), one word after one ("the mayor's
 * Budget 'Savings'"), or after "so-called"; or when it modifies the noun right after it with no
 * naming or promising verb just before ("tenants reject 'final' rent deal", "sold ‘interim’ tolls").
 * A quoted word after a naming verb or "as" ("called it "ridiculous"", "hailed as a "historic"
 * rejection", "promised a "serious" dialogue") is somebody's word, quoted, and is left to the
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
            if (qualifiesAThing(words, i) || modifiesNoun(words, i, close)) {
                out.add(words.text(i, close + 1));
                i = close;
            }
        }
        return out;
    }

    /**
     * "tenants reject 'final' rent deal", "drivers were sold ‘interim’ tolls": the quoted words
     * modify the noun right after them, and no naming verb or "as" stands in the three words
     * before.
     */
    private static boolean modifiesNoun(Words words, int open, int close) {
        int next = close + 1;
        if (close != open + 2 || next >= words.size() || !words.token(next).isWord() || words.token(next).start() == words.token(close).end()) {
            return false; // "‘final’." or a closing mark glued to a word: no noun after it
        }
        return QuotedModifier.modifiesNoun(open, next, words::surface, k -> words.token(k).isWord());
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
