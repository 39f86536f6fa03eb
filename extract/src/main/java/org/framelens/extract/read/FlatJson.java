package org.framelens.extract.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A strict parser for one JSON object, as a line of a JSON Lines file holds it (RFC 8259).
 *
 * <p>The whole line is checked against the JSON grammar — strings with their escapes (surrogate
 * pairs of {@code \\uXXXX} included; an unpaired surrogate is an error, so no broken text gets
 * through), numbers, {@code true}, {@code false}, {@code null}, nested objects and arrays — and
 * anything else is an error with its 1-based column. Only the top-level members are returned:
 * strings, numbers (their literal text), booleans and {@code null} with their value; a nested
 * object or array only as its type, since framelens reads flat fields and exports carry nested
 * extras (a {@code source} object, an {@code authors} list) that should not make a line fail. A
 * key given twice at the top level is an error: which of the two is meant cannot be known.
 *
 * <p>Stateless and thread-safe (each call parses its own input).
 */
final class FlatJson {
    /** Nesting deeper than this is refused rather than risk exhausting the stack. */
    static final int MAX_DEPTH = 64;

    /** The JSON type of a value. */
    enum Type {
        STRING, NUMBER, BOOLEAN, NULL, OBJECT, ARRAY;

        /** @return the type as a JSON user knows it, for messages */
        String noun() {
            return switch (this) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "true or false";
                case NULL -> "null";
                case OBJECT -> "an object";
                case ARRAY -> "an array";
            };
        }
    }

    /**
     * One top-level value.
     *
     * @param type its JSON type
     * @param text a string's decoded content, a number's literal, {@code true} / {@code false};
     *             empty for null, objects and arrays
     */
    record Value(Type type, String text) {
        /** Validates that no component is null. */
        Value {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Malformed JSON, with the 1-based column (in UTF-16 units) where it was noticed. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int column;

        Malformed(int column, String message) {
            super(message);
            this.column = column;
        }

        /** @return 1-based column where the error was noticed */
        int column() {
            return column;
        }

        /** @return "invalid JSON at column N: what" */
        String describe() {
            return "invalid JSON at column " + column + ": " + getMessage();
        }
    }

    private final String s;
    private int i;

    private FlatJson(String s) {
        this.s = s;
    }

    /**
     * @param line one line holding one JSON object (surrounding white space allowed)
     * @return its top-level members in the order written
     * @throws Malformed when the line is not exactly one valid JSON object
     */
    static Map<String, Value> parseObject(String line) throws Malformed {
        FlatJson p = new FlatJson(line);
        p.space();
        if (p.i >= p.s.length()) {
            throw p.error("the line is empty");
        }
        if (p.s.charAt(p.i) != '{') {
            throw p.error("a line must hold one JSON object, starting with '{'");
        }
        Map<String, Value> members = p.object(1, true);
        p.space();
        if (p.i < p.s.length()) {
            throw p.error("unexpected " + p.describeHere() + " after the object (one object per line)");
        }
        return members;
    }

    /** Parses an object at {@code i}; returns its members when {@code keep}, else {@code null}. */
    private Map<String, Value> object(int depth, boolean keep) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
        i++; // '{'
        Map<String, Value> members = keep ? new LinkedHashMap<>() : null;
        space();
        if (peek() == '}') {
            i++;
            return members;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw error(peek() == '}' ? "trailing comma before '}'" : "expected a key in double quotes, found " + describeHere());
            }
            int keyAt = i;
            String key = string();
            space();
            if (peek() != ':') {
                throw error("expected ':' after the key \"" + key + "\", found " + describeHere());
            }
            i++;
            space();
            Value v = value(depth);
            if (keep && members.putIfAbsent(key, v) != null) {
                throw new Malformed(keyAt + 1, "the key \"" + key + "\" appears twice");
            }
            space();
            char c = peek();
            if (c == ',') {
                i++;
            } else if (c == '}') {
                i++;
                return members;
            } else {
                throw error("expected ',' or '}' after a value, found " + describeHere());
            }
        }
    }

    private void array(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
        i++; // '['
        space();
        if (peek() == ']') {
            i++;
            return;
        }
        while (true) {
            space();
            if (peek() == ']') {
                throw error("trailing comma before ']'");
            }
            value(depth);
            space();
            char c = peek();
            if (c == ',') {
                i++;
            } else if (c == ']') {
                i++;
                return;
            } else {
                throw error("expected ',' or ']' in an array, found " + describeHere());
            }
        }
    }

    private Value value(int depth) throws Malformed {
        char c = peek();
        switch (c) {
            case '"':
                return new Value(Type.STRING, string());
            case '{':
                object(depth + 1, false);
                return new Value(Type.OBJECT, "");
            case '[':
                array(depth + 1);
                return new Value(Type.ARRAY, "");
            case 't':
                literal("true");
                return new Value(Type.BOOLEAN, "true");
            case 'f':
                literal("false");
                return new Value(Type.BOOLEAN, "false");
            case 'n':
                literal("null");
                return new Value(Type.NULL, "");
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return new Value(Type.NUMBER, number());
                }
                throw error("expected a value, found " + describeHere());
        }
    }

    private void literal(String word) throws Malformed {
        if (!s.startsWith(word, i)) {
            throw error("expected a value, found " + describeHere());
        }
        i += word.length();
    }

    private String number() throws Malformed {
        int start = i;
        if (peek() == '-') {
            i++;
        }
        if (peek() == '0') {
            i++;
            if (digit(peek())) {
                throw error("a number must not start with 0 unless it is 0");
            }
        } else if (digit(peek())) {
            while (digit(peek())) {
                i++;
            }
        } else {
            throw error("a number needs a digit after '-'");
        }
        if (peek() == '.') {
            i++;
            if (!digit(peek())) {
                throw error("a number needs a digit after '.'");
            }
            while (digit(peek())) {
                i++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            i++;
            if (peek() == '+' || peek() == '-') {
                i++;
            }
            if (!digit(peek())) {
                throw error("a number needs a digit in its exponent");
            }
            while (digit(peek())) {
                i++;
            }
        }
        return s.substring(start, i);
    }

    private String string() throws Malformed {
        int open = i;
        i++; // '"'
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw new Malformed(open + 1, "string is not closed before the end of the line");
            }
            int run = i;
            while (run < s.length() && s.charAt(run) != '"' && s.charAt(run) != '\\' && s.charAt(run) >= 0x20) {
                run++;
            }
            b.append(s, i, run); // the common case: a run of plain characters, copied at once
            i = run;
            if (i >= s.length()) {
                continue;
            }
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                return b.toString();
            }
            if (c < 0x20) {
                throw error(String.format(java.util.Locale.ROOT,
                        "control character U+%04X inside a string (write it as an escape such as \\n)", (int) c));
            }
            if (c != '\\') {
                b.append(c);
                i++;
                continue;
            }
            if (i + 1 >= s.length()) {
                throw error("string is not closed before the end of the line");
            }
            char e = s.charAt(i + 1);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    char unit = hex4(i + 2);
                    if (Character.isHighSurrogate(unit)) {
                        if (!s.startsWith("\\u", i + 6)) {
                            throw error("\\u" + hex(unit) + " is half of a surrogate pair; the other half must follow");
                        }
                        char low = hex4(i + 8);
                        if (!Character.isLowSurrogate(low)) {
                            throw error("\\u" + hex(unit) + " must be followed by a low surrogate, not \\u" + hex(low));
                        }
                        b.append(unit).append(low);
                        i += 6;
                    } else if (Character.isLowSurrogate(unit)) {
                        throw error("\\u" + hex(unit) + " is the second half of a surrogate pair without its first half");
                    } else {
                        b.append(unit);
                    }
                    i += 4;
                }
                default -> throw error("unknown escape \\" + e);
            }
            i += 2;
        }
    }

    private char hex4(int at) throws Malformed {
        if (at + 4 > s.length()) {
            throw new Malformed(at - 1, "\\u needs four hex digits");
        }
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 'f') {
                throw new Malformed(at - 1, "\\u needs four hex digits");
            }
            v = v * 16 + d;
        }
        return (char) v;
    }

    private static String hex(char c) {
        return String.format(java.util.Locale.ROOT, "%04X", (int) c);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private void space() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            i++;
        }
    }

    private String describeHere() {
        if (i >= s.length()) {
            return "the end of the line";
        }
        int cp = s.codePointAt(i);
        return cp < 0x20 || cp == 0x7F
                ? String.format(java.util.Locale.ROOT, "U+%04X", cp)
                : "'" + new String(Character.toChars(cp)) + "'";
    }

    private Malformed error(String message) {
        return new Malformed(i + 1, message);
    }
}
