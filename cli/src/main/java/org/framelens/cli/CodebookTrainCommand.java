package org.framelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.framelens.cli.eval.Scorer;
import org.framelens.extract.Extractor;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookException;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.codebook.StanceModel;
import org.framelens.extract.read.ArticleLoader;
import org.framelens.extract.read.ArticleRef;
import org.framelens.extract.read.CorpusScanner;
import org.framelens.extract.read.Loaded;
import org.framelens.extract.stance.StanceContextFeatures;
import org.framelens.extract.stance.StanceModelLabeler;
import org.framelens.extract.stance.StanceModelTrainer;
import org.framelens.extract.tag.ArticleLabeler;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Kind;
import org.framelens.model.Tag;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framelens codebook train CORPUS... -o stance_model.csv}: learns the stance model from
 * hand-coded articles. Each CORPUS is a story folder or a folder of story folders whose stories
 * hold their gold files in {@code STORY/gold/OUTLET.csv} (the coding guide's format). Each article
 * is extracted with the codebook's cues and no model; each gold row is matched to the sentence it
 * overlaps most, as {@code eval} does; the model is trained on those sentences' features and the
 * coder's labels ({@link StanceModelTrainer}). Prints, per label, the cross-validated precision,
 * recall and F1 on stories held out of training, next to the cues' alone. Prints only through its
 * command line's writers.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Learn the stance model (stance_model.csv) from hand-coded articles.",
            "CORPUS: a story folder or a folder of story folders, each story with gold/OUTLET.csv files.",
            "Prints per label the F1 on stories held out of training (cross-validated) and the cues' F1 alone."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the model was written", "2:usage error, a broken codebook or no coded sentence",
            "3:the model could not be written"})
final class CodebookTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "Coded corpora.")
    List<Path> corpora;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the model (a stance_model.csv for a codebook folder).")
    Path output;

    @Option(names = "--codebook", paramLabel = "DIR",
            description = "The codebook whose cues and words the model builds on (default: the shipped one).")
    Path codebookDir;

    @Option(names = "--min-stories", defaultValue = "3", paramLabel = "N",
            description = "Learn a feature only when it occurs in N stories or more (default: ${DEFAULT-VALUE}).")
    int minStories;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
            description = "Folds of stories for the thresholds and the held-out figures (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--folds-by", defaultValue = "corpus", paramLabel = "UNIT",
            description = {"Fold whole CORPUS folders (each one writer's work: the held-out figures are then those of",
                "a writer the model has not read) or single STORY folders (default: ${DEFAULT-VALUE}; stories",
                "when there are fewer corpora than folds)."})
    FoldUnit foldsBy;

    @Option(names = "--min-corpora", defaultValue = "1", paramLabel = "N",
            description = "Learn a feature only when it occurs in N corpora or more (default: ${DEFAULT-VALUE}).")
    int minCorpora;

    /** What the folds hold. */
    enum FoldUnit { corpus, story }

    @Option(names = "--tune-on", paramLabel = "CORPUS",
            description = {"Choose the thresholds, and report the held-out figures, on these of the corpora only",
                "(default: all): name the coded corpora the cues were not written from."})
    List<Path> tuneOn = List.of();

    @Option(names = "--l2", defaultValue = "1.0", paramLabel = "X",
            description = "The L2 penalty: higher keeps weights smaller (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--iterations", defaultValue = "300", paramLabel = "N",
            description = "Gradient steps (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--threshold", paramLabel = "LABEL=P",
            description = {"Set a label's threshold to P (between 0 and 1, exclusive) instead of choosing it by the",
                "held-out F1; the held-out figures are counted at it. Repeatable."})
    Map<String, Double> thresholds = new java.util.LinkedHashMap<>();

    @Option(names = "--one-stage",
            description = "Learn one stage only: no first stage whose neighbours' probabilities the model reads.")
    boolean oneStage;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = {"Also write each coded sentence's held-out probabilities (from the fold that did not see",
                "its story), its gold labels and the cues' as CSV: for error analysis."})
    Path predictions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String bad = minStories < 1 ? "--min-stories must be at least 1, not " + minStories
                : minCorpora < 1 ? "--min-corpora must be at least 1, not " + minCorpora
                : folds < 2 ? "--folds must be at least 2, not " + folds
                : iterations < 1 ? "--iterations must be at least 1, not " + iterations
                : !(l2 >= 0) ? "--l2 must be 0 or more, not " + l2
                : thresholds.entrySet().stream().filter(e -> !(e.getValue() > 0 && e.getValue() < 1)).findFirst()
                        .map(e -> "--threshold " + e.getKey() + " must lie between 0 and 1, not " + e.getValue())
                        .orElse(null);
        if (bad != null) {
            err.println("framelens: error: " + bad);
            err.flush();
            return ExitCode.USAGE;
        }
        Codebook cb;
        try {
            cb = new CodebookLoader().load(codebookDir);
        } catch (CodebookException e) {
            CodebookCommand.printErrors(err, e, codebookDir);
            return ExitCode.USAGE;
        }
        for (String label : thresholds.keySet()) {
            if (!cb.stanceLabels().contains(label)) {
                err.println("framelens: error: --threshold " + label + ": not a stance label of the codebook "
                        + cb.stanceLabels());
                err.flush();
                return ExitCode.USAGE;
            }
        }
        // the model learns from what the cues find, so it is trained on an extraction without it
        Extractor cuesOnly = Extractor.builder(cb).stanceContext(ArticleLabeler.NONE).build();
        List<StanceModelTrainer.Example> examples = new ArrayList<>();
        List<List<String>> where = new ArrayList<>();
        Names names = new Names();
        for (int c = 0; c < corpora.size(); c++) {
            try {
                Path corpus = corpora.get(c);
                boolean tune = tuneOn.isEmpty() || tuneOn.stream().anyMatch(t -> same(t, corpus));
                examples.addAll(examples(corpus, "corpus" + c + "/", tune, cuesOnly, new StanceModelLabeler(cb), names,
                        cb, err, where));
            } catch (IOException | UncheckedIOException e) {
                err.println("framelens: error: " + corpora.get(c) + ": " + e.getMessage());
                err.flush();
                return ExitCode.USAGE;
            }
        }
        if (!tuneOn.isEmpty() && tuneOn.stream().noneMatch(t -> corpora.stream().anyMatch(c -> same(t, c)))) {
            err.println("framelens: error: --tune-on names no CORPUS given");
            err.flush();
            return ExitCode.USAGE;
        }
        if (examples.isEmpty()) {
            err.println("framelens: error: no coded sentence found (gold files go in STORY/gold/OUTLET.csv)");
            err.flush();
            return ExitCode.USAGE;
        }
        long stories = examples.stream().map(StanceModelTrainer.Example::story).distinct().count();
        if (stories < folds) {
            err.println("framelens: error: " + stories + " coded stories; --folds " + folds + " needs at least as many");
            err.flush();
            return ExitCode.USAGE;
        }
        StanceModelTrainer.Result result = new StanceModelTrainer().train(examples, cb.stanceLabels(),
                new StanceModelTrainer.Options(minStories, l2, iterations, folds, !oneStage,
                        foldsBy == FoldUnit.corpus, minCorpora), names.names(), thresholds);
        try {
            write(result.model(), output, examples.size(), stories);
        } catch (IOException e) {
            err.println("framelens: error: cannot write " + output + ": " + e.getMessage());
            err.flush();
            return ExitCode.NOTHING_PROCESSED;
        }
        if (predictions != null) {
            try {
                writePredictions(predictions, examples, where, result, cb.stanceLabels());
            } catch (IOException e) {
                err.println("framelens: error: cannot write " + predictions + ": " + e.getMessage());
                err.flush();
                return ExitCode.NOTHING_PROCESSED;
            }
        }
        out.printf(Locale.ROOT, "framelens: trained on %d coded sentences of %d stories; wrote %s%n",
                examples.size(), stories, output);
        out.printf(Locale.ROOT, "%-14s %9s   %-22s   %-22s%n", "label", "threshold", "held-out P / R / F1",
                "cues alone P / R / F1");
        for (int i = 0; i < result.crossValidated().size(); i++) {
            StanceModelTrainer.Score s = result.crossValidated().get(i);
            StanceModelTrainer.Score c = result.cuesOnly().get(i);
            out.printf(Locale.ROOT, "%-14s %9.2f   %.3f / %.3f / %.3f    %.3f / %.3f / %.3f%n", s.label(), s.threshold(),
                    s.precision(), s.recall(), s.f1(), c.precision(), c.recall(), c.f1());
        }
        out.flush();
        return ExitCode.OK;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** The coded sentences of one corpus, each with its features and its coder's labels. */
    private static List<StanceModelTrainer.Example> examples(Path corpus, String prefix, boolean tune,
                                                            Extractor extractor, StanceModelLabeler featuresOf,
                                                            Names names, Codebook cb, PrintWriter err,
                                                            List<List<String>> where)
            throws IOException {
        Map<String, List<Gold>> gold = gold(corpus);
        List<StanceModelTrainer.Example> out = new ArrayList<>();
        ArticleLoader loader = new ArticleLoader();
        for (ArticleRef ref : new CorpusScanner().scan(corpus).articles()) {
            List<Gold> rows = gold.get(ref.story() + "/" + ref.outlet());
            if (rows == null) {
                continue;
            }
            Loaded loaded = loader.load(ref);
            if (loaded.article().isEmpty()) {
                err.println("framelens: warning: " + ref.where() + ": not read, its gold rows are left out");
                continue;
            }
            AnalyzedArticle a = extractor.extract(loaded.article().get());
            List<PreparedSentence> prepared = new ArrayList<>();
            List<Voice> voices = new ArrayList<>();
            List<List<Tag>> labels = new ArrayList<>();
            for (TaggedSentence s : a.sentences()) {
                PreparedSentence p = new PreparedSentence(a.article().text(), s.sentence());
                if (s.sentence().kind() == Kind.BODY) {
                    names.read(p.words(cb.normalizer()));
                }
                prepared.add(p);
                voices.add(s.voice());
                labels.add(s.stances());
            }
            List<List<String>> features = featuresOf.modelFeatures(prepared, voices, labels);
            // the article as the article-wide features of a two-stage model read it: its sentences
            // that are not boilerplate, and which of them each source said
            List<List<String>> article = new ArrayList<>();
            List<Voice> articleVoices = new ArrayList<>();
            int[] place = new int[features.size()];
            for (int i = 0; i < features.size(); i++) {
                place[i] = -1;
                if (features.get(i) != null) {
                    place[i] = article.size();
                    article.add(List.copyOf(features.get(i)));
                    articleVoices.add(voices.get(i));
                }
            }
            List<List<String>> shared = List.copyOf(article);
            List<String> sources = StanceContextFeatures.sources(articleVoices);
            for (Gold g : rows) {
                int best = -1;
                int most = 0;
                for (int i = 0; i < a.sentences().size(); i++) {
                    var span = a.sentences().get(i).sentence().span();
                    int overlap = Math.min(g.end, span.end()) - Math.max(g.start, span.start());
                    if (overlap > most) {
                        most = overlap;
                        best = i;
                    }
                }
                if (best >= 0 && features.get(best) != null && !g.kind.equals(Kind.BOILERPLATE.label())) {
                    List<List<String>> around = new ArrayList<>();
                    for (int j = best - 1; j >= 0; j--) {
                        if (features.get(j) != null) {
                            around.add(features.get(j));
                            break;
                        }
                    }
                    for (int j = best + 1; j < features.size(); j++) {
                        if (features.get(j) != null) {
                            around.add(features.get(j));
                            break;
                        }
                    }
                    out.add(new StanceModelTrainer.Example(prefix + ref.story(), features.get(best), g.labels, tune,
                            around, new StanceModelTrainer.Context(shared, place[best], sources)));
                    where.add(List.of(corpus.toString(), ref.story(), ref.outlet(), Integer.toString(g.start),
                            Integer.toString(g.end), a.sentences().get(best).sentence().text()));
                }
            }
        }
        return out;
    }

    /**
     * The word keys the coded articles only ever write capitalised inside a body sentence: names of
     * people, places and bodies. Not thread-safe; local to one training.
     */
    private static final class Names {
        private final Set<String> capitalised = new java.util.HashSet<>();
        private final Set<String> lower = new java.util.HashSet<>();

        void read(org.framelens.extract.match.Words words) {
            for (int i = 0; i < words.size(); i++) {
                var t = words.token(i);
                if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
                    continue;
                }
                if (!t.capitalized()) {
                    lower.add(words.key(i));
                } else if (i > 0) {
                    capitalised.add(words.key(i));
                }
            }
        }

        Set<String> names() {
            Set<String> out = new java.util.TreeSet<>(capitalised);
            out.removeAll(lower);
            return out;
        }
    }

    /** A gold row: its span, kind and stance labels. */
    private record Gold(int start, int end, String kind, Set<String> labels) {
    }

    /** Gold rows by {@code story/outlet}, read as {@code eval} reads them. */
    private static Map<String, List<Gold>> gold(Path corpus) throws IOException {
        Map<String, List<Gold>> out = new HashMap<>();
        for (Scorer.Row r : Scorer.goldRows(corpus)) {
            Set<String> labels = new LinkedHashSet<>();
            for (String l : r.get("stances").split(";")) {
                if (!l.isBlank()) {
                    labels.add(l.strip().toLowerCase(Locale.ROOT));
                }
            }
            out.computeIfAbsent(r.story() + "/" + r.outlet(), k -> new ArrayList<>())
                    .add(new Gold(r.start(), r.end(), r.get("kind").strip(), labels));
        }
        return out;
    }

    private static void weights(CSVPrinter p, String label, String prefix, Map<String, Double> weights)
            throws IOException {
        for (Map.Entry<String, Double> f : new java.util.TreeMap<>(weights).entrySet()) {
            String v = String.format(Locale.ROOT, "%.4f", f.getValue());
            if (!v.equals("0.0000") && !v.equals("-0.0000")) {
                p.printRecord(label, prefix + f.getKey(), v);
            }
        }
    }

    /** Writes each coded sentence's held-out probabilities, gold labels and cue labels. */
    private static void writePredictions(Path file, List<StanceModelTrainer.Example> examples,
                                         List<List<String>> where, StanceModelTrainer.Result result,
                                         List<String> labels) throws IOException {
        List<String> learnt = labels.stream().filter(result.heldOut()::containsKey).toList();
        List<String> header = new ArrayList<>(List.of("corpus", "story", "outlet", "start", "end", "text", "gold",
                "cues", "tune"));
        learnt.forEach(l -> header.add("p_" + l));
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header);
            for (int i = 0; i < examples.size(); i++) {
                StanceModelTrainer.Example e = examples.get(i);
                List<String> row = new ArrayList<>(where.get(i));
                row.add(String.join(";", new java.util.TreeSet<>(e.labels())));
                row.add(String.join(";", e.features().stream().filter(f -> f.startsWith("cue:"))
                        .map(f -> f.substring(4)).toList()));
                row.add(Boolean.toString(e.tune()));
                for (String l : learnt) {
                    row.add(String.format(Locale.ROOT, "%.4f", result.heldOut().get(l)[i]));
                }
                p.printRecord(row);
            }
        }
    }

    /** Writes the model as {@code stance_model.csv}, with the comment lines that document it. */
    static void write(StanceModel model, Path file, int sentences, long stories) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").setCommentMarker('#')
                .setHeaderComments(
                        "The stance model (README, \"The codebook\"): learnt by `framelens codebook train` from "
                                + sentences + " hand-coded sentences of " + stories + " stories.",
                        "A sentence the cues did not give a label gets it when the model's probability reaches the",
                        "label's threshold. Probability = 1 / (1 + exp(-(bias + the weights of the sentence's features))).",
                        "Columns:",
                        "  label    the stance label",
                        "  feature  bias | threshold | a feature of the sentence:",
                        "             word:KEY   a word on its base form (word:# any number; names are left out)",
                        "             pair:KEY KEY  two such words in a row",
                        "             cue:LABEL  the cues gave the sentence LABEL; before:LABEL / after:LABEL the",
                        "                        previous / next sentence; source:LABEL a neighbour of the same source",
                        "             class:NAME a word of a codebook class (modifier kind, evaluative kind, said-SHADE)",
                        "             said:LEMMA the reporting cue; voice:direct|reported|narrator, kind:headline|subhead|body, quote",
                        "             near:LABEL>P  the previous or next sentence's first-stage probability of LABEL is P or more",
                        "             own:LABEL>P  the sentence's own first-stage probability of another label is P or more",
                        "                        (concession reads condition's and skepticism's)",
                        "             question   the sentence is a question",
                        "             negator:KEY / refusal:KEY / demand:KEY / offer:KEY  a word in the scope of a",
                        "                        modifier of that kind (not, refused, unless, offered …), in its clause",
                        "             start:KEY  the sentence's first word (but, yet, still …)",
                        "             article:LABEL>P  the mean first-stage probability of LABEL over the article's other",
                        "                        sentences is P or more; voiced:LABEL>P another sentence of the same named",
                        "                        source has it",
                        "           first:bias | first:FEATURE  the first stage, which reads each sentence alone and gives",
                        "                        the probabilities near: reads (a label's threshold is that of the decision)",
                        "  weight   the weight (for threshold: the probability from which the label is given)",
                        "Delete a label's rows to turn the model off for it; keep only the header to turn it off.")
                .setHeader("label", "feature", "weight").get();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, format)) {
            for (Map.Entry<String, StanceModel.LabelModel> e : model.labels().entrySet()) {
                p.printRecord(e.getKey(), "threshold", String.format(Locale.ROOT, "%.2f", e.getValue().threshold()));
                p.printRecord(e.getKey(), "bias", String.format(Locale.ROOT, "%.4f", e.getValue().bias()));
                weights(p, e.getKey(), "", e.getValue().weights());
                StanceModel.LabelModel first = model.first().get(e.getKey());
                if (first != null) {
                    p.printRecord(e.getKey(), StanceModel.FIRST_PREFIX + "bias", String.format(Locale.ROOT, "%.4f",
                            first.bias()));
                    weights(p, e.getKey(), StanceModel.FIRST_PREFIX, first.weights());
                }
            }
        }
    }
}
