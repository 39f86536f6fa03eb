package org.framelens.model.profile;

import java.io.Serializable;
import java.util.Objects;
import org.framelens.model.Attribution;
import org.framelens.model.Mergeable;

/**
 * One stance label in one outlet's coverage: how many counted sentences carry it, in whose voice,
 * who voices it, with which cue terms, where it first appears and which sentences they are.
 * Immutable and thread-safe; {@link #merge} adds field by field, is associative and has
 * {@link #EMPTY} as identity. Counts are plain fields, not maps: a run keeps one per label of
 * every article.
 *
 * @param sentences counted sentences carrying the label
 * @param narrator  of those, sentences in the outlet's own voice
 * @param direct    sentences quoting a source
 * @param reported  sentences paraphrasing a source
 * @param speakers  the attributed speakers voicing it (never the narrator), sentences each;
 *                  capped per article, the rest in {@link TopCounts#other()}
 * @param cueTerms  the cue terms behind the label (lower case, as the evidence shows them),
 *                  sentences each; capped per article
 * @param headline  articles where the label first appears in the headline
 * @param lead      articles where it first appears in the lead paragraph
 * @param later     articles where it first appears later (an article without the label counts in none)
 * @param indices   the sentences carrying it, while the profile is of one article
 */
public record LabelProfile(int sentences, int narrator, int direct, int reported, TopCounts speakers,
                           TopCounts cueTerms, int headline, int lead, int later, SentenceIndices indices)
        implements Mergeable<LabelProfile>, Serializable {
    private static final long serialVersionUID = 1L;

    /** No sentence: the identity of {@link #merge}. */
    public static final LabelProfile EMPTY =
            new LabelProfile(0, 0, 0, 0, TopCounts.EMPTY, TopCounts.EMPTY, 0, 0, 0, SentenceIndices.EMPTY);

    /** Validates. */
    public LabelProfile {
        if (sentences < 0 || narrator < 0 || direct < 0 || reported < 0 || headline < 0 || lead < 0 || later < 0) {
            throw new IllegalArgumentException("negative count");
        }
        Objects.requireNonNull(speakers, "speakers");
        Objects.requireNonNull(cueTerms, "cueTerms");
        Objects.requireNonNull(indices, "indices");
    }

    @Override
    public LabelProfile merge(LabelProfile o) {
        return new LabelProfile(sentences + o.sentences, narrator + o.narrator, direct + o.direct, reported + o.reported,
                speakers.merge(o.speakers), cueTerms.merge(o.cueTerms), headline + o.headline, lead + o.lead,
                later + o.later, indices.merge(o.indices));
    }

    /** @return this profile with its indices dropped (it now spans several articles) */
    LabelProfile untracked() {
        return indices.tracked()
                ? new LabelProfile(sentences, narrator, direct, reported, speakers, cueTerms, headline, lead, later,
                        SentenceIndices.UNTRACKED)
                : this;
    }

    /**
     * @param attribution an attribution
     * @return sentences carrying the label with that attribution
     */
    public int sentences(Attribution attribution) {
        return switch (attribution) {
            case NARRATOR -> narrator;
            case DIRECT -> direct;
            case REPORTED -> reported;
        };
    }

    /** @return sentences carrying the label attributed to a source (direct or reported) */
    public int attributed() {
        return direct + reported;
    }

    /**
     * @param position a position other than {@code ABSENT}
     * @return articles where the label first appears there (0 for {@code ABSENT}: see
     *     {@link OutletProfile#articlesFirstAt})
     */
    public int articlesFirstAt(FirstPosition position) {
        return switch (position) {
            case HEADLINE -> headline;
            case LEAD -> lead;
            case LATER -> later;
            case ABSENT -> 0;
        };
    }

    /** @return articles where the label appears at all */
    public int articles() {
        return headline + lead + later;
    }
}
