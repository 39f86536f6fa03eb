package org.framelens.extract.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framelens.extract.Extractor;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.read.ArticleLoader;
import org.framelens.extract.read.ArticleRef;
import org.framelens.extract.read.CorpusScanner;
import org.framelens.extract.stance.StanceLabeler;
import org.framelens.extract.topic.TopicLabeler;
import org.framelens.extract.voice.RuleVoiceTagger;
import org.framelens.extract.voice.StoryNames;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.align.MatchType;
import org.framelens.model.align.QuoteCluster;
import org.framelens.model.align.QuoteVersion;
import org.framelens.model.align.SentencePair;
import org.framelens.model.align.StoryAlignment;
import org.framelens.model.align.WordingNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The aligner against a careful reader's lists ({@code src/test/resources/align/STORY/expected.csv},
 * see the README there): stories written for it, whose outlets reword, trim, split and
 * re-attribute the same statements. Writes {@code target/alignment-report.txt} with precision and
 * recall of the paraphrase pairs at several thresholds, the figures behind the default.
 */
class ShingleAlignerTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "align");
    static final Codebook CODEBOOK = new CodebookLoader().defaults();
    static final Extractor EXTRACTOR = Extractor.builder()
            .voices(new RuleVoiceTagger(CODEBOOK))
            .stances(new StanceLabeler(CODEBOOK))
            .topics(new TopicLabeler(CODEBOOK))
            .build();

    static Stream<Path> stories() throws IOException {
        try (Stream<Path> s = Files.list(FIXTURES)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    static List<AnalyzedArticle> read(Path story) throws IOException {
        ArticleLoader loader = new ArticleLoader();
        List<AnalyzedArticle> out = new ArrayList<>();
        for (ArticleRef ref : new CorpusScanner().scan(story).articles()) {
            out.add(EXTRACTOR.extract(loader.load(ref).article().orElseThrow()));
        }
        return new StoryNames().harmonize(out);
    }

    static List<CSVRecord> expected(Path story) throws IOException {
        try (Reader r = Files.newBufferedReader(story.resolve("expected.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** The index of the sentence of {@code outlet} that starts with {@code start}; fails when not exactly one. */
    static int sentence(List<AnalyzedArticle> articles, String outlet, String start) {
        AnalyzedArticle a = articles.stream().filter(x -> x.article().outlet().equals(outlet)).findFirst()
                .orElseThrow(() -> new AssertionError("no outlet " + outlet));
        List<Integer> hits = new ArrayList<>();
        a.sentences().forEach(s -> {
            if (s.sentence().text().startsWith(start)) {
                hits.add(s.sentence().index());
            }
        });
        assertEquals(1, hits.size(), () -> outlet + ": sentences starting with '" + start + "': " + hits);
        return hits.get(0);
    }

    static String key(String outletA, int a, String outletB, int b) {
        return outletA.compareTo(outletB) < 0 ? outletA + ":" + a + "|" + outletB + ":" + b
                : outletB + ":" + b + "|" + outletA + ":" + a;
    }

    static String key(SentencePair p) {
        return key(p.outletA(), p.sentenceA(), p.outletB(), p.sentenceB());
    }

    /** Required and allowed pair keys of a story, by type. */
    record Truth(Map<String, MatchType> required, Set<String> allowed) {
    }

    static Truth truth(Path story, List<AnalyzedArticle> articles) throws IOException {
        Map<String, MatchType> required = new TreeMap<>();
        Set<String> allowed = new HashSet<>();
        for (CSVRecord r : expected(story)) {
            if (!r.get("row").equals("require") && !r.get("row").equals("allow")) {
                continue;
            }
            String k = key(r.get("outlet"), sentence(articles, r.get("outlet"), r.get("sentence")),
                    r.get("other"), sentence(articles, r.get("other"), r.get("other_sentence")));
            if (r.get("row").equals("require")) {
                required.put(k, r.get("type").equals("same quote") ? MatchType.SAME_QUOTE : MatchType.PARAPHRASE);
            } else {
                allowed.add(k);
            }
        }
        return new Truth(required, allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void sharedQuotesArePairedAndNothingElseIsCalledAQuote(Path story) throws IOException {
        List<AnalyzedArticle> articles = read(story);
        StoryAlignment al = new ShingleAligner(CODEBOOK).align(story.getFileName().toString(), articles);
        Truth truth = truth(story, articles);
        Set<String> foundQuotes = new HashSet<>();
        for (SentencePair p : al.pairs()) {
            if (p.type() == MatchType.SAME_QUOTE) {
                foundQuotes.add(key(p));
                assertEquals(MatchType.SAME_QUOTE, truth.required().get(key(p)), () -> "not a shared quote: " + p);
            }
        }
        truth.required().forEach((k, type) -> {
            if (type == MatchType.SAME_QUOTE) {
                assertTrue(foundQuotes.contains(k), () -> "shared quote missed: " + k + " in " + al.pairs());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void quotesKnowWhoCarriedThemWholeOrTrimmed(Path story) throws IOException {
        List<AnalyzedArticle> articles = read(story);
        StoryAlignment al = new ShingleAligner(CODEBOOK).align(story.getFileName().toString(), articles);
        int checked = 0;
        for (CSVRecord r : expected(story)) {
            if (!r.get("row").equals("quote")) {
                continue;
            }
            String words = r.get("outlet");
            QuoteCluster c = al.quotes().stream().filter(q -> q.versions().stream().anyMatch(v -> v.text().contains(words)))
                    .findFirst().orElseThrow(() -> new AssertionError("no quote with '" + words + "'"));
            Map<String, Boolean> want = new TreeMap<>();
            for (int i = 4; i < r.size(); i++) {
                if (r.get(i).isEmpty()) {
                    continue;
                }
                String[] ow = r.get(i).split("=");
                want.put(ow[0], ow[1].equals("whole"));
            }
            Map<String, Boolean> got = new TreeMap<>();
            c.versions().forEach(v -> got.put(v.outlet(), v.whole()));
            assertEquals(want, got, () -> "quote '" + words + "': " + c);
            checked++;
        }
        assertTrue(checked > 0, "each fixture lists its shared quotes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void contentOnlyOneOutletCarriedIsUnique(Path story) throws IOException {
        List<AnalyzedArticle> articles = read(story);
        StoryAlignment al = new ShingleAligner(CODEBOOK).align(story.getFileName().toString(), articles);
        Set<String> unique = new HashSet<>();
        al.unique().forEach(u -> unique.add(u.outlet() + ":" + u.sentence()));
        for (CSVRecord r : expected(story)) {
            if (r.get("row").equals("unique")) {
                int s = sentence(articles, r.get("outlet"), r.get("sentence"));
                assertTrue(unique.contains(r.get("outlet") + ":" + s), () -> "not unique: " + r);
            }
        }
        // and a sentence in a pair is never unique
        for (SentencePair p : al.pairs()) {
            assertFalse(unique.contains(p.outletA() + ":" + p.sentenceA()) || unique.contains(p.outletB() + ":"
                    + p.sentenceB()), () -> p + " is a pair, yet one side is unique");
        }
    }

    /** Paraphrase precision and recall over all fixtures, at one threshold. */
    static double[] paraphraseScores(double cosine, int minTerms) throws IOException {
        Settings s = new Settings(3, 3, 0.5, cosine, minTerms, 0.85);
        int tp = 0;
        int fp = 0;
        int required = 0;
        for (Path story : stories().toList()) {
            List<AnalyzedArticle> articles = read(story);
            Truth truth = truth(story, articles);
            StoryAlignment al = new ShingleAligner(CODEBOOK, s).align(story.getFileName().toString(), articles);
            Set<String> found = new HashSet<>();
            for (SentencePair p : al.pairs()) {
                found.add(key(p));
                if (p.type() == MatchType.PARAPHRASE && !truth.allowed().contains(key(p))) {
                    if (truth.required().get(key(p)) != null) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            for (var e : truth.required().entrySet()) {
                if (e.getValue() == MatchType.PARAPHRASE) {
                    required++;
                }
            }
        }
        return new double[] {tp + fp == 0 ? 1 : (double) tp / (tp + fp), required == 0 ? 1 : (double) tp / required};
    }

    @Test
    void pairKeyIsTheZeroPaddedFormat() {
        int[] values = {0, 1, 9, 10, 99, 100, 9999, 10000, 99999, 100000, 999999, 1000000, 9999999, 10000000,
            Integer.MAX_VALUE, -1, -12345};
        for (int a : values) {
            for (int b : values) {
                assertEquals(String.format(Locale.ROOT, "%05d %05d %07d %07d", a, b, b, a), ShingleAligner.key(a, b, b, a));
                assertEquals(String.format(Locale.ROOT, "%05d %05d %07d %07d", b, 3, a, 42), ShingleAligner.key(b, 3, a, 42));
            }
        }
    }

    @Test
    void paraphrasesAreFoundAtTheDefaultThresholdAndTheSweepIsReported() throws IOException {
        StringBuilder report = new StringBuilder("Paraphrase pairs on src/test/resources/align (required vs found;"
                + " allowed pairs not counted)\ncosine  min shared words  precision  recall\n");
        for (int minTerms = 2; minTerms <= 4; minTerms++) {
            for (double c : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45}) {
                double[] pr = paraphraseScores(c, minTerms);
                report.append(String.format(Locale.ROOT, "%.2f    %d                 %.3f      %.3f%n", c, minTerms,
                        pr[0], pr[1]));
            }
        }
        double[] at = paraphraseScores(Settings.DEFAULTS.paraphraseCosine(), Settings.DEFAULTS.paraphraseMinTerms());
        report.append(String.format(Locale.ROOT, "default %.2f, %d words: precision %.3f, recall %.3f%n",
                Settings.DEFAULTS.paraphraseCosine(), Settings.DEFAULTS.paraphraseMinTerms(), at[0], at[1]));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "alignment-report.txt"), report, StandardCharsets.UTF_8);
        assertTrue(at[0] >= 0.9, () -> "paraphrase precision " + at[0] + "\n" + report);
        assertTrue(at[1] >= 0.65, () -> "paraphrase recall " + at[1] + "\n" + report);
    }

    @Test
    void oneOutletHasNothingToCompare() throws IOException {
        List<AnalyzedArticle> one = read(FIXTURES.resolve("bridge-toll")).subList(0, 1);
        StoryAlignment al = new ShingleAligner(CODEBOOK).align("s", one);
        assertTrue(al.pairs().isEmpty() && al.quotes().isEmpty() && al.unique().isEmpty());
        assertTrue(al.note().contains("only one outlet"), al.note());
    }

    @Test
    void wordingShowsTheCuesSpeakersAndEvaluativeWordsThatDiffer() throws IOException {
        List<AnalyzedArticle> articles = read(FIXTURES.resolve("bridge-toll"));
        StoryAlignment al = new ShingleAligner(CODEBOOK).align("bridge-toll", articles);
        QuoteCluster listened = al.quotes().stream().filter(q -> q.text().startsWith("We have listened")).findFirst()
                .orElseThrow();
        QuoteVersion daily = listened.version("daily");
        assertNotNull(daily);
        assertEquals("insist", daily.cue());
        assertEquals("tell", listened.version("wire").cue());
        assertTrue(al.wording().stream().anyMatch(w -> w.outlet().equals("daily") && w.aspect().equals(WordingNote.CUE)
                && w.term().equals("insist") && w.others().contains("wire: tell") && w.quote() == listened.id()));
        assertTrue(al.wording().stream().anyMatch(w -> w.outlet().equals("daily")
                && w.aspect().equals(WordingNote.EVALUATIVE) && w.term().equalsIgnoreCase("controversial")),
                () -> "daily alone calls the plan controversial: " + al.wording());
        assertFalse(al.wording().stream().anyMatch(w -> w.aspect().equals(WordingNote.CUE)
                && w.term().equals("say") && w.others().equals("daily: say")), "same cues are no difference");
    }

    @Test
    void sharesCountEachOutletsSentencesOnce() throws IOException {
        List<AnalyzedArticle> articles = read(FIXTURES.resolve("fishing-quota"));
        StoryAlignment al = new ShingleAligner(CODEBOOK).align("fishing-quota", articles);
        assertEquals(6, al.shares().size(), "three outlets, six ordered pairs");
        al.shares().forEach(s -> assertTrue(s.share() >= 0 && s.share() <= 1));
        var tribuneHerald = al.shares().stream().filter(s -> s.outlet().equals("tribune") && s.other().equals("herald"))
                .findFirst().orElseThrow();
        assertTrue(tribuneHerald.sameQuote() >= 2, "two tribune sentences carry the herald's quote: " + tribuneHerald);
    }

    @Test
    void speakersMatchLooselyAsTheGuideMatchesThem() {
        assertTrue(ShingleAligner.sameSpeaker("a diplomat", "a diplomat briefed on the talks"));
        assertTrue(ShingleAligner.sameSpeaker("Diplomats", "a diplomat"));
        assertTrue(ShingleAligner.sameSpeaker("Ingrid Halvorsen", "Halvorsen"));
        assertFalse(ShingleAligner.sameSpeaker("OUTLET", "Ingrid Halvorsen"));
        assertFalse(ShingleAligner.sameSpeaker("union leaders", "the mayor"));
    }

    @Test
    void settingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Settings(2, 3, 0.5, 0.4, 3, 0.85));
        assertThrows(IllegalArgumentException.class, () -> new Settings(3, 3, 0, 0.4, 3, 0.85));
        assertThrows(IllegalArgumentException.class, () -> new Settings(3, 3, 0.5, 1.5, 3, 0.85));
        assertThrows(IllegalArgumentException.class, () -> new Settings(3, 3, 0.5, 0.4, 0, 0.85));
    }
}
