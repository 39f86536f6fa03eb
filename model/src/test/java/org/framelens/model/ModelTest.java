package org.framelens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Hello world.|2
        US-backed plan, don't worry|4
        It rose 3.2% to $4.5 billion.|6
        The U.S. and the U.K.|5
        “Quote” — dash – here|3
        ''|0
        """)
    void countsWords(String text, int words) {
        assertEquals(words, Words.count(text == null ? "" : text));
    }

    private static AnalyzedArticle article(String story, String outlet, Kind... kinds) {
        List<TaggedSentence> rows = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < kinds.length; i++) {
            String text = "Word " + "w ".repeat(i) + "end.";
            Sentence s = new Sentence(i, new Span(at, at + text.length()), kinds[i], i, text);
            at += text.length() + 1;
            Voice v = i % 2 == 0 ? Voice.NARRATOR : new Voice("A", SpeakerType.PERSON, Attribution.REPORTED, "say", "said");
            rows.add(new TaggedSentence(story, outlet, s, v,
                    i == 1 ? List.of(new Tag("condition", "must")) : List.of(), List.of()));
        }
        return new AnalyzedArticle(new Article(story, outlet, "p", "h", "x"), rows);
    }

    @Test
    void countsLeaveBoilerplateOutOfWordsAttributionsAndStances() {
        OutletCounts c = OutletCounts.of(article("s", "o", Kind.HEADLINE, Kind.BODY, Kind.BOILERPLATE, Kind.BODY));
        assertEquals(4, c.sentences());
        assertEquals(3, c.countedSentences());
        assertEquals(1, c.sentences(Kind.BOILERPLATE));
        assertEquals(2 + 3 + 5, c.words());
        assertEquals(2, c.sentences(Attribution.REPORTED));
        assertEquals(1, c.sentences(Attribution.NARRATOR));
        assertEquals(1, c.sentencesWithStance("condition"));
    }

    @Test
    void mergeIsAssociativeWithEmptyAsIdentity() {
        CorpusCounts a = CorpusCounts.of(article("s1", "wire", Kind.HEADLINE, Kind.BODY));
        CorpusCounts b = CorpusCounts.of(article("s1", "wire", Kind.BODY, Kind.BODY, Kind.BODY));
        CorpusCounts c = CorpusCounts.of(article("s2", "blog", Kind.BODY, Kind.BOILERPLATE));
        assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
        assertEquals(a, a.merge(CorpusCounts.EMPTY));
        assertEquals(a, CorpusCounts.EMPTY.merge(a));
        CorpusCounts all = a.merge(b).merge(c);
        assertEquals(2, all.byOutlet().get(new OutletKey("s1", "wire")).articles());
        assertEquals(2, all.stories());
        assertEquals(7, all.total().sentences());
    }

    @Test
    void valuesValidateTheirInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new Sentence(0, new Span(0, 3), Kind.BODY, 0, "four"));
        assertThrows(IllegalArgumentException.class, () -> Kind.fromLabel("lede"));
        assertEquals(Kind.SUBHEAD, Kind.fromLabel(" Subhead "));
        assertEquals(3, new Span(2, 8).overlap(new Span(5, 20)));
        assertEquals(0, new Span(2, 4).overlap(new Span(4, 9)));
    }
}
