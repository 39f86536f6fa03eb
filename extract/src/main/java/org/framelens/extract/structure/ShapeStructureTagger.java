package org.framelens.extract.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framelens.model.Kind;
import org.framelens.model.Span;

/**
 * Classifies paragraphs by the shape of the text, as {@code ANNOTATION.md} defines the kinds.
 *
 * <ol>
 *   <li>Page furniture — datelines and category strips, bylines, time stamps, share / subscribe /
 *       comment prompts, breadcrumbs, copyright lines — is boilerplate wherever it stands.</li>
 *   <li>The <em>top zone</em> runs up to the first paragraph of running text (one ending a
 *       sentence). There, the first heading-like line is the headline; a later one is a variant
 *       headline when it is in Title Case or repeats the headline's words; a long sentence-case
 *       line that does not end a sentence is a truncated teaser (boilerplate); a one- or two-word
 *       line above the headline is a kicker or category (boilerplate).</li>
 *   <li>Between the first and the last paragraph of running text, a short heading-like line is a
 *       subhead.</li>
 *   <li>Heading-like lines after the last running text are trailing page furniture
 *       (boilerplate).</li>
 *   <li>A dateline opening the first paragraph of running text ("WASHINGTON (Wire) —") is split
 *       off as a boilerplate block of its own, as the coding guide counts datelines as
 *       boilerplate.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class ShapeStructureTagger implements StructureTagger {
    /** An ALL-CAPS place, an optional region or date, an optional (agency), then a dash. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "((?:\\p{Lu}[\\p{Lu}'.-]+)(?:\\s+\\p{Lu}[\\p{Lu}'.-]+){0,3}"
                    + "(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?"
                    + "(?:,\\s+\\p{L}{3,9}\\.?\\s+\\d{1,2})?"
                    + "(?:\\s+\\([^()]{1,40}\\))?"
                    + "\\s*(?:\u2014|\u2013|--|-))\\s+\\S");
    /** What separates the words compared by {@link #similar}. */
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Longest sentence-case line still taken as a heading rather than a teaser or body. */
    private static final int SENTENCE_CASE_HEADING_WORDS = 16;
    /** Longest Title Case line taken as a subhead. */
    private static final int TITLE_CASE_SUBHEAD_WORDS = 20;

    @Override
    public List<Block> classify(String text, List<Span> paragraphs) {
        List<Shape> shapes = new ArrayList<>(paragraphs.size());
        for (Span p : paragraphs) {
            shapes.add(new Shape(p.of(text)));
        }
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i).prose()) {
                if (firstProse < 0) {
                    firstProse = i;
                }
                lastProse = i;
            }
        }
        int topEnd = firstProse < 0 ? shapes.size() : firstProse;
        List<Block> out = new ArrayList<>(paragraphs.size());
        int headline = pickHeadline(shapes, topEnd);
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            Kind kind;
            String why;
            if (s.furniture) {
                kind = Kind.BOILERPLATE;
                why = s.furnitureWhy;
            } else if (i < topEnd) {
                if (i == headline) {
                    kind = Kind.HEADLINE;
                    why = "first heading line";
                } else if ((s.headingLike() || s.endsWithEllipsis) && !s.titleCase()
                        && s.words > SENTENCE_CASE_HEADING_WORDS) {
                    kind = Kind.BOILERPLATE;
                    why = "truncated teaser";
                } else if (headline >= 0 && i > headline && s.headingLike()
                        && (s.titleCase() && s.words >= 5 || similar(shapes.get(headline).text, s.text))) {
                    kind = Kind.HEADLINE;
                    why = "variant title";
                } else if (headline >= 0 && i > headline && s.headingLike() && s.words <= 4) {
                    kind = Kind.BOILERPLATE;
                    why = "byline or label below the headline";
                } else if (headline >= 0 && i < headline && s.headingLike()) {
                    kind = Kind.BOILERPLATE;
                    why = "kicker above the headline";
                } else if (headline >= 0 && s.headingLike() && s.words <= 2) {
                    kind = Kind.BOILERPLATE;
                    why = "category label";
                } else if (s.headingLike()) {
                    kind = Kind.SUBHEAD;
                    why = "heading below the headline";
                } else {
                    kind = Kind.BODY;
                    why = "text";
                }
            } else if (i > lastProse && !s.prose()) {
                kind = Kind.BOILERPLATE;
                why = "trailing page furniture";
            } else if (!s.prose() && isSubhead(s)) {
                kind = Kind.SUBHEAD;
                why = "heading line between paragraphs";
            } else if (s.shortQuestion() && i + 1 < shapes.size() && shapes.get(i + 1).prose()) {
                kind = Kind.SUBHEAD;
                why = "short question heading a paragraph";
            } else {
                kind = Kind.BODY;
                why = "text";
            }
            Span span = paragraphs.get(i);
            int dateline = i == firstProse ? datelineEnd(text, span) : -1;
            if (dateline > 0) {
                out.add(new Block(new Span(span.start(), dateline), Kind.BOILERPLATE, i, "dateline"));
                span = new Span(LineParagraphSegmenter.skipSpace(text, dateline, span.end()), span.end());
            }
            out.add(new Block(span, kind, i, why));
        }
        return out;
    }

    /**
     * The end of a dateline opening the first paragraph ("WASHINGTON (Wire) —",
     * "MILLBROOK, Mass. —", "BERLIN, Jan. 28 (Agency) --"), including its dash; -1 when there is none.
     */
    static int datelineEnd(String text, Span paragraph) {
        java.util.regex.Matcher m = DATELINE.matcher(text).region(paragraph.start(), paragraph.end());
        return m.lookingAt() ? m.end(1) : -1;
    }

    private static boolean isSubhead(Shape s) {
        return s.headingLike()
                && s.words <= (s.titleCase() ? TITLE_CASE_SUBHEAD_WORDS : SENTENCE_CASE_HEADING_WORDS);
    }

    /**
     * The headline: the first heading-like top-zone line of three words or more (shorter lines
     * above it are kickers), else the first heading-like line; -1 when the article opens with text.
     */
    private static int pickHeadline(List<Shape> shapes, int topEnd) {
        int first = -1;
        for (int i = 0; i < topEnd; i++) {
            Shape s = shapes.get(i);
            if (!s.headingLike()) {
                continue;
            }
            if (s.words >= 3) {
                return i;
            }
            if (first < 0) {
                first = i;
            }
        }
        return first;
    }

    /** Shares at least 40% of its distinct words with the headline. */
    static boolean similar(String a, String b) {
        Set<String> wa = tokens(a);
        Set<String> wb = tokens(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        return common.size() >= 0.4 * Math.min(wa.size(), wb.size());
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (t.length() > 2) {
                out.add(t);
            }
        }
        return out;
    }
}
