package org.framelens.model.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;
import org.framelens.model.Lexicon;
import org.framelens.model.OutletKey;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.framelens.model.SpeakerType;
import org.framelens.model.Tag;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;
import org.junit.jupiter.api.Test;

class ProfileTest {
    /** Builds an article sentence by sentence; offsets are consecutive. */
    private static final class Doc {
        final String story;
        final String outlet;
        final List<TaggedSentence> rows = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Doc(String story, String outlet) {
            this.story = story;
            this.outlet = outlet;
        }

        Doc add(Kind kind, int paragraph, String s, Voice voice, List<Tag> stances, List<Tag> topics) {
            int start = text.length();
            text.append(s).append(' ');
            rows.add(new TaggedSentence(story, outlet, new Sentence(rows.size(), new Span(start, start + s.length()), kind,
                    paragraph, s), voice, stances, topics));
            return this;
        }

        AnalyzedArticle article() {
            return new AnalyzedArticle(new Article(story, outlet, outlet + ".txt", "0", text.toString()), rows);
        }
    }

    private static Voice person(String name, Attribution a, String cue) {
        return new Voice(name, SpeakerType.PERSON, a, cue, "");
    }

    private static final Voice NARRATOR = Voice.NARRATOR;

    /** headline (skepticism) · boilerplate · lead: 2 sentences · later paragraph · subhead. */
    static AnalyzedArticle sample(String story, String outlet) {
        return new Doc(story, outlet)
                .add(Kind.HEADLINE, 0, "Minister Doubts The Plan", person("Ann Lee", Attribution.REPORTED, "doubt"),
                        List.of(new Tag("skepticism", "Doubts")), List.of(new Tag("economy", "Plan")))
                .add(Kind.BOILERPLATE, 1, "By staff 3 hours ago", NARRATOR,
                        List.of(new Tag("skepticism", "never counted")), List.of())
                .add(Kind.BODY, 2, "The union must accept the deal before Friday, she said.",
                        person("Ann Lee", Attribution.DIRECT, "say"),
                        List.of(new Tag("condition", "must…before"), new Tag("concession", "accept (demanded: must)", "demanded")),
                        List.of(new Tag("labour", "union")))
                .add(Kind.BODY, 2, "Critics called the claim a lie and nonsense.",
                        new Voice("Critics", SpeakerType.GROUP, Attribution.REPORTED, "call", ""),
                        List.of(new Tag("skepticism", "a lie (booster: flatly) | nonsense")), List.of())
                .add(Kind.BODY, 3, "The union refused to give up its demand and would not back down.", NARRATOR,
                        List.of(new Tag("concession", "give up (refused: refused to give up)", "refused"),
                                new Tag("concession", "back down (refused: would not)", "refused"),
                                new Tag("skepticism", "Nonsense")),
                        List.of(new Tag("labour", "union"), new Tag("economy", "demand")))
                .add(Kind.SUBHEAD, 4, "What Comes Next", NARRATOR, List.of(), List.of())
                .article();
    }

    @Test
    void oneArticleIsCountedAsTheCodingGuideSays() {
        OutletProfile p = OutletProfile.of(sample("s", "wire"));
        assertEquals(1, p.articles());
        assertEquals("Minister Doubts The Plan", p.headline());
        assertEquals(5, p.sentences(), "boilerplate is not counted");
        assertEquals(1, p.boilerplate());
        assertEquals(4 + 10 + 8 + 13 + 3, p.words());
        assertEquals(2, p.sentences(Attribution.NARRATOR));
        assertEquals(1, p.sentences(Attribution.DIRECT));
        assertEquals(10, p.words(Attribution.DIRECT));

        LabelProfile sk = p.stance("skepticism");
        assertEquals(3, sk.sentences(), "the boilerplate row's label is not counted");
        assertEquals(1, sk.narrator());
        assertEquals(2, sk.attributed());
        assertEquals(Map.of("Ann Lee", 1, "Critics", 1), sk.speakers().counts());
        // terms lower-cased, notes in brackets dropped, counted once per sentence
        assertEquals(Map.of("doubts", 1, "a lie", 1, "nonsense", 2), sk.cueTerms().counts());
        assertEquals(1, sk.articlesFirstAt(FirstPosition.HEADLINE));
        assertEquals("0, 3, 4", sk.indices().ranges());

        LabelProfile cond = p.stance("condition");
        assertEquals(1, cond.articlesFirstAt(FirstPosition.LEAD), "first body paragraph is the lead");
        LabelProfile conc = p.stance("concession");
        assertEquals(2, conc.sentences(), "two tags of one label in a sentence count once");
        assertEquals(Map.of("demanded", 1, "refused", 1), p.concessionDirections());
        assertEquals(1, p.articlesFirstAt("concession", FirstPosition.LEAD));
        assertEquals(1, p.articlesFirstAt("threat", FirstPosition.ABSENT));
        assertEquals(1, p.neutral(), "the subhead has no stance");
        assertEquals(2, p.topic("labour"));
        assertEquals(2, p.noTopic());
        assertEquals(2, p.topicStance("labour", "concession"));
        assertEquals(1, p.topicStance("labour", "condition"));
        assertEquals(2, p.topicStance("economy", "skepticism"));
        assertEquals(0, p.topicStance("economy", "condition"));
        assertEquals(Map.of("doubt", 1, "say", 1, "call", 1), p.cues());
        assertEquals(2, p.namedSpeakers());
        SpeakerProfile ann = p.speakers().get("Ann Lee");
        assertEquals(2, ann.sentences());
        assertEquals(1, ann.directSentences());
        assertEquals(10, ann.directWords());
        assertEquals(1, ann.reportedSentences());
        assertEquals(SpeakerType.PERSON, ann.type());
    }

    @Test
    void laterIsAnythingAfterTheLeadAndAbsentIsCounted() {
        AnalyzedArticle a = new Doc("s", "blog")
                .add(Kind.SUBHEAD, 0, "Background", NARRATOR, List.of(new Tag("condition", "x")), List.of())
                .add(Kind.BODY, 1, "Nothing here.", NARRATOR, List.of(), List.of())
                .add(Kind.BODY, 2, "Talks must end.", NARRATOR, List.of(new Tag("skepticism", "y")), List.of())
                .article();
        OutletProfile p = OutletProfile.of(a);
        assertEquals(1, p.articlesFirstAt("condition", FirstPosition.LATER), "a subhead before the lead is not the lead");
        assertEquals(1, p.articlesFirstAt("skepticism", FirstPosition.LATER));
        assertEquals(1, p.articlesFirstAt("concession", FirstPosition.ABSENT));
        assertEquals("", p.headline());
    }

    @Test
    void mergeIsAssociativeWithEmptyAsIdentityAndDropsIndicesAcrossArticles() {
        OutletProfile a = OutletProfile.of(sample("s1", "wire"));
        OutletProfile b = OutletProfile.of(sample("s2", "wire"));
        OutletProfile c = OutletProfile.of(new Doc("s3", "wire")
                .add(Kind.BODY, 0, "Plain words.", person("Bo Ek", Attribution.REPORTED, "note"), List.of(), List.of())
                .article());
        assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
        assertEquals(a, a.merge(OutletProfile.EMPTY));
        assertEquals(a, OutletProfile.EMPTY.merge(a));
        OutletProfile all = a.merge(b).merge(c);
        assertEquals(3, all.articles());
        assertEquals(5 + 5 + 1, all.sentences());
        assertEquals(6, all.stance("skepticism").sentences());
        assertEquals(2, all.articlesFirstAt("skepticism", FirstPosition.HEADLINE));
        assertEquals(1, all.articlesFirstAt("skepticism", FirstPosition.ABSENT));
        assertFalse(all.stance("skepticism").indices().tracked(), "indices mean nothing across articles");
        assertTrue(a.stance("skepticism").indices().tracked());
        assertEquals(3, all.namedSpeakers());
        assertEquals("Minister Doubts The Plan", all.headline());
    }

    @Test
    void speakersBeyondTheCapAreFoldedWithExactTotals() {
        Doc d = new Doc("s", "wire");
        for (int i = 0; i < OutletProfile.MAX_SPEAKERS + 5; i++) {
            // speaker i speaks once, except the first who speaks twice (so the cap keeps them)
            d.add(Kind.BODY, i, "Words here.", person(String.format("P%03d", i), Attribution.REPORTED, "say"),
                    List.of(), List.of());
        }
        d.add(Kind.BODY, 99, "More words.", person("P044", Attribution.REPORTED, "say"), List.of(), List.of());
        OutletProfile p = OutletProfile.of(d.article());
        assertEquals(OutletProfile.MAX_SPEAKERS, p.namedSpeakers());
        assertTrue(p.speakers().containsKey("P044"), "the speaker with most sentences is kept");
        assertFalse(p.speakers().containsKey("P043"), "ties are broken by name: later names fold");
        int kept = p.speakers().values().stream().mapToInt(SpeakerProfile::sentences).sum();
        assertEquals(p.sentences(), kept + p.otherSpeakers().sentences());
        assertEquals(5, p.otherSpeakers().sentences());
    }

    @Test
    void topCountsKeepTheLargestAndFoldTheRestExactly() {
        TopCounts t = TopCounts.of(Map.of("a", 5, "b", 1, "c", 3, "d", 1));
        TopCounts top = t.limit(2);
        assertEquals(Map.of("a", 5, "c", 3), top.counts());
        assertEquals(2, top.other());
        assertEquals(t.total(), top.total());
        assertEquals(List.of("a", "c"), top.ranked().stream().map(Map.Entry::getKey).toList());
        TopCounts m = top.merge(TopCounts.of(Map.of("b", 4)));
        assertEquals(Map.of("a", 5, "b", 4, "c", 3), m.counts());
        assertEquals(14, m.total());
        assertSame(t, t.limit(10));
    }

    @Test
    void sentenceIndicesReadAsRanges() {
        assertEquals("0, 2, 4\u20136, 9, 10", SentenceIndices.of(0, 2, 4, 5, 6, 9, 10).ranges());
        assertEquals("", SentenceIndices.EMPTY.ranges());
        assertEquals(SentenceIndices.UNTRACKED, SentenceIndices.of(1).merge(SentenceIndices.UNTRACKED));
        assertEquals(SentenceIndices.of(1, 3), SentenceIndices.of(1).merge(SentenceIndices.of(3)));
    }

    @Test
    void cueTermsDropNotesAndCase() {
        assertEquals(Set.of("dismissed", "a lie"), OutletProfile.cueTerms("dismissed (booster: emphatically) | A lie"));
        assertEquals(List.of("despite…pronouncement"), List.copyOf(OutletProfile.cueTerms("Despite…pronouncement")));
    }

    @Test
    void corpusProfileGroupsByStoryAndAcrossStories() {
        CorpusProfile c = new CorpusProfile.Builder().add(sample("s1", "wire")).add(sample("s1", "daily"))
                .add(sample("s2", "wire")).build();
        assertEquals(Set.of("s1", "s2"), c.stories());
        assertEquals(List.of("daily", "wire"), List.copyOf(c.story("s1").keySet()));
        assertEquals(List.of("wire"), List.copyOf(c.story("s2").keySet()));
        assertEquals(2, c.acrossStories().get("wire").articles());
        assertEquals(1, c.acrossStories().get("daily").articles());
        CorpusProfile split = CorpusProfile.of(sample("s1", "wire")).merge(CorpusProfile.of(sample("s1", "daily")))
                .merge(CorpusProfile.of(sample("s2", "wire")));
        assertEquals(c, split);
        assertEquals(OutletProfile.of(sample("s1", "wire")), c.byKey().get(new OutletKey("s1", "wire")));
    }

    @Test
    void lexiconPutsTheCoreLabelsFirstAndKnowsItsCues() {
        Lexicon l = new Lexicon(List.of("threat", "condition"), List.of("economy"),
                Map.of("claim", new Lexicon.CueSense("loaded", "doubt")), Map.of("Jo Roe", "Labour"));
        assertEquals(List.of("skepticism", "condition", "concession", "threat"), l.stances());
        assertEquals("loaded", l.connotation("claim"));
        assertEquals(Lexicon.UNKNOWN, l.connotation("say"));
        assertEquals("Labour", l.affiliation("Jo Roe"));
        assertEquals("", l.affiliation("Al Poe"));
    }

    @Test
    void modelEvidenceCountsAsOneTermAndCueEvidenceAsItsCues() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(org.framelens.model.Tag.MODEL_TERM),
                OutletProfile.cueTerms("model p=0.47: word:agree +0.91, cue:condition +0.62"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("dismissed", "a lie"), java.util.List.copyOf(
                OutletProfile.cueTerms("Dismissed (booster: emphatically) | a lie")));
    }
}
