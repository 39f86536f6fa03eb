package org.framelens.model.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the alignment of a story says at a glance, for one story or several merged: how much of
 * each outlet's content each other outlet also carried, and how many quotations each outlet kept
 * alone. A few numbers per outlet and outlet pair, never the sentences, so a run can keep one per
 * story and one across stories without growing with the text of the corpus.
 *
 * <p>Input: a {@link StoryAlignment} ({@link #of}), or two summaries ({@link #merge}). Immutable
 * and thread-safe; {@link #merge} is associative with {@link #EMPTY} as identity (its counts do not
 * depend on the order; its lists follow the order in which outlets first appear).
 *
 * @param stories   stories summarised
 * @param compared  of those, stories with two outlets or more; the others have nothing to compare
 * @param outlets   the outlets, in the story's order (merged: in order of first appearance)
 * @param shares    per ordered pair of outlets, how many of the first outlet's counted sentences
 *                  the second also carried (merged: summed over the stories both outlets covered)
 * @param counts    per outlet of a compared story, its sentences, unique sentences and quotations
 *                  (merged: summed over its compared stories)
 * @param quotes    quotations of three words or more, one per statement across outlets
 * @param quotesAll of those, the ones every outlet of their story carried
 * @param note      why a single story was not compared (one outlet); empty otherwise and when merged
 */
public record AlignmentSummary(int stories, int compared, List<String> outlets, List<PairShare> shares,
                               List<OutletCounts> counts, int quotes, int quotesAll, String note) {
    /** Nothing summarised: the identity of {@link #merge}. */
    public static final AlignmentSummary EMPTY = new AlignmentSummary(0, 0, List.of(), List.of(), List.of(), 0, 0, "");

    /**
     * One outlet's part of the summary. Immutable and thread-safe.
     *
     * @param outlet    the outlet
     * @param sentences its counted sentences (boilerplate excluded)
     * @param unique    of those, sentences no other outlet of the story carried
     * @param quotes    quotations of the story it carried
     * @param onlyHere  of those, quotations no other outlet of the story carried
     */
    public record OutletCounts(String outlet, int sentences, int unique, int quotes, int onlyHere) {
        /** Validates. */
        public OutletCounts {
            Objects.requireNonNull(outlet, "outlet");
            if (sentences < 0 || unique < 0 || unique > sentences || quotes < 0 || onlyHere < 0 || onlyHere > quotes) {
                throw new IllegalArgumentException("outlet counts out of range for " + outlet);
            }
        }

        OutletCounts plus(OutletCounts o) {
            return new OutletCounts(outlet, sentences + o.sentences, unique + o.unique, quotes + o.quotes,
                    onlyHere + o.onlyHere);
        }
    }

    /** Validates and copies. */
    public AlignmentSummary {
        outlets = List.copyOf(outlets);
        shares = List.copyOf(shares);
        counts = List.copyOf(counts);
        Objects.requireNonNull(note, "note");
        if (stories < 0 || compared < 0 || compared > stories || quotes < 0 || quotesAll < 0 || quotesAll > quotes) {
            throw new IllegalArgumentException("story or quote counts out of range");
        }
    }

    /**
     * @param a a story's alignment
     * @return its summary: one story, compared when {@code a} has no note
     */
    public static AlignmentSummary of(StoryAlignment a) {
        if (!a.note().isEmpty() || a.outlets().size() < 2) {
            return new AlignmentSummary(1, 0, a.outlets(), List.of(), List.of(), 0, 0, a.note());
        }
        Map<String, Integer> sentences = new LinkedHashMap<>();
        for (PairShare s : a.shares()) {
            sentences.putIfAbsent(s.outlet(), s.sentences());
        }
        Map<String, Integer> unique = new LinkedHashMap<>();
        for (UniqueSentence u : a.unique()) {
            unique.merge(u.outlet(), 1, Integer::sum);
        }
        Map<String, Integer> carried = new LinkedHashMap<>();
        Map<String, Integer> only = new LinkedHashMap<>();
        int all = 0;
        for (QuoteCluster q : a.quotes()) {
            for (QuoteVersion v : q.versions()) {
                carried.merge(v.outlet(), 1, Integer::sum);
            }
            if (q.versions().size() == 1) {
                only.merge(q.versions().get(0).outlet(), 1, Integer::sum);
            }
            if (q.versions().size() >= a.outlets().size()) {
                all++;
            }
        }
        List<OutletCounts> counts = new ArrayList<>();
        for (String o : a.outlets()) {
            counts.add(new OutletCounts(o, sentences.getOrDefault(o, 0), unique.getOrDefault(o, 0),
                    carried.getOrDefault(o, 0), only.getOrDefault(o, 0)));
        }
        return new AlignmentSummary(1, 1, a.outlets(), a.shares(), counts, a.quotes().size(), all, "");
    }

    /**
     * @param o another summary (of other stories)
     * @return both, summed; the note is dropped (it describes one story)
     */
    public AlignmentSummary merge(AlignmentSummary o) {
        List<String> outs = new ArrayList<>(outlets);
        o.outlets.stream().filter(x -> !outs.contains(x)).forEach(outs::add);
        Map<List<String>, PairShare> pairs = new LinkedHashMap<>();
        for (PairShare s : shares) {
            pairs.put(List.of(s.outlet(), s.other()), s);
        }
        for (PairShare s : o.shares) {
            pairs.merge(List.of(s.outlet(), s.other()), s, (x, y) -> new PairShare(x.outlet(), x.other(),
                    x.sentences() + y.sentences(), x.sameQuote() + y.sameQuote(), x.paraphrase() + y.paraphrase()));
        }
        Map<String, OutletCounts> byOutlet = new LinkedHashMap<>();
        counts.forEach(c -> byOutlet.put(c.outlet(), c));
        o.counts.forEach(c -> byOutlet.merge(c.outlet(), c, OutletCounts::plus));
        return new AlignmentSummary(stories + o.stories, compared + o.compared, outs, new ArrayList<>(pairs.values()),
                new ArrayList<>(byOutlet.values()), quotes + o.quotes, quotesAll + o.quotesAll, "");
    }

    /**
     * @param outlet the outlet whose sentences are counted
     * @param other  the outlet compared with
     * @return how much of {@code outlet} the other carried, or {@code null} when they never shared a story
     */
    public PairShare share(String outlet, String other) {
        for (PairShare s : shares) {
            if (s.outlet().equals(outlet) && s.other().equals(other)) {
                return s;
            }
        }
        return null;
    }

    /**
     * @param outlet an outlet
     * @return its counts, or {@code null} when it was in no compared story
     */
    public OutletCounts counts(String outlet) {
        for (OutletCounts c : counts) {
            if (c.outlet().equals(outlet)) {
                return c;
            }
        }
        return null;
    }

    /** @return the quotations only one outlet carried, over every outlet */
    public int quotesByOne() {
        return counts.stream().mapToInt(OutletCounts::onlyHere).sum();
    }
}
