package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.codebook.StanceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code codebook train}, end to end, on two small coded stories written for this test
 * ({@code src/test/resources/train}: bus fares, harbour dredging).
 */
class CodebookTrainCommandTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "train");

    @TempDir
    Path dir;

    @Test
    void trainsAModelThatTheCodebookLoadsAndRunsUse() throws Exception {
        Path book = Files.createDirectories(dir.resolve("book"));
        Path model = book.resolve("stance_model.csv");
        RunCommandTest.Outcome t = RunCommandTest.run("codebook", "train", CORPUS.toString(), "-o", model.toString(),
                "--folds", "2", "--min-stories", "2");
        assertEquals(ExitCode.OK, t.exit(), t.err());
        assertTrue(t.out().contains("trained on 12 coded sentences of 2 stories"), t.out());
        assertTrue(t.out().lines().anyMatch(l -> l.startsWith("concession")), t.out());
        String csv = Files.readString(model, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("# The stance model"), csv);
        // words of one story only (dredging, fares) get no weight; shared words do
        assertTrue(!csv.contains("word:dredg") && !csv.contains("word:fare"), csv);
        StanceModel m = new CodebookLoader().load(book).stanceModel();
        assertTrue(m.labels().keySet().containsAll(java.util.List.of("skepticism", "condition", "concession")),
                m.labels().keySet().toString());
        assertTrue(m.labels().get("concession").weights().getOrDefault("cue:concession", 0.0) > 0, csv);
        // two folds leave a first stage nothing to learn from without both: one stage is learnt
        assertTrue(m.first().isEmpty() && !csv.contains("\nconcession,first:"), csv);

        // the same corpus trains the same bytes
        Path again = dir.resolve("again.csv");
        RunCommandTest.run("codebook", "train", CORPUS.toString(), "-o", again.toString(), "--folds", "2",
                "--min-stories", "2");
        assertEquals(csv, Files.readString(again, StandardCharsets.UTF_8));
    }

    @Test
    void aThresholdSetOnTheCommandLineIsKeptAndABadOneIsAUsageError() throws Exception {
        Path model = dir.resolve("set.csv");
        RunCommandTest.Outcome t = RunCommandTest.run("codebook", "train", CORPUS.toString(), "-o", model.toString(),
                "--folds", "2", "--min-stories", "2", "--threshold", "concession=0.61");
        assertEquals(ExitCode.OK, t.exit(), t.err());
        assertTrue(Files.readString(model, StandardCharsets.UTF_8).contains("\nconcession,threshold,0.61\n"));
        assertTrue(t.out().lines().anyMatch(l -> l.startsWith("concession") && l.contains(" 0.61 ")), t.out());
        // the other labels' thresholds are still chosen
        Path chosen = dir.resolve("chosen.csv");
        RunCommandTest.run("codebook", "train", CORPUS.toString(), "-o", chosen.toString(), "--folds", "2",
                "--min-stories", "2");
        String a = Files.readString(model, StandardCharsets.UTF_8);
        String b = Files.readString(chosen, StandardCharsets.UTF_8);
        assertEquals(a.lines().filter(l -> l.startsWith("condition,threshold")).toList(),
                b.lines().filter(l -> l.startsWith("condition,threshold")).toList());

        RunCommandTest.Outcome range = RunCommandTest.run("codebook", "train", CORPUS.toString(), "-o",
                dir.resolve("x.csv").toString(), "--threshold", "concession=1.5");
        assertEquals(ExitCode.USAGE, range.exit());
        assertTrue(range.err().contains("--threshold concession must lie between 0 and 1"), range.err());
        RunCommandTest.Outcome label = RunCommandTest.run("codebook", "train", CORPUS.toString(), "-o",
                dir.resolve("y.csv").toString(), "--threshold", "sarcasm=0.5");
        assertEquals(ExitCode.USAGE, label.exit());
        assertTrue(label.err().contains("--threshold sarcasm: not a stance label"), label.err());
        assertTrue(Files.notExists(dir.resolve("x.csv")) && Files.notExists(dir.resolve("y.csv")));
    }

    @Test
    void predictionsListEachCodedSentenceWithItsHeldOutProbabilities() throws Exception {
        Path predictions = dir.resolve("out/held-out.csv");
        RunCommandTest.Outcome t = RunCommandTest.run("codebook", "train", CORPUS.toString(), "-o",
                dir.resolve("m.csv").toString(), "--folds", "2", "--min-stories", "2", "--predictions",
                predictions.toString());
        assertEquals(ExitCode.OK, t.exit(), t.err());
        java.util.List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("corpus,story,outlet,start,end,text,gold,cues,tune,p_skepticism,"),
                lines.get(0));
        assertEquals(1 + 12, lines.size(), "a row per coded sentence");
        // a sentence the cues gave concession and its coder too, with a probability in [0, 1]
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get()
                .parse(Files.newBufferedReader(predictions, StandardCharsets.UTF_8))) {
            var rows = parser.getRecords();
            assertTrue(rows.stream().anyMatch(r -> r.get("cues").contains("concession")
                    && r.get("gold").contains("concession") && !r.get("text").isBlank()), lines.toString());
            for (var r : rows) {
                double p = Double.parseDouble(r.get("p_concession"));
                assertTrue(p >= 0 && p <= 1 && r.get("tune").equals("true"), r.toString());
            }
        }
    }

    @Test
    void aCorpusWithoutGoldOrTooFewStoriesIsAUsageError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty/story"));
        Files.writeString(empty.resolve("a.txt"), "Headline\n\nA sentence.\n", StandardCharsets.UTF_8);
        RunCommandTest.Outcome none = RunCommandTest.run("codebook", "train", dir.resolve("empty").toString(), "-o",
                dir.resolve("m.csv").toString());
        assertEquals(ExitCode.USAGE, none.exit());
        assertTrue(none.err().contains("no coded sentence found"), none.err());
        RunCommandTest.Outcome few = RunCommandTest.run("codebook", "train", CORPUS.toString(), "-o",
                dir.resolve("m.csv").toString());
        assertEquals(ExitCode.USAGE, few.exit());
        assertTrue(few.err().contains("2 coded stories; --folds 5 needs at least as many"), few.err());
        assertTrue(!Files.exists(dir.resolve("m.csv")), "nothing written");
    }

    @Test
    void settingsOutOfRangeAreUsageErrorsNamingTheOption() {
        for (String[] bad : new String[][] {{"--min-corpora", "0"}, {"--min-stories", "0"}, {"--folds", "1"},
            {"--iterations", "0"}, {"--l2", "-1"}}) {
            RunCommandTest.Outcome t = RunCommandTest.run("codebook", "train", CORPUS.toString(), "-o",
                    dir.resolve("m.csv").toString(), bad[0], bad[1]);
            assertEquals(ExitCode.USAGE, t.exit(), t.err());
            assertTrue(t.err().contains("framelens: error: " + bad[0] + " must be"), t.err());
            assertTrue(!Files.exists(dir.resolve("m.csv")), "nothing written");
        }
    }
}
