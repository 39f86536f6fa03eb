package org.framelens.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.framelens.extract.Extractor;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.codebook.StanceModel;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.match.Vocabulary;
import org.framelens.extract.match.Words;
import org.framelens.extract.tag.ArticleLabeler;
import org.framelens.model.Article;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;
import org.framelens.model.Tag;
import org.junit.jupiter.api.Test;

/**
 * The stance model read through numbered features ({@link FeatureIds}) gives what reading the
 * feature strings gives: the same features, in the same order, and the same labels with the same
 * evidence. The articles are written for this test (a water utility, a ferry timetable, a museum
 * loan), recombined in many orders, plus the extract tests' own fixture corpus.
 */
class FeatureIdsTest {
    private static final Codebook CODEBOOK = new CodebookLoader().defaults();

    private static final List<String> OWN = List.of(
            "Water Rates To Rise 'Only If Repairs Stall'\n\nThe water board said on Monday it would raise rates "
                    + "by 6 per cent unless the pipe repairs were finished by spring. Residents doubt the figures. "
                    + "\"We will not pay twice for the same leak,\" said Ana Kowal, who leads the tenants' group. "
                    + "The board conceded that the old mains had been neglected for years. It insisted, however, "
                    + "that the rise was fair. Critics called the plan a cynical grab. The utility agreed to publish "
                    + "its accounts if the regulator asked.\n\nRead more: water, rates\n",
            "Ferry Timetable Cut Again\n\nThe ferry operator will drop two evening crossings from May, it "
                    + "announced. Islanders were furious. 'It is a betrayal,' one councillor said. The operator "
                    + "admitted that staff shortages had forced its hand, but refused to rule out further cuts. "
                    + "It might restore the crossings, provided that the ministry pays the subsidy it promised. "
                    + "Nobody believes the ministry will pay, a harbour official claimed. The minister denied "
                    + "any such promise. 12 routes remain.\n",
            "Museum Agrees To Return Carvings\n\nThe city museum agreed on Friday to return 40 carvings to "
                    + "the island's council, ending a dispute that lasted a decade. The council had demanded their "
                    + "return since 2014. \"We accept that they were taken without consent,\" the director said. "
                    + "She warned, though, that the loan would hinge on a new climate-controlled hall. Some "
                    + "trustees questioned whether the hall could be built in time. The council welcomed the "
                    + "decision but said it would not drop its claim to the rest of the collection.\n",
            // questions, plain and quoted: the model's question feature
            "Will The Bridge Ever Open?\n\nThe county promised the bridge for 2019. Who believes the new date? "
                    + "\"Why should we trust them now?\" asked Lena Ortiz, a shopkeeper. She said the county had "
                    + "missed every deadline. Is the money even there? The county said it was.\n",
            // certainty idioms, whose doubt and question words the model does not read as words
            "No Doubt About The Vote\n\nThere is no doubt the levy will pass. No question. Without a doubt, "
                    + "farmers will pay more, and make no mistake, they will notice. Doubts remain about the "
                    + "refund. Auditors questioned the figures, which raises questions about the board.\n");

    @Test
    void numberedFeaturesAreTheStringsTheModelKnowsInTheirOrder() {
        StanceModel model = new StanceModel(Map.of(
                "concession", new StanceModel.LabelModel(-1.0, 0.5, Map.of("word:the", 0.5, "pair:will not", 1.25,
                        "cue:condition", 0.75, "quote", -0.5, "kind:body", 0.1, "class:refusal", 2.0,
                        "word:#", 0.3, "near:concession>0.3", 1.0)),
                "skepticism", new StanceModel.LabelModel(-2.0, 0.4, Map.of("word:doubt", 1.5, "before:skepticism", 0.2,
                        "voice:narrator", -0.1, "pair:the board", 0.4))),
                Map.of("concession", new StanceModel.LabelModel(-0.5, 0.5, Map.of("word:agree", 1.0, "quote", 0.2))));
        FeatureIds ids = new FeatureIds(model);
        for (String text : List.of("The board will not doubt the \"figures\" of 2024.", "Board Will Not Agree",
                "They agreed, but the board said 'no' twice.", "", "12 13 the the the will not will not")) {
            for (Kind kind : List.of(Kind.BODY, Kind.HEADLINE)) {
                Words words = new Words(text, CODEBOOK.normalizer());
                List<String> strings = StanceFeatures.of(words, kind, Attribution.NARRATOR, "", Set.of("condition"),
                        Set.of("skepticism"), Set.of(), Set.of(), Set.of("refusal"), Set.of());
                FeatureIds.Collector c = ids.collector();
                StanceFeatures.of(c, words, kind, Attribution.NARRATOR, "", Set.of("condition"),
                        Set.of("skepticism"), Set.of(), Set.of(), Set.of("refusal"), Set.of());
                c.sorted();
                List<String> known = strings.stream().filter(f -> ids.id(f) >= 0).toList();
                assertEquals(known, ids.names(c.ids(), c.size()), text);
                assertTrue(known.contains("voice:narrator"), known.toString());
            }
        }
        // a near: feature goes in at its place, once
        FeatureIds.Collector c = ids.collector();
        c.word("the");
        c.add("quote");
        c.word("doubt");
        c.word("the");
        c.sorted();
        c.insert(ids.id("near:concession>0.3"));
        c.insert(ids.id("near:concession>0.3"));
        assertEquals(List.of("near:concession>0.3", "quote", "word:doubt", "word:the"), ids.names(c.ids(), c.size()));
    }

    @Test
    void aFeatureAddedAsPrefixAndRestIsTheFeatureAddedWhole() {
        // every feature of the default model and some it does not know, cut at each of their
        // characters: prefix + rest finds the same number as the whole string, or none alike
        FeatureIds ids = new FeatureIds(CODEBOOK.stanceModel(), CODEBOOK.vocabulary());
        List<String> features = new ArrayList<>(CODEBOOK.stanceModel().labels().values().iterator().next().weights().keySet());
        Collections.shuffle(features, new Random(11));
        List<String> sample = new ArrayList<>(features.subList(0, Math.min(3000, features.size())));
        sample.addAll(List.of("start:nothing-here", "negator:", "voice:nobody", "kind:body", "a:b:c", "::", "x", ""));
        for (String f : sample) {
            for (int cut = 0; cut <= f.length(); cut++) {
                FeatureIds.Collector whole = ids.collector();
                whole.add(f);
                FeatureIds.Collector parts = ids.collector();
                parts.add(f.substring(0, cut), f.substring(cut));
                assertEquals(whole.size(), parts.size(), f + " cut at " + cut);
                if (whole.size() > 0) {
                    assertEquals(whole.ids()[0], parts.ids()[0], f + " cut at " + cut);
                }
            }
        }
    }

    @Test
    void wordsReadByTheirNumbersGiveTheFeaturesTheirStringsGive() throws IOException, URISyntaxException {
        // the default model, and a small one with a pair whose key holds a space, read by the
        // numbers of the codebook's vocabulary and of a vocabulary of their own
        StanceModel small = new StanceModel(Map.of("concession", new StanceModel.LabelModel(-1.0, 0.5, Map.of(
                "word:the", 0.5, "pair:will not", 1.25, "pair:the board's x", 0.2, "word:#", 0.3,
                "pair:# per", 0.7, "quote", -0.5))), Map.of());
        Vocabulary own = Vocabulary.of(List.of("the", "will", "not", "board's x", "the board's", "x", "#", "per",
                "board", "water"));
        Vocabulary codebook = CODEBOOK.vocabulary();
        int sentences = 0;
        for (Object[] c : new Object[][] {{CODEBOOK.stanceModel(), codebook}, {small, own}}) {
            FeatureIds ids = new FeatureIds((StanceModel) c[0], (Vocabulary) c[1]);
            org.framelens.extract.match.Normalizer numbering = CODEBOOK.normalizer().withVocabulary((Vocabulary) c[1]);
            for (String text : texts()) {
                for (String sentence : text.split("(?<=[.?!\\n])\\s+")) {
                    Words byString = new Words(sentence, CODEBOOK.normalizer());
                    Words numbered = new Words(sentence, numbering);
                    FeatureIds.Collector strings = ids.collector(byString);
                    FeatureIds.Collector numbers = ids.collector(numbered);
                    assertTrue(numbers.byNumber());
                    assertTrue(!strings.byNumber());
                    for (FeatureIds.Collector col : List.of(strings, numbers)) {
                        StanceFeatures.of(col, col == strings ? byString : numbered, Kind.BODY, Attribution.NARRATOR,
                                "", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
                        col.sorted();
                    }
                    assertEquals(ids.names(strings.ids(), strings.size()), ids.names(numbers.ids(), numbers.size()),
                            sentence);
                    sentences++;
                }
            }
        }
        assertTrue(sentences > 500, "sentences: " + sentences);
        // a vocabulary that lacks some of the model's words: read by strings
        Vocabulary two = Vocabulary.of(List.of("the", "will"));
        FeatureIds partial = new FeatureIds(small, two);
        Words w = new Words("the will", CODEBOOK.normalizer().withVocabulary(two));
        assertTrue(!partial.collector(w).byNumber());
    }

    @Test
    void theDefaultModelLabelsAsItDidByStrings() throws IOException, URISyntaxException {
        check(new StanceModelLabeler(CODEBOOK), 1);
    }

    @Test
    void stagesThatShareTheCodebooksVocabularyLabelAsTheStringsDo() throws IOException, URISyntaxException {
        // as Extractor.builder(codebook) composes them: one normaliser carrying the vocabulary
        Normalizer shared = CODEBOOK.normalizer().withVocabulary(CODEBOOK.vocabulary());
        StanceModel m = CODEBOOK.stanceModel();
        Map<String, StanceModel.LabelModel> low = new java.util.LinkedHashMap<>();
        m.labels().forEach((l, lm) -> low.put(l, new StanceModel.LabelModel(lm.bias(), 0.05, lm.weights())));
        for (StanceModel model : List.of(m, new StanceModel(low, m.first()))) {
            StanceModelLabeler labeler = new StanceModelLabeler(model, CODEBOOK, shared);
            Extractor numbered = Extractor.builder(CODEBOOK).stances(new StanceLabeler(CODEBOOK, shared))
                    .topics(new org.framelens.extract.topic.TopicLabeler(CODEBOOK, shared)).stanceContext(labeler).build();
            Extractor byStrings = Extractor.builder()
                    .voices(new org.framelens.extract.voice.RuleVoiceTagger(CODEBOOK))
                    .stances(new StanceLabeler(CODEBOOK)).topics(new org.framelens.extract.topic.TopicLabeler(CODEBOOK))
                    .stanceContext(new StanceModelLabeler(model, CODEBOOK))
                    .topicContext(new org.framelens.extract.topic.ArticleTopics(CODEBOOK)).build();
            int tags = 0;
            for (String text : texts()) {
                Article a = new Article("s", "o", "test", "", text);
                var expected = byStrings.extract(a).sentences();
                assertEquals(expected, numbered.extract(a).sentences());
                tags += expected.stream().mapToInt(s -> s.stances().size() + s.topics().size()).sum();
            }
            assertTrue(tags > 100, "tags: " + tags);
        }
    }

    @Test
    void aModelThatLabelsMuchLabelsAsItDidByStrings() throws IOException, URISyntaxException {
        // the default model's weights with low thresholds: many labels by the model, with evidence
        StanceModel m = CODEBOOK.stanceModel();
        Map<String, StanceModel.LabelModel> low = new java.util.LinkedHashMap<>();
        m.labels().forEach((l, lm) -> low.put(l, new StanceModel.LabelModel(lm.bias(), 0.05, lm.weights())));
        check(new StanceModelLabeler(new StanceModel(low, m.first()), CODEBOOK), 50);
    }

    private static void check(StanceModelLabeler labeler, int atLeast) throws IOException, URISyntaxException {
        int[] byModel = {0};
        int[] sentences = {0};
        ArticleLabeler both = (s, v, labels) -> {
            List<List<Tag>> numbered = labeler.relabel(s, v, labels);
            assertEquals(labeler.relabelByName(s, v, labels), numbered);
            numbered.forEach(tags -> tags.forEach(t -> byModel[0] += t.evidence().startsWith(Tag.MODEL_EVIDENCE) ? 1 : 0));
            sentences[0] += s.size();
            return numbered;
        };
        Extractor extractor = Extractor.builder(CODEBOOK).stanceContext(both).build();
        for (String text : texts()) {
            extractor.extract(new Article("s", "o", "test", "", text));
        }
        assertTrue(byModel[0] >= atLeast, "labels the model gave: " + byModel[0] + " in " + sentences[0] + " sentences");
    }

    /** The own articles, the fixture corpus, and their paragraphs shuffled into new articles. */
    private static List<String> texts() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>(OWN);
        Path corpus = Path.of(FeatureIdsTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("/gold"))
                    .sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String t : out) {
            for (String p : t.split("\n\n")) {
                paragraphs.add(p.strip());
            }
        }
        Random random = new Random(7);
        for (int a = 0; a < 30; a++) {
            Collections.shuffle(paragraphs, random);
            out.add(String.join("\n\n", paragraphs.subList(0, Math.min(12, paragraphs.size()))) + "\n");
        }
        return out;
    }

    @Test
    void namesAreEveryFeatureOfBothStagesOnceInStringOrder() {
        StanceModel model = CODEBOOK.stanceModel();
        java.util.TreeSet<String> expected = new java.util.TreeSet<>();
        model.first().values().forEach(m -> expected.addAll(m.weights().keySet()));
        model.labels().values().forEach(m -> expected.addAll(m.weights().keySet()));
        assertTrue(expected.size() > 1000, "the default model has thousands of features");
        assertEquals(List.copyOf(expected), List.of(FeatureIds.sortedNames(model)));
        StanceModel small = new StanceModel(Map.of("b", new StanceModel.LabelModel(0, 0.5, Map.of("word:x", 1.0,
                "quote", 2.0))), Map.of("b", new StanceModel.LabelModel(0, 0.5, Map.of("word:x", 3.0, "cue:b", 1.0))));
        assertEquals(List.of("cue:b", "quote", "word:x"), List.of(FeatureIds.sortedNames(small)));
    }
}
