package org.framelens.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small JSON writer for the run manifest, so no JSON library is needed: objects, arrays,
 * strings, whole numbers and booleans, indented by two spaces, keys in the order they are
 * written (so the output is deterministic). Strings are escaped as RFC 8259 requires — quote,
 * backslash and every control character — and, so that the text survives any reader, U+2028,
 * U+2029 and unpaired surrogates are written as {@code \\uXXXX} escapes too.
 *
 * <p>Inputs: calls in document order; a misuse (a value where a key is due, an unclosed
 * container) throws {@link IllegalStateException}. Output: {@link #toString()} once complete.
 * Not thread-safe: one writer per document.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** For each open container: {@code true} for an object. */
    private final Deque<Boolean> objects = new ArrayDeque<>();
    /** For each open container: whether it has no member yet. */
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean nameWritten;
    private boolean done;

    /** @return this, after opening an object */
    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        objects.push(true);
        empty.push(true);
        return this;
    }

    /** @return this, after closing the innermost object */
    JsonWriter endObject() {
        return end(true, '}');
    }

    /** @return this, after opening an array */
    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        objects.push(false);
        empty.push(true);
        return this;
    }

    /** @return this, after closing the innermost array */
    JsonWriter endArray() {
        return end(false, ']');
    }

    /**
     * @param name a key of the innermost object; its value comes next
     * @return this
     */
    JsonWriter name(String name) {
        if (objects.isEmpty() || !objects.peek() || nameWritten) {
            throw new IllegalStateException("a key is only allowed inside an object, before its value");
        }
        newMember();
        string(name);
        out.append(": ");
        nameWritten = true;
        return this;
    }

    /**
     * @param value a string, {@code null} for JSON null
     * @return this
     */
    JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    /**
     * @param value a whole number
     * @return this
     */
    JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /**
     * @param value a boolean
     * @return this
     */
    JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /** Shorthand for {@code name(name).value(value)}. */
    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    /** Shorthand for {@code name(name).value(value)}. */
    JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    /** Shorthand for {@code name(name).value(value)}. */
    JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    /** @return the document, with a final line end */
    @Override
    public String toString() {
        if (!done) {
            throw new IllegalStateException("the JSON document is not complete");
        }
        return out + "\n";
    }

    /**
     * @param s any text
     * @return it as a JSON string literal, quotes included
     */
    static String quote(String s) {
        JsonWriter w = new JsonWriter();
        w.string(s);
        return w.out.toString();
    }

    private JsonWriter end(boolean object, char close) {
        if (objects.isEmpty() || objects.peek() != object || nameWritten) {
            throw new IllegalStateException("nothing to close with '" + close + "' here");
        }
        objects.pop();
        if (!empty.pop()) {
            out.append('\n');
            indent();
        }
        out.append(close);
        done = objects.isEmpty();
        return this;
    }

    private void beforeValue() {
        if (done) {
            throw new IllegalStateException("the JSON document is already complete");
        }
        if (objects.isEmpty()) {
            return; // the top-level value
        }
        if (objects.peek()) {
            if (!nameWritten) {
                throw new IllegalStateException("a value inside an object needs its key first");
            }
            nameWritten = false;
            return;
        }
        newMember();
    }

    /** A comma after the previous member, then a new line at the container's depth. */
    private void newMember() {
        if (!empty.peek()) {
            out.append(',');
        }
        empty.pop();
        empty.push(false);
        out.append('\n');
        indent();
    }

    private void indent() {
        out.append("  ".repeat(objects.size()));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                            : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || !paired) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
