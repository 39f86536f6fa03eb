package org.framelens.model.profile;

import java.io.Serializable;
import java.util.Arrays;
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
 * <p>A class of plain counts rather than a record of maps: a run keeps one per speaker of every
 * article, so its size matters more than anywhere else in the model.
 */
public final class SpeakerProfile implements Mergeable<SpeakerProfile>, Serializable {
    private static final long serialVersionUID = 1L;

    /** No sentence: the identity of {@link #merge}. */
    public static final SpeakerProfile EMPTY = new SpeakerProfile(0, 0, 0, 0, 0, new int[SpeakerType.values().length]);

    private final int sentences;
    private final long words;
    private final int directSentences;
    private final long directWords;
    private final int reportedSentences;
    /** Sentences by speaker type, indexed by {@link SpeakerType#ordinal()}. */
    private final int[] types;

    private SpeakerProfile(int sentences, long words, int directSentences, long directWords, int reportedSentences,
                           int[] types) {
        if (sentences < 0 || words < 0 || directSentences < 0 || directWords < 0 || reportedSentences < 0) {
            throw new IllegalArgumentException("negative count");
        }
        this.sentences = sentences;
        this.words = words;
        this.directSentences = directSentences;
        this.directWords = directWords;
        this.reportedSentences = reportedSentences;
        this.types = types;
    }

    /**
     * @param sentences         counted sentences in the speaker's voice
     * @param words             words of those sentences
     * @param directSentences   of those, sentences quoting the speaker ({@code direct})
     * @param directWords       words of the direct sentences: the speaker's quoted voice
     * @param reportedSentences sentences paraphrasing the speaker ({@code reported})
     * @param types             sentences by speaker type
     * @return the profile
     */
    public static SpeakerProfile of(int sentences, long words, int directSentences, long directWords,
                                    int reportedSentences, Map<SpeakerType, Integer> types) {
        int[] t = new int[SpeakerType.values().length];
        Objects.requireNonNull(types, "types").forEach((k, v) -> t[k.ordinal()] = v);
        return new SpeakerProfile(sentences, words, directSentences, directWords, reportedSentences, t);
    }

    /**
     * @param type        the speaker type the tagger gave
     * @param attribution how the sentence attributes its content
     * @param words       words in the sentence
     * @return the profile of one sentence
     */
    public static SpeakerProfile ofSentence(SpeakerType type, Attribution attribution, int words) {
        boolean direct = attribution == Attribution.DIRECT;
        int[] t = new int[SpeakerType.values().length];
        t[type.ordinal()] = 1;
        return new SpeakerProfile(1, words, direct ? 1 : 0, direct ? words : 0,
                attribution == Attribution.REPORTED ? 1 : 0, t);
    }

    @Override
    public SpeakerProfile merge(SpeakerProfile o) {
        int[] t = types.clone();
        for (int i = 0; i < t.length; i++) {
            t[i] += o.types[i];
        }
        return new SpeakerProfile(sentences + o.sentences, words + o.words, directSentences + o.directSentences,
                directWords + o.directWords, reportedSentences + o.reportedSentences, t);
    }

    /** @return counted sentences in the speaker's voice */
    public int sentences() {
        return sentences;
    }

    /** @return words of those sentences */
    public long words() {
        return words;
    }

    /** @return sentences quoting the speaker */
    public int directSentences() {
        return directSentences;
    }

    /** @return words of the sentences quoting the speaker */
    public long directWords() {
        return directWords;
    }

    /** @return sentences paraphrasing the speaker */
    public int reportedSentences() {
        return reportedSentences;
    }

    /** @return sentences by speaker type (types with none left out), read-only */
    public Map<SpeakerType, Integer> types() {
        EnumMap<SpeakerType, Integer> out = new EnumMap<>(SpeakerType.class);
        for (SpeakerType t : SpeakerType.values()) {
            if (types[t.ordinal()] > 0) {
                out.put(t, types[t.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return the type given most often (ties: the first in {@link SpeakerType} order); UNKNOWN when none */
    public SpeakerType type() {
        SpeakerType best = SpeakerType.UNKNOWN;
        int most = 0;
        for (SpeakerType t : SpeakerType.values()) {
            if (types[t.ordinal()] > most) {
                best = t;
                most = types[t.ordinal()];
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpeakerProfile s && sentences == s.sentences && words == s.words
                && directSentences == s.directSentences && directWords == s.directWords
                && reportedSentences == s.reportedSentences && Arrays.equals(types, s.types);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sentences, words, directSentences, directWords, reportedSentences, Arrays.hashCode(types));
    }

    @Override
    public String toString() {
        return "SpeakerProfile[sentences=" + sentences + ", words=" + words + ", direct=" + directSentences
                + ", directWords=" + directWords + ", reported=" + reportedSentences + ", types=" + types() + "]";
    }
}
