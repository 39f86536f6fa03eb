package org.framelens.extract.tag;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.match.Words;
import org.framelens.extract.text.Token;
import org.framelens.extract.text.Tokenizer;
import org.framelens.model.Sentence;

/**
 * A sentence as every tagging stage reads it: the sentence, its tokens, cut once, and its words
 * prepared for cue matching, built once per normaliser. The {@link org.framelens.extract.Extractor}
 * prepares each sentence once and hands the same object to the speaker, stance and topic stages,
 * so that no stage tokenises or stems a sentence again.
 *
 * <p>Token offsets are article offsets ({@link Tokenizer#tokens} over the sentence's span of the
 * article text). Thread-safe: the tokens are immutable; the {@link Words} view is built on first
 * use and cached in a volatile field (two threads asking at once may both build it, and get
 * equal views).
 */
public final class PreparedSentence {
    private final Sentence sentence;
    private final List<Token> tokens;
    private volatile Words words;

    /**
     * @param articleText the text of the sentence's article
     * @param sentence    one of its sentences
     */
    public PreparedSentence(String articleText, Sentence sentence) {
        this.sentence = Objects.requireNonNull(sentence, "sentence");
        this.tokens = Collections.unmodifiableList(Tokenizer.tokens(articleText, sentence.span()));
    }

    /** @return the sentence */
    public Sentence sentence() {
        return sentence;
    }

    /** @return its tokens, in order, with article offsets */
    public List<Token> tokens() {
        return tokens;
    }

    /**
     * @param normalizer how words are reduced to keys
     * @return the sentence prepared for matching with that normaliser; the same view for every
     *     normaliser that {@linkplain Normalizer#sharesTableWith shares its table}
     */
    public Words words(Normalizer normalizer) {
        Words w = words;
        if (w == null || !w.normalizer().sharesTableWith(normalizer)) {
            w = Words.of(sentence.text(), sentence.start(), tokens, normalizer);
            words = w;
        }
        return w;
    }
}
