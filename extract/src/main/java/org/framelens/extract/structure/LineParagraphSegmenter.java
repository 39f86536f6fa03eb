package org.framelens.extract.structure;

import java.util.ArrayList;
import java.util.List;
import org.framelens.model.Span;

/**
 * Cuts text into paragraphs at line ends (LF, CRLF or CR), treating every non-blank line as a
 * paragraph of its own — news pages put each paragraph on one line, with or without blank lines
 * between them — except where a file is hard-wrapped: a line that does not end a sentence and is
 * followed by a line starting in lower case continues the same paragraph.
 *
 * <p>Leading and trailing white space (including a byte-order mark and no-break spaces) is not
 * part of a paragraph. Stateless and thread-safe.
 */
public final class LineParagraphSegmenter implements ParagraphSegmenter {

    @Override
    public List<Span> paragraphs(String text) {
        List<Span> lines = lines(text);
        int width = hardWrapped(lines) ? lines.stream().mapToInt(Span::length).max().orElse(0) : 0;
        List<Span> out = new ArrayList<>();
        Span current = null;
        int previousLineEnd = -1;
        int previousLineLength = 0;
        for (Span line : lines) {
            if (current != null && (continues(text, current, line, previousLineEnd)
                    || width > 0 && previousLineLength >= width - 20 && !blankLineBetween(text, previousLineEnd, line.start())
                    && !startsListItem(text, line))) {
                current = new Span(current.start(), line.end());
            } else {
                if (current != null) {
                    out.add(current);
                }
                current = line;
            }
            previousLineEnd = line.end();
            previousLineLength = line.length();
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /**
     * A hard-wrapped file: most lines are cut at about the same width (between 55 and 100
     * characters), so a paragraph runs over several lines separated by single line ends.
     */
    static boolean hardWrapped(List<Span> lines) {
        if (lines.size() < 8) {
            return false;
        }
        int longest = 0;
        int near = 0;
        for (Span l : lines) {
            longest = Math.max(longest, l.length());
        }
        if (longest > 100 || longest < 55) {
            return false;
        }
        for (Span l : lines) {
            if (l.length() >= longest - 15) {
                near++;
            }
        }
        return near >= 0.5 * lines.size();
    }

    private static boolean startsListItem(String text, Span line) {
        char c = text.charAt(line.start());
        return (c == '-' || c == '\u2022' || c == '*' || c == '\u00B7') && line.length() > 1
                && Character.isWhitespace(text.charAt(line.start() + 1));
    }

    /** Non-blank lines, trimmed. */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int s = i;
            int e = end;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Span(s, e));
            }
            i = end;
            if (i < n && text.charAt(i) == '\r') {
                i++;
            }
            if (i < n && text.charAt(i) == '\n') {
                i++;
            }
        }
        return lines;
    }

    /** A hard-wrapped line: the paragraph so far stops mid-sentence and the next line goes on in lower case. */
    private static boolean continues(String text, Span paragraph, Span next, int previousLineEnd) {
        if (blankLineBetween(text, previousLineEnd, next.start())) {
            return false;
        }
        char last = text.charAt(paragraph.end() - 1);
        if (".!?:;\"\u201D\u2019)]\u2026".indexOf(last) >= 0) {
            return false;
        }
        char first = text.charAt(next.start());
        return Character.isLowerCase(first);
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks > 1;
    }

    /**
     * @param text  any text
     * @param from  where to start
     * @param limit where to stop
     * @return the first index at or after {@code from} that is not white space, or {@code limit}
     */
    static int skipSpace(String text, int from, int limit) {
        int i = from;
        while (i < limit && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
