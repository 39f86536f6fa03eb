package org.framelens.extract.tag;

import java.util.List;
import org.framelens.model.Article;
import org.framelens.model.Sentence;
import org.framelens.model.Voice;

/**
 * Stage: decides who speaks in each sentence of an article. It sees the whole article because
 * quotations run over several sentences and pronouns point back to earlier ones. Implementations
 * are stateless and thread-safe.
 */
@FunctionalInterface
public interface VoiceTagger {
    /** Leaves every sentence in the narrator's voice. */
    VoiceTagger NARRATOR = (article, sentences) -> sentences.stream().map(s -> Voice.NARRATOR).toList();

    /**
     * @param article   the article
     * @param sentences its sentences, in order
     * @return one voice per sentence, in the same order
     */
    List<Voice> voices(Article article, List<Sentence> sentences);

    /**
     * What the extractor calls: the same voices as {@link #voices(Article, List)}, from sentences
     * whose tokens are already cut. Taggers that read tokens override it to use them instead of
     * tokenising the sentences again.
     *
     * @param article   the article
     * @param sentences its sentences, prepared, in order
     * @return one voice per sentence, in the same order
     */
    default List<Voice> voicesOf(Article article, List<PreparedSentence> sentences) {
        return voices(article, sentences.stream().map(PreparedSentence::sentence).toList());
    }
}
