package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookError;
import org.framelens.extract.codebook.CodebookException;
import org.framelens.extract.codebook.CodebookLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framelens codebook check DIR} and {@code framelens codebook export DIR}: validate an
 * analyst's codebook, or write the default one as a starting point. Each sub-command prints only
 * through its command line's writers.
 */
@Command(name = "codebook", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check an analyst's codebook folder, or export the default codebook to start one.",
        subcommands = {CodebookCommand.Check.class, CodebookCommand.Export.class, CodebookTrainCommand.class})
public final class CodebookCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /**
     * Prints every error of a codebook as {@code file:line: reason}, one per line.
     *
     * @param err    where to print
     * @param e      the errors
     * @param folder the folder, for the closing line
     */
    static void printErrors(PrintWriter err, CodebookException e, Path folder) {
        for (CodebookError error : e.errors()) {
            err.println(error);
        }
        err.println("framelens: error: the codebook in " + folder + " has " + e.errors().size() + " error(s)");
        err.flush();
    }

    /**
     * @param cb a codebook
     * @return one line per table: its file, where it came from and its entry count
     */
    static List<String> summary(Codebook cb) {
        return CodebookLoader.FILES.stream().map(f -> String.format(java.util.Locale.ROOT, "  %-22s %5d  %s",
                f, entries(cb, f), cb.sources().get(f))).toList();
    }

    private static int entries(Codebook cb, String file) {
        return switch (file) {
            case "reporting_cues.csv" -> cb.reportingCues().size();
            case "speaker_nouns.csv" -> cb.speakerNouns().size();
            case "speaker_aliases.csv" -> cb.speakerAliases().size();
            case "places.csv" -> cb.places().size();
            case "lemmas.csv" -> cb.lemmas().size();
            case "stance_modifiers.csv" -> cb.stanceModifiers().size();
            case "stance_cues.csv" -> cb.stanceCues().size();
            case "stance_model.csv" -> java.util.stream.Stream.concat(cb.stanceModel().labels().values().stream(),
                    cb.stanceModel().first().values().stream()).mapToInt(m -> m.weights().size()).sum();
            case "topics.csv" -> cb.topics().stream().mapToInt(t -> t.terms().size()).sum();
            case "evaluative_words.csv" -> cb.evaluativeWords().size();
            default -> 0;
        };
    }

    /** {@code codebook check DIR}. */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Validate the codebook in DIR (files missing there fall back to the default).",
                "Prints every error as file:line: reason."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the codebook is valid", "2:the codebook has errors (each listed) or usage error"})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The codebook folder.")
        Path dir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Codebook cb;
            try {
                cb = new CodebookLoader().load(dir);
            } catch (CodebookException e) {
                printErrors(spec.commandLine().getErr(), e, dir);
                return ExitCode.USAGE;
            }
            out.println("framelens: the codebook in " + dir + " is valid: " + cb.stanceLabels().size()
                    + " stance labels, " + cb.topics().size() + " topics");
            summary(cb).forEach(out::println);
            out.println("  sha256 " + cb.sha256());
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code codebook export DIR [--force]}. */
    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Write the default codebook into DIR as a starting point for your own.",
                "Refuses to overwrite existing files unless --force is given."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "2:a file exists already (nothing written) or usage error",
                "3:the files could not be written"})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write (created if missing).")
        Path dir;

        @Option(names = "--force", description = "Overwrite codebook files already in DIR.")
        boolean force;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            List<Path> written;
            try {
                written = new CodebookLoader().export(dir, force);
            } catch (FileAlreadyExistsException e) {
                err.println("framelens: error: " + e.getFile() + " exists; nothing was written (use --force to overwrite)");
                err.flush();
                return ExitCode.USAGE;
            } catch (IOException e) {
                err.println("framelens: error: cannot write the codebook to " + dir + ": " + e.getMessage());
                err.flush();
                return ExitCode.NOTHING_PROCESSED;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("framelens: wrote " + written.size() + " codebook files to " + dir);
            written.forEach(p -> out.println("  " + p.getFileName()));
            out.flush();
            return ExitCode.OK;
        }
    }
}
