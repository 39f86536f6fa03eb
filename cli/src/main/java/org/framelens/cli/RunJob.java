package org.framelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.framelens.extract.Extractor;
import org.framelens.extract.align.ShingleAligner;
import org.framelens.extract.align.StoryAligner;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.codebook.ReportingCue;
import org.framelens.extract.codebook.SpeakerAlias;
import org.framelens.extract.codebook.Topic;
import org.framelens.extract.read.ArticleLoader;
import org.framelens.extract.read.ArticleRef;
import org.framelens.extract.read.CorpusScanner;
import org.framelens.extract.read.Loaded;
import org.framelens.extract.read.Scan;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Lexicon;
import org.framelens.model.Problem;
import org.framelens.model.RunInfo;
import org.framelens.model.align.StoryAlignment;
import org.framelens.model.profile.CorpusProfile;
import org.framelens.model.profile.OutletProfile;
import org.framelens.report.AlignmentCsv;
import org.framelens.report.ReportWorkbook;
import org.framelens.report.SentencesCsvWriter;
import org.framelens.report.Summary;
import org.framelens.report.align.AlignmentTables;

/**
 * One run: scan the input, read and extract each article, stream its rows into the CSV and the
 * workbook, hand each finished story's profiles to the {@link Summary}, then write the summary
 * sheets, the charts and the CSV exports and move the finished files into the output folder.
 * Outputs are written in a temporary folder inside OUT first, so an interrupted run never leaves
 * a half-written report in place of the previous one.
 *
 * <p>Stories are read, extracted and aligned on several threads ({@link StoryPipeline}) and
 * written one at a time, in input order, so the outputs do not depend on the thread count. A
 * story's articles are dropped once written; its profiles (counts, see {@link OutletProfile}) are
 * set aside on disk by the summary: memory does not grow with the corpus. One job per run;
 * {@link #run} is not reentrant.
 *
 * <p>Besides the reports, a run writes its manifest ({@link RunManifest}, {@code run.json}) and,
 * with {@link #incremental}, the story cache ({@link StoryCache}); both are moved into place with
 * the other outputs. The caller holds the output folder's {@link OutputLock} around {@link #run}.
 */
final class RunJob {
    static final String SENTENCES_CSV = "sentences.csv";
    static final String WORKBOOK = "report.xlsx";
    static final String CHARTS = Summary.CHARTS;
    static final String CSV = Summary.CSV;
    /** The run's inputs, set aside in its temporary folder (never moved into OUT). */
    static final String INPUT_LOG = ".inputs";

    private final Path input;
    private final Path output;
    private final List<RunInfo.Setting> settings;
    private final Clock clock;
    private final Extractor extractor;
    private final StoryAligner aligner;
    private final Lexicon lexicon;
    private final org.framelens.extract.voice.StoryNames names = new org.framelens.extract.voice.StoryNames();
    private final ArticleLoader loader = new ArticleLoader();
    private final int threads;
    private final String codebookSha256;
    private final Map<String, String> codebookSources = new java.util.LinkedHashMap<>();
    /** Reuse unchanged stories from the last run's cache, and keep a cache for the next. */
    private boolean incremental;
    /** Rows per workbook sheet: Excel's limit, fewer in tests. */
    private int sheetRows = org.framelens.report.ExcelLimits.MAX_ROWS;
    /** The workbook made in the background at start-up, or {@code null}: the run makes its own. */
    private Background<ReportWorkbook> preparedWorkbook;
    /** Time spent reading, extracting and aligning stories, summed over the threads. */
    private final AtomicLong analyzeNanos = new AtomicLong();

    RunJob(Path input, Path output, List<RunInfo.Setting> settings, Clock clock) {
        this(input, output, settings, clock, new CodebookLoader().defaults(), 1);
    }

    /**
     * @param threads how many threads read, extract and align stories (at least 1); the outputs do
     *                not depend on it
     */
    RunJob(Path input, Path output, List<RunInfo.Setting> settings, Clock clock, Codebook codebook, int threads) {
        this.threads = threads;
        this.input = input;
        this.output = output;
        this.settings = List.copyOf(settings);
        this.clock = clock;
        this.aligner = new ShingleAligner(codebook);
        this.extractor = Extractor.builder(codebook).build();
        this.lexicon = lexicon(codebook);
        this.codebookSha256 = codebook.sha256();
        for (String f : CodebookLoader.FILES) {
            codebookSources.put(f, codebook.sources().getOrDefault(f, ""));
        }
    }

    /**
     * @param on whether to reuse the stories whose inputs, codebook and framelens version did not
     *           change since the last run into the output folder ({@code --incremental})
     * @return this job
     */
    RunJob incremental(boolean on) {
        this.incremental = on;
        return this;
    }

    /**
     * @param prepared the run's workbook, being made in the background (with Excel's row limit);
     *                 the run takes it instead of making its own, and the caller still closes
     *                 {@code prepared} (which does nothing once taken)
     * @return this job
     */
    RunJob workbook(Background<ReportWorkbook> prepared) {
        this.preparedWorkbook = prepared;
        return this;
    }

    /**
     * @param rows rows per workbook sheet, header included (Excel's 1,048,576 unless a test wants
     *             the Sentences sheet to continue sooner)
     * @return this job
     */
    RunJob sheetRows(int rows) {
        this.sheetRows = rows;
        return this;
    }

    /**
     * @param codebook the codebook in force
     * @return what the report needs of it: label order, cue connotations, speaker affiliations
     */
    static Lexicon lexicon(Codebook codebook) {
        Map<String, Lexicon.CueSense> cues = new HashMap<>();
        for (ReportingCue c : codebook.reportingCues()) {
            // a lemma may have several rows (a verb and a phrase); the first says how it reads
            cues.putIfAbsent(c.lemma(), new Lexicon.CueSense(c.connotation(), c.shade()));
        }
        Map<String, String> affiliations = new HashMap<>();
        for (SpeakerAlias a : codebook.speakerAliases()) {
            if (!a.affiliation().isBlank()) {
                affiliations.putIfAbsent(a.canonical(), a.affiliation().strip());
            }
        }
        return new Lexicon(codebook.stanceLabels(), codebook.topics().stream().map(Topic::name).toList(), cues,
                affiliations);
    }

    /** @return where each codebook table came from, for the Run sheet ("file=source; …") */
    static String sources(Codebook codebook) {
        return String.join("; ", CodebookLoader.FILES.stream()
                .map(f -> f + "=" + codebook.sources().getOrDefault(f, "")).toList());
    }

    /**
     * What a run did.
     *
     * @param reused stories taken from the {@code --incremental} cache rather than extracted
     */
    record Result(int processed, int failed, long stories, long sentences, long reused) {
    }

    /**
     * One story, read, extracted, harmonized and aligned (the part of a run that can go on several
     * threads): what the writers need of it, and nothing of its source texts.
     *
     * @param inputs     each article's entry for the Run sheet, in input order
     * @param problems   what reading and extracting found, in input order
     * @param harmonized the story's analyzed articles, names harmonized across its outlets
     * @param aligned    the outlets' alignment, {@code null} when no article could be read
     * @param rows       the alignment tables' rows, {@code null} with {@code aligned}
     * @param reused     whether the articles came from the {@code --incremental} cache
     */
    record StoryResult(List<RunInfo.Input> inputs, List<Problem> problems, List<AnalyzedArticle> harmonized,
                       StoryAlignment aligned, AlignmentTables.Rows rows, boolean reused) {
        int processed() {
            return harmonized.size();
        }

        int failed() {
            return inputs.size() - harmonized.size();
        }
    }

    /**
     * Reads, extracts, harmonizes and aligns one story. Thread-safe: it uses only the job's
     * immutable stages. An article the extractor fails on (a bug, not bad input: bad input is
     * reported by the loader) is reported as a failed input, and the story goes on.
     */
    StoryResult analyze(List<ArticleRef> refs) {
        return analyze(refs, null);
    }

    /**
     * As {@link #analyze(List)}, reusing the story from the cache when its inputs did not change.
     *
     * @param cache the {@code --incremental} cache, {@code null} to extract every story
     */
    StoryResult analyze(List<ArticleRef> refs, StoryCache cache) {
        long began = System.nanoTime();
        List<RunInfo.Input> inputs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        // every article is read first: the cache key needs the whole story's hashes
        List<Loaded> loaded = new ArrayList<>();
        List<Article> readable = new ArrayList<>();
        for (ArticleRef ref : refs) {
            Loaded l = loader.load(ref);
            loaded.add(l);
            problems.addAll(l.problems());
            l.article().ifPresent(readable::add);
        }
        String storyId = refs.get(0).story();
        Optional<List<AnalyzedArticle>> cached = cache == null || readable.isEmpty() ? Optional.empty()
                : cache.reuse(storyId, readable, problems);
        List<AnalyzedArticle> story = new ArrayList<>();
        boolean allExtracted = true;
        for (Loaded l : loaded) {
            ArticleRef ref = l.ref();
            AnalyzedArticle analyzed = null;
            if (cached.isPresent() && l.article().isPresent()) {
                analyzed = cached.get().stream().filter(a -> a.article() == l.article().get()).findFirst().orElseThrow();
            } else if (l.article().isPresent()) {
                try {
                    analyzed = extractor.extract(l.article().get());
                } catch (RuntimeException e) {
                    allExtracted = false;
                    problems.add(new Problem(Problem.Severity.ERROR, ref.where(),
                            "could not be analysed (" + e + "); please report this as a bug"));
                }
            }
            if (analyzed == null) {
                inputs.add(new RunInfo.Input(ref.story(), ref.outlet(), ref.where(), l.sha256(), "failed"));
            } else {
                story.add(analyzed);
                inputs.add(new RunInfo.Input(ref.story(), ref.outlet(), ref.where(), l.sha256(),
                        l.problems().isEmpty() ? "ok" : "warning"));
            }
        }
        // a cached story is stored harmonized already
        List<AnalyzedArticle> harmonized = cached.isPresent() ? story : names.harmonize(story);
        if (cache != null && cached.isEmpty() && allExtracted && !harmonized.isEmpty()) {
            cache.store(storyId, readable, harmonized, problems);
        }
        try {
            if (harmonized.isEmpty()) {
                return new StoryResult(inputs, problems, harmonized, null, null, false);
            }
            // what the outlets share and where they differ, while the story is in memory
            StoryAlignment aligned = aligner.align(storyId, harmonized);
            return new StoryResult(inputs, problems, harmonized, aligned, AlignmentTables.rows(aligned, harmonized),
                    cached.isPresent());
        } finally {
            analyzeNanos.addAndGet(System.nanoTime() - began);
        }
    }

    Result run(RunCommand.Log log) throws IOException {
        return run(log, Progress.off(), List.of());
    }

    /**
     * @param log      where messages go
     * @param progress shows how far the run is (its total is set here, once the input is scanned)
     * @param before   problems met before the run, e.g. the output lock's notes: logged and listed
     * @return what the run did
     * @throws IOException when the outputs cannot be written
     */
    Result run(RunCommand.Log log, Progress progress, List<Problem> before) throws IOException {
        var started = clock.instant();
        RunManifest.Laps laps = new RunManifest.Laps();
        before.forEach(log::problem);
        Scan scan = new CorpusScanner().scan(input);
        List<Problem> problems = new ArrayList<>(before);
        problems.addAll(scan.problems());
        scan.problems().forEach(log::problem);
        progress.total(scan.articleCount());
        laps.lap("scan");
        Files.createDirectories(output);
        Path tmp = Files.createTempDirectory(output, OutputLock.TEMP_PREFIX);
        // each input's line for the Run sheet and run.json, set aside on disk as stories are written
        try (InputLog inputs = new InputLog(tmp.resolve(INPUT_LOG))) {
            int[] processed = {0};
            int[] failed = {0};
            long[] sentences = {0};
            long[] stories = {0};
            long[] reused = {0};
            java.util.Set<String> reusedStories = new java.util.HashSet<>();
            StoryCache cache = incremental ? new StoryCache(output.resolve(StoryCache.DIR), tmp.resolve(StoryCache.DIR),
                    Version.get(), codebookSha256) : null;
            try (SentencesCsvWriter csv = SentencesCsvWriter.open(tmp.resolve(SENTENCES_CSV));
                 ReportWorkbook workbook = preparedWorkbook != null ? preparedWorkbook.take() : new ReportWorkbook(sheetRows);
                 Summary summary = new Summary(tmp, lexicon);
                 AlignmentCsv alignmentCsv = new AlignmentCsv(tmp.resolve(CSV))) {
                // stories are analysed on every thread and written here, one at a time, in input order
                // a story's articles are listed on its worker thread, when its turn comes (Scan.InFolder)
                new StoryPipeline<Scan.Story, StoryResult>(threads, s -> analyze(s.articles(), cache)).run(scan.stories(), story -> {
                    if (story.aligned() != null && !story.aligned().note().isEmpty()) {
                        // a story with one outlet: say so, as its comparison rows are missing
                        RunInfo.Input only = story.inputs().stream().filter(i -> !i.status().equals("failed"))
                                .findFirst().orElse(story.inputs().get(0));
                        story.problems().add(new Problem(Problem.Severity.WARNING, only.path(), "story '"
                                + story.aligned().story() + "': " + story.aligned().note()
                                + "; its comparison sheets and CSV files (alignment, quotes, unique content,"
                                + " wording, shared content) have no rows for it"));
                    }
                    story.problems().forEach(log::problem);
                    problems.addAll(story.problems());
                    if (story.reused()) {
                        reused[0]++;
                        reusedStories.add(story.aligned().story());
                    }
                    for (RunInfo.Input in : story.inputs()) {
                        inputs.add(in);
                    }
                    processed[0] += story.processed();
                    failed[0] += story.failed();
                    CorpusProfile.Builder profile = new CorpusProfile.Builder();
                    for (AnalyzedArticle analyzed : story.harmonized()) {
                        csv.write(analyzed);
                        workbook.add(analyzed);
                        profile.add(analyzed);
                        sentences[0] += analyzed.sentences().size();
                    }
                    // the story's profiles go to the summary (and to disk), its sentences are dropped
                    summary.addStory(profile.build());
                    if (story.aligned() != null) {
                        stories[0]++;
                        workbook.addAlignment(story.aligned(), story.rows());
                        alignmentCsv.write(story.rows());
                    }
                    progress.advance(story.inputs().size());
                });
                laps.lap("stories");
                laps.add("stories_all_threads", analyzeNanos.get() / 1_000_000);
                // summary sheets, charts and CSV exports, from the stories' profiles
                progress.phase("writing the summary sheets, charts and CSV tables");
                summary.finish(workbook);
                laps.lap("summary");
                workbook.finish(new RunInfo(Version.TOOL, Version.get(), started, inputs, settings, problems));
                if (processed[0] > 0) {
                    progress.phase("saving the workbook");
                    workbook.save(tmp.resolve(WORKBOOK));
                }
                laps.lap("workbook");
            } finally {
                progress.finish();
            }
            Result result = new Result(processed[0], failed[0], stories[0], sentences[0], reused[0]);
            if (processed[0] > 0) {
                new RunManifest(Version.TOOL, Version.get(), System.getProperty("java.version"), started, clock.instant(),
                        settings, codebookSources, codebookSha256, inputs, problems,
                        new RunManifest.Counts(result.processed(), result.failed(), result.stories(), result.sentences(),
                                result.reused()),
                        laps.phases(), reusedStories).write(tmp.resolve(RunManifest.FILE));
                // from here on the outputs replace OUT's as one: a kill between two moves is
                // finished by the next run (run.json moves last, never describing outputs not in place)
                OutputCommit.markComplete(tmp);
                OutputCommit.commit(tmp, output);
            }
            return result;
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
