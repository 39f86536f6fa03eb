package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framelens run --settings FILE}: the file's syntax, its keys, and the command line overriding it. */
class RunSettingsTest {
    @TempDir
    Path dir;

    Path story;

    @BeforeEach
    void story() throws IOException {
        story = Files.createDirectories(dir.resolve("job/story"));
        Files.writeString(story.resolve("wire.txt"), "Budget Talks Resume\n\nTalks resumed on Monday. No deal was expected.\n",
                StandardCharsets.UTF_8);
        Files.writeString(story.resolve("notes.md"), "not an article", StandardCharsets.UTF_8);
    }

    private Path settings(String content) throws IOException {
        Path f = dir.resolve("job/run.settings");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theFileGivesInputOutputAndQuietnessWithPathsRelativeToItself() throws IOException {
        Path f = settings("\uFEFF# nightly run\r\n\r\ninput = story\r\n  output =  out dir # not a comment\r\nquiet = TRUE\r\n");

        RunCommandTest.Outcome o = RunCommandTest.run("run", "--settings", f.toString());

        assertEquals(ExitCode.OK, o.exit(), o.err());
        Path out = dir.resolve("job/out dir # not a comment");
        assertTrue(Files.exists(out.resolve("sentences.csv")), "output resolved against the settings file's folder");
        assertEquals("", o.out(), "quiet: no summary");
        assertFalse(o.err().contains("notes.md"), "quiet: no warnings");
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> cells = new ArrayList<>();
            wb.getSheet("Run").forEach(r -> r.forEach(c -> cells.add(c.toString())));
            assertTrue(cells.contains("--settings") && cells.contains(f.toString()), "the Run sheet names the settings file");
            assertTrue(cells.contains(dir.resolve("job/story").toString()), "and the INPUT it gave");
        }
    }

    @Test
    void theCommandLineOverridesTheFile() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("daily.txt"), "Other Story\n\nSomething else happened.\n", StandardCharsets.UTF_8);
        Path f = settings("input = story\noutput = from-file\nquiet = true\n");
        Path cliOut = dir.resolve("from-cli");

        RunCommandTest.Outcome o = RunCommandTest.run("run", other.toString(), "--settings", f.toString(),
                "-o", cliOut.toString(), "--verbose");

        assertEquals(ExitCode.OK, o.exit(), o.err());
        assertTrue(Files.exists(cliOut.resolve("sentences.csv")));
        assertFalse(Files.exists(dir.resolve("job/from-file")), "the file's output is overridden");
        assertTrue(Files.readString(cliOut.resolve("sentences.csv")).contains("daily"), "the command line's INPUT is read");
        assertTrue(o.out().contains("1 article(s)"), "--verbose on the command line overrides quiet = true: " + o.out());
    }

    @Test
    void everyErrorIsReportedAsFileLineReasonAndNothingRuns() throws IOException {
        Path f = settings("input = story\n"
                + "ouptut = out\n"
                + "just words\n"
                + "quiet = maybe\n"
                + "input = again\n"
                + "codebook =\n"
                + "--verbose = true\n"
                + "help = true\n"
                + "= value\n");

        RunCommandTest.Outcome o = RunCommandTest.run("run", "--settings", f.toString());

        assertEquals(ExitCode.USAGE, o.exit());
        String err = o.err();
        assertTrue(err.contains("framelens: error: " + f + ":3: expected 'key = value', found 'just words'"), err);
        assertTrue(err.contains(f + ":5: 'input' is set again (first on line 1)"), err);
        assertTrue(err.contains(f + ":6: no value for 'codebook'"), err);
        assertTrue(err.contains(f + ":7: write the key without dashes: 'verbose = …'"), err);
        assertTrue(err.contains(f + ":9: no key before '='"), err);
        // syntax errors come first; keys and values are checked once the syntax is right
        Path g = settings("ouptut = out\nquiet = maybe\nhelp = true\ninput = story\n");
        RunCommandTest.Outcome o2 = RunCommandTest.run("run", "--settings", g.toString());
        assertEquals(ExitCode.USAGE, o2.exit());
        assertTrue(o2.err().contains(g + ":1: unknown setting 'ouptut' (did you mean 'output'?) (known: codebook, incremental, input, output, quiet, threads, verbose)"), o2.err());
        assertTrue(o2.err().contains(g + ":2: 'quiet' must be true or false, not 'maybe'"), o2.err());
        assertTrue(o2.err().contains(g + ":3: unknown setting 'help'"), o2.err());
        assertFalse(Files.exists(dir.resolve("job/out")), "nothing was written");
    }

    @Test
    void aMissingOrUndecodableFileIsAUsageError() throws IOException {
        RunCommandTest.Outcome missing = RunCommandTest.run("run", "--settings", dir.resolve("nope.settings").toString());
        assertEquals(ExitCode.USAGE, missing.exit());
        assertTrue(missing.err().contains(dir.resolve("nope.settings") + ": settings file does not exist"), missing.err());

        Path bad = dir.resolve("bad.settings");
        Files.write(bad, new byte[] {'i', 'n', 'p', 'u', 't', '=', (byte) 0xE9, '\n'});
        RunCommandTest.Outcome undecodable = RunCommandTest.run("run", "--settings", bad.toString());
        assertEquals(ExitCode.USAGE, undecodable.exit());
        assertTrue(undecodable.err().contains(bad + ": not valid UTF-8"), undecodable.err());
    }

    @Test
    void anInputMustComeFromSomewhereAndQuietAndVerboseExcludeEachOther() throws IOException {
        RunCommandTest.Outcome none = RunCommandTest.run("run", "--settings", settings("output = out\n").toString());
        assertEquals(ExitCode.USAGE, none.exit());
        assertTrue(none.err().contains("no INPUT"), none.err());

        RunCommandTest.Outcome both = RunCommandTest.run("run", "--settings", settings("input = story\nquiet = true\nverbose = true\n").toString());
        assertEquals(ExitCode.USAGE, both.exit());
        assertTrue(both.err().contains("--quiet and --verbose exclude each other"), both.err());

        RunCommandTest.Outcome noArgs = RunCommandTest.run("run");
        assertEquals(ExitCode.USAGE, noArgs.exit());
        assertTrue(noArgs.err().contains("no INPUT: name it on the command line (or as 'input = …' in a --settings file)"), noArgs.err());
    }

    @Test
    void aMissingInputNamedByTheFileIsReportedWithItsResolvedPath() throws IOException {
        RunCommandTest.Outcome o = RunCommandTest.run("run", "--settings", settings("input = gone\n").toString());
        assertEquals(ExitCode.USAGE, o.exit());
        assertTrue(o.err().contains(dir.resolve("job/gone") + ": input does not exist"), o.err());
    }

    @Test
    void aWellFormedButUnusableValueIsNamedByItsLine() throws IOException {
        Path f = settings("input = gone\n");
        RunCommandTest.Outcome o = RunCommandTest.run("run", "--settings", f.toString());
        assertTrue(o.err().contains("framelens: error: " + f + ":1: " + dir.resolve("job/gone") + ": input does not exist"),
                o.err());

        Files.createDirectories(dir.resolve("job/story"));
        Files.writeString(dir.resolve("job/story/a.txt"), "Title\n\nBody.\n");
        Path g = settings("input = story\n# zero threads cannot work\nthreads = 0\n");
        RunCommandTest.Outcome zero = RunCommandTest.run("run", "--settings", g.toString());
        assertEquals(ExitCode.USAGE, zero.exit());
        assertTrue(zero.err().contains("framelens: error: " + g + ":3: --threads must be 1 or more, not 0"), zero.err());

        Files.writeString(dir.resolve("job/report.txt"), "a file");
        Path h = settings("input = story\noutput = report.txt\n");
        RunCommandTest.Outcome file = RunCommandTest.run("run", "--settings", h.toString());
        assertEquals(ExitCode.USAGE, file.exit());
        assertTrue(file.err().contains("framelens: error: " + h + ":2: " + dir.resolve("job/report.txt")
                + ": the output folder is a file"), file.err());
        // given on the command line instead, the value is the command line's: no line to name
        RunCommandTest.Outcome cli = RunCommandTest.run("run", "--settings", g.toString(), "--threads", "-1");
        assertTrue(cli.err().contains("framelens: error: --threads must be 1 or more, not -1"), cli.err());
    }

    @Test
    void helpDocumentsTheSettingsFile() {
        RunCommandTest.Outcome help = RunCommandTest.run("run", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--settings=FILE"), help.out());
        assertTrue(help.out().contains("Settings file (--settings FILE):") && help.out().contains("'key = value'"), help.out());
        assertTrue(help.out().contains("JSON Lines"), help.out());
    }

    @Test
    void theParserKeepsValuesLiterally() throws Exception {
        Path f = settings("a = x = y\r\n  # comment\rb=  c:\\\\dir with spaces\\  \n");
        RunSettings s = RunSettings.read(f);
        assertEquals(List.of(new RunSettings.Entry("a", "x = y", 1), new RunSettings.Entry("b", "c:\\\\dir with spaces\\", 3)),
                s.entries());
        assertEquals(dir.resolve("job/rel"), s.resolve("rel"));
        assertEquals(dir.resolve("abs"), s.resolve(dir.resolve("abs").toString()));
        assertThrows(RunSettings.Invalid.class, () -> RunSettings.read(settings("x\n")));
    }
}
