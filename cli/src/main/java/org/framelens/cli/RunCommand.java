package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.framelens.model.Problem;
import org.framelens.model.RunInfo;
import org.framelens.report.ReportWorkbook;
import org.framelens.report.StartUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framelens run INPUT [-o OUT]}: reads every article under INPUT, tags its sentences and
 * writes {@code OUT/sentences.csv} and {@code OUT/report.xlsx}.
 *
 * <p>With {@code --settings FILE} the options come from a settings file ({@link RunSettings}) —
 * key {@code input} for INPUT, otherwise each key is an option's long name without dashes — and
 * whatever the command line gives overrides it. Relative paths in the file are resolved against
 * the file's folder. A malformed file stops the run before anything is read (exit 2), with every
 * error as {@code file:line: reason}.
 *
 * <p>One instance per invocation (Picocli sets its fields); not thread-safe.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Tag every sentence of every article under INPUT and write the reports to OUT.",
            "INPUT is a story folder (one .txt or .html file per outlet; the file name is the outlet id),"
                    + " a folder of story folders (the folder name is the story id; .jsonl files there are read too),"
                    + " one article file, a manifest (.csv) or a JSON Lines file (.jsonl, .ndjson)"
                    + " listing articles with the fields story, outlet, path or text, title, date, url.",
        },
        footerHeading = "%nSettings file (--settings FILE):%n",
        footer = {
            "  UTF-8 text, one 'key = value' per line; lines starting with # are comments.",
            "  Keys: input, output, codebook, threads, incremental, quiet, verbose - the",
            "  long option names. Values are literal (no quotes); relative paths are",
            "  resolved against the settings file's folder. Options on the command line",
            "  override the file (--quiet or --verbose there overrides both of the",
            "  file's). Errors are shown as FILE:LINE: reason, with exit code 2. Example:",
            "      input = /data/inbox/today.jsonl",
            "      output = /srv/reports/framelens",
            "      quiet = true",
            "",
            "Outputs: OUT/sentences.csv, OUT/report.xlsx, OUT/csv/, OUT/charts/ and",
            "  OUT/run.json (the run manifest: versions, times, options, codebook and",
            "  input hashes, counts, timings). All are written to a temporary folder in",
            "  OUT and moved into place at the end: a failed or killed run leaves the",
            "  previous report as it was (a run killed while moving them in is finished",
            "  by the next run). CSV text cells starting with = + - @ (or a tab",
            "  or CR) get a leading ' so that a spreadsheet never runs them as formulas;",
            "  start/end still index the source.",
            "",
            "Scheduled runs:",
            "  A run locks OUT/.framelens.lock for its whole length. A second run on the",
            "  same OUT stops at once with exit code 3, naming the holder (pid, host,",
            "  start time). The lock dies with its process: a killed run never blocks",
            "  the next one. --incremental keeps OUT/.framelens-cache/ and reuses every",
            "  story whose articles (SHA-256), codebook and framelens version did not",
            "  change; the outputs are the same bytes as a full run's.",
            "  Progress: a bar when stderr is a terminal, else a line every 10%% or 10 s,",
            "  and one as each later phase starts; none with --quiet, and none in the",
            "  first 5 s of a run.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all inputs processed",
            "1:finished, but some inputs failed (each listed)",
            "2:usage or configuration error",
            "3:nothing could be processed, the outputs could not be written, or another run"
                    + " holds OUT's lock",
        })
public final class RunCommand implements Callable<Integer> {
    /** The settings key for the INPUT parameter. */
    static final String INPUT_KEY = "input";
    /** Options a settings file may not set: they would not make sense there. */
    private static final Set<String> NOT_SETTABLE = Set.of("help", "version", "settings");

    @Spec
    CommandSpec spec;

    /** The start-up work begun before the command line was parsed ({@link #startUp}), or {@code null}. */
    private final Background<ReportWorkbook> started;

    /** A command that begins its start-up work itself, once its options are checked. */
    public RunCommand() {
        this(null);
    }

    /**
     * @param started the start-up work ({@link #startUp}) begun before the command line was parsed,
     *                or {@code null}; the command takes its workbook, or closes it when the run
     *                ends early, and so does the caller once the command returns (a no-op then)
     */
    RunCommand(Background<ReportWorkbook> started) {
        this.started = started;
    }

    /**
     * Begins a run's start-up work on a thread of its own: makes the workbook and readies the
     * chart classes (POI's and JFreeChart's classes, Java2D and the fonts: half a small run's
     * start-up) while the main thread parses the command line and reads the codebook.
     *
     * @return the workbook in the making; the caller closes it
     */
    static Background<ReportWorkbook> startUp() {
        return Background.start("framelens-start-up", () -> {
            ReportWorkbook made = new ReportWorkbook();
            StartUp.warmUpCharts();
            return made;
        });
    }

    /**
     * @param args a command line
     * @return whether it looks like a run that will want {@link #startUp} ({@code run …} without
     *     a help or version option): then the entry point begins it before parsing the command line
     */
    static boolean wantsStartUp(String[] args) {
        if (args.length == 0 || !args[0].equals("run")) {
            return false;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version") || a.equals("--")) {
                return false;
            }
        }
        return true;
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
            description = "Story folder, folder of story folders, article file, manifest (.csv) or JSON Lines"
                    + " file (.jsonl); may come from the settings file instead.")
    Path input;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Read the run's options from FILE (key = value lines, see below); options given"
                    + " on the command line override it.")
    Path settings;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "reports",
            description = "Output folder (created if missing; default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--codebook", paramLabel = "DIR",
            description = "Codebook folder (see 'framelens codebook export'); files missing there come from the default.")
    Path codebook;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read, tag and align stories (default: one per processor, ${DEFAULT-VALUE} here);"
                    + " the outputs are the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--incremental",
            description = "Reuse every story whose articles, codebook and framelens version did not change since"
                    + " the last run into OUT (cache: OUT/.framelens-cache/); the reports still cover every story,"
                    + " with the same bytes as a full run.")
    boolean incremental;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only (no warnings, no progress).")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print notes about skipped folders and files.")
    boolean verbose;

    /** For each setting the settings file applied, {@code "FILE:LINE: "}, to name it in a later error. */
    private final java.util.Map<String, String> settingAt = new java.util.HashMap<>();

    @Override
    public Integer call() {
        try {
            return checkAndRun();
        } finally {
            if (started != null) {
                try {
                    started.close(); // a no-op once the run took the workbook
                } catch (IOException e) {
                    // only the unused workbook's temporary files were left to remove
                }
            }
        }
    }

    /** Checks the options, then runs. */
    private Integer checkAndRun() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (settings != null) {
            Integer failed = applySettings(new Log(err, false, false));
            if (failed != null) {
                return failed;
            }
        }
        Log log = new Log(err, quiet, verbose);
        if (quiet && verbose) {
            log.error("--quiet and --verbose exclude each other");
            return ExitCode.USAGE;
        }
        if (threads < 1) {
            log.error(settingAt.getOrDefault("threads", "") + "--threads must be 1 or more, not " + threads);
            return ExitCode.USAGE;
        }
        if (input == null) {
            log.error("no INPUT: name it on the command line"
                    + (settings == null ? " (or as 'input = …' in a --settings file)" : " or as 'input = …' in " + settings));
            return ExitCode.USAGE;
        }
        if (!Files.exists(input)) {
            log.error(settingAt.getOrDefault(INPUT_KEY, "") + input + ": input does not exist");
            return ExitCode.USAGE;
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            log.error(settingAt.getOrDefault("output", "") + output + ": the output folder is a file; name a folder"
                    + " (it is created if missing)");
            return ExitCode.USAGE;
        }
        // the workbook is made and the chart classes readied while the codebook is read (start-up
        // of a small run: POI's and JFreeChart's classes on one core, the codebook on the other);
        // an early return below closes the workbook
        try (Background<ReportWorkbook> workbook = started != null ? started : startUp()) {
            return run(out, err, log, workbook);
        } catch (IOException e) {
            log.error("cannot write the reports to " + output + ": " + e);
            return ExitCode.NOTHING_PROCESSED;
        }
    }

    /** The run, once the options are checked: codebook, lock, job. */
    private int run(PrintWriter out, PrintWriter err, Log log, Background<ReportWorkbook> workbook) {
        // a broken codebook stops the run before any article is read
        org.framelens.extract.codebook.Codebook book;
        try {
            book = new org.framelens.extract.codebook.CodebookLoader().load(codebook);
        } catch (org.framelens.extract.codebook.CodebookException e) {
            CodebookCommand.printErrors(err, e, codebook);
            return ExitCode.USAGE;
        }
        List<RunInfo.Setting> shown = new ArrayList<>();
        if (settings != null) {
            shown.add(new RunInfo.Setting("--settings", settings.toString()));
        }
        shown.add(new RunInfo.Setting("INPUT", input.toString()));
        shown.add(new RunInfo.Setting("--output", output.toString()));
        shown.add(new RunInfo.Setting("--codebook", codebook == null ? "default" : codebook.toString()));
        shown.add(new RunInfo.Setting("codebook sources", RunJob.sources(book)));
        shown.add(new RunInfo.Setting("codebook sha256", book.sha256()));
        shown.add(new RunInfo.Setting("--incremental", String.valueOf(incremental)));
        shown.add(new RunInfo.Setting("--threads", String.valueOf(threads)));
        Clock clock = Clock.systemUTC();
        RunJob job = new RunJob(input, output, shown, clock, book, threads).incremental(incremental)
                .workbook(workbook);
        RunJob.Result result;
        // the lock first: a second run on the same OUT stops before reading anything
        try (OutputLock lock = OutputLock.acquire(output, clock.instant())) {
            List<Problem> before = new ArrayList<>(lock.warnings());
            before.addAll(lock.removeLeftovers());
            Progress progress = new Progress(err, Progress.mode(quiet, Progress.stderrIsTerminal()), 0, System::nanoTime);
            log.progress(progress);
            result = job.run(log, progress, before);
        } catch (OutputLock.Busy e) {
            log.error(e.getMessage());
            return ExitCode.NOTHING_PROCESSED;
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
            if (incremental) {
                out.printf("framelens: --incremental: %d of %d story(ies) reused from the last run, %d extracted%n",
                        result.reused(), result.stories(), result.stories() - result.reused());
            }
            if (result.failed() > 0) {
                out.printf("framelens: %d input(s) failed; see the messages above and the Run sheet%n", result.failed());
            }
            out.flush();
        }
        return result.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    /**
     * Reads the settings file and sets every option the command line did not give.
     *
     * @param log where errors go
     * @return {@code null} when the settings were applied, else the exit code
     */
    private Integer applySettings(Log log) {
        RunSettings file;
        try {
            file = RunSettings.read(settings);
        } catch (NoSuchFileException e) {
            log.error(settings + ": settings file does not exist");
            return ExitCode.USAGE;
        } catch (IOException e) {
            log.error(settings + ": cannot read the settings file: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (RunSettings.Invalid e) {
            e.errors().forEach(log::error);
            return ExitCode.USAGE;
        }
        ParseResult given = spec.commandLine().getParseResult();
        // --quiet and --verbose are one choice: naming either on the command line overrides both in the file
        boolean logLevelGiven = given.hasMatchedOption("--quiet") || given.hasMatchedOption("--verbose");
        List<String> errors = new ArrayList<>();
        for (RunSettings.Entry e : file.entries()) {
            String at = file.file() + ":" + e.line() + ": ";
            if (e.key().equals(INPUT_KEY)) {
                try {
                    Path in = file.resolve(e.value());
                    if (!given.hasMatchedPositional(0)) {
                        input = in;
                        settingAt.put(INPUT_KEY, at);
                    }
                } catch (InvalidPathException x) {
                    errors.add(at + "'" + e.value() + "' is not a valid path: " + x.getReason());
                }
                continue;
            }
            OptionSpec option = NOT_SETTABLE.contains(e.key()) ? null : spec.findOption("--" + e.key());
            if (option == null) {
                errors.add(at + "unknown setting '" + e.key() + "'" + suggestion(e.key())
                        + " (known: " + String.join(", ", settingKeys()) + ")");
                continue;
            }
            Object value;
            try {
                value = convert(option, e, file);
            } catch (IllegalArgumentException x) {
                errors.add(at + x.getMessage());
                continue;
            }
            boolean overridden = given.hasMatchedOption(option)
                    || (logLevelGiven && (option.longestName().equals("--quiet") || option.longestName().equals("--verbose")));
            if (!overridden) {
                option.setValue(value);
                settingAt.put(e.key(), at);
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(log::error);
            return ExitCode.USAGE;
        }
        return null;
    }

    /** @return the keys a settings file may use, sorted */
    private List<String> settingKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(INPUT_KEY);
        for (OptionSpec o : spec.options()) {
            String name = o.longestName().replaceFirst("^-+", "");
            if (!NOT_SETTABLE.contains(name)) {
                keys.add(name);
            }
        }
        Collections.sort(keys);
        return keys;
    }

    private String suggestion(String key) {
        String best = null;
        int bestDistance = 3;
        for (String k : settingKeys()) {
            int d = distance(key.toLowerCase(Locale.ROOT), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** Levenshtein distance, for "did you mean" on a misspelt key. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Converts a setting's text to its option's type: paths resolved against the settings file's
     * folder, booleans {@code true} / {@code false}, numbers, enum constants (any case), strings.
     */
    private static Object convert(OptionSpec option, RunSettings.Entry e, RunSettings file) {
        Class<?> type = option.type();
        String v = e.value();
        if (type == Path.class) {
            try {
                return file.resolve(v);
            } catch (InvalidPathException x) {
                throw new IllegalArgumentException("'" + v + "' is not a valid path: " + x.getReason(), x);
            }
        }
        if (type == boolean.class || type == Boolean.class) {
            if (v.equalsIgnoreCase("true")) {
                return true;
            }
            if (v.equalsIgnoreCase("false")) {
                return false;
            }
            throw new IllegalArgumentException("'" + e.key() + "' must be true or false, not '" + v + "'");
        }
        try {
            if (type == int.class || type == Integer.class) {
                return Integer.valueOf(v);
            }
            if (type == long.class || type == Long.class) {
                return Long.valueOf(v);
            }
        } catch (NumberFormatException x) {
            throw new IllegalArgumentException("'" + e.key() + "' must be a whole number, not '" + v + "'", x);
        }
        if (type == String.class) {
            return v;
        }
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equalsIgnoreCase(v)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("'" + e.key() + "' must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not '" + v + "'");
        }
        throw new IllegalArgumentException("'" + e.key() + "' cannot be set in a settings file; give it on the command line");
    }

    /** Messages to stderr, filtered by verbosity. Not thread-safe. */
    static final class Log {
        private final PrintWriter err;
        private final boolean quiet;
        private final boolean verbose;
        private Progress progress = Progress.off();

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

        /** @param progress the run's progress bar, wiped before each message so they never share a line */
        void progress(Progress progress) {
            this.progress = progress;
        }

        private void print(String message) {
            progress.clear();
            err.println("framelens: " + message);
            err.flush();
        }
    }
}
