package org.framelens.extract.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.framelens.model.Article;
import org.framelens.model.Problem;
import org.framelens.model.Problem.Severity;

/**
 * Reads one article file into an {@link Article}, keeping the text exactly as on disk so that
 * offsets index the file: a UTF-8 byte-order mark stays as {@code U+FEFF}, line ends stay as they
 * are (LF, CRLF or CR).
 *
 * <p>Decoding: strict UTF-8; a UTF-16 file with its byte-order mark is decoded as UTF-16; text
 * that is not valid UTF-8 is decoded as Windows-1252 with a warning naming the first bad byte,
 * never silently. Empty files and binary files (NUL bytes) are errors. Stateless and thread-safe.
 */
public final class ArticleLoader {
    /** Files larger than this are refused rather than risk exhausting memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * @param ref the file to read
     * @return the article, or the reason it could not be read
     */
    public Loaded load(ArticleRef ref) {
        String path = ref.path().toString();
        List<Problem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            long size = Files.size(ref.path());
            if (size > MAX_BYTES) {
                problems.add(new Problem(Severity.ERROR, path,
                        "file is " + size + " bytes, more than the " + MAX_BYTES + " an article may have"));
                return new Loaded(ref, "", Optional.empty(), problems);
            }
            bytes = Files.readAllBytes(ref.path());
        } catch (IOException e) {
            problems.add(new Problem(Severity.ERROR, path, "cannot read: " + describe(e)));
            return new Loaded(ref, "", Optional.empty(), problems);
        }
        String sha = sha256(bytes);
        String text = decode(bytes, path, problems);
        if (text == null) {
            return new Loaded(ref, sha, Optional.empty(), problems);
        }
        if (text.chars().allMatch(c -> Character.isWhitespace(c) || c == '\uFEFF' || Character.isSpaceChar(c))) {
            problems.add(new Problem(Severity.ERROR, path, bytes.length == 0 ? "empty file" : "file holds only white space"));
            return new Loaded(ref, sha, Optional.empty(), problems);
        }
        return new Loaded(ref, sha, Optional.of(new Article(ref.story(), ref.outlet(), path, sha, text)), problems);
    }

    private static String decode(byte[] bytes, String path, List<Problem> problems) {
        boolean utf16 = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        if (utf16) {
            try {
                // Java's UTF-16 decoder consumes the BOM; put it back so offsets stay comparable.
                return "\uFEFF" + strict(StandardCharsets.UTF_16.newDecoder(), bytes);
            } catch (CharacterCodingException e) {
                problems.add(new Problem(Severity.ERROR, path, "starts with a UTF-16 byte-order mark but is not valid UTF-16"));
                return null;
            }
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            problems.add(new Problem(Severity.ERROR, path,
                    "binary file (NUL byte at offset " + nul + "), not an article"));
            return null;
        }
        try {
            return strict(StandardCharsets.UTF_8.newDecoder(), bytes);
        } catch (MalformedInputException e) {
            int at = firstMalformed(bytes);
            problems.add(new Problem(Severity.WARNING, path, String.format(java.util.Locale.ROOT,
                    "not valid UTF-8 (byte 0x%02X at offset %d); decoded as Windows-1252",
                    bytes[at] & 0xFF, at)));
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(Severity.ERROR, path, "cannot decode: " + e));
            return null;
        }
    }

    private static String strict(CharsetDecoder decoder, byte[] bytes) throws CharacterCodingException {
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

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param bytes any bytes
     * @return their SHA-256 as lower-case hex
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}
