package org.framelens.extract.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framelens.extract.match.CuePattern;
import org.framelens.extract.match.Normalizer;
import org.framelens.model.SpeakerType;

/**
 * Loads a {@link Codebook}: each table from the analyst's folder when it holds the file, else
 * from the default shipped in the jar. Every error of every file is collected and reported at
 * once as {@code file:line: reason}. Stateless and thread-safe.
 */
public final class CodebookLoader {
    /** The file of each table, in the order they are loaded and exported. */
    public static final List<String> FILES = List.of(
            "reporting_cues.csv", "speaker_nouns.csv", "speaker_aliases.csv", "places.csv",
            "lemmas.csv", "stance_modifiers.csv", "stance_cues.csv", "stance_model.csv", "topics.csv",
            "evaluative_words.csv");

    /** The concession directions a cue may give ({@code direction} column). */
    public static final List<String> DIRECTIONS = List.of("offered", "demanded", "refused", "made", "withdrawn");

    private static final String DEFAULT_ROOT = "/org/framelens/extract/codebook/default/";

    /**
     * @return the default codebook shipped in the jar
     * @throws IllegalStateException if the shipped default is broken (a build error)
     */
    public Codebook defaults() {
        try {
            return load(null);
        } catch (CodebookException e) {
            throw new IllegalStateException("the default codebook is broken:\n" + e.getMessage(), e);
        }
    }

    /**
     * @param dir the analyst's codebook folder, or {@code null} for the default alone
     * @return the codebook
     * @throws CodebookException listing every error found
     */
    public Codebook load(Path dir) throws CodebookException {
        List<CodebookError> errors = new ArrayList<>();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CodebookException(List.of(new CodebookError(dir.toString(), 0, "not a folder")));
        }
        Map<String, String> sources = new TreeMap<>();
        Tables tables = new Tables(dir);
        List<ReportingCue> cues = reportingCues(open(tables, "reporting_cues.csv", sources, errors), errors);
        Map<String, SpeakerType> nouns = speakerNouns(open(tables, "speaker_nouns.csv", sources, errors), errors);
        List<SpeakerAlias> aliases = aliases(open(tables, "speaker_aliases.csv", sources, errors), errors);
        Set<String> places = places(open(tables, "places.csv", sources, errors), errors);
        Map<String, String> lemmas = lemmas(open(tables, "lemmas.csv", sources, errors), errors);
        Normalizer normalizer = new Normalizer(lemmas);
        List<StanceModifier> modifiers = modifiers(open(tables, "stance_modifiers.csv", sources, errors), normalizer, errors);
        List<StanceCue> stanceCues = stanceCues(open(tables, "stance_cues.csv", sources, errors), normalizer, errors);
        StanceModel stanceModel = stanceModel(open(tables, "stance_model.csv", sources, errors), errors);
        List<Topic> topics = topics(open(tables, "topics.csv", sources, errors), normalizer, errors);
        List<EvaluativeWord> evaluative = evaluativeWords(open(tables, "evaluative_words.csv", sources, errors),
                normalizer, errors);
        String sha = digest(tables, errors);
        if (!errors.isEmpty()) {
            throw new CodebookException(errors);
        }
        return new Codebook(cues, nouns, aliases, places, lemmas, modifiers, stanceCues, stanceModel, topics,
                evaluative, sources, sha);
    }

    /**
     * Writes the default codebook into a folder, as an analyst's starting point.
     *
     * @param dir   the folder (created if missing)
     * @param force whether to overwrite files already there
     * @return the files written, in {@link #FILES} order
     * @throws FileAlreadyExistsException naming the first existing file when {@code force} is off;
     *                                    nothing is written then
     * @throws IOException                when a file cannot be written
     */
    public List<Path> export(Path dir, boolean force) throws IOException {
        if (!force) {
            for (String name : FILES) {
                if (Files.exists(dir.resolve(name))) {
                    throw new FileAlreadyExistsException(dir.resolve(name).toString());
                }
            }
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = defaultResource(name)) {
                if (in == null) {
                    throw new IOException("default:" + name + ": missing from the jar");
                }
                Path target = dir.resolve(name);
                Files.write(target, in.readAllBytes());
                written.add(target);
            }
        }
        return written;
    }

    /** SHA-256 over each table's name and bytes, in FILES order; the same files give the same hash. */
    private static String digest(Tables tables, List<CodebookError> errors) {
        Path dir = tables.dir;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : FILES) {
                byte[] bytes = tables.bytes(name);
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(bytes == null ? new byte[0] : bytes);
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        } catch (IOException e) {
            errors.add(new CodebookError(dir == null ? "default" : dir.toString(), 0, "cannot read: " + e.getMessage()));
            return "";
        }
    }

    private static byte[] bytes(Path dir, String name) throws IOException {
        Path custom = dir == null ? null : dir.resolve(name);
        if (custom != null && Files.isRegularFile(custom)) {
            return Files.readAllBytes(custom);
        }
        try (InputStream in = defaultResource(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /**
     * The files of one load, each read once: the tables are parsed and hashed from the same bytes.
     * One thread.
     */
    private static final class Tables {
        private final Path dir;
        private final Map<String, byte[]> read = new HashMap<>();

        Tables(Path dir) {
            this.dir = dir;
        }

        /** @return the table's bytes, from the analyst's folder or the jar; {@code null} when missing */
        byte[] bytes(String name) throws IOException {
            if (read.containsKey(name)) {
                return read.get(name);
            }
            byte[] bytes = CodebookLoader.bytes(dir, name);
            read.put(name, bytes);
            return bytes;
        }
    }

    private static Source open(Tables tables, String name, Map<String, String> sources, List<CodebookError> errors) {
        Path dir = tables.dir;
        Path custom = dir == null ? null : dir.resolve(name);
        String label = custom != null && Files.isRegularFile(custom) ? custom.toString() : "default:" + name;
        sources.put(name, label);
        return new Source(label, () -> {
            byte[] bytes = tables.bytes(name);
            if (bytes == null) {
                throw new IOException("missing from the jar");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            // a spreadsheet may save the file with a byte-order mark; it is not part of the header
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        });
    }

    /** Opens a default resource, for {@code codebook export}. */
    static InputStream defaultResource(String name) {
        return CodebookLoader.class.getResourceAsStream(DEFAULT_ROOT + name);
    }

    /** A table's origin. */
    record Source(String label, Opener opener) {
        /** @return whether an error was already reported for this file */
        boolean failed(List<CodebookError> errors) {
            return errors.stream().anyMatch(e -> e.file().equals(label));
        }

        List<CsvTable.Row> read(List<String> required, List<String> optional, List<CodebookError> errors) {
            try {
                return CsvTable.read(label, opener.open(), required, optional, errors);
            } catch (IOException | UncheckedIOException e) {
                errors.add(new CodebookError(label, 0, "cannot read: " + e.getMessage()));
                return List.of();
            }
        }
    }

    /** Reads a table's text. */
    @FunctionalInterface
    interface Opener {
        String open() throws IOException;
    }

    private static List<ReportingCue> reportingCues(Source src, List<CodebookError> errors) {
        List<ReportingCue> out = new ArrayList<>();
        Set<String> seenForms = new HashSet<>();
        for (CsvTable.Row r : src.read(List.of("lemma", "forms", "frame", "connotation"), List.of("shade"), errors)) {
            ReportingCue.Frame frame;
            try {
                frame = ReportingCue.Frame.valueOf(r.lower("frame").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new CodebookError(src.label(), r.line(), "frame '" + r.get("frame")
                        + "' is not one of: verb, source, phrase"));
                continue;
            }
            String connotation = r.lower("connotation");
            if (!connotation.equals("neutral") && !connotation.equals("loaded")) {
                errors.add(new CodebookError(src.label(), r.line(), "connotation '" + r.get("connotation")
                        + "' is not one of: neutral, loaded"));
                continue;
            }
            List<String> forms = Arrays.stream(r.lower("forms").split("\\|")).map(String::strip)
                    .filter(f -> !f.isEmpty()).toList();
            for (String f : forms) {
                if (!seenForms.add(frame + " " + f)) {
                    errors.add(new CodebookError(src.label(), r.line(), "form '" + f + "' is listed twice"));
                }
            }
            out.add(new ReportingCue(r.lower("lemma"), forms, frame, connotation, r.lower("shade")));
        }
        return out;
    }

    private static Map<String, SpeakerType> speakerNouns(Source src, List<CodebookError> errors) {
        Map<String, SpeakerType> out = new HashMap<>();
        for (CsvTable.Row r : src.read(List.of("noun", "type"), List.of(), errors)) {
            SpeakerType type = speakerType(src, r, errors);
            if (type != null && out.put(r.lower("noun"), type) != null) {
                errors.add(new CodebookError(src.label(), r.line(), "noun '" + r.get("noun") + "' is listed twice"));
            }
        }
        return out;
    }

    private static List<SpeakerAlias> aliases(Source src, List<CodebookError> errors) {
        List<SpeakerAlias> out = new ArrayList<>();
        for (CsvTable.Row r : src.read(List.of("alias", "canonical", "type"), List.of("affiliation"), errors)) {
            SpeakerType type = speakerType(src, r, errors);
            if (type != null) {
                out.add(new SpeakerAlias(r.get("alias").replaceFirst("^(?i)the\\s+", ""), r.get("canonical"), type,
                        r.get("affiliation")));
            }
        }
        return out;
    }

    private static Set<String> places(Source src, List<CodebookError> errors) {
        Set<String> out = new HashSet<>();
        for (CsvTable.Row r : src.read(List.of("name", "kind"), List.of(), errors)) {
            String kind = r.lower("kind");
            if (!kind.equals("country") && !kind.equals("capital") && !kind.equals("other")) {
                errors.add(new CodebookError(src.label(), r.line(), "kind '" + r.get("kind")
                        + "' is not one of: country, capital, other"));
                continue;
            }
            out.add(r.get("name"));
        }
        return out;
    }

    private static Map<String, String> lemmas(Source src, List<CodebookError> errors) {
        Map<String, String> out = new HashMap<>();
        for (CsvTable.Row r : src.read(List.of("form", "lemma"), List.of(), errors)) {
            String form = r.lower("form");
            String lemma = r.lower("lemma");
            if (form.contains(" ") || lemma.contains(" ")) {
                errors.add(new CodebookError(src.label(), r.line(), "form and lemma must be single words"));
            } else if (out.put(Normalizer.surface(form), lemma) != null) {
                errors.add(new CodebookError(src.label(), r.line(), "form '" + r.get("form") + "' is listed twice"));
            }
        }
        return out;
    }

    private static List<StanceModifier> modifiers(Source src, Normalizer normalizer, List<CodebookError> errors) {
        List<StanceModifier> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : src.read(List.of("term", "kind"), List.of("note"), errors)) {
            StanceModifier.Kind kind = modifierKind(r.lower("kind"));
            if (kind == null) {
                errors.add(new CodebookError(src.label(), r.line(), "kind '" + r.get("kind") + "' is not one of: "
                        + String.join(", ", Arrays.stream(StanceModifier.Kind.values()).map(StanceModifier.Kind::label).toList())));
                continue;
            }
            CuePattern p = pattern(src, r, "term", normalizer, Set.of(), errors);
            if (p == null) {
                continue;
            }
            if (p.segments().size() > 1) {
                errors.add(new CodebookError(src.label(), r.line(), "a modifier cannot have a gap '...'"));
                continue;
            }
            if (!seen.add(kind + " " + p.segments())) {
                errors.add(new CodebookError(src.label(), r.line(), "term '" + r.get("term") + "' is listed twice"));
                continue;
            }
            out.add(new StanceModifier(kind, p));
        }
        return out;
    }

    private static StanceModifier.Kind modifierKind(String label) {
        for (StanceModifier.Kind k : StanceModifier.Kind.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return null;
    }

    private static Set<String> modifierClasses() {
        Set<String> out = new TreeSet<>();
        for (StanceModifier.Kind k : StanceModifier.Kind.values()) {
            out.add(k.label());
        }
        return out;
    }

    private static List<StanceCue> stanceCues(Source src, Normalizer normalizer, List<CodebookError> errors) {
        List<StanceCue> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : src.read(List.of("label", "cue"), List.of("negation", "direction", "effect", "note"),
                errors)) {
            String label = r.lower("label");
            if (!label.matches("[a-z][a-z_]*")) {
                errors.add(new CodebookError(src.label(), r.line(), "label '" + r.get("label")
                        + "' must be lower-case letters (and _)"));
                continue;
            }
            String negation = r.lower("negation").isEmpty() ? "keep" : r.lower("negation");
            StanceCue.Negation neg = switch (negation) {
                case "keep" -> StanceCue.Negation.KEEP;
                case "drop" -> StanceCue.Negation.DROP;
                case "require" -> StanceCue.Negation.REQUIRE;
                default -> null;
            };
            if (neg == null) {
                errors.add(new CodebookError(src.label(), r.line(), "negation '" + r.get("negation")
                        + "' is not one of: keep, drop, require"));
                continue;
            }
            String direction = r.lower("direction");
            if (!direction.isEmpty() && !DIRECTIONS.contains(direction)) {
                errors.add(new CodebookError(src.label(), r.line(), "direction '" + r.get("direction")
                        + "' is not one of: " + String.join(", ", DIRECTIONS)));
                continue;
            }
            if (!direction.isEmpty() && !label.equals("concession")) {
                errors.add(new CodebookError(src.label(), r.line(), "a direction is only for concession cues"));
                continue;
            }
            String effect = r.lower("effect").isEmpty() ? "cue" : r.lower("effect");
            if (!effect.equals("cue") && !effect.equals("block")) {
                errors.add(new CodebookError(src.label(), r.line(), "effect '" + r.get("effect")
                        + "' is not one of: cue, block"));
                continue;
            }
            CuePattern p = pattern(src, r, "cue", normalizer, modifierClasses(), errors);
            if (p == null) {
                continue;
            }
            if (!seen.add(label + " " + effect + " " + p.segments())) {
                errors.add(new CodebookError(src.label(), r.line(), "cue '" + r.get("cue") + "' is listed twice for "
                        + label));
                continue;
            }
            out.add(new StanceCue(label, p, neg, direction, effect.equals("block"), r.line()));
        }
        if (!src.failed(errors)) {
            for (String core : Codebook.CORE_STANCES) {
                if (out.stream().noneMatch(c -> c.label().equals(core) && !c.block())) {
                    errors.add(new CodebookError(src.label(), 0, "no cue for the core label '" + core
                            + "' (every codebook keeps skepticism, condition and concession)"));
                }
            }
        }
        return out;
    }

    private static List<Topic> topics(Source src, Normalizer normalizer, List<CodebookError> errors) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, List<CuePattern>> terms = new LinkedHashMap<>();
        for (CsvTable.Row r : src.read(List.of("topic", "terms"), List.of("description"), errors)) {
            String topic = r.lower("topic");
            if (!topic.matches("[a-z][a-z_]*")) {
                errors.add(new CodebookError(src.label(), r.line(), "topic '" + r.get("topic")
                        + "' must be lower-case letters (and _)"));
                continue;
            }
            CuePattern p = pattern(src, r, "terms", normalizer, Set.of(), errors);
            if (p == null) {
                continue;
            }
            terms.computeIfAbsent(topic, k -> new ArrayList<>()).add(p);
            String d = r.get("description");
            if (!d.isEmpty() && descriptions.putIfAbsent(topic, d) != null) {
                errors.add(new CodebookError(src.label(), r.line(), "topic '" + topic + "' is described twice"));
            }
        }
        List<Topic> out = new ArrayList<>();
        terms.forEach((t, ps) -> out.add(new Topic(t, descriptions.getOrDefault(t, ""), ps)));
        return out;
    }

    /**
     * Reads {@code stance_model.csv}: per label a {@code bias}, a {@code threshold} in (0, 1) and
     * feature weights (see {@code StanceFeatures}). A label with weights must have a threshold.
     * Rows whose feature starts with {@code first:} are the first stage's ({@code first:bias} and
     * {@code first:FEATURE}).
     */
    private static StanceModel stanceModel(Source src, List<CodebookError> errors) {
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        Map<String, Double> bias = new HashMap<>();
        Map<String, Double> threshold = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, Map<String, Double>> firstWeights = new LinkedHashMap<>();
        Map<String, Double> firstBias = new HashMap<>();
        for (CsvTable.Row r : src.read(List.of("label", "feature", "weight"), List.of("note"), errors)) {
            String label = r.lower("label");
            String feature = r.get("feature");
            double w;
            try {
                w = Double.parseDouble(r.get("weight"));
            } catch (NumberFormatException e) {
                errors.add(new CodebookError(src.label(), r.line(), "weight '" + r.get("weight") + "' is not a number"));
                continue;
            }
            if (!Double.isFinite(w)) {
                errors.add(new CodebookError(src.label(), r.line(), "weight '" + r.get("weight") + "' is not finite"));
                continue;
            }
            if (feature.startsWith(StanceModel.FIRST_PREFIX)) {
                String f = feature.substring(StanceModel.FIRST_PREFIX.length());
                if (f.equals("bias")) {
                    if (firstBias.putIfAbsent(label, w) != null) {
                        errors.add(new CodebookError(src.label(), r.line(), "a second " + feature + " for '" + label + "'"));
                    }
                } else if (!knownFeature(f)) {
                    errors.add(new CodebookError(src.label(), r.line(), "feature '" + feature + "' is not "
                            + StanceModel.FIRST_PREFIX + "bias or " + StanceModel.FIRST_PREFIX + " and a feature"));
                } else if (firstWeights.computeIfAbsent(label, k -> new HashMap<>()).putIfAbsent(f, w) != null) {
                    errors.add(new CodebookError(src.label(), r.line(), "feature '" + feature + "' appears twice for '"
                            + label + "'"));
                }
                continue;
            }
            firstLine.putIfAbsent(label, r.line());
            Map<String, Double> table = weights.computeIfAbsent(label, k -> new HashMap<>());
            Map<String, Double> into = feature.equals("bias") ? bias : feature.equals("threshold") ? threshold : null;
            if (into != null) {
                if (into.putIfAbsent(label, w) != null) {
                    errors.add(new CodebookError(src.label(), r.line(), "a second " + feature + " for '" + label + "'"));
                } else if (into == threshold && !(w > 0 && w < 1)) {
                    errors.add(new CodebookError(src.label(), r.line(), "threshold " + w + " must lie between 0 and 1"));
                }
                continue;
            }
            if (!knownFeature(feature)) {
                errors.add(new CodebookError(src.label(), r.line(), "feature '" + feature + "' is not bias, threshold, "
                        + StanceModel.QUOTE_FEATURE + ", " + StanceModel.QUESTION_FEATURE + " or one of "
                        + String.join("…, ", StanceModel.FEATURE_PREFIXES) + "…"));
                continue;
            }
            if (table.putIfAbsent(feature, w) != null) {
                errors.add(new CodebookError(src.label(), r.line(), "feature '" + feature + "' appears twice for '"
                        + label + "'"));
            }
        }
        Map<String, StanceModel.LabelModel> out = new LinkedHashMap<>();
        weights.forEach((label, table) -> {
            Double t = threshold.get(label);
            if (t == null) {
                errors.add(new CodebookError(src.label(), firstLine.get(label), "label '" + label
                        + "' has no threshold row"));
            } else if (t > 0 && t < 1) {
                out.put(label, new StanceModel.LabelModel(bias.getOrDefault(label, 0.0), t, table));
            }
        });
        Map<String, StanceModel.LabelModel> first = new LinkedHashMap<>();
        firstBias.keySet().forEach(l -> firstWeights.computeIfAbsent(l, k -> new HashMap<>()));
        // the first stage only gives probabilities: its threshold is never read
        firstWeights.forEach((label, table) -> first.put(label,
                new StanceModel.LabelModel(firstBias.getOrDefault(label, 0.0), 0.5, table)));
        return new StanceModel(out, first);
    }

    /** Whether a stance model feature has a known form. */
    private static boolean knownFeature(String feature) {
        if (feature.equals(StanceModel.QUOTE_FEATURE) || feature.equals(StanceModel.QUESTION_FEATURE)) {
            return true;
        }
        // a loop, not a stream: this runs for each of the model's tens of thousands of rows
        for (String p : StanceModel.FEATURE_PREFIXES) {
            if (feature.startsWith(p) && feature.length() > p.length()) {
                return true;
            }
        }
        return false;
    }

    private static List<EvaluativeWord> evaluativeWords(Source src, Normalizer normalizer, List<CodebookError> errors) {
        List<EvaluativeWord> out = new ArrayList<>();
        for (CsvTable.Row r : src.read(List.of("term", "polarity", "kind"), List.of("note"), errors)) {
            String polarity = r.lower("polarity");
            String kind = r.lower("kind");
            if (!EvaluativeWord.POLARITIES.contains(polarity)) {
                errors.add(new CodebookError(src.label(), r.line(), "polarity '" + r.get("polarity")
                        + "' is not one of: " + String.join(", ", EvaluativeWord.POLARITIES)));
                continue;
            }
            if (!EvaluativeWord.KINDS.contains(kind)) {
                errors.add(new CodebookError(src.label(), r.line(), "kind '" + r.get("kind")
                        + "' is not one of: " + String.join(", ", EvaluativeWord.KINDS)));
                continue;
            }
            CuePattern p = pattern(src, r, "term", normalizer, Set.of(), errors);
            if (p != null) {
                out.add(new EvaluativeWord(p, polarity, kind));
            }
        }
        return out;
    }

    private static CuePattern pattern(Source src, CsvTable.Row r, String column, Normalizer normalizer,
                                      Set<String> classes, List<CodebookError> errors) {
        try {
            return CuePattern.parse(r.get(column), normalizer, classes);
        } catch (IllegalArgumentException e) {
            errors.add(new CodebookError(src.label(), r.line(), column + " '" + r.get(column) + "': " + e.getMessage()));
            return null;
        }
    }

    private static SpeakerType speakerType(Source src, CsvTable.Row r, List<CodebookError> errors) {
        String t = r.lower("type");
        if (t.equals("person") || t.equals("group") || t.equals("organization")) {
            return SpeakerType.fromLabel(t);
        }
        errors.add(new CodebookError(src.label(), r.line(), "type '" + r.get("type")
                + "' is not one of: person, group, organization"));
        return null;
    }
}
