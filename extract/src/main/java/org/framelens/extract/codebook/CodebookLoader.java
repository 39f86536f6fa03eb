package org.framelens.extract.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framelens.model.SpeakerType;

/**
 * Loads a {@link Codebook}: each table from the analyst's folder when it holds the file, else
 * from the default shipped in the jar. Every error of every file is collected and reported at
 * once as {@code file:line: reason}. Stateless and thread-safe.
 */
public final class CodebookLoader {
    /** The file of each table, in the order they are loaded and exported. */
    public static final List<String> FILES = List.of(
            "reporting_cues.csv", "speaker_nouns.csv", "speaker_aliases.csv", "places.csv");

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
        List<ReportingCue> cues = reportingCues(open(dir, "reporting_cues.csv", sources, errors), errors);
        Map<String, SpeakerType> nouns = speakerNouns(open(dir, "speaker_nouns.csv", sources, errors), errors);
        List<SpeakerAlias> aliases = aliases(open(dir, "speaker_aliases.csv", sources, errors), errors);
        Set<String> places = places(open(dir, "places.csv", sources, errors), errors);
        if (!errors.isEmpty()) {
            throw new CodebookException(errors);
        }
        return new Codebook(cues, nouns, aliases, places, sources);
    }

    private static Source open(Path dir, String name, Map<String, String> sources, List<CodebookError> errors) {
        Path custom = dir == null ? null : dir.resolve(name);
        if (custom != null && Files.isRegularFile(custom)) {
            sources.put(name, custom.toString());
            return new Source(custom.toString(), () -> Files.newBufferedReader(custom, StandardCharsets.UTF_8));
        }
        String label = "default:" + name;
        sources.put(name, label);
        return new Source(label, () -> {
            InputStream in = CodebookLoader.class.getResourceAsStream(DEFAULT_ROOT + name);
            if (in == null) {
                throw new IOException("missing from the jar");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        });
    }

    /** Opens a default resource, for {@code codebook export}. */
    static InputStream defaultResource(String name) {
        return CodebookLoader.class.getResourceAsStream(DEFAULT_ROOT + name);
    }

    /** A table's origin. */
    record Source(String label, Opener opener) {
        List<CsvTable.Row> read(List<String> required, List<String> optional, List<CodebookError> errors) {
            try (Reader r = opener.open()) {
                return CsvTable.read(label, r, required, optional, errors);
            } catch (IOException | UncheckedIOException e) {
                errors.add(new CodebookError(label, 0, "cannot read: " + e.getMessage()));
                return List.of();
            }
        }
    }

    /** Opens a reader. */
    @FunctionalInterface
    interface Opener {
        Reader open() throws IOException;
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
