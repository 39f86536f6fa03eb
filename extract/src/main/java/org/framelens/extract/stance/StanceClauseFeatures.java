package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.StanceModifier;
import org.framelens.extract.match.CueMatcher;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.match.Vocabulary;
import org.framelens.extract.match.Words;
import org.framelens.extract.text.FunctionWords;
import org.framelens.model.Kind;

/**
 * Features of the stance model for where a word stands in its sentence, added to those of
 * {@link StanceFeatures#of}:
 * <ul>
 *   <li>{@code KIND:KEY} — a content word, on its base form, inside the scope of a stance modifier
 *       of the codebook's kind KIND ({@link #SCOPED}: {@code negator}, {@code refusal},
 *       {@code demand}, {@code offer}). "will not move the date" gives {@code negator:move} and
 *       {@code negator:date}; "unless the increase is reversed" gives {@code demand:reverse};
 *       "rejected the ruling" gives {@code refusal:ruling}. A word means something else to coders
 *       under a negation or inside a condition or demand — a date that "will not move" is a
 *       refused concession, a decree with "no legal basis" is disputed, an increase to be
 *       reversed "unless" is a concession demanded — and {@code word:} and {@code pair:} cannot
 *       tell a word there from the same word elsewhere;</li>
 *   <li>{@code start:KEY} — the sentence's first word (opening quotation marks aside): a discourse
 *       marker that turns on what came before ("But", "Yet", "Still", "Then", "Instead").</li>
 * </ul>
 * The scope is the stance cues' ({@link StanceLabeler}): from the modifier forward, at most
 * {@link #SCOPE} words, up to a clause break (; : dashes brackets; a comma too after a negator or
 * refusal) or a boundary word (but, although …). Modifiers are read leftmost-longest, so "not
 * only" (ignore) shields "not"; a negative contraction (isn't) is a negator. Function words,
 * numbers, other modifiers' words and the capitalised words inside a body sentence (names) give
 * no {@code KIND:} feature.
 *
 * <p>Input: the codebook's modifiers. Immutable and thread-safe.
 */
final class StanceClauseFeatures {
    /** How many words after a modifier its scope holds. */
    static final int SCOPE = 6;
    /** The modifier kinds whose scope gives features. */
    static final Set<StanceModifier.Kind> SCOPED = Set.of(StanceModifier.Kind.NEGATOR, StanceModifier.Kind.REFUSAL,
            StanceModifier.Kind.DEMAND, StanceModifier.Kind.OFFER);
    /** The prefix of the first-word feature. */
    static final String START = "start:";

    /** Every modifier of the codebook, boundaries and shields included: they end or block a scope. */
    private final CueMatcher<StanceModifier.Kind> modifiers;

    /** @param codebook the codebook whose modifiers to read */
    StanceClauseFeatures(Codebook codebook) {
        this(codebook, null);
    }

    /**
     * @param codebook   the codebook whose modifiers to read
     * @param vocabulary the vocabulary the sentences are numbered with (their normaliser's), or
     *                   null: the modifiers are then looked up by their strings, with the same result
     */
    StanceClauseFeatures(Codebook codebook, Vocabulary vocabulary) {
        List<CueMatcher.Entry<StanceModifier.Kind>> entries = new ArrayList<>();
        for (StanceModifier m : codebook.stanceModifiers()) {
            entries.add(new CueMatcher.Entry<>(m.pattern(), m.kind()));
        }
        this.modifiers = new CueMatcher<>(entries, Map.of(), null, vocabulary);
    }

    /**
     * Puts a sentence's features into a sink.
     *
     * @param out   where the features go
     * @param words the sentence's words
     * @param kind  the sentence's kind (a heading's capitalised words are not names)
     */
    void features(StanceFeatures.Sink out, Words words, Kind kind) {
        int n = words.size();
        for (int i = 0; i < n; i++) {
            var t = words.token(i);
            if (t.isWord()) {
                out.add(START, words.key(i));
                break;
            }
            if (!t.isQuote()) {
                break;
            }
        }
        List<CueMatcher.Match<StanceModifier.Kind>> all = modifiers.find(words);
        boolean any = false;
        for (CueMatcher.Match<StanceModifier.Kind> m : all) {
            any |= SCOPED.contains(m.payload());
        }
        for (int i = 0; i < n && !any; i++) {
            any = Normalizer.negativeContraction(words.surface(i));
        }
        if (!any) {
            return; // most sentences: nothing in scope
        }
        // the modifier kind that starts at each token (null elsewhere), where it ends, and which tokens one covers
        StanceModifier.Kind[] startsAt = new StanceModifier.Kind[n];
        int[] endOf = new int[n];
        boolean[] covered = new boolean[n];
        for (CueMatcher.Match<StanceModifier.Kind> m : CueMatcher.leftmostLongest(all)) {
            for (int i = m.start(); i < m.end(); i++) {
                covered[i] = true;
            }
            startsAt[m.start()] = m.payload();
            endOf[m.start()] = m.end();
        }
        for (int i = 0; i < n; i++) {
            if (!covered[i] && Normalizer.negativeContraction(words.surface(i))) {
                startsAt[i] = StanceModifier.Kind.NEGATOR;
                endOf[i] = i + 1;
                covered[i] = true;
            }
        }
        boolean heading = kind == Kind.HEADLINE || kind == Kind.SUBHEAD;
        for (int s = 0; s < n; s++) {
            StanceModifier.Kind k = startsAt[s];
            if (k == null || !SCOPED.contains(k)) {
                continue;
            }
            String prefix = k.label() + ":";
            boolean commaBreaks = k == StanceModifier.Kind.NEGATOR || k == StanceModifier.Kind.REFUSAL;
            int taken = 0;
            for (int i = endOf[s]; i < n && taken < SCOPE; i++) {
                var token = words.token(i);
                String t = token.text();
                if (StanceLabeler.HARD_BREAKS.contains(t) || commaBreaks && t.equals(",")
                        || startsAt[i] == StanceModifier.Kind.BOUNDARY) {
                    break;
                }
                if (!token.isWord()) {
                    continue;
                }
                taken++;
                if (covered[i] || !heading && token.capitalized() || Character.isDigit(t.charAt(0))
                        || FunctionWords.STOP.contains(words.surface(i))) {
                    continue;
                }
                out.add(prefix, words.key(i));
            }
        }
    }
}
