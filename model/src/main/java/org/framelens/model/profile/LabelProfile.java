package org.framelens.model.profile;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.framelens.model.Attribution;
import org.framelens.model.Mergeable;

/**
 * One stance label in one outlet's coverage: how many counted sentences carry it, in whose voice,
 * who voices it, with which cue terms, where it first appears and which sentences they are.
 * Immutable and thread-safe; {@link #merge} adds field by field, is associative and has
 * {@link #EMPTY} as identity.
 *
 * @param sentences      counted sentences carrying the label
 * @param byAttribution  those sentences by attribution (narrator = the outlet's own voice)
 * @param speakers       the attributed speakers voicing it (never the narrator), sentences each;
 *                       capped per article, the rest in {@link TopCounts#other()}
 * @param cueTerms       the cue terms behind the label (lower case, as the evidence shows them),
 *                       sentences each; capped per article
 * @param firstPositions articles by where the label first appears (never {@code ABSENT}: an
 *                       article without the label has no profile for it)
 * @param indices        the sentences carrying it, while the profile is of one article
 */
public record LabelProfile(int sentences, Map<Attribution, Integer> byAttribution, TopCounts speakers,
                           TopCounts cueTerms, Map<FirstPosition, Integer> firstPositions, SentenceIndices indices)
        implements Mergeable<LabelProfile> {
    /** No sentence: the identity of {@link #merge}. */
    public static final LabelProfile EMPTY =
            new LabelProfile(0, Map.of(), TopCounts.EMPTY, TopCounts.EMPTY, Map.of(), SentenceIndices.EMPTY);

    /** Validates and copies. */
    public LabelProfile {
        if (sentences < 0) {
            throw new IllegalArgumentException("negative count");
        }
        byAttribution = Sums.copy(Objects.requireNonNull(byAttribution, "byAttribution"), Attribution.class);
        firstPositions = Sums.copy(Objects.requireNonNull(firstPositions, "firstPositions"), FirstPosition.class);
        if (firstPositions.containsKey(FirstPosition.ABSENT)) {
            throw new IllegalArgumentException("absence is not counted in a label profile");
        }
        Objects.requireNonNull(speakers, "speakers");
        Objects.requireNonNull(cueTerms, "cueTerms");
        Objects.requireNonNull(indices, "indices");
    }

    /** @return the sentences by attribution, read-only */
    @Override
    public Map<Attribution, Integer> byAttribution() {
        return Collections.unmodifiableMap(byAttribution);
    }

    /** @return articles by where the label first appears, read-only */
    @Override
    public Map<FirstPosition, Integer> firstPositions() {
        return Collections.unmodifiableMap(firstPositions);
    }

    @Override
    public LabelProfile merge(LabelProfile o) {
        return new LabelProfile(sentences + o.sentences, Sums.enumSum(byAttribution, o.byAttribution, Attribution.class),
                speakers.merge(o.speakers), cueTerms.merge(o.cueTerms),
                Sums.enumSum(firstPositions, o.firstPositions, FirstPosition.class), indices.merge(o.indices));
    }

    /** @return this profile with its indices dropped (it now spans several articles) */
    LabelProfile untracked() {
        return indices.tracked()
                ? new LabelProfile(sentences, byAttribution, speakers, cueTerms, firstPositions, SentenceIndices.UNTRACKED)
                : this;
    }

    /**
     * @param attribution an attribution
     * @return sentences carrying the label with that attribution
     */
    public int sentences(Attribution attribution) {
        return byAttribution.getOrDefault(attribution, 0);
    }

    /** @return sentences carrying the label in the outlet's own voice */
    public int narrator() {
        return sentences(Attribution.NARRATOR);
    }

    /** @return sentences carrying the label attributed to a source (direct or reported) */
    public int attributed() {
        return sentences(Attribution.DIRECT) + sentences(Attribution.REPORTED);
    }

    /**
     * @param position a position other than {@code ABSENT}
     * @return articles where the label first appears there
     */
    public int articlesFirstAt(FirstPosition position) {
        return firstPositions.getOrDefault(position, 0);
    }

    /** @return articles where the label appears at all */
    public int articles() {
        return firstPositions.values().stream().mapToInt(Integer::intValue).sum();
    }
}
