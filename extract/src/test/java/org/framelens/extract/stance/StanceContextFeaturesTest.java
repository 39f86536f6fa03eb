package org.framelens.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framelens.extract.Extractor;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.codebook.StanceModel;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Attribution;
import org.framelens.model.SpeakerType;
import org.framelens.model.Tag;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;
import org.junit.jupiter.api.Test;

class StanceContextFeaturesTest {
    private static final Codebook CODEBOOK = new CodebookLoader().defaults();

    private static Voice said(String who) {
        return new Voice(who, SpeakerType.PERSON, Attribution.DIRECT, "say", "");
    }

    @Test
    void aQuestionIsAFeatureOfTheModelAndTheOtherFeaturesStay() {
        String text = "Ferry Timetable Agreed\n\nThe island council agreed a new winter ferry timetable on Monday. "
                + "\"I doubt the boats will run on time,\" said Rosa Vint, a harbour pilot. "
                + "Will the new timetable last the winter?\n";
        AnalyzedArticle a = Extractor.builder(CODEBOOK).build().extract(new Article("s", "o", "test", "", text));
        List<PreparedSentence> prepared = new ArrayList<>();
        List<Voice> voices = new ArrayList<>();
        List<List<Tag>> labels = new ArrayList<>();
        for (TaggedSentence s : a.sentences()) {
            prepared.add(new PreparedSentence(text, s.sentence()));
            voices.add(s.voice());
            labels.add(s.stances().stream().filter(t -> !t.evidence().startsWith(Tag.MODEL_EVIDENCE)).toList());
        }
        StanceModelLabeler labeler = new StanceModelLabeler(StanceModel.EMPTY, CODEBOOK);
        List<List<String>> alone = labeler.features(prepared, voices, labels);
        List<List<String>> f = labeler.modelFeatures(prepared, voices, labels);
        int doubt = indexOf(a, "I doubt");
        int question = indexOf(a, "Will the new");
        assertTrue(f.get(question).contains(StanceContextFeatures.QUESTION), f.get(question).toString());
        assertFalse(f.get(doubt).contains(StanceContextFeatures.QUESTION), f.get(doubt).toString());
        assertTrue(f.get(question).containsAll(alone.get(question)));
        assertEquals(alone.get(doubt), f.get(doubt), "nothing added, nothing lost");
        assertEquals(f.get(question).stream().sorted().toList(), f.get(question), "sorted");
    }

    @Test
    void questionsEndWithAQuestionMarkBeforeClosingQuotes() {
        assertTrue(StanceContextFeatures.isQuestion("Who will pay for it?"));
        assertTrue(StanceContextFeatures.isQuestion("\u201cWho will pay for it?\u201d "));
        assertFalse(StanceContextFeatures.isQuestion("He asked who would pay for it."));
        assertFalse(StanceContextFeatures.isQuestion("Is it? Nobody knows."));
    }

    private static Map<String, Double> p(double skepticism, double condition, double concession) {
        return Map.of("skepticism", skepticism, "condition", condition, "concession", concession);
    }

    @Test
    void articleAndSourceFeaturesReadTheOtherSentencesOnly() {
        List<Map<String, Double>> article = List.of(p(0.9, 0.1, 0.9), p(0.1, 0.6, 0.9), p(0.2, 0.1, 0.4),
                p(0.0, 0.0, 0.2));
        List<String> sources = StanceContextFeatures.sources(List.of(said("A"), said("A"), Voice.NARRATOR, said("B")));
        assertEquals(List.of("A", "A", "", "B"), sources);
        List<List<String>> all = StanceContextFeatures.firstStage(article, sources);
        // sentence 1: the others' mean skepticism (0.9 + 0.2 + 0) / 3 = 0.37; its source's other
        // sentence has skepticism 0.9, condition 0.1 and concession 0.9
        assertEquals(List.of("article:skepticism>0.2", "article:skepticism>0.3", "voiced:concession>0.3",
                "voiced:concession>0.5", "voiced:skepticism>0.3", "voiced:skepticism>0.5"), all.get(1));
        // sentence 0: the others' mean skepticism 0.1, condition 0.23; its source's other has condition 0.6
        assertEquals(List.of("article:condition>0.2", "voiced:concession>0.3", "voiced:concession>0.5",
                "voiced:condition>0.3", "voiced:condition>0.5"), all.get(0));
        // the narrator and a source of one sentence read no source
        assertFalse(all.get(2).stream().anyMatch(x -> x.startsWith("voiced:")), all.get(2).toString());
        assertFalse(all.get(3).stream().anyMatch(x -> x.startsWith("voiced:")), all.get(3).toString());
        // article-wide means are only read for the labels where they helped
        assertFalse(all.stream().flatMap(List::stream).anyMatch(x -> x.startsWith("article:concession")));
    }

    private static int indexOf(AnalyzedArticle a, String part) {
        for (int i = 0; i < a.sentences().size(); i++) {
            if (a.sentences().get(i).sentence().text().contains(part)) {
                return i;
            }
        }
        throw new AssertionError(part);
    }
}
