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
    void aBareSurnameReadAsABodyBecomesThePersonAnotherOutletNamed() {
        TaggedSentence single = new TaggedSentence("s", "blog", new Sentence(0, new Span(0, 2), Kind.BODY, 0, "ab"),
                new Voice("Haddad", SpeakerType.ORGANIZATION, Attribution.REPORTED, "say",
                        "speaker='said' subject before it: " + Speakers.SINGLE_NAME + "'Haddad'"), List.of(), List.of());
        TaggedSentence place = new TaggedSentence("s", "blog", new Sentence(1, new Span(3, 5), Kind.BODY, 1, "ab"),
                new Voice("Lind", SpeakerType.ORGANIZATION, Attribution.REPORTED, "say", "place 'Lind'"), List.of(), List.of());
        AnalyzedArticle blog = new AnalyzedArticle(new Article("s", "blog", "p", "h", "x"), List.of(single, place));
        List<AnalyzedArticle> out = new StoryNames().harmonize(List.of(blog, article("wire", "Omar Haddad", "Sara Lind")));
        assertEquals(List.of("Omar Haddad", "Lind"), speakers(out.get(0)), "only a one-word name read as a body is renamed");
        assertEquals(SpeakerType.PERSON, out.get(0).sentences().get(0).voice().type());
        assertEquals(SpeakerType.ORGANIZATION, out.get(0).sentences().get(1).voice().type());
    }

    @Test
    void aNameOneOutletKnowsAsABodyIsABodyInEveryOutlet() {
        TaggedSentence body = new TaggedSentence("s", "wire", new Sentence(0, new Span(0, 2), Kind.BODY, 0, "ab"),
                new Voice("Clear Water Watch", SpeakerType.ORGANIZATION, Attribution.REPORTED, "say", "described"),
                List.of(), List.of());
        List<AnalyzedArticle> out = new StoryNames().harmonize(List.of(
                article("blog", "Clear Water Watch", "Sara Lind"),
                new AnalyzedArticle(new Article("s", "wire", "p", "h", "x"), List.of(body))));
        assertEquals(SpeakerType.ORGANIZATION, out.get(0).sentences().get(0).voice().type());
        assertEquals(SpeakerType.PERSON, out.get(0).sentences().get(1).voice().type());
        assertEquals(List.of("Clear Water Watch", "Sara Lind"), speakers(out.get(0)));
    }

    @Test
    void theLongestVariantOfOnePersonWins() {
        List<AnalyzedArticle> out = new StoryNames().harmonize(List.of(
                article("a", "Ana Soto"), article("b", "Ana María Soto"), article("c", "Soto")));
        assertEquals(List.of("Ana María Soto"), speakers(out.get(0)));
        assertEquals(List.of("Ana María Soto"), speakers(out.get(2)));
    }
}
