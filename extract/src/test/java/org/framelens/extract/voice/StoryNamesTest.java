package org.framelens.extract.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.framelens.model.SpeakerType;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;
import org.junit.jupiter.api.Test;

class StoryNamesTest {
    private static AnalyzedArticle article(String outlet, String... speakers) {
        List<TaggedSentence> rows = new java.util.ArrayList<>();
        for (int i = 0; i < speakers.length; i++) {
            SpeakerType type = speakers[i].equals("Beijing") ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
            rows.add(new TaggedSentence("s", outlet, new Sentence(i, new Span(i * 3, i * 3 + 2), Kind.BODY, i, "ab"),
                    new Voice(speakers[i], type, Attribution.REPORTED, "say", "said"), List.of(), List.of()));
        }
        return new AnalyzedArticle(new Article("s", outlet, "p", "h", "x"), rows);
    }

    private static List<String> speakers(AnalyzedArticle a) {
        return a.sentences().stream().map(s -> s.voice().speaker()).toList();
    }

    @Test
    void surnameOnlyOutletGetsTheFullNameAnotherOutletIntroduced() {
        List<AnalyzedArticle> out = new StoryNames().harmonize(List.of(
                article("blog", "Haddad", "Beijing", "Lind"),
                article("wire", "Omar Haddad", "Sara Lind", "Per Lind")));
        assertEquals(List.of("Omar Haddad", "Beijing", "Lind"), speakers(out.get(0)),
                "two Linds in the story: the bare surname stays as it is");
        assertEquals(List.of("Omar Haddad", "Sara Lind", "Per Lind"), speakers(out.get(1)));
    }

    @Test
    void theLongestVariantOfOnePersonWins() {
        List<AnalyzedArticle> out = new StoryNames().harmonize(List.of(
                article("a", "Ana Soto"), article("b", "Ana María Soto"), article("c", "Soto")));
        assertEquals(List.of("Ana María Soto"), speakers(out.get(0)));
        assertEquals(List.of("Ana María Soto"), speakers(out.get(2)));
    }
}
