package org.framelens.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.framelens.model.Lexicon;
import org.framelens.model.OutletKey;
import org.framelens.model.profile.CorpusProfile;
import org.framelens.model.profile.OutletProfile;

/**
 * Writes the tidy CSV exports: {@value #PER_STORY} (one row per story × outlet × measure × label
 * × detail) and {@value #ALL_STORIES} (the same per outlet, across stories; its {@code story}
 * column holds {@value #ALL}). UTF-8 without byte-order mark, RFC 4180, LF line ends, rows in a
 * fixed order and numbers printed with {@link Locale#ROOT}: the same input gives the same bytes.
 * Stateless and thread-safe.
 */
public final class MeasuresCsvWriter {
    /** The per-story table. */
    public static final String PER_STORY = "measures.csv";
    /** The across-stories table. */
    public static final String ALL_STORIES = "measures_all_stories.csv";
    /** The {@code story} value of the across-stories rows. */
    public static final String ALL = "(all stories)";
    /** The columns of both tables, in order. */
    public static final List<String> COLUMNS =
            List.of("story", "outlet", "measure", "label", "detail", "count", "base", "share", "per_1000_words");

    private MeasuresCsvWriter() {
    }

    /**
     * @param corpus  the run's profiles
     * @param lexicon the codebook's labels and cue connotations
     * @param dir     the folder to write both tables in (created if missing)
     * @throws IOException on a write error
     */
    public static void write(CorpusProfile corpus, Lexicon lexicon, Path dir) throws IOException {
        Files.createDirectories(dir);
        Vocabulary v = Vocabulary.of(lexicon, corpus);
        try (CSVPrinter out = open(dir.resolve(PER_STORY))) {
            for (Map.Entry<OutletKey, OutletProfile> e : corpus.byKey().entrySet()) {
                print(out, e.getKey().story(), e.getKey().outlet(), e.getValue(), v, lexicon);
            }
        }
        try (CSVPrinter out = open(dir.resolve(ALL_STORIES))) {
            for (Map.Entry<String, OutletProfile> e : corpus.acrossStories().entrySet()) {
                print(out, ALL, e.getKey(), e.getValue(), v, lexicon);
            }
        }
    }

    private static CSVPrinter open(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, SentencesCsvWriter.FORMAT);
        p.printRecord(COLUMNS);
        return p;
    }

    private static void print(CSVPrinter out, String story, String outlet, OutletProfile p, Vocabulary v,
                              Lexicon lexicon) throws IOException {
        for (MeasureRow r : Measures.rows(p, v, lexicon)) {
            Double share = r.share();
            Double rate = r.per1000(p.words());
            out.printRecord(story, outlet, r.measure(), r.label(), r.detail(), r.count(),
                    r.base() == null ? "" : r.base(),
                    share == null ? "" : String.format(Locale.ROOT, "%.4f", share),
                    rate == null ? "" : String.format(Locale.ROOT, "%.2f", rate));
        }
    }
}
