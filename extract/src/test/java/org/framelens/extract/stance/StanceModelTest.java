package org.framelens.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.extract.Extractor;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.codebook.StanceModel;
import org.framelens.extract.match.Words;
import org.framelens.extract.voice.RuleVoiceTagger;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;
import org.framelens.model.Tag;
import org.framelens.model.TaggedSentence;
import org.junit.jupiter.api.Test;

/**
 * The learnt stance model: its features, how it adds labels to an article, and training. The
 * sentences are written for these tests (a school-meals budget, a dock strike), none from the
 * sample or the coded corpora.
 */
class StanceModelTest {
    static final Codebook CODEBOOK = new CodebookLoader().defaults();

    static List<String> features(String text, Kind kind) {
        return StanceFeatures.of(new Words(text, CODEBOOK.normalizer()), kind, Attribution.NARRATOR, "",
                Set.of("condition"), Set.of("skepticism"), Set.of(), Set.of("concession"), Set.of("refusal"), Set.of());
    }

    /** The model's key of a word (its base form as the codebook's normaliser gives it). */
    static String key(String word) {
        return new Words(word, CODEBOOK.normalizer()).key(0);
    }

    @Test
    void bodyFeaturesLeaveNamesOutAndKeepWordsPairsNumbersAndContext() {
        List<String> f = features("The council agreed with Mayor Dana Okafor to cut 40 posts.", Kind.BODY);
        assertTrue(f.contains("word:the"), f.toString()); // sentence-initial capital is no name
        assertTrue(f.contains("word:cut"), f.toString());
        assertTrue(f.contains("word:#"), f.toString());
        assertTrue(f.contains("pair:to cut"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("okafor") || x.contains("dana") || x.contains("mayor")),
                f.toString());
        // a name breaks the pairs: no pair joins the words on either side of it
        assertFalse(f.contains("pair:with to"), f.toString());
        assertTrue(f.containsAll(List.of("cue:condition", "before:skepticism", "source:concession", "class:refusal", "voice:narrator",
                "kind:body")),
                f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("after:")), f.toString());
        assertEquals(f.stream().sorted().distinct().toList(), f, "sorted, each once");
    }

    @Test
    void headingsKeepTheirCapitalisedWordsAndQuotesAreAFeature() {
        List<String> f = features("Dockers 'Will Not Budge' On Pay", Kind.HEADLINE);
        assertTrue(f.containsAll(List.of("word:dockers".replace("dockers", key("Dockers")), "word:" + key("budge"),
                "pair:not " + key("budge"), "word:pay", "quote", "kind:headline")), f.toString());
    }

    @Test
    void modelAddsALabelWithItsEvidenceAndKeepsCueLabels() {
        StanceModel model = new StanceModel(Map.of("concession", new StanceModel.LabelModel(-2.0, 0.5,
                Map.of("word:" + key("trim"), 3.0, "word:" + key("overtime"), 0.5, "word:the", -0.2))));
        Extractor ex = Extractor.builder().voices(new RuleVoiceTagger(CODEBOOK)).stances(new StanceLabeler(CODEBOOK))
                .stanceContext(new StanceModelLabeler(model, CODEBOOK))
                .build();
        String text = "Port Talks Resume\n\nThe port authority will trim overtime rates for the night shift. "
                + "Dock workers doubt the figures. The weather was fine.\n";
        AnalyzedArticle a = ex.extract(new Article("s", "o", "test", "", text));
        TaggedSentence trim = find(a, "trim overtime");
        Tag t = trim.stances().stream().filter(x -> x.label().equals("concession")).findFirst().orElseThrow();
        assertEquals("model p=0.79: word:" + key("trim") + " +3.00, word:" + key("overtime") + " +0.50", t.evidence());
        TaggedSentence doubt = find(a, "doubt the figures");
        assertTrue(doubt.stances().stream().anyMatch(x -> x.label().equals("skepticism")
                && !x.evidence().startsWith("model")), doubt.stances().toString());
        assertTrue(find(a, "weather").stances().isEmpty());
    }

    /** The speaker rules and the stance cues, without the model. */
    private static Extractor cuesOnly() {
        return Extractor.builder().voices(new RuleVoiceTagger(CODEBOOK)).stances(new StanceLabeler(CODEBOOK)).build();
    }

    /** The model's features of every sentence of an article the cues have labelled. */
    private static List<List<String>> features(StanceModelLabeler labeler, String text, AnalyzedArticle a) {
        List<org.framelens.extract.tag.PreparedSentence> prepared = new ArrayList<>();
        List<org.framelens.model.Voice> voices = new ArrayList<>();
        List<List<Tag>> labels = new ArrayList<>();
        for (TaggedSentence s : a.sentences()) {
            prepared.add(new org.framelens.extract.tag.PreparedSentence(text, s.sentence()));
            voices.add(s.voice());
            labels.add(s.stances());
        }
        return labeler.features(prepared, voices, labels);
    }

    @Test
    void aSentenceReturningToWhatACueLabelledSentenceWasAboutEchoesItsLabel() {
        StanceModelLabeler labeler = new StanceModelLabeler(StanceModel.EMPTY, CODEBOOK);
        Extractor cues = cuesOnly();
        String text = "Library Hours Deal\n\nThe county agreed to drop its plan to shorten weekend opening hours. "
                + "Weekend opening hours will stay as they are until 2028. The roof needs repair.\n";
        AnalyzedArticle a = cues.extract(new Article("s", "o", "test", "", text));
        List<List<Tag>> labels = a.sentences().stream().map(TaggedSentence::stances).toList();
        List<List<String>> f = features(labeler, text, a);
        int stay = indexOf(a, "will stay");
        assertTrue(labels.get(indexOf(a, "agreed to drop")).stream().anyMatch(t -> t.label().equals("concession")));
        assertTrue(labels.get(stay).isEmpty(), labels.get(stay).toString());
        assertTrue(f.get(stay).contains("echo:concession"), f.get(stay).toString()); // weekend, opening, hours
        assertFalse(f.get(indexOf(a, "roof")).stream().anyMatch(x -> x.startsWith("echo:")), "shares nothing");
    }

    @Test
    void aCertaintyIdiomIsReadAsItsClassNotAsItsDoubtOrQuestionWords() {
        StanceModelLabeler labeler = new StanceModelLabeler(StanceModel.EMPTY, CODEBOOK);
        Extractor cues = cuesOnly();
        String text = "Bridge Opens In May\n\nThere is no doubt that the bridge will open in May. No question. "
                + "Without a doubt, the tolls will stay low. Make no mistake, the ferry will keep running. "
                + "Beyond any question the engineers did well. "
                + "Doubts remain about the cost. The engineers questioned the figures. "
                + "The delay raises questions about the contractor.\n";
        AnalyzedArticle a = cues.extract(new Article("s", "o", "test", "", text));
        List<List<Tag>> labels = a.sentences().stream().map(TaggedSentence::stances).toList();
        List<List<String>> f = features(labeler, text, a);
        String doubt = key("doubt");
        String question = key("question");
        for (String idiom : List.of("no doubt that", "No question", "Without a doubt", "Make no mistake", "Beyond any")) {
            List<String> g = f.get(indexOf(a, idiom));
            assertTrue(g.contains("class:certainty"), idiom + ": " + g);
            assertFalse(g.stream().anyMatch(x -> (x.startsWith("word:") || x.startsWith("pair:"))
                    && (x.contains(doubt) || x.contains(question) || x.contains("mistake"))), idiom + ": " + g);
            // "no" inside the idiom negates nothing: no negator: scope features, no negator class
            assertFalse(g.stream().anyMatch(x -> x.startsWith("negator:") || x.equals("class:negator")), idiom + ": " + g);
            assertTrue(labels.get(indexOf(a, idiom)).stream().noneMatch(t -> t.label().equals("skepticism")), idiom);
        }
        assertTrue(f.get(indexOf(a, "no doubt that")).containsAll(List.of("word:" + key("bridge"), "word:" + key("open"),
                "pair:" + key("there") + " " + key("is"))),
                f.get(indexOf(a, "no doubt that")).toString());
        assertTrue(f.get(indexOf(a, "Doubts remain")).contains("word:" + doubt));
        assertTrue(f.get(indexOf(a, "questioned the figures")).contains("word:" + question));
        assertTrue(f.get(indexOf(a, "raises questions")).contains("word:" + question));
        for (String doubtful : List.of("Doubts remain", "questioned the figures", "raises questions")) {
            assertFalse(f.get(indexOf(a, doubtful)).contains("class:certainty"), doubtful);
            assertTrue(labels.get(indexOf(a, doubtful)).stream().anyMatch(t -> t.label().equals("skepticism")), doubtful);
        }
    }

    private static int indexOf(AnalyzedArticle a, String part) {
        for (int i = 0; i < a.sentences().size(); i++) {
            if (a.sentences().get(i).sentence().text().contains(part)) {
                return i;
            }
        }
        throw new AssertionError(part);
    }

    @Test
    void emptyModelChangesNothing() {
        StanceModelLabeler none = new StanceModelLabeler(StanceModel.EMPTY, CODEBOOK);
        List<List<Tag>> labels = List.of(List.of(new Tag("condition", "must")));
        assertEquals(labels, none.relabel(List.of(), List.of(), labels));
    }

    @Test
    void trainingLearnsWordsSharedAcrossStoriesOnlyAndIsDeterministic() {
        List<StanceModelTrainer.Example> ex = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            for (int i = 0; i < 10; i++) {
                boolean yes = i % 2 == 0;
                List<String> f = new ArrayList<>(List.of(yes ? "word:yield" : "word:weather", "word:the"));
                if (s == 0) {
                    f.add("word:onlyhere");
                }
                ex.add(new StanceModelTrainer.Example("story" + s, f, yes ? Set.of("concession") : Set.of(), true));
            }
        }
        StanceModelTrainer trainer = new StanceModelTrainer();
        StanceModelTrainer.Result r = trainer.train(ex, List.of("skepticism", "concession"),
                StanceModelTrainer.Options.DEFAULTS);
        StanceModel.LabelModel m = r.model().labels().get("concession");
        assertTrue(m.weights().get("word:yield") > 1, m.weights().toString());
        assertTrue(m.weights().get("word:weather") < -1, m.weights().toString());
        assertFalse(m.weights().containsKey("word:onlyhere"), "a word of one story gets no weight");
        assertFalse(r.model().labels().containsKey("skepticism"), "nothing coded skepticism: nothing learnt");
        StanceModelTrainer.Score cv = r.crossValidated().get(0);
        assertEquals(1.0, cv.f1(), 1e-9, "separable: held-out stories are all right");
        assertEquals(r.model(), trainer.train(ex, List.of("skepticism", "concession"),
                StanceModelTrainer.Options.DEFAULTS).model());
        // a name that headings or sentence starts let into every story still gets no weight
        List<StanceModelTrainer.Example> named = new ArrayList<>();
        for (StanceModelTrainer.Example e : ex) {
            List<String> f = new ArrayList<>(e.features());
            f.add("word:ruritania");
            f.add("pair:ruritania yield");
            named.add(new StanceModelTrainer.Example(e.story(), f, e.labels(), true));
        }
        Map<String, Double> w = trainer.train(named, List.of("concession"), StanceModelTrainer.Options.DEFAULTS,
                Set.of("ruritania")).model().labels().get("concession").weights();
        assertFalse(w.containsKey("word:ruritania") || w.containsKey("pair:ruritania yield"), w.toString());
        assertTrue(w.containsKey("word:yield"), w.toString());
    }

    @Test
    void nearFeaturesMarkTheLikelierNeighbourAtEachLevel() {
        assertEquals(List.of("near:condition>0.3", "near:condition>0.5", "near:skepticism>0.3"),
                StanceFeatures.near(Map.of("skepticism", 0.4, "condition", 0.1), Map.of("skepticism", 0.2, "condition", 0.6)));
        assertEquals(List.of(), StanceFeatures.near(Map.of(), Map.of("skepticism", 0.29)));
    }

    @Test
    void aTwoStageModelLabelsTheNeighbourOfASentenceItsFirstStageFindsLikely() {
        // the first stage finds "trim" a concession; the decision gives the label to the sentences
        // next to one, and not to the sentence itself, whose neighbours are unlikely
        StanceModel model = new StanceModel(
                Map.of("concession", new StanceModel.LabelModel(-4.0, 0.5, Map.of("near:concession>0.5", 5.0))),
                Map.of("concession", new StanceModel.LabelModel(-3.0, 0.5, Map.of("word:" + key("trim"), 5.0))));
        Extractor ex = Extractor.builder().voices(new RuleVoiceTagger(CODEBOOK)).stances(new StanceLabeler(CODEBOOK))
                .stanceContext(new StanceModelLabeler(model, CODEBOOK)).build();
        String text = "Port Talks Resume\n\nThe port authority will trim overtime rates for the night shift. "
                + "Dock workers met on Friday. The weather was fine.\n";
        AnalyzedArticle a = ex.extract(new Article("s", "o", "test", "", text));
        Tag t = find(a, "Dock workers").stances().stream().filter(x -> x.label().equals("concession")).findFirst()
                .orElseThrow();
        assertEquals("model p=0.73: near:concession>0.5 +5.00", t.evidence());
        assertTrue(find(a, "Port Talks").stances().stream().anyMatch(x -> x.label().equals("concession")));
        assertFalse(find(a, "trim overtime").stances().stream().anyMatch(x -> x.label().equals("concession")));
        assertTrue(find(a, "weather").stances().isEmpty());
    }

    @Test
    void ownFeaturesMarkTheSentencesOwnProbabilityOfTheLabelsConcessionReads() {
        assertEquals(List.of("own:condition>0.3", "own:condition>0.5", "own:skepticism>0.3"),
                StanceFeatures.own(Map.of("condition", 0.7, "skepticism", 0.4, "concession", 0.9, "threat", 0.8)));
        assertEquals(List.of(), StanceFeatures.own(Map.of("condition", 0.29)));
        // concession reads the other labels' own probabilities; no label reads its own, the others none
        assertTrue(StanceFeatures.readBy("concession", "own:condition>0.5"));
        assertTrue(StanceFeatures.readBy("concession", "own:skepticism>0.3"));
        assertFalse(StanceFeatures.readBy("concession", "own:concession>0.5"));
        assertFalse(StanceFeatures.readBy("condition", "own:skepticism>0.3"));
        assertFalse(StanceFeatures.readBy("skepticism", "own:condition>0.5"));
        assertTrue(StanceFeatures.readBy("skepticism", "word:doubt"));
    }

    @Test
    void aSentenceTheFirstStageReadsAsAConditionLosesTheConcessionItsWordsGive() {
        // an offer that hangs on a condition: coders who follow the guide strictly code it a condition only
        StanceModel model = new StanceModel(
                Map.of("concession", new StanceModel.LabelModel(-1.0, 0.5,
                        Map.of("word:" + key("trim"), 3.0, "own:condition>0.5", -6.0))),
                Map.of("concession", new StanceModel.LabelModel(-3.0, 0.5, Map.of()),
                        "condition", new StanceModel.LabelModel(-3.0, 0.5, Map.of("word:" + key("if"), 5.0))));
        StanceModelLabeler labeler = new StanceModelLabeler(model, CODEBOOK);
        Extractor ex = Extractor.builder().voices(new RuleVoiceTagger(CODEBOOK)).stances(new StanceLabeler(CODEBOOK))
                .stanceContext(labeler).build();
        String text = "Harbour Pay Talks\n\nThe port authority will trim overtime rates for the night shift. "
                + "Its board met on Friday. The authority would trim weekend rates as well if the night shift grew.\n";
        AnalyzedArticle a = ex.extract(new Article("s", "o", "test", "", text));
        Tag t = find(a, "overtime rates").stances().stream().filter(x -> x.label().equals("concession")).findFirst()
                .orElseThrow();
        assertEquals("model p=0.88: word:trim +3.00", t.evidence());
        assertFalse(find(a, "weekend rates").stances().stream().anyMatch(x -> x.label().equals("concession")),
                find(a, "weekend rates").stances().toString());
        // the features read by their numbers and by their strings give the same labels
        AnalyzedArticle cues = cuesOnly().extract(new Article("s", "o", "test", "", text));
        List<org.framelens.extract.tag.PreparedSentence> prepared = new ArrayList<>();
        List<org.framelens.model.Voice> voices = new ArrayList<>();
        List<List<Tag>> labels = new ArrayList<>();
        for (TaggedSentence s : cues.sentences()) {
            prepared.add(new org.framelens.extract.tag.PreparedSentence(cues.article().text(), s.sentence()));
            voices.add(s.voice());
            labels.add(s.stances());
        }
        assertEquals(labeler.relabelByName(prepared, voices, labels), labeler.relabel(prepared, voices, labels));
    }

    @Test
    void aFixedThresholdIsKeptAndTheHeldOutScoreIsCountedAtIt() {
        List<StanceModelTrainer.Example> ex = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            for (int i = 0; i < 4; i++) {
                ex.add(new StanceModelTrainer.Example("story" + s, List.of("word:yield", "word:the"),
                        Set.of("concession"), true));
                ex.add(new StanceModelTrainer.Example("story" + s, List.of("word:yield", "word:calm"),
                        i == 0 ? Set.of("concession") : Set.of(), true));
                ex.add(new StanceModelTrainer.Example("story" + s, List.of("word:calm", "word:the"), Set.of(), true));
            }
        }
        StanceModelTrainer trainer = new StanceModelTrainer();
        StanceModelTrainer.Result chosen = trainer.train(ex, List.of("concession"), StanceModelTrainer.Options.DEFAULTS);
        StanceModelTrainer.Result fixed = trainer.train(ex, List.of("concession"), StanceModelTrainer.Options.DEFAULTS,
                Set.of(), Map.of("concession", 0.97));
        assertEquals(0.97, fixed.model().labels().get("concession").threshold(), 1e-12);
        assertEquals(0.97, fixed.crossValidated().get(0).threshold(), 1e-12);
        // nothing reaches 0.97: the held-out score at it is that of no label given
        assertEquals(0, fixed.crossValidated().get(0).tp() + fixed.crossValidated().get(0).fp());
        assertTrue(chosen.crossValidated().get(0).f1() > fixed.crossValidated().get(0).f1());
        // the weights do not depend on the threshold
        assertEquals(chosen.model().labels().get("concession").weights(),
                fixed.model().labels().get("concession").weights());
    }

    @Test
    void trainingGivesConcessionTheOtherLabelsOwnProbabilitiesAndNoLabelItsOwn() {
        // "yield" is a concession unless the sentence also holds "unless": then it is a condition only
        List<StanceModelTrainer.Example> ex = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            for (int i = 0; i < 4; i++) {
                ex.add(new StanceModelTrainer.Example("story" + s, List.of("word:yield", "word:the"),
                        Set.of("concession"), true, List.of()));
                ex.add(new StanceModelTrainer.Example("story" + s, List.of("word:yield", "word:unless"),
                        Set.of("condition"), true, List.of()));
                ex.add(new StanceModelTrainer.Example("story" + s, List.of("word:unless", "word:calm"),
                        Set.of("condition"), true, List.of()));
                ex.add(new StanceModelTrainer.Example("story" + s, List.of("word:calm", "word:the"), Set.of(), true,
                        List.of()));
            }
        }
        StanceModel m = new StanceModelTrainer().train(ex, List.of("skepticism", "condition", "concession"),
                StanceModelTrainer.Options.DEFAULTS).model();
        Map<String, Double> concession = m.labels().get("concession").weights();
        assertTrue(concession.getOrDefault("own:condition>0.5", 0.0) < 0, concession.toString());
        assertFalse(concession.keySet().stream().anyMatch(f -> f.startsWith("own:concession")), concession.toString());
        assertFalse(m.labels().get("condition").weights().keySet().stream().anyMatch(f -> f.startsWith("own:")),
                m.labels().get("condition").weights().toString());
        assertFalse(m.first().get("concession").weights().keySet().stream().anyMatch(f -> f.startsWith("own:")));
    }

    @Test
    void twoStageTrainingLearnsFromTheNeighboursWhatOneStageCannot() {
        // "weather" sentences are concessions exactly when the sentence before is one: only the
        // neighbours' first-stage probabilities tell them apart
        List<StanceModelTrainer.Example> ex = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            for (int i = 0; i < 5; i++) {
                List<String> yes = List.of("word:yield", "word:the");
                List<String> no = List.of("word:calm", "word:the");
                List<String> after = List.of("word:weather", "word:the");
                ex.add(new StanceModelTrainer.Example("story" + s, yes, Set.of("concession"), true, List.of(after)));
                ex.add(new StanceModelTrainer.Example("story" + s, after, Set.of("concession"), true, List.of(yes)));
                ex.add(new StanceModelTrainer.Example("story" + s, no, Set.of(), true, List.of(after)));
                ex.add(new StanceModelTrainer.Example("story" + s, after, Set.of(), true, List.of(no)));
            }
        }
        StanceModelTrainer trainer = new StanceModelTrainer();
        StanceModelTrainer.Result two = trainer.train(ex, List.of("concession"), StanceModelTrainer.Options.DEFAULTS);
        StanceModelTrainer.Result one = trainer.train(ex, List.of("concession"),
                new StanceModelTrainer.Options(3, 1.0, 300, 5, false));
        assertEquals(1.0, two.crossValidated().get(0).f1(), 1e-9);
        assertTrue(one.crossValidated().get(0).f1() < 0.9, one.crossValidated().toString());
        assertTrue(two.model().labels().get("concession").weights().get("near:concession>0.5") > 1,
                two.model().labels().get("concession").weights().toString());
        assertTrue(two.model().first().get("concession").weights().get("word:yield") > 1);
        assertTrue(one.model().first().isEmpty());
        assertEquals(two.model(), trainer.train(ex, List.of("concession"), StanceModelTrainer.Options.DEFAULTS).model());
    }

    @Test
    void foldsHoldWholeCorporaAndOneWritersHabitIsNotLearntUnderACorpusMinimum() {
        // two corpora ("writers") of three stories each, and one of one story per corpus for six more:
        // the first writer ends every sentence of theirs with "indeed", and labels them all concessions
        List<StanceModelTrainer.Example> ex = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            for (int i = 0; i < 4; i++) {
                ex.add(new StanceModelTrainer.Example("habit/story" + s, List.of("word:indeed", "word:yield"),
                        Set.of("concession"), true));
                ex.add(new StanceModelTrainer.Example("plain/story" + s, List.of("word:yield"), Set.of("concession"),
                        true));
                ex.add(new StanceModelTrainer.Example("plain/story" + s, List.of("word:calm"), Set.of(), true));
            }
        }
        for (int c = 0; c < 6; c++) {
            ex.add(new StanceModelTrainer.Example("other" + c + "/story", List.of("word:yield"), Set.of("concession"),
                    true));
            ex.add(new StanceModelTrainer.Example("other" + c + "/story", List.of("word:calm"), Set.of(), true));
        }
        StanceModelTrainer.Options byCorpus = new StanceModelTrainer.Options(3, 1.0, 300, 5, false, true, 1);
        int[] fold = StanceModelTrainer.folds(ex, byCorpus);
        for (int i = 0; i < ex.size(); i++) {
            for (int j = 0; j < ex.size(); j++) {
                if (StanceModelTrainer.corpus(ex.get(i).story()).equals(StanceModelTrainer.corpus(ex.get(j).story()))) {
                    assertEquals(fold[i], fold[j], ex.get(i).story() + " / " + ex.get(j).story());
                }
            }
        }
        // by story, a writer's stories are dealt into different folds
        int[] byStory = StanceModelTrainer.folds(ex, new StanceModelTrainer.Options(3, 1.0, 300, 5, false, false, 1));
        assertTrue(java.util.stream.IntStream.range(0, ex.size()).filter(i -> ex.get(i).story().startsWith("habit/"))
                .map(i -> byStory[i]).distinct().count() > 1);
        // fewer corpora than folds: stories are dealt instead of failing to fill the folds
        List<StanceModelTrainer.Example> two = ex.stream().filter(e -> !e.story().startsWith("other")).toList();
        assertEquals(5, java.util.Arrays.stream(StanceModelTrainer.folds(two, byCorpus)).distinct().count());

        StanceModelTrainer trainer = new StanceModelTrainer();
        var any = trainer.train(ex, List.of("concession"), byCorpus).model().labels().get("concession").weights();
        var twoWriters = trainer.train(ex, List.of("concession"),
                new StanceModelTrainer.Options(3, 1.0, 300, 5, false, true, 2)).model().labels().get("concession")
                .weights();
        assertTrue(any.containsKey("word:indeed"), any.toString());
        assertFalse(twoWriters.containsKey("word:indeed"), twoWriters.toString());
        assertTrue(twoWriters.get("word:yield") > 1, twoWriters.toString());
    }

    private static TaggedSentence find(AnalyzedArticle a, String part) {
        return a.sentences().stream().filter(s -> s.sentence().text().contains(part)).findFirst().orElseThrow();
    }
}
