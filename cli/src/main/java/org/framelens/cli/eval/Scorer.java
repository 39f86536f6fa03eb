package org.framelens.cli.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framelens.report.FormulaGuard;

/**
 * Scores an extracted {@code sentences.csv} against gold files. Each gold row is matched to the
 * extracted sentence of the same story and outlet that overlaps it most. Kind is scored on every
 * row; speaker, speaker type, attribution, stances and topics on the rows the gold does not code
 * as boilerplate (boilerplate is left out of every count). Not thread-safe.
 */
public final class Scorer {
    /** The columns a gold file must have. */
    public static final List<String> GOLD_COLUMNS =
            List.of("outlet", "start", "end", "kind", "speaker", "speaker_type", "attribution", "stances", "topics");
    static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** One row of either side. */
    /**
     * A row of a gold file or of {@code sentences.csv}.
     *
     * @param story  the story (from the {@code STORY/gold/} folder, or the story column)
     * @param outlet the outlet
     * @param start  where it starts in the article
     * @param end    where it ends
     * @param values every column by name
     */
    public record Row(String story, String outlet, int start, int end, Map<String, String> values) {
        /** @param field a column @return its value, empty when missing */
        public String get(String field) {
            return values.getOrDefault(field, "");
        }
    }

    /** A field on which gold and extraction disagree. */
    public record Disagreement(String story, String outlet, int start, int end, String field, String gold,
                               String extracted, String text, String evidence) {
    }

    final Agreement kind = new Agreement();
    final Agreement speaker = new Agreement();
    final Agreement speakerType = new Agreement();
    final Agreement attribution = new Agreement();
    final Agreement attributed = new Agreement();
    final List<List<Set<String>>> stances = new ArrayList<>();
    final List<List<Set<String>>> topics = new ArrayList<>();
    final List<Disagreement> disagreements = new ArrayList<>();
    int goldRows;
    int unmatched;
    int boilerplate;
    final Set<String> goldFiles = new LinkedHashSet<>();

    /**
     * @param gold      a gold file, a folder of gold files, or a folder holding {@code STORY/gold/} folders
     * @param sentences the extracted {@code sentences.csv}
     * @return the scores
     * @throws IOException when a file cannot be read
     */
    public static Scorer score(Path gold, Path sentences) throws IOException {
        Scorer s = new Scorer();
        Map<String, List<Row>> extracted = new HashMap<>();
        for (Row r : read(sentences, null)) {
            extracted.computeIfAbsent(r.outlet(), k -> new ArrayList<>()).add(r);
        }
        for (Path file : goldFiles(gold)) {
            s.goldFiles.add(file.toString());
            for (Row g : read(file, storyOf(file))) {
                s.add(g, best(g, extracted.getOrDefault(g.outlet(), List.of())));
            }
        }
        return s;
    }

    /**
     * @param gold a gold file, a folder of gold files, or a folder holding {@code STORY/gold/} folders
     * @return every row of every gold file, in file order
     * @throws IOException when a file cannot be read
     */
    public static List<Row> goldRows(Path gold) throws IOException {
        List<Row> out = new ArrayList<>();
        for (Path file : goldFiles(gold)) {
            out.addAll(read(file, storyOf(file)));
        }
        return out;
    }

    /** The story of a gold file in {@code STORY/gold/}, or null. */
    private static String storyOf(Path file) {
        Path parent = file.getParent();
        return parent != null && parent.getFileName().toString().equals("gold") && parent.getParent() != null
                ? parent.getParent().getFileName().toString() : null;
    }

    private static List<Path> goldFiles(Path gold) throws IOException {
        if (Files.isRegularFile(gold)) {
            return List.of(gold);
        }
        // links followed: a folder of links to stories kept elsewhere is scored as `run` reads it
        try (Stream<Path> walk = Files.walk(gold, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            List<Path> out = new ArrayList<>();
            List<Path> csv;
            try {
                csv = walk.filter(p -> p.toString().endsWith(".csv") && Files.isRegularFile(p)).sorted().toList();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof java.nio.file.FileSystemLoopException loop) {
                    throw new IOException(loop.getFile() + ": a link leads back into the gold folder; remove it or point"
                            + " GOLD_DIR at a folder without it", loop);
                }
                throw e.getCause();
            }
            for (Path p : csv) {
                if (isGold(p)) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    private static boolean isGold(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8); CSVParser parser = CSVParser.builder()
                .setReader(r).setFormat(READ).get()) {
            return parser.getHeaderNames().containsAll(GOLD_COLUMNS);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return false;
        }
    }

    private static List<Row> read(Path file, String story) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(READ).get()) {
            for (CSVRecord rec : parser) {
                Map<String, String> values = rec.toMap();
                // sentences.csv guards formula-like text with an apostrophe: read the values as they were
                values.replaceAll((k, v) -> FormulaGuard.fromCsv(v));
                rows.add(new Row(story != null ? story : values.getOrDefault("story", ""), values.get("outlet"),
                        Integer.parseInt(values.get("start").strip()), Integer.parseInt(values.get("end").strip()), values));
            }
        } catch (NumberFormatException e) {
            throw new IOException(file + ": start and end must be whole numbers (" + e.getMessage() + ")", e);
        }
        return rows;
    }

    private static Row best(Row g, List<Row> candidates) {
        // the gold's story, when the extraction has it; else the outlet in any story
        boolean storyKnown = candidates.stream().anyMatch(c -> c.story().equals(g.story()));
        Row best = null;
        int most = 0;
        for (Row c : candidates) {
            if (storyKnown && !g.story().equals(c.story())) {
                continue;
            }
            int overlap = Math.min(g.end(), c.end()) - Math.max(g.start(), c.start());
            if (overlap > most) {
                most = overlap;
                best = c;
            }
        }
        return best;
    }

    private void add(Row g, Row x) {
        goldRows++;
        if (x == null) {
            unmatched++;
            x = new Row(g.story(), g.outlet(), g.start(), g.end(), Map.of());
        }
        compare(kind, g, x, "kind");
        if (g.get("kind").equals("boilerplate")) {
            boilerplate++;
            return;
        }
        boolean same = SpeakerMatch.same(g.get("speaker"), x.get("speaker"));
        speaker.add("match", same ? "match" : "no match");
        if (!same) {
            disagree(g, x, "speaker");
        }
        compare(speakerType, g, x, "speaker_type");
        compare(attribution, g, x, "attribution");
        attributed.add(g.get("attribution").equals("narrator") ? "narrator" : "attributed",
                x.get("attribution").equals("narrator") || x.get("attribution").isEmpty() ? "narrator" : "attributed");
        labels(stances, g, x, "stances");
        labels(topics, g, x, "topics");
    }

    private void labels(List<List<Set<String>>> into, Row g, Row x, String field) {
        Set<String> gold = split(g.get(field));
        Set<String> found = split(x.get(field));
        into.add(List.of(gold, found));
        if (!gold.equals(found)) {
            disagree(g, x, field);
        }
    }

    /**
     * @param pairs gold and extracted label sets, one pair per scored row
     * @return for each label seen on either side, its yes/no agreement over all rows
     */
    static Map<String, Agreement> perLabel(List<List<Set<String>>> pairs) {
        Set<String> all = new TreeSet<>();
        pairs.forEach(p -> {
            all.addAll(p.get(0));
            all.addAll(p.get(1));
        });
        Map<String, Agreement> out = new java.util.TreeMap<>();
        for (String label : all) {
            Agreement a = new Agreement();
            for (List<Set<String>> p : pairs) {
                a.add(p.get(0).contains(label) ? "yes" : "no", p.get(1).contains(label) ? "yes" : "no");
            }
            out.put(label, a);
        }
        return out;
    }

    private static Set<String> split(String v) {
        Set<String> out = new TreeSet<>();
        for (String s : v.split(";")) {
            if (!s.isBlank() && !s.strip().equals("none") && !s.strip().equals("neutral")) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private void compare(Agreement a, Row g, Row x, String field) {
        a.add(g.get(field), x.get(field));
        if (!g.get(field).equals(x.get(field))) {
            disagree(g, x, field);
        }
    }

    private void disagree(Row g, Row x, String field) {
        disagreements.add(new Disagreement(g.story(), g.outlet(), g.start(), g.end(), field, g.get(field),
                x.get(field), x.get("text"), x.get("evidence")));
    }

    /** @return every disagreement, in gold order */
    public List<Disagreement> disagreements() {
        return List.copyOf(disagreements);
    }
}
