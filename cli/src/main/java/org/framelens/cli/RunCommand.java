package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.framelens.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framelens run INPUT [-o OUT]}: reads every article under INPUT, tags its sentences and
 * writes {@code OUT/sentences.csv} and {@code OUT/report.xlsx}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Tag every sentence of every article under INPUT and write the reports to OUT.",
            "INPUT is a story folder (one .txt file per outlet; the file name is the outlet id),"
                    + " a folder of story folders (the folder name is the story id), or one article file.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all inputs processed",
            "1:finished, but some inputs failed (each listed)",
            "2:usage or configuration error",
            "3:nothing could be processed",
        })
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Story folder, folder of story folders, or article file.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "reports",
            description = "Output folder (created if missing; default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--codebook", paramLabel = "DIR",
            description = "Codebook folder (see 'framelens codebook export'); files missing there come from the default.")
    Path codebook;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print notes about skipped folders and files.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Log log = new Log(err, quiet, verbose);
        if (!Files.exists(input)) {
            log.error(input + ": input does not exist");
            return ExitCode.USAGE;
        }
        // a broken codebook stops the run before any article is read
        org.framelens.extract.codebook.Codebook book;
        try {
            book = new org.framelens.extract.codebook.CodebookLoader().load(codebook);
        } catch (org.framelens.extract.codebook.CodebookException e) {
            CodebookCommand.printErrors(err, e, codebook);
            return ExitCode.USAGE;
        }
        RunJob job = new RunJob(input, output, List.of(
                new org.framelens.model.RunInfo.Setting("INPUT", input.toString()),
                new org.framelens.model.RunInfo.Setting("--output", output.toString()),
                new org.framelens.model.RunInfo.Setting("--codebook", codebook == null ? "default" : codebook.toString()),
                new org.framelens.model.RunInfo.Setting("codebook sources", RunJob.sources(book)),
                new org.framelens.model.RunInfo.Setting("codebook sha256", book.sha256())),
                Clock.systemUTC(), book);
        RunJob.Result result;
        try {
            result = job.run(log);
        } catch (NoSuchFileException e) {
            log.error(e.getFile() + ": does not exist");
            return ExitCode.USAGE;
        } catch (IOException e) {
            log.error("cannot write the reports to " + output + ": " + e);
            return ExitCode.NOTHING_PROCESSED;
        }
        if (result.processed() == 0) {
            log.error("no article could be processed under " + input);
            return ExitCode.NOTHING_PROCESSED;
        }
        if (!quiet) {
            out.printf("framelens: %d article(s) in %d story(ies), %d sentences -> %s, %s%n",
                    result.processed(), result.stories(), result.sentences(),
                    output.resolve(RunJob.SENTENCES_CSV), output.resolve(RunJob.WORKBOOK));
            if (result.failed() > 0) {
                out.printf("framelens: %d input(s) failed; see the messages above and the Run sheet%n", result.failed());
            }
            out.flush();
        }
        return result.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    /** Messages to stderr, filtered by verbosity. Not thread-safe. */
    static final class Log {
        private final PrintWriter err;
        private final boolean quiet;
        private final boolean verbose;

        Log(PrintWriter err, boolean quiet, boolean verbose) {
            this.err = err;
            this.quiet = quiet;
            this.verbose = verbose;
        }

        void problem(Problem p) {
            switch (p.severity()) {
                case ERROR -> error(p.toString());
                case WARNING -> {
                    if (!quiet) {
                        print("warning: " + p);
                    }
                }
                case INFO -> {
                    if (verbose) {
                        print("note: " + p);
                    }
                }
                default -> throw new IllegalStateException(p.severity().name());
            }
        }

        void error(String message) {
            print("error: " + message);
        }

        private void print(String message) {
            err.println("framelens: " + message);
            err.flush();
        }
    }
}
