package org.framelens.extract.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.framelens.model.Problem;
import org.framelens.model.Problem.Severity;

/**
 * Turns bytes into text the way every framelens input is decoded: strict UTF-8; a UTF-16 file
 * with its byte-order mark as UTF-16; bytes that are not valid UTF-8 as Windows-1252, with a
 * warning naming the first bad byte — never silently. A file with a NUL byte, or one whose text
 * is one part in twenty control characters, is binary, not an article. Stateless and thread-safe.
 */
final class TextDecoder {
    /** Windows-1252, which browsers also use for text labelled ISO-8859-1 or ASCII. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Decodes a whole article file.
     *
     * @param bytes    the file's bytes
     * @param where    the file, for messages
     * @param problems where a fallback warning or the error goes
     * @return the text (a UTF-8 byte-order mark kept as {@code U+FEFF}), or {@code null} when the
     *     bytes are binary or broken UTF-16
     */
    static String file(byte[] bytes, String where, List<Problem> problems) {
        boolean utf16 = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        if (utf16) {
            try {
                // Java's UTF-16 decoder consumes the BOM; put it back so offsets stay comparable.
                return "\uFEFF" + strict(StandardCharsets.UTF_16.newDecoder(), bytes);
            } catch (CharacterCodingException e) {
                problems.add(new Problem(Severity.ERROR, where, "starts with a UTF-16 byte-order mark but is not valid UTF-16"));
                return null;
            }
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            problems.add(new Problem(Severity.ERROR, where,
                    "binary file (NUL byte at offset " + nul + "), not an article"));
            return null;
        }
        // decoded aside first: binary bytes make no Windows-1252 warning, only the error
        List<Problem> decoding = new java.util.ArrayList<>();
        String text = utf8OrWindows1252(bytes, where, decoding);
        int controls = controls(text);
        if (controls >= MIN_CONTROLS && controls * 100L >= (long) text.length() * CONTROL_PERCENT) {
            problems.add(new Problem(Severity.ERROR, where, String.format(Locale.ROOT,
                    "binary file (%d of its %d characters are control characters), not an article",
                    controls, text.length())));
            return null;
        }
        problems.addAll(decoding);
        return text;
    }

    /**
     * Control characters in text are a sign of binary data that holds no NUL byte (compressed
     * data, a fragment of an image): text uses tab, line ends and form feed, and a stray
     * control character or two, never one in twenty. Random bytes hold about one in eight.
     */
    static final int CONTROL_PERCENT = 5;
    /** Fewer control characters than this never make a file binary. */
    static final int MIN_CONTROLS = 4;

    /**
     * @param text decoded text
     * @return its C0 and C1 control characters other than tab, line feed, vertical tab, form feed
     *     and carriage return ({@code U+0080}–{@code U+009F} come from bytes Windows-1252 leaves
     *     undefined)
     */
    static int controls(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && (c < 0x09 || c > 0x0D)) || (c >= 0x7F && c <= 0x9F)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Decodes strict UTF-8, falling back to Windows-1252 with a warning.
     *
     * @param bytes    the bytes
     * @param where    what they are, for the warning
     * @param problems where the warning goes; may be {@code null} to decode silently
     * @return the text
     */
    static String utf8OrWindows1252(byte[] bytes, String where, List<Problem> problems) {
        return utf8OrWindows1252(bytes, where, problems, "");
    }

    /**
     * As {@link #utf8OrWindows1252(byte[], String, List)}, with {@code place} after the
     * bad byte's offset: for a row, "at offset N of the row" says what the offset counts.
     *
     * @param bytes    the bytes
     * @param where    what they are, for the warning
     * @param problems where the warning goes; may be {@code null} to decode silently
     * @param place    empty for a file, {@code " of the row"} for a row
     * @return the text
     */
    static String utf8OrWindows1252(byte[] bytes, String where, List<Problem> problems, String place) {
        try {
            return strict(StandardCharsets.UTF_8.newDecoder(), bytes);
        } catch (MalformedInputException e) {
            if (problems != null) {
                int at = firstMalformed(bytes);
                problems.add(new Problem(Severity.WARNING, where, String.format(Locale.ROOT,
                        "not valid UTF-8 (byte 0x%02X at offset %d%s); decoded as Windows-1252",
                        bytes[at] & 0xFF, at, place)));
            }
            return new String(bytes, WINDOWS_1252);
        } catch (CharacterCodingException e) {
            // UTF-8 has no unmappable characters; only malformed input can fail
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param decoder a fresh decoder
     * @param bytes   the bytes
     * @return the text
     * @throws CharacterCodingException when the bytes are not valid in that charset
     */
    static String strict(CharsetDecoder decoder, byte[] bytes) throws CharacterCodingException {
        CharBuffer out = decoder.onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
        return out.toString();
    }

    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** @return the index of the first NUL byte, -1 when there is none */
    static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
