package org.framelens.extract.match;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.framelens.extract.text.Token;
import org.framelens.extract.text.Tokenizer;
import org.framelens.model.Span;

/**
 * A sentence prepared for matching: its tokens with their exact forms and match keys, computed
 * once and shared by every matcher that reads the sentence. Immutable and thread-safe.
 *
 * <p>Token offsets are in the frame of {@link #offset()}: a {@code Words} built from a sentence
 * alone ({@link #Words(String, Normalizer)}) has offset 0, so its offsets index the sentence; one
 * built from an article's tokens ({@link #of}) keeps their article offsets, so that every stage of
 * the extractor shares one set of tokens. {@link #text(int, int)} gives the same text either way.
 */
public final class Words {
    private final String text;
    private final int offset;
    private final List<Token> tokens;
    private final String[] keys;
    private final String[] surfaces;
    /** The numbers of the keys and the forms in the normaliser's vocabulary; null without one. */
    private final int[] keyIds;
    private final int[] surfaceIds;
    private final Normalizer normalizer;
    /** Which tokens are negative contractions ({@code isn't}); null when none is (most sentences). */
    private final boolean[] contractions;

    /**
     * @param text       the sentence text
     * @param normalizer how words are reduced to keys
     */
    public Words(String text, Normalizer normalizer) {
        this(text, 0, Tokenizer.tokens(text, new Span(0, text.length())), normalizer);
    }

    private Words(String text, int offset, List<Token> tokens, Normalizer normalizer) {
        this.text = text;
        this.offset = offset;
        this.tokens = Collections.unmodifiableList(tokens);
        this.normalizer = normalizer;
        int n = tokens.size();
        this.keys = new String[n];
        this.surfaces = new String[n];
        Vocabulary vocabulary = normalizer.vocabulary();
        this.keyIds = vocabulary == null ? null : new int[n];
        this.surfaceIds = vocabulary == null ? null : new int[n];
        boolean[] negative = null;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                // the token's lower() is Tokenizer.lower(text): surface and key start from it
                String surface = Normalizer.surfaceOfLower(t.lower());
                surfaces[i] = surface;
                // the key and both numbers come from one look-up in the normaliser's cache
                Normalizer.Key key = normalizer.entryOfSurface(surface);
                keys[i] = key.key();
                if (vocabulary != null) {
                    keyIds[i] = key.keyId();
                    surfaceIds[i] = key.surfaceId();
                }
            } else {
                surfaces[i] = t.lower();
                keys[i] = t.lower();
                if (vocabulary != null) {
                    keyIds[i] = vocabulary.id(keys[i]);
                    surfaceIds[i] = keyIds[i];
                }
            }
            if (Normalizer.negativeContraction(surfaces[i])) {
                negative = negative == null ? new boolean[n] : negative;
                negative[i] = true;
            }
        }
        this.contractions = negative;
    }

    /**
     * @param text       the sentence text
     * @param offset     where the text starts in the frame of the tokens' offsets (the sentence's
     *                   start in its article)
     * @param tokens     the text's tokens as {@link Tokenizer#tokens} cuts them, offsets in that
     *                   frame; not copied, so the caller must not change the list
     * @param normalizer how words are reduced to keys
     * @return the prepared sentence
     */
    public static Words of(String text, int offset, List<Token> tokens, Normalizer normalizer) {
        return new Words(Objects.requireNonNull(text, "text"), offset, tokens,
                Objects.requireNonNull(normalizer, "normalizer"));
    }

    /** @return the sentence text */
    public String text() {
        return text;
    }

    /** @return where {@link #text()} starts in the frame of the token offsets (0 for a sentence alone) */
    public int offset() {
        return offset;
    }

    /** @return the normaliser the keys come from */
    public Normalizer normalizer() {
        return normalizer;
    }

    /** @return the tokens, in order */
    public List<Token> tokens() {
        return tokens;
    }

    /** @return the number of tokens */
    public int size() {
        return keys.length;
    }

    /** @param i a token index @return its match key */
    public String key(int i) {
        return keys[i];
    }

    /**
     * @return the vocabulary {@link #keyId} and {@link #surfaceId} number the words with: the
     *     normaliser's, or null when it has none
     */
    public Vocabulary vocabulary() {
        return normalizer.vocabulary();
    }

    /**
     * @param i a token index
     * @return the number of its {@link #key} in the {@link #vocabulary()}; -1 when it is not
     *     there or there is no vocabulary
     */
    public int keyId(int i) {
        return keyIds == null ? -1 : keyIds[i];
    }

    /**
     * @param i a token index
     * @return the number of its {@link #surface} in the {@link #vocabulary()}; -1 when it is not
     *     there or there is no vocabulary
     */
    public int surfaceId(int i) {
        return surfaceIds == null ? -1 : surfaceIds[i];
    }

    /** @param i a token index @return its exact lower-case form, without a possessive ending */
    public String surface(int i) {
        return surfaces[i];
    }

    /**
     * @param i a token index
     * @return whether its {@link #surface} is a negative contraction
     *     ({@link Normalizer#negativeContraction}), read from a mark made once per sentence
     */
    public boolean negativeContraction(int i) {
        return contractions != null && contractions[i];
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
        return text.substring(tokens.get(from).start() - offset, tokens.get(to - 1).end() - offset);
    }

    /**
     * @param from an offset in the tokens' frame
     * @param to   a later offset in the same frame
     * @return the text between them, as written
     */
    public String between(int from, int to) {
        return text.substring(from - offset, to - offset);
    }
}
