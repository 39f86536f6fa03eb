package org.framelens.extract.tag;

import java.util.List;
import org.framelens.model.Sentence;
import org.framelens.model.Tag;
import org.framelens.model.Voice;

/**
 * Stage: labels one sentence (stances, topics), each label with its evidence. Implementations are
 * stateless and thread-safe.
 */
@FunctionalInterface
public interface SentenceLabeler {
    /** Finds no label. */
    SentenceLabeler NONE = (sentence, voice) -> List.of();

    /**
     * @param sentence the sentence
     * @param voice    who speaks in it (some labels depend on the voice)
     * @return the labels found, each once, in a stable order
     */
    List<Tag> labels(Sentence sentence, Voice voice);

    /**
     * What the extractor calls: the same labels as {@link #labels(Sentence, Voice)}, from a
     * sentence whose tokens and words are already prepared. Labelers that read words override it
     * to use them instead of tokenising the sentence again.
     *
     * @param sentence the prepared sentence
     * @param voice    who speaks in it
     * @return the labels found, each once, in a stable order
     */
    default List<Tag> labels(PreparedSentence sentence, Voice voice) {
        return labels(sentence.sentence(), voice);
    }
}
