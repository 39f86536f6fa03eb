package org.framelens.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.framelens.extract.stance.StanceLabeler;
import org.framelens.extract.topic.TopicLabeler;
import org.framelens.model.AnalyzedArticle;
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
 */
final class RunJob {
    static final String SENTENCES_CSV = "sentences.csv";
    static final String WORKBOOK = "report.xlsx";
    static final String CHARTS = Summary.CHARTS;
    static final String CSV = Summary.CSV;

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
        this.extractor = Extractor.builder()
                .voices(new org.framelens.extract.voice.RuleVoiceTagger(codebook))
                .stances(new StanceLabeler(codebook))
                .topics(new TopicLabeler(codebook))
                .build();
        this.lexicon = lexicon(codebook);
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

    /** What a run did. */
    record Result(int processed, int failed, long stories, long sentences) {
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
     */
    record StoryResult(List<RunInfo.Input> inputs, List<Problem> problems, List<AnalyzedArticle> harmonized,
                       StoryAlignment aligned, AlignmentTables.Rows rows) {
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
        List<RunInfo.Input> inputs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<AnalyzedArticle> story = new ArrayList<>();
        for (ArticleRef ref : refs) {
            Loaded loaded = loader.load(ref);
            problems.addAll(loaded.problems());
            AnalyzedArticle analyzed = null;
            if (loaded.article().isPresent()) {
                try {
                    analyzed = extractor.extract(loaded.article().get());
                } catch (RuntimeException e) {
                    problems.add(new Problem(Problem.Severity.ERROR, ref.where(),
                            "could not be analysed (" + e + "); please report this as a bug"));
                }
            }
            if (analyzed == null) {
                inputs.add(new RunInfo.Input(ref.story(), ref.outlet(), ref.where(), loaded.sha256(), "failed"));
            } else {
                story.add(analyzed);
                inputs.add(new RunInfo.Input(ref.story(), ref.outlet(), ref.where(), loaded.sha256(),
                        loaded.problems().isEmpty() ? "ok" : "warning"));
            }
        }
        List<AnalyzedArticle> harmonized = names.harmonize(story);
        if (harmonized.isEmpty()) {
            return new StoryResult(inputs, problems, harmonized, null, null);
        }
        // what the outlets share and where they differ, while the story is in memory
        StoryAlignment aligned = aligner.align(refs.get(0).story(), harmonized);
        return new StoryResult(inputs, problems, harmonized, aligned, AlignmentTables.rows(aligned, harmonized));
    }

    Result run(RunCommand.Log log) throws IOException {
        var started = clock.instant();
        Scan scan = new CorpusScanner().scan(input);
        List<Problem> problems = new ArrayList<>(scan.problems());
        scan.problems().forEach(log::problem);
        List<RunInfo.Input> inputs = new ArrayList<>();
        Files.createDirectories(output);
        Path tmp = Files.createTempDirectory(output, ".framelens-tmp-");
        try {
            int[] processed = {0};
            int[] failed = {0};
            long[] sentences = {0};
            long[] stories = {0};
            try (SentencesCsvWriter csv = SentencesCsvWriter.open(tmp.resolve(SENTENCES_CSV));
                 ReportWorkbook workbook = new ReportWorkbook();
                 Summary summary = new Summary(tmp, lexicon);
                 AlignmentCsv alignmentCsv = new AlignmentCsv(tmp.resolve(CSV))) {
                // stories are analysed on every thread and written here, one at a time, in input order
                new StoryPipeline<>(threads, this::analyze).run(scan.articles(), story -> {
                    story.problems().forEach(log::problem);
                    problems.addAll(story.problems());
                    inputs.addAll(story.inputs());
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
                });
                // summary sheets, charts and CSV exports, from the stories' profiles
                summary.finish(workbook);
                workbook.finish(new RunInfo(Version.TOOL, Version.get(), started, inputs, settings, problems));
                if (processed[0] > 0) {
                    workbook.save(tmp.resolve(WORKBOOK));
                }
            }
            if (processed[0] > 0) {
                moveIntoPlace(tmp.resolve(SENTENCES_CSV), output.resolve(SENTENCES_CSV));
                moveIntoPlace(tmp.resolve(WORKBOOK), output.resolve(WORKBOOK));
                replaceFolder(tmp.resolve(CSV), output.resolve(CSV), tmp);
                replaceFolder(tmp.resolve(CHARTS), output.resolve(CHARTS), tmp);
            }
            return new Result(processed[0], failed[0], stories[0], sentences[0]);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Puts a finished folder in place of the previous one: the old folder is first moved aside
     * into the temporary folder (deleted with it), so no file of an earlier run is left mixed in.
     */
    private static void replaceFolder(Path from, Path to, Path tmp) throws IOException {
        if (Files.exists(to)) {
            Files.move(to, tmp.resolve(".previous-" + to.getFileName()));
        }
        Files.move(from, to);
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
