package org.framelens.extract.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.model.Article;
import org.framelens.model.Problem;
import org.framelens.model.Problem.Severity;

/**
 * Reads one {@link ArticleRef} into an {@link Article} whose text is what sentence offsets index.
 *
 * <p><b>The text.</b>
 * <ul>
 *   <li>A {@code .txt} file is kept exactly as on disk: a UTF-8 byte-order mark stays as
 *       {@code U+FEFF}, line ends stay as they are (LF, CRLF or CR), so offsets index the file.</li>
 *   <li>An {@code .html} / {@code .htm} file gives its extracted main text ({@link HtmlText}):
 *       the headline, a blank line, the paragraphs separated by blank lines.</li>
 *   <li>A JSON Lines line or a manifest record gives its {@code text} field, decoded (JSON
 *       escapes, CSV quotes), line ends as written.</li>
 *   <li>When the row has a {@code title}, the text becomes the title, a blank line ({@code \n\n})
 *       and the text above without its byte-order mark — unless the text's first non-blank line
 *       already is the title (same words, case and white space aside), in which case the text is
 *       left as it was.</li>
 * </ul>
 * The article's {@link Article#source() source} says where it came from: the file, or
 * {@code file:line} for a row. Its {@link Article#sha256() sha256} identifies the text the offsets
 * index: the SHA-256 of the file's bytes when the text is the file as it is, else that of the
 * text itself in UTF-8.
 *
 * <p><b>Decoding.</b> Strict UTF-8; a UTF-16 file with its byte-order mark is decoded as UTF-16;
 * text that is not valid UTF-8 is decoded as Windows-1252 with a warning naming the first bad
 * byte, never silently. An HTML file declaring another charset in a {@code <meta>} tag is decoded
 * with it. Empty files and binary files (NUL bytes) are errors; so is an HTML page with no text,
 * and a row whose file changed between the scan and the load.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleLoader {
    /** Files (and rows) larger than this are refused rather than risk exhausting memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The separator between a title framelens puts first and the text: one blank line. */
    public static final String TITLE_SEPARATOR = "\n\n";

    /** The labels HTML reads as Windows-1252. */
    private static final java.util.Set<String> WINDOWS_1252_LABELS = java.util.Set.of("windows-1252", "cp1252",
            "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "x-cp1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * @param ref the article to read
     * @return the article, or the reason it could not be read
     */
    public Loaded load(ArticleRef ref) {
        Origin origin = ref.origin();
        if (origin instanceof Origin.OnDisk file) {
            return loadFile(ref, file);
        }
        if (origin instanceof Origin.Inline inline) {
            return loadInline(ref, inline);
        }
        Origin.Rejected rejected = (Origin.Rejected) origin;
        return new Loaded(ref, "", Optional.empty(), List.of(new Problem(Severity.ERROR, rejected.where(), rejected.reason())));
    }

    private Loaded loadFile(ArticleRef ref, Origin.OnDisk file) {
        String path = file.path().toString();
        String listed = file.listedAt().isEmpty() ? "" : " (listed at " + file.listedAt() + ")";
        List<Problem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            long size = Files.size(file.path());
            if (size > MAX_BYTES) {
                problems.add(new Problem(Severity.ERROR, path,
                        "file is " + size + " bytes, more than the " + MAX_BYTES + " an article may have" + listed));
                return new Loaded(ref, "", Optional.empty(), problems);
            }
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            problems.add(new Problem(Severity.ERROR, path, "cannot read: " + describe(e) + listed));
            return new Loaded(ref, "", Optional.empty(), problems);
        }
        String fileSha = sha256(bytes);
        String decoded = file.html() ? decodeHtml(bytes, path, problems) : TextDecoder.file(bytes, path, problems);
        if (decoded == null) {
            return new Loaded(ref, fileSha, Optional.empty(), problems);
        }
        if (blank(decoded)) {
            problems.add(new Problem(Severity.ERROR, path, (bytes.length == 0 ? "empty file" : "file holds only white space") + listed));
            return new Loaded(ref, fileSha, Optional.empty(), problems);
        }
        String text = decoded;
        if (file.html()) {
            text = HtmlText.extract(decoded).text();
            if (text.isEmpty()) {
                problems.add(new Problem(Severity.ERROR, path,
                        "no article text in the HTML (after dropping scripts, navigation, header, footer and sidebars)" + listed));
                return new Loaded(ref, fileSha, Optional.empty(), problems);
            }
        }
        text = withTitle(ref.metadata().title(), text);
        String sha = text.equals(decoded) ? fileSha : sha256(text.getBytes(StandardCharsets.UTF_8));
        return new Loaded(ref, sha, Optional.of(new Article(ref.story(), ref.outlet(), path, sha, text)), problems);
    }

    private Loaded loadInline(ArticleRef ref, Origin.Inline inline) {
        String where = inline.where();
        List<Problem> problems = new ArrayList<>();
        byte[] record = new byte[inline.length()];
        try (FileChannel ch = FileChannel.open(inline.path(), StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.wrap(record);
            long at = inline.offset();
            while (buf.hasRemaining()) {
                int n = ch.read(buf, at);
                if (n < 0) {
                    break;
                }
                at += n;
            }
            if (buf.hasRemaining() || !sha256(record).equals(inline.sha256())) {
                problems.add(new Problem(Severity.ERROR, where,
                        "the file changed while the run was reading it; this row is no longer what was scanned"));
                return new Loaded(ref, "", Optional.empty(), problems);
            }
        } catch (IOException e) {
            problems.add(new Problem(Severity.ERROR, where, "cannot read: " + describe(e)));
            return new Loaded(ref, "", Optional.empty(), problems);
        }
        String text;
        try {
            text = inline.format() == Origin.Format.JSON_LINES
                    ? JsonLinesReader.text(record)
                    : ManifestReader.text(record, inline.column());
        } catch (FlatJson.Malformed | IOException e) {
            // cannot happen for the bytes the scan accepted (their SHA-256 matched); reported, not thrown
            problems.add(new Problem(Severity.ERROR, where, "cannot read the row again: " + e.getMessage()));
            return new Loaded(ref, "", Optional.empty(), problems);
        }
        text = withTitle(ref.metadata().title(), text);
        String sha = sha256(text.getBytes(StandardCharsets.UTF_8));
        return new Loaded(ref, sha, Optional.of(new Article(ref.story(), ref.outlet(), where, sha, text)), problems);
    }

    /**
     * Puts a title first, as the headline line, unless the text already starts with it.
     *
     * @param title a title, one line (see {@link Metadata}); empty for none
     * @param text  an article's text
     * @return {@code text} when the title is empty or is already its first non-blank line
     *     (compared with white space collapsed and case ignored); else the title,
     *     {@link #TITLE_SEPARATOR} and the text without a leading byte-order mark
     */
    public static String withTitle(String title, String text) {
        if (title.isEmpty()) {
            return text;
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int start = 0;
        while (start < body.length()) {
            int end = start;
            while (end < body.length() && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
                end++;
            }
            String first = Metadata.oneLine(body.substring(start, end));
            if (!first.isEmpty()) {
                if (first.equalsIgnoreCase(title)) {
                    return text;
                }
                break;
            }
            start = end + 1;
        }
        return title + TITLE_SEPARATOR + body;
    }

    /** Decodes an HTML file: its byte-order mark, else its {@code <meta>} charset, else as any article. */
    private static String decodeHtml(byte[] bytes, String path, List<Problem> problems) {
        // a byte-order mark outranks a declaration, as in browsers
        String declared = Rows.bom(bytes, bytes.length) != 0 ? null : declaredCharset(bytes);
        if (declared != null && !declared.equals("utf-8") && !declared.equals("utf8")) {
            if (WINDOWS_1252_LABELS.contains(declared)) {
                return new String(bytes, TextDecoder.WINDOWS_1252);
            }
            try {
                return TextDecoder.strict(Charset.forName(declared).newDecoder(), bytes);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                problems.add(new Problem(Severity.WARNING, path, "declares charset '" + declared
                        + "', which this Java runtime does not know; read as UTF-8"));
            } catch (CharacterCodingException e) {
                problems.add(new Problem(Severity.WARNING, path, "is not valid " + declared
                        + " as it declares; read as UTF-8"));
            }
        }
        return TextDecoder.file(bytes, path, problems);
    }

    private static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean blank(String text) {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || c == '\uFEFF' || Character.isSpaceChar(c));
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

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}
