package org.framelens.model.profile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.framelens.model.Attribution;
import org.framelens.model.Mergeable;
import org.framelens.model.SpeakerType;

/**
 * How much one speaker is heard in an outlet's coverage: sentences and words in their voice,
 * split by attribution, and the speaker types the tagger gave them. Immutable and thread-safe;
 * {@link #merge} adds field by field, is associative and has {@link #EMPTY} as identity.
 *
 * @param sentences         counted sentences in the speaker's voice
 * @param words             words of those sentences
 * @param directSentences   of those, sentences quoting the speaker ({@code direct})
 * @param directWords       words of the direct sentences: the speaker's quoted voice
 * @param reportedSentences sentences paraphrasing the speaker ({@code reported})
 * @param types             sentences by speaker type (a name is nearly always one type; the
 *                          most frequent is shown)
 */
public record SpeakerProfile(int sentences, long words, int directSentences, long directWords,
                             int reportedSentences, Map<SpeakerType, Integer> types)
        implements Mergeable<SpeakerProfile> {
    /** No sentence: the identity of {@link #merge}. */
    public static final SpeakerProfile EMPTY = new SpeakerProfile(0, 0, 0, 0, 0, Map.of());

    /** Validates and copies. */
    public SpeakerProfile {
        if (sentences < 0 || words < 0 || directSentences < 0 || directWords < 0 || reportedSentences < 0) {
            throw new IllegalArgumentException("negative count");
        }
        types = Sums.copy(Objects.requireNonNull(types, "types"), SpeakerType.class);
    }

    /** @return sentences by speaker type, read-only */
    @Override
    public Map<SpeakerType, Integer> types() {
        return Collections.unmodifiableMap(types);
    }

    /**
     * @param type        the speaker type the tagger gave
     * @param attribution how the sentence attributes its content
     * @param words       words in the sentence
     * @return the profile of one sentence
     */
    public static SpeakerProfile ofSentence(SpeakerType type, Attribution attribution, int words) {
        boolean direct = attribution == Attribution.DIRECT;
        return new SpeakerProfile(1, words, direct ? 1 : 0, direct ? words : 0,
                attribution == Attribution.REPORTED ? 1 : 0, Map.of(type, 1));
    }

    @Override
    public SpeakerProfile merge(SpeakerProfile o) {
        EnumMap<SpeakerType, Integer> t = new EnumMap<>(SpeakerType.class);
        t.putAll(types);
        o.types.forEach((k, v) -> t.merge(k, v, Integer::sum));
        return new SpeakerProfile(sentences + o.sentences, words + o.words, directSentences + o.directSentences,
                directWords + o.directWords, reportedSentences + o.reportedSentences, t);
    }

    /** @return the type given most often (ties: the first in {@link SpeakerType} order); UNKNOWN when none */
    public SpeakerType type() {
        SpeakerType best = SpeakerType.UNKNOWN;
        int most = 0;
        for (Map.Entry<SpeakerType, Integer> e : types.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
