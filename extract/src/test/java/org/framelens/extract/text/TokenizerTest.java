package org.framelens.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.framelens.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Every token's {@code lower()} is {@link Tokenizer#lower} of its text, whether the tokenizer
 * found it already lower case and kept the text as it is, or lower-cased it.
 */
class TokenizerTest {
    /** Characters that lower-casing keeps, changes or straightens, and the joiners and marks around words. */
    private static final String CHARS = "abcxyzAQZ0189'\u2019-.\u2010,;:\"\u201C\u201D() \u00E9\u00C9\u00DF\u0130\u03A3\u03C3\u00BB\t\n";

    @Test
    void lowerIsTheTokensTextLowerCasedWhateverItHolds() {
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                sb.append(CHARS.charAt(random.nextInt(CHARS.length())));
            }
            String text = sb.toString();
            int from = random.nextInt(text.length());
            for (Token t : Tokenizer.tokens(text, new Span(from, text.length()))) {
                assertEquals(Tokenizer.lower(t.text()), t.lower(), text);
                assertEquals(text.substring(t.start(), t.end()), t.text(), text);
            }
        }
    }

    @Test
    void aWordAlreadyLowerCaseIsItsOwnLowerForm() {
        List<Token> tokens = Tokenizer.tokens("Jo's U.S.-backed plan isn\u2019t new, the board-room said.",
                new Span(0, 53));
        assertEquals(List.of("Jo's", "U.S.", "-", "backed", "plan", "isn\u2019t", "new", ",", "the", "board-room", "said", "."),
                tokens.stream().map(Token::text).toList());
        assertEquals(List.of("jo's", "u.s.", "-", "backed", "plan", "isn't", "new", ",", "the", "board-room", "said", "."),
                tokens.stream().map(Token::lower).toList());
        assertSame(tokens.get(4).text(), tokens.get(4).lower()); // no second string for "plan"
    }
}
