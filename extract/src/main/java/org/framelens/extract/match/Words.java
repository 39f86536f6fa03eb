package org.framelens.extract.match;

import java.util.List;
import org.framelens.extract.text.Token;
import org.framelens.extract.text.Tokenizer;
import org.framelens.model.Span;

/**
 * A sentence prepared for matching: its tokens with their exact forms and match keys, computed
 * once and shared by every matcher that reads the sentence. Offsets are relative to the text
 * given. Immutable and thread-safe.
 */
public final class Words {
    private final String text;
    private final List<Token> tokens;
    private final String[] keys;
    private final String[] surfaces;

    /**
     * @param text       the sentence text
     * @param normalizer how words are reduced to keys
     */
    public Words(String text, Normalizer normalizer) {
        this.text = text;
        this.tokens = List.copyOf(Tokenizer.tokens(text, new Span(0, text.length())));
        this.keys = new String[tokens.size()];
        this.surfaces = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            surfaces[i] = t.isWord() ? Normalizer.surface(t.text()) : t.lower();
            keys[i] = t.isWord() ? normalizer.key(t.text()) : t.lower();
        }
    }

    /** @return the sentence text */
    public String text() {
        return text;
    }

    /** @return the tokens, in order */
    public List<Token> tokens() {
        return tokens;
    }

    /** @return the number of tokens */
    public int size() {
        return tokens.size();
    }

    /** @param i a token index @return its match key */
    public String key(int i) {
        return keys[i];
    }

    /** @param i a token index @return its exact lower-case form, without a possessive ending */
    public String surface(int i) {
        return surfaces[i];
    }

    /** @param i a token index @return the token */
    public Token token(int i) {
        return tokens.get(i);
    }

    /**
     * @param from first token, inclusive
     * @param to   last token, exclusive ({@code > from})
     * @return the text they cover, as written
     */
    public String text(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
