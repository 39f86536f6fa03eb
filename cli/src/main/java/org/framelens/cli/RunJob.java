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
import org.framelens.model.CorpusCounts;
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
 * <p>Articles are processed one story at a time and dropped once written; a story's profiles
 * (counts, see {@link OutletProfile}) are set aside on disk by the summary: memory does not grow
 * with the corpus. Not thread-safe; one job per run.
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

    RunJob(Path input, Path output, List<RunInfo.Setting> settings, Clock clock) {
        this(input, output, settings, clock, new CodebookLoader().defaults());
    }

    RunJob(Path input, Path output, List<RunInfo.Setting> settings, Clock clock, Codebook codebook) {
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
    record Result(int processed, int failed, long stories, long sentences, CorpusCounts counts) {
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
            ArticleLoader loader = new ArticleLoader();
            CorpusCounts counts = CorpusCounts.EMPTY;
            int processed = 0;
            int failed = 0;
            long sentences = 0;
            try (SentencesCsvWriter csv = SentencesCsvWriter.open(tmp.resolve(SENTENCES_CSV));
                 ReportWorkbook workbook = new ReportWorkbook();
                 Summary summary = new Summary(tmp, lexicon);
                 AlignmentCsv alignmentCsv = new AlignmentCsv(tmp.resolve(CSV))) {
                // one story at a time: its outlets are harmonized together, then written and dropped
                List<AnalyzedArticle> story = new ArrayList<>();
                for (int i = 0; i < scan.articles().size(); i++) {
                    ArticleRef ref = scan.articles().get(i);
                    Loaded loaded = loader.load(ref);
                    loaded.problems().forEach(log::problem);
                    problems.addAll(loaded.problems());
                    if (loaded.article().isEmpty()) {
                        failed++;
                        inputs.add(new RunInfo.Input(ref.story(), ref.outlet(), ref.where(), loaded.sha256(), "failed"));
                    } else {
                        story.add(extractor.extract(loaded.article().get()));
                        processed++;
                        inputs.add(new RunInfo.Input(ref.story(), ref.outlet(), ref.where(), loaded.sha256(),
                                loaded.problems().isEmpty() ? "ok" : "warning"));
                    }
                    boolean storyEnds = i + 1 == scan.articles().size()
                            || !scan.articles().get(i + 1).story().equals(ref.story());
                    if (storyEnds) {
                        CorpusProfile.Builder profile = new CorpusProfile.Builder();
                        List<AnalyzedArticle> harmonized = names.harmonize(story);
                        for (AnalyzedArticle analyzed : harmonized) {
                            csv.write(analyzed);
                            workbook.add(analyzed);
                            counts = counts.merge(CorpusCounts.of(analyzed));
                            profile.add(analyzed);
                            sentences += analyzed.sentences().size();
                        }
                        // the story's profiles go to the summary (and to disk), its sentences are dropped
                        summary.addStory(profile.build());
                        if (!harmonized.isEmpty()) {
                            // what the outlets share and where they differ, while the story is in memory
                            StoryAlignment aligned = aligner.align(ref.story(), harmonized);
                            AlignmentTables.Rows rows = AlignmentTables.rows(aligned, harmonized);
                            workbook.addAlignment(aligned, rows);
                            alignmentCsv.write(rows);
                        }
                        story.clear();
                    }
                }
                // summary sheets, charts and CSV exports, from the stories' profiles
                summary.finish(workbook);
                workbook.finish(new RunInfo(Version.TOOL, Version.get(), started, inputs, settings, problems));
                if (processed > 0) {
                    workbook.save(tmp.resolve(WORKBOOK));
                }
            }
            if (processed > 0) {
                moveIntoPlace(tmp.resolve(SENTENCES_CSV), output.resolve(SENTENCES_CSV));
                moveIntoPlace(tmp.resolve(WORKBOOK), output.resolve(WORKBOOK));
                replaceFolder(tmp.resolve(CSV), output.resolve(CSV), tmp);
                replaceFolder(tmp.resolve(CHARTS), output.resolve(CHARTS), tmp);
            }
            return new Result(processed, failed, counts.stories(), sentences, counts);
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
