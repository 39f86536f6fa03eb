package org.framelens.extract.voice;

import java.util.ArrayList;
import java.util.List;
import org.framelens.model.Sentence;
import org.framelens.model.Span;

/**
 * The quotations of an article: spans of text between matching quotation marks, found paragraph
 * by paragraph. Curly double quotes pair unambiguously; straight double quotes open after a space
 * or an opening bracket; single quotes open with {@code ‘} or a straight quote before a word and
 * close with a {@code ’} or straight quote that is not an apostrophe ({@code we’ll}); single quotes
 * inside double quotes are nested quotations and ignored. A quotation left open at the end of a
 * paragraph continues when the next paragraph opens with a quotation mark (the news convention
 * for quotations over several paragraphs; for single quotes only a curly {@code ‘}, since a
 * straight one may be an apostrophe); otherwise it is dropped as unbalanced. Immutable and
 * thread-safe.
 */
public final class Quotes {
    private final List<Span> spans;
    private final int[] starts;
    /** For each span, the furthest end of it and every span before it: spans may nest or overlap. */
    private final int[] reach;

    private Quotes(List<Span> spans) {
        this.spans = List.copyOf(spans);
        this.starts = new int[spans.size()];
        this.reach = new int[spans.size()];
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i).start();
            furthest = Math.max(furthest, spans.get(i).end());
            reach[i] = furthest;
        }
    }

    /** @return the quotation spans, marks included, in text order */
    public List<Span> spans() {
        return spans;
    }

    /**
     * @param text      the article text
     * @param sentences its sentences (their paragraph indices give the paragraphs)
     * @return the quotations
     */
    public static Quotes find(String text, List<Sentence> sentences) {
        List<Span> paragraphs = new ArrayList<>();
        int current = -1;
        for (Sentence s : sentences) {
            if (s.paragraph() != current || paragraphs.isEmpty()) {
                paragraphs.add(s.span());
                current = s.paragraph();
            } else {
                Span last = paragraphs.remove(paragraphs.size() - 1);
                paragraphs.add(new Span(last.start(), s.end()));
            }
        }
        List<Span> out = new ArrayList<>();
        int carried = -1; // start of a quotation continuing from the previous paragraph
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int open = -1;
            char kind = 0;
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                if (!isQuoteMark(c)) {
                    continue; // only quotation marks change the state below: skip the rest cheaply
                }
                if (kind == 0 || kind == '"' || kind == '\u201C') {
                    if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
                        if (open < 0) {
                            open = i;
                            kind = '\u201C';
                        }
                        continue;
                    }
                    if ((c == '\u201D' || c == '\u00BB') && kind == '\u201C') {
                        out.add(new Span(open, i + 1));
                        open = -1;
                        kind = 0;
                        continue;
                    }
                    if (c == '"') {
                        if (open < 0 && opensAt(text, i, para.start())) {
                            open = i;
                            kind = '"';
                        } else if (kind == '"') {
                            out.add(new Span(open, i + 1));
                            open = -1;
                            kind = 0;
                        }
                        continue;
                    }
                }
                if (kind == 0 && (c == '\u2018' || c == '\'' && opensAt(text, i, para.start())
                        && i + 1 < para.end() && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    open = i;
                    kind = '\u2018';
                    continue;
                }
                if (kind == '\u2018' && (c == '\u2019' || c == '\'') && !isApostrophe(text, i, para.end())) {
                    out.add(new Span(open, i + 1));
                    open = -1;
                    kind = 0;
                }
            }
            // a curly single quote left open runs on too (the British convention); a straight one may
            // be an apostrophe and is dropped
            if (open >= 0 && (kind != '\u2018' || text.charAt(open) == '\u2018')) {
                boolean continues = p + 1 < paragraphs.size() && isOpening(text.charAt(paragraphs.get(p + 1).start()));
                if (continues) {
                    out.add(new Span(open, para.end()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Span::start));
        return new Quotes(out);
    }

    /** Every character the scan in {@link #find} reacts to. */
    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\'' || c >= '\u2018' && c <= '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    /** @param c a character @return whether it can open a quotation */
    static boolean isOpening(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '\u00AB';
    }

    /** @param c a character @return whether it can close a quotation */
    static boolean isClosing(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == '\u00BB';
    }

    private static boolean opensAt(String text, int i, int paragraphStart) {
        if (i == paragraphStart) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014'
                || before == '\u2013' || before == '-' || before == ':' || before == '/';
    }

    /** A ’ or ' between letters ("we’ll", "Ukraine’s") or after an s before a space ("workers’ pay") is an apostrophe. */
    private static boolean isApostrophe(String text, int i, int end) {
        boolean letterBefore = i > 0 && Character.isLetter(text.charAt(i - 1));
        boolean letterAfter = i + 1 < end && Character.isLetter(text.charAt(i + 1));
        return letterBefore && letterAfter;
    }

    /**
     * @param span a sentence
     * @return the quotation spans that overlap it, clipped to it
     */
    List<Span> within(Span span) {
        List<Span> out = new ArrayList<>();
        for (Span q : spans) {
            int s = Math.max(q.start(), span.start());
            int e = Math.min(q.end(), span.end());
            if (e > s) {
                out.add(new Span(s, e));
            }
        }
        return out;
    }

    /**
     * @param position an offset
     * @return whether it lies inside a quotation (marks included)
     */
    boolean inside(int position) {
        // asked for every token: binary search for the last span starting at or before the
        // position; some span up to it reaches past the position exactly when one contains it
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && reach[lo - 1] > position;
    }

    /**
     * @param boundaryEnd where the earlier sentence ends
     * @param nextStart   where the next sentence starts
     * @return whether a quotation runs across the gap between them
     */
    boolean crosses(int boundaryEnd, int nextStart) {
        for (Span q : spans) {
            if (q.start() < boundaryEnd && q.end() > nextStart) {
                return true;
            }
        }
        return false;
    }
}
