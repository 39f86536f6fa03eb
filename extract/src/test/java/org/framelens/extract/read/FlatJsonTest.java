package org.framelens.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict one-object-per-line JSON parser: what it accepts, and where it says a line is wrong. */
class FlatJsonTest {
    @Test
    void readsTopLevelScalarsAndSkipsNestedValues() throws Exception {
        Map<String, FlatJson.Value> m = FlatJson.parseObject(
                " {\"s\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\", \"n\":-12.5e+3, \"z\":0, \"t\":true, \"f\":false, \"x\":null,"
                        + " \"o\":{\"k\":[1,{\"d\":[]},\"\\u00e9\"]}, \"a\":[], \"u\":\"\\u00e9\\u20AC\\ud83d\\ude00\"} ");
        assertEquals(List.of("s", "n", "z", "t", "f", "x", "o", "a", "u"), List.copyOf(m.keySet()), "keys in written order");
        assertEquals(new FlatJson.Value(FlatJson.Type.STRING, "a\"b\\c/d\b\f\n\r\t"), m.get("s"));
        assertEquals(new FlatJson.Value(FlatJson.Type.NUMBER, "-12.5e+3"), m.get("n"), "a number keeps its literal");
        assertEquals(new FlatJson.Value(FlatJson.Type.NUMBER, "0"), m.get("z"));
        assertEquals(new FlatJson.Value(FlatJson.Type.BOOLEAN, "true"), m.get("t"));
        assertEquals(FlatJson.Type.NULL, m.get("x").type());
        assertEquals(FlatJson.Type.OBJECT, m.get("o").type());
        assertEquals(FlatJson.Type.ARRAY, m.get("a").type());
        assertEquals("\u00e9\u20ac\ud83d\ude00", m.get("u").text(), "escapes and a surrogate pair");
    }

    @Test
    void keepsRawNonAsciiAndEmptyObjects() throws Exception {
        assertEquals("Zürich — “quoted” 😀", FlatJson.parseObject("{\"k\":\"Zürich — “quoted” 😀\"}").get("k").text());
        assertTrue(FlatJson.parseObject("{}").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "''|1|the line is empty",
        "[1,2]|1|a line must hold one JSON object",
        "{\"a\":1} {\"b\":2}|9|after the object",
        "{\"a\":1,}|8|trailing comma before '}'",
        "{\"a\" 1}|6|expected ':' after the key \"a\"",
        "{a:1}|2|expected a key in double quotes",
        "{\"a\":1 \"b\":2}|8|expected ',' or '}'",
        "{\"a\":[1,]}|9|trailing comma before ']'",
        "{\"a\":[1 2]}|9|expected ',' or ']'",
        "{\"a\":'x'}|6|expected a value, found '''",
        "{\"a\":tru}|6|expected a value",
        "{\"a\":01}|7|must not start with 0",
        "{\"a\":-}|7|a digit after '-'",
        "{\"a\":1.}|8|a digit after '.'",
        "{\"a\":1e}|8|in its exponent",
        "{\"a\":\"x}|6|string is not closed",
        "{\"a\":\"\\x\"}|7|unknown escape \\x",
        "{\"a\":\"\\u12\"}|7|four hex digits",
        "{\"a\":\"\\ud800\"}|7|half of a surrogate pair",
        "{\"a\":\"\\ud800\\u0041\"}|7|must be followed by a low surrogate",
        "{\"a\":\"\\udc00\"}|7|without its first half",
        "{\"a\":1,\"a\":2}|8|the key \"a\" appears twice",
        "{\"a\":1|7|expected ',' or '}' after a value, found the end of the line",
    })
    void reportsTheColumnOfEachError(String line, int column, String message) {
        FlatJson.Malformed e = assertThrows(FlatJson.Malformed.class, () -> FlatJson.parseObject(line.equals("''") ? "" : line));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.describe().startsWith("invalid JSON at column " + column + ": "), e.describe());
    }

    @Test
    void controlCharactersInsideStringsAreErrors() {
        FlatJson.Malformed e = assertThrows(FlatJson.Malformed.class, () -> FlatJson.parseObject("{\"a\":\"x\ny\"}"));
        assertTrue(e.getMessage().contains("U+000A"), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        FlatJson.Malformed e = assertThrows(FlatJson.Malformed.class, () -> FlatJson.parseObject(deep));
        assertTrue(e.getMessage().contains("nested more than"), e.getMessage());
    }
}
