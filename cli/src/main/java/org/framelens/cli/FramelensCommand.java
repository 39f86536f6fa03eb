package org.framelens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code framelens} command; the work is done by its sub-commands.
 */
@Command(name = "framelens", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Comparative news-framing analysis: who speaks, with which stance, on which topic, outlet by outlet.",
        subcommands = {RunCommand.class, EvalCommand.class, CodebookCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all inputs processed",
            "1:finished, but some inputs failed (each listed)",
            "2:usage or configuration error",
            "3:nothing could be processed, the outputs could not be written, or another run"
                    + " holds the output folder's lock",
        })
public final class FramelensCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /**
     * Runs a command line as the executable does. A run's start-up work (POI, JFreeChart, Java2D)
     * begins before Picocli parses the command line, on the other core; whatever the run did not
     * take is closed before returning.
     *
     * @param args the command line
     * @return the exit code
     */
    static int execute(String[] args) {
        Background<org.framelens.report.ReportWorkbook> started = RunCommand.wantsStartUp(args) ? RunCommand.startUp() : null;
        int code = commandLine(started).execute(args);
        if (started != null) {
            try {
                started.close();
            } catch (java.io.IOException | RuntimeException e) {
                // only the workbook's temporary files were left to remove; the run's outcome stands
            }
        }
        return code;
    }

    /**
     * @return a command line for framelens with its exit-code mapping: usage errors exit 2, an
     *     unexpected exception exits 3 after one line on stderr
     */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * @param started a run's start-up work begun before the command line is parsed
     *                ({@link RunCommand#startUp}), given to the {@code run} command; or {@code null}
     * @return a command line for framelens, as {@link #commandLine()}
     */
    static CommandLine commandLine(Background<org.framelens.report.ReportWorkbook> started) {
        CommandLine.IFactory factory = started == null ? CommandLine.defaultFactory() : new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == RunCommand.class ? cls.cast(new RunCommand(started)) : CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = new CommandLine(new FramelensCommand(), factory);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCode.USAGE : ExitCode.NOTHING_PROCESSED);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("framelens: error: " + e);
            commandLine.getErr().flush();
            return ExitCode.NOTHING_PROCESSED;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("framelens: " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            c.getErr().flush();
            return ExitCode.USAGE;
        });
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
