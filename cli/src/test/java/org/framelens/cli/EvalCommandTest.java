package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code eval} command, and the speaker-attribution bars of the speaker issue measured with
 * it on hand-coded gold: the sample, a development corpus of 4 stories × 3 outlets, and a
 * held-out corpus of 3 stories × 3 outlets (written and coded by another hand, measured once
 * before any rule was tuned on it; see {@code eval/heldout/README.md}). Figures go to
 * {@code target/speaker-report.txt}.
 */
class EvalCommandTest {
    @TempDir
    Path dir;

    private static final List<String> REPORT = new ArrayList<>();

    private double[] measure(Path input, Path gold) throws IOException {
        Path out = dir.resolve(input.getFileName().toString());
        RunCommandTest.Outcome run = RunCommandTest.run("run", input.toString(), "-o", out.toString(), "-q");
        assertEquals(0, run.exit(), run.err());
        RunCommandTest.Outcome eval = RunCommandTest.run("eval", gold.toString(), out.toString());
        assertEquals(0, eval.exit(), eval.err());
        REPORT.add("== " + gold);
        REPORT.add(eval.out());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "speaker-report.txt"), REPORT, StandardCharsets.UTF_8);
        assertTrue(Files.exists(out.resolve("disagreements.csv")));
        return new double[] {value(eval.out(), "^speaker\\s+([0-9.]+)", 1),
            value(eval.out(), "^attributed \\(vs narrator\\)\\s+\\S+\\s+\\S+\\s+([0-9.]+)", 1),
            value(eval.out(), "^stance skepticism\\s+\\S+\\s+\\S+\\s+([0-9.]+)", 1),
            value(eval.out(), "^stance condition\\s+\\S+\\s+\\S+\\s+([0-9.]+)", 1),
            value(eval.out(), "^stance concession\\s+\\S+\\s+\\S+\\s+([0-9.]+)", 1)};
    }

    private static double value(String text, String regex, int group) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        assertTrue(m.find(), "no " + regex + " in\n" + text);
        return Double.parseDouble(m.group(group));
    }

    @Test
    void sampleSpeakersMeetTheBar() throws IOException {
        double[] v = measure(RunCommandTest.SAMPLE, RunCommandTest.SAMPLE.resolve("gold"));
        assertTrue(v[0] >= 0.95, String.format(Locale.ROOT, "sample speaker accuracy %.3f < 0.95", v[0]));
        assertTrue(v[1] >= 0.95, String.format(Locale.ROOT, "sample attributed F1 %.3f < 0.95", v[1]));
        // The whole run, cues and stance model, on the sample: the stance issue's 0.90 bar (the
        // cues alone are asserted in StanceGoldMeasurementTest). The model, which learns how coders
        // of new articles label (generously), gives this sparingly coded sample a few labels its
        // coder did not (README, "Stance"); a certainty idiom ("No question.") is no longer one.
        for (int i = 2; i < 5; i++) {
            assertTrue(v[i] >= 0.90, String.format(Locale.ROOT, "sample stance F1 %.3f < 0.90 (%s)", v[i],
                    List.of("skepticism", "condition", "concession").get(i - 2)));
        }
    }

    @Test
    void unseenStoriesMeetTheBar() throws IOException {
        for (Path corpus : List.of(Path.of("..", "extract", "src", "test", "resources", "corpus"), Path.of("..", "eval", "heldout"))) {
            double[] v = measure(corpus, corpus);
            assertTrue(v[0] >= 0.90, String.format(Locale.ROOT, "%s: speaker accuracy %.3f < 0.90", corpus, v[0]));
            assertTrue(v[1] >= 0.90, String.format(Locale.ROOT, "%s: attributed F1 %.3f < 0.90", corpus, v[1]));
        }
    }

    @Test
    void writesDisagreementsAnAnalystCanRead() throws IOException {
        Path story = Files.createDirectories(dir.resolve("s"));
        Files.writeString(story.resolve("wire.txt"), "Talks Stall\n\nJane Roe said the talks had stalled. The room was cold.\n");
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("wire.csv"), String.join("\n",
                "outlet,start,end,kind,speaker,speaker_type,attribution,stances,topics",
                "wire,0,11,headline,OUTLET,outlet,narrator,,",
                "wire,13,48,body,Jane Roe,person,reported,skepticism,diplomacy",
                "wire,49,63,body,Jane Roe,person,reported,,", ""));
        Path out = dir.resolve("out");
        assertEquals(0, RunCommandTest.run("run", story.toString(), "-o", out.toString(), "-q").exit());
        RunCommandTest.Outcome eval = RunCommandTest.run("eval", gold.toString(), out.resolve("sentences.csv").toString());
        assertEquals(0, eval.exit(), eval.err());
        assertTrue(eval.out().contains("gold: 3 sentences in 1 file(s); 0 unmatched"), eval.out());
        assertTrue(Pattern.compile("^speaker\\s+0\\.667", Pattern.MULTILINE).matcher(eval.out()).find(), eval.out());
        String disagreements = Files.readString(out.resolve("disagreements.csv"));
        assertTrue(disagreements.startsWith("story,outlet,start,end,field,gold,extracted,text,evidence"), disagreements);
        assertTrue(disagreements.contains("wire,49,63,speaker,Jane Roe,OUTLET,The room was cold."), disagreements);
    }

    @Test
    void missingInputsAreUsageErrors() {
        RunCommandTest.Outcome o = RunCommandTest.run("eval", dir.resolve("nope").toString(), dir.toString());
        assertEquals(ExitCode.USAGE, o.exit());
        assertTrue(o.err().contains("does not exist"), o.err());
    }
}
