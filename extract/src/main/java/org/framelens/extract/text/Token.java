package org.framelens.extract.text;

/**
 * A token of a sentence: a word (letters, digits and inner apostrophes, hyphens or periods), or a
 * single punctuation mark. Immutable.
 *
 * @param text  the token as written
 * @param lower {@code text} lower-cased with {@code Locale.ROOT}, curly apostrophes made straight
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 */
public record Token(String text, String lower, int start, int end) {
    /** @return whether the token is a word rather than punctuation */
    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** @return whether the token starts with an upper-case letter */
    public boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** @return whether the token is one of the opening or closing quotation marks */
    public boolean isQuote() {
        return text.length() == 1 && Tokenizer.isQuoteChar(text.charAt(0));
    }
}
