package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import org.framelens.cli.eval.Report;
import org.framelens.cli.eval.Scorer;
import org.framelens.report.FormulaGuard;
import org.framelens.report.SentencesCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framelens eval GOLD SENTENCES}: scores an extracted {@code sentences.csv} against
 * hand-coded gold files and writes the disagreements to a CSV an analyst can read.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Score OUT/sentences.csv against hand-coded gold files (ANNOTATION.md format).",
            "GOLD is a gold file, a folder of gold files (outlet = file name), or a folder holding"
                    + " STORY/gold/ folders (story = folder name). Gold rows are matched to the extracted"
                    + " sentence that overlaps them most.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:usage error or unreadable input"})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold file or folder.")
    Path gold;

    @Parameters(index = "1", paramLabel = "SENTENCES", description = "sentences.csv, or the output folder holding it.")
    Path sentences;

    @Option(names = {"-d", "--disagreements"}, paramLabel = "FILE",
            description = "Where to write the disagreements (default: disagreements.csv beside SENTENCES).")
    Path disagreements;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path csv = Files.isDirectory(sentences) ? sentences.resolve(RunJob.SENTENCES_CSV) : sentences;
        for (Path p : new Path[] {gold, csv}) {
            if (!Files.exists(p)) {
                err.println("framelens: error: " + p + ": does not exist");
                return ExitCode.USAGE;
            }
        }
        Scorer scorer;
        try {
            scorer = Scorer.score(gold, csv);
        } catch (IOException | RuntimeException e) {
            err.println("framelens: error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Report.print(scorer, out);
        Path target = disagreements != null ? disagreements
                : csv.toAbsolutePath().getParent().resolve("disagreements.csv");
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), SentencesCsvWriter.FORMAT)) {
            p.printRecord("story", "outlet", "start", "end", "field", "gold", "extracted", "text", "evidence");
            for (Scorer.Disagreement d : scorer.disagreements()) {
                // text from the gold files and the sentences: neutralised as in every CSV framelens writes
                p.printRecord(FormulaGuard.csv(d.story()), FormulaGuard.csv(d.outlet()), d.start(), d.end(), d.field(),
                        FormulaGuard.csv(d.gold()), FormulaGuard.csv(d.extracted()), FormulaGuard.csv(d.text()),
                        FormulaGuard.csv(d.evidence()));
            }
        } catch (IOException e) {
            err.println("framelens: error: cannot write " + target + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        out.printf(Locale.ROOT, "%d disagreements -> %s%n", scorer.disagreements().size(), target);
        out.flush();
        return ExitCode.OK;
    }
}
