package org.framelens.model.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.framelens.model.Attribution;
import org.framelens.model.Span;
import org.junit.jupiter.api.Test;

class AlignmentSummaryTest {
    static QuoteVersion v(String outlet) {
        return new QuoteVersion(outlet, List.of(1), "words words words", 3, "Jo Roe", "say", Attribution.DIRECT,
                Place.LATER, 0.1, true, List.of(new Span(0, 1)));
    }

    static QuoteCluster q(int id, String... outlets) {
        return new QuoteCluster(id, "words words words", "Jo Roe", java.util.Arrays.stream(outlets).map(AlignmentSummaryTest::v).toList());
    }

    static UniqueSentence u(String outlet) {
        return new UniqueSentence(outlet, 0, "body", "x", "OUTLET", "", "", "");
    }

    /** a, b, c: quotes {a,b,c}, {a}, {a,b}, {c}; a has 5 sentences, b 4, c 2. */
    static StoryAlignment three() {
        return new StoryAlignment("s1", List.of("a", "b", "c"), List.of(), List.of(q(1, "a", "b", "c"), q(2, "a"),
                q(3, "a", "b"), q(4, "c")), List.of(u("a"), u("a"), u("c")), List.of(),
                List.of(new PairShare("a", "b", 5, 2, 1), new PairShare("a", "c", 5, 1, 0), new PairShare("b", "a", 4, 2, 0),
                        new PairShare("b", "c", 4, 1, 0), new PairShare("c", "a", 2, 1, 0), new PairShare("c", "b", 2, 1, 0)),
                "");
    }

    static StoryAlignment two() {
        return new StoryAlignment("s2", List.of("b", "d"), List.of(), List.of(q(1, "b", "d"), q(2, "d")), List.of(u("d")),
                List.of(), List.of(new PairShare("b", "d", 3, 1, 1), new PairShare("d", "b", 6, 1, 0)), "");
    }

    @Test
    void summarisesAStory() {
        AlignmentSummary s = AlignmentSummary.of(three());
        assertEquals(1, s.stories());
        assertEquals(1, s.compared());
        assertEquals(4, s.quotes());
        assertEquals(1, s.quotesAll());
        assertEquals(new AlignmentSummary.OutletCounts("a", 5, 2, 3, 1), s.counts("a"));
        assertEquals(new AlignmentSummary.OutletCounts("b", 4, 0, 2, 0), s.counts("b"));
        assertEquals(new AlignmentSummary.OutletCounts("c", 2, 1, 2, 1), s.counts("c"));
        assertEquals(2, s.quotesByOne());
        assertEquals(0.6, s.share("a", "b").share(), 1e-12);
        assertNull(s.share("a", "a"));
    }

    @Test
    void aStoryWithOneOutletIsCountedButNotCompared() {
        AlignmentSummary s = AlignmentSummary.of(StoryAlignment.notAligned("solo", List.of("z"), "only one outlet"));
        assertEquals(1, s.stories());
        assertEquals(0, s.compared());
        assertEquals("only one outlet", s.note());
        assertNull(s.counts("z"));
    }

    @Test
    void mergeSumsOverStoriesAndIsAssociativeWithEmptyAsIdentity() {
        AlignmentSummary x = AlignmentSummary.of(three());
        AlignmentSummary y = AlignmentSummary.of(two());
        AlignmentSummary z = AlignmentSummary.of(StoryAlignment.notAligned("solo", List.of("z"), "one"));
        AlignmentSummary m = x.merge(y).merge(z);
        assertEquals(m, x.merge(y.merge(z)));
        assertEquals(x, AlignmentSummary.EMPTY.merge(x).merge(AlignmentSummary.EMPTY));
        assertEquals(3, m.stories());
        assertEquals(2, m.compared());
        assertEquals(List.of("a", "b", "c", "d", "z"), m.outlets());
        assertEquals("", m.note());
        assertEquals(6, m.quotes());
        assertEquals(2, m.quotesAll(), "{a,b,c} in s1 and {b,d} in s2");
        // b's sentences: 4 in s1 and 3 in s2; only the pair's stories count for a share
        assertEquals(new AlignmentSummary.OutletCounts("b", 7, 0, 3, 0), m.counts("b"));
        assertEquals(new PairShare("b", "a", 4, 2, 0), m.share("b", "a"));
        assertEquals(new PairShare("b", "d", 3, 1, 1), m.share("b", "d"));
        AlignmentSummary yx = y.merge(x);
        assertEquals(m.counts("b"), yx.counts("b"), "counts do not depend on the order");
        assertEquals(m.quotesByOne(), yx.quotesByOne());
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new AlignmentSummary.OutletCounts("a", 2, 3, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new AlignmentSummary.OutletCounts("a", 2, 0, 1, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new AlignmentSummary(1, 2, List.of(), List.of(), List.of(), 0, 0, ""));
    }
}
