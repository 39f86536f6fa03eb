package org.framelens.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.framelens.extract.Extractor;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.model.Article;
import org.framelens.model.Kind;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.framelens.model.Tag;
import org.framelens.model.TaggedSentence;
import org.junit.jupiter.api.Test;

/** A sentence without terms of its own takes its article's main topics, on articles written for these tests. */
class ArticleTopicsTest {
    static final List<String> ORDER = List.of("security", "economy", "labour");

    /** Sentences of the given kinds (text is irrelevant to the stage: it reads the labels). */
    static List<PreparedSentence> sentences(Kind... kinds) {
        StringBuilder text = new StringBuilder();
        List<Sentence> list = new ArrayList<>();
        for (Kind k : kinds) {
            int start = text.length();
            text.append("Sentence ").append(list.size()).append(".\n");
            list.add(new Sentence(list.size(), new Span(start, start + 11), k, list.size(), "Sentence " + list.size() + "."));
        }
        return list.stream().map(s -> new PreparedSentence(text.toString(), s)).toList();
    }

    @Test
    void aSentenceWithoutTermsTakesTheTopicsOfAtLeastTheShareOfItsArticle() {
        ArticleTopics stage = new ArticleTopics(ORDER, 0.25, 2);
        // 8 sentences: economy in 3 (37.5 %), labour in 1, security in 2 (25 %)
        List<List<Tag>> labels = List.of(
                List.of(new Tag("economy", "budget, tax")),
                List.of(),
                List.of(new Tag("security", "troops"), new Tag("economy", "budget")),
                List.of(new Tag("labour", "strike")),
                List.of(),
                List.of(new Tag("economy", "deficit, budget")),
                List.of(new Tag("security", "army")),
                List.of());
        List<List<Tag>> out = stage.relabel(sentences(Kind.BODY, Kind.BODY, Kind.BODY, Kind.BODY, Kind.BODY,
                Kind.BODY, Kind.BODY, Kind.BODY), null, labels);
        List<Tag> inherited = List.of(
                new Tag("security", "article: 2 of 8 sentences (troops, army)"),
                new Tag("economy", "article: 3 of 8 sentences (budget, tax, deficit)"));
        assertEquals(inherited, out.get(1), "taxonomy order, most frequent terms first");
        assertEquals(inherited, out.get(4));
        assertEquals(inherited, out.get(7));
        // sentences with terms of their own keep exactly their own
        assertSame(labels.get(3), out.get(3));
        assertSame(labels.get(0), out.get(0));
    }

    @Test
    void boilerplateIsNeitherCountedNorLabelled() {
        ArticleTopics stage = new ArticleTopics(ORDER, 0.5, 2);
        List<List<Tag>> labels = List.of(List.of(), List.of(new Tag("labour", "union")),
                List.of(new Tag("labour", "strike")), List.of(), List.of(), List.of());
        // counted: 4 body sentences, 2 with labour = 50 %; the boilerplate lines would make it 33 %
        List<List<Tag>> out = stage.relabel(sentences(Kind.BOILERPLATE, Kind.BODY, Kind.BODY, Kind.BODY,
                Kind.HEADLINE, Kind.BOILERPLATE), null, labels);
        assertEquals(List.of(), out.get(0));
        assertEquals(List.of(new Tag("labour", "article: 2 of 4 sentences (union, strike)")), out.get(3));
        assertEquals(List.of(new Tag("labour", "article: 2 of 4 sentences (union, strike)")), out.get(4));
        assertEquals(List.of(), out.get(5));
    }

    @Test
    void aTopicBelowTheShareOrTheLeastCountIsNotInherited() {
        List<List<Tag>> labels = List.of(List.of(new Tag("economy", "tax")), List.of(), List.of());
        List<PreparedSentence> s = sentences(Kind.BODY, Kind.BODY, Kind.BODY);
        // one sentence in three: enough share at 0.25, but fewer than 2 sentences
        assertEquals(labels, new ArticleTopics(ORDER, 0.25, 2).relabel(s, null, labels));
        assertEquals(List.of(new Tag("economy", "article: 1 of 3 sentences (tax)")),
                new ArticleTopics(ORDER, 0.25, 1).relabel(s, null, labels).get(2));
        // 1 in 3 is under a share of 0.4
        assertEquals(labels, new ArticleTopics(ORDER, 0.4, 1).relabel(s, null, labels));
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleTopics(ORDER, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new ArticleTopics(ORDER, 1.5, 2));
        assertThrows(IllegalArgumentException.class, () -> new ArticleTopics(ORDER, 0.2, 0));
    }

    @Test
    void theStandardExtractorGivesAnUntermedSentenceItsArticlesTopicWithEvidence() {
        String text = """
                Council approves leaner budget

                The council approved a budget that cuts spending by 4 percent.
                The vote was 31 to 12.
                Taxes on shops will stay where they are, the finance chief said.
                Critics called the plan timid.
                A new deficit rule takes effect in March.
                """;
        Extractor x = Extractor.builder(new CodebookLoader().defaults()).build();
        List<TaggedSentence> out = x.extract(new Article("s", "o", "test", "", text)).sentences();
        TaggedSentence timid = out.stream().filter(t -> t.sentence().text().startsWith("Critics")).findFirst().orElseThrow();
        assertEquals(List.of("economy"), timid.topics().stream().map(Tag::label).toList());
        String ev = timid.topics().get(0).evidence();
        assertEquals(true, ev.startsWith(ArticleTopics.EVIDENCE) && ev.contains("budget"), ev);
        TaggedSentence vote = out.stream().filter(t -> t.sentence().text().startsWith("The vote")).findFirst().orElseThrow();
        assertEquals(List.of("legitimacy"), vote.topics().stream().map(Tag::label).toList(),
                "a sentence with a term of its own keeps its own reading");
    }
}
