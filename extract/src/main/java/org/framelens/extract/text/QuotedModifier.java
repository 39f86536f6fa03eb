package org.framelens.extract.text;

import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Whether one quoted word modifies the noun right after it — "tenants reject 'final' rent deal",
 * "drivers were sold ‘interim’ tolls" — so it is the writer's label (a scare quote), not somebody's
 * words. One place for the rule, because the speaker tagger (which must not attribute such a
 * quote) and the stance labeler (which reads it as skepticism) must agree on it.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuotedModifier {
    /** Determiners, prepositions, auxiliaries: a quoted word after them is as often the speaker's. */
    private static final Set<String> FUNCTION = WordSet.of(
            "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those",
            "to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "about", "against", "over", "under",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
            "would", "could", "can", "may", "might", "should", "must", "not", "no", "and", "or", "but", "more",
            "most", "less", "very", "so", "too", "any", "some", "every", "each", "such", "it", "them");
    /** Words that do not head or continue a noun phrase after a quoted modifier. */
    private static final Set<String> NOT_NOUNS = WordSet.of(
            "and", "or", "but", "nor", "to", "of", "in", "on", "at", "for", "with", "as", "by", "from", "that",
            "which", "who", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
            "would", "could", "can", "may", "might", "should", "must", "do", "does", "did", "not", "than", "then",
            "so", "if", "when", "while", "because", "although", "though", "said", "says", "say", "told", "added",
            "he", "she", "they", "we", "i", "you", "it", "this", "these", "those", "there", "here", "about",
            "over", "after", "before", "into", "since", "until", "unless", "yet", "still", "now", "again");
    /**
     * Naming and promising words: a quoted word after them is the speaker's ("hailed as a
     * “historic” win", "promised ‘fair’ terms").
     */
    private static final Set<String> NAMING = WordSet.of(
            "as", "call", "calls", "called", "calling", "brand", "brands", "branded", "branding", "dub", "dubs",
            "dubbed", "dubbing", "term", "terms", "termed", "label", "labels", "labeled", "labelled", "describe",
            "describes", "described", "describing", "hail", "hails", "hailed", "hailing", "deem", "deems", "deemed",
            "promise", "promises", "promised", "promising", "pledge", "pledged", "pledges", "vow", "vows", "vowed",
            "what", "name", "named", "praise", "praised", "welcome", "welcomed", "urge", "urged", "want", "wants",
            "wanted", "seek", "seeks", "sought", "demand", "demands", "demanded");

    private QuotedModifier() {
    }

    /**
     * @param lower a word, lower-case
     * @return whether it names or promises ("called", "hailed", "vowed"): a quotation after it is the
     *         speaker's words, not a label
     */
    public static boolean naming(String lower) {
        return NAMING.contains(lower);
    }

    /**
     * The rule, on any token view. The caller has checked that exactly one word is quoted and that
     * a word follows the closing mark with a space between them.
     *
     * @param open  the index of the opening quotation mark's token
     * @param next  the index of the word after the closing mark
     * @param lower the lower-case text of the token at an index
     * @param word  whether the token at an index is a word
     * @return whether the quoted word modifies that next word, after a verb that does not name
     */
    public static boolean modifiesNoun(int open, int next, IntFunction<String> lower, IntPredicate word) {
        String n = lower.apply(next);
        if (NOT_NOUNS.contains(n) || n.endsWith("ly") || Character.isDigit(n.charAt(0))) {
            return false;
        }
        // after a verb that is not a naming one: "reject 'final' rent deal"; after an article,
        // preposition or auxiliary the word is as often the speaker's ("a “serious” dialogue")
        if (open == 0 || !word.test(open - 1) || FUNCTION.contains(lower.apply(open - 1))) {
            return false;
        }
        for (int k = open - 1; k >= Math.max(0, open - 3); k--) {
            if (naming(lower.apply(k))) {
                return false;
            }
        }
        return true;
    }
}
