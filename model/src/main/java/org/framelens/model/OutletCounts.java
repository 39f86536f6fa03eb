package org.framelens.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts for one outlet's article (or several, once merged): sentences by kind, words, and
 * sentences by attribution and by stance label. Boilerplate is counted by kind only, never in
 * words, attributions or stances, as {@code ANNOTATION.md} requires. Immutable and thread-safe.
 */
public final class OutletCounts implements Mergeable<OutletCounts> {
    /** The identity of {@link #merge}. */
    public static final OutletCounts EMPTY =
            new OutletCounts(0, new EnumMap<>(Kind.class), 0, new EnumMap<>(Attribution.class), new TreeMap<>());

    private final int articles;
    private final Map<Kind, Integer> sentencesByKind;
    private final int words;
    private final Map<Attribution, Integer> sentencesByAttribution;
    private final Map<String, Integer> sentencesByStance;

    private OutletCounts(int articles, EnumMap<Kind, Integer> byKind, int words,
                         EnumMap<Attribution, Integer> byAttribution, TreeMap<String, Integer> byStance) {
        this.articles = articles;
        this.sentencesByKind = Collections.unmodifiableMap(byKind);
        this.words = words;
        this.sentencesByAttribution = Collections.unmodifiableMap(byAttribution);
        this.sentencesByStance = Collections.unmodifiableMap(byStance);
    }

    /**
     * @param article an analyzed article
     * @return the counts of that one article
     */
    public static OutletCounts of(AnalyzedArticle article) {
        EnumMap<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        EnumMap<Attribution, Integer> byAttribution = new EnumMap<>(Attribution.class);
        TreeMap<String, Integer> byStance = new TreeMap<>();
        int words = 0;
        for (TaggedSentence s : article.sentences()) {
            Kind kind = s.sentence().kind();
            byKind.merge(kind, 1, Integer::sum);
            if (!kind.counted()) {
                continue;
            }
            words += s.sentence().words();
            byAttribution.merge(s.voice().attribution(), 1, Integer::sum);
            for (Tag t : s.stances()) {
                byStance.merge(t.label(), 1, Integer::sum);
            }
        }
        return new OutletCounts(1, byKind, words, byAttribution, byStance);
    }

    @Override
    public OutletCounts merge(OutletCounts other) {
        EnumMap<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        byKind.putAll(sentencesByKind);
        other.sentencesByKind.forEach((k, v) -> byKind.merge(k, v, Integer::sum));
        EnumMap<Attribution, Integer> byAttribution = new EnumMap<>(Attribution.class);
        byAttribution.putAll(sentencesByAttribution);
        other.sentencesByAttribution.forEach((k, v) -> byAttribution.merge(k, v, Integer::sum));
        TreeMap<String, Integer> byStance = new TreeMap<>(sentencesByStance);
        other.sentencesByStance.forEach((k, v) -> byStance.merge(k, v, Integer::sum));
        return new OutletCounts(articles + other.articles, byKind, words + other.words, byAttribution, byStance);
    }

    /** @return the number of articles counted */
    public int articles() {
        return articles;
    }

    /** @return all sentences, boilerplate included */
    public int sentences() {
        return sentencesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param kind a kind
     * @return sentences of that kind
     */
    public int sentences(Kind kind) {
        return sentencesByKind.getOrDefault(kind, 0);
    }

    /** @return sentences that count in aggregates (all but boilerplate) */
    public int countedSentences() {
        return sentences() - sentences(Kind.BOILERPLATE);
    }

    /** @return words in counted sentences */
    public int words() {
        return words;
    }

    /**
     * @param attribution an attribution
     * @return counted sentences with that attribution
     */
    public int sentences(Attribution attribution) {
        return sentencesByAttribution.getOrDefault(attribution, 0);
    }

    /**
     * @param stance a stance label
     * @return counted sentences carrying it
     */
    public int sentencesWithStance(String stance) {
        return sentencesByStance.getOrDefault(stance, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutletCounts c && articles == c.articles && words == c.words
                && sentencesByKind.equals(c.sentencesByKind)
                && sentencesByAttribution.equals(c.sentencesByAttribution)
                && sentencesByStance.equals(c.sentencesByStance);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(articles, words, sentencesByKind, sentencesByAttribution, sentencesByStance);
    }

    @Override
    public String toString() {
        return "OutletCounts[articles=" + articles + ", byKind=" + sentencesByKind + ", words=" + words
                + ", byAttribution=" + sentencesByAttribution + ", byStance=" + sentencesByStance + "]";
    }
}
