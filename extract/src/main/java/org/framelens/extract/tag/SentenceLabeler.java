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
}
