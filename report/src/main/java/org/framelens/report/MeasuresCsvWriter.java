package org.framelens.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framelens.model.Lexicon;
import org.framelens.model.profile.OutletProfile;

/**
 * Writes the tidy CSV exports: {@value #PER_STORY} (one row per story × outlet × measure × label
 * × detail) and {@value #ALL_STORIES} (the same per outlet, across stories; its {@code story}
 * column holds {@value #ALL}). UTF-8 without byte-order mark, RFC 4180, LF line ends, rows in a
 * fixed order and numbers printed with {@link Locale#ROOT}: the same input gives the same bytes
 * (printed by {@link CsvOut}, the characters of Commons CSV with {@link SentencesCsvWriter#FORMAT}).
 * The measures are those of {@link Measures}. Not thread-safe: one writer per output folder.
 */
public final class MeasuresCsvWriter implements Closeable {
    /** The per-story table. */
    public static final String PER_STORY = "measures.csv";
    /** The across-stories table. */
    public static final String ALL_STORIES = "measures_all_stories.csv";
    /** The {@code story} value of the across-stories rows. */
    public static final String ALL = "(all stories)";
    /** The columns of both tables, in order. */
    public static final List<String> COLUMNS =
            List.of("story", "outlet", "measure", "label", "detail", "count", "base", "share", "per_1000_words");

    private final CsvOut perStory;
    private final CsvOut allStories;
    private final Vocabulary vocabulary;
    private final Lexicon lexicon;
    private final Decimals decimals = new Decimals();

    /**
     * @param dir        the folder to write both tables in (created if missing)
     * @param vocabulary the labels of the run
     * @param lexicon    the codebook's cue connotations
     * @throws IOException when a file cannot be opened
     */
    MeasuresCsvWriter(Path dir, Vocabulary vocabulary, Lexicon lexicon) throws IOException {
        Files.createDirectories(dir);
        this.vocabulary = vocabulary;
        this.lexicon = lexicon;
        this.perStory = open(dir.resolve(PER_STORY));
        CsvOut all;
        try {
            all = open(dir.resolve(ALL_STORIES));
        } catch (IOException e) {
            perStory.close();
            throw e;
        }
        this.allStories = all;
    }

    /**
     * @param story   a story id
     * @param outlets its outlets' profiles, in outlet order
     * @throws IOException on a write error
     */
    void story(String story, Map<String, OutletProfile> outlets) throws IOException {
        for (Map.Entry<String, OutletProfile> e : outlets.entrySet()) {
            print(perStory, story, e.getKey(), e.getValue());
        }
    }

    /**
     * @param outlets each outlet's profile across stories, in outlet order
     * @throws IOException on a write error
     */
    void allStories(Map<String, OutletProfile> outlets) throws IOException {
        for (Map.Entry<String, OutletProfile> e : outlets.entrySet()) {
            print(allStories, ALL, e.getKey(), e.getValue());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            perStory.close();
        } finally {
            allStories.close();
        }
    }

    private static CsvOut open(Path file) throws IOException {
        CsvOut p = CsvOut.open(file);
        try {
            p.printRecord(COLUMNS.toArray());
        } catch (IOException e) {
            p.close();
            throw e;
        }
        return p;
    }

    private void print(CsvOut out, String story, String outlet, OutletProfile p) throws IOException {
        String guardedStory = FormulaGuard.csv(story);
        String guardedOutlet = FormulaGuard.csv(outlet);
        for (MeasureRow r : Measures.rows(p, vocabulary, lexicon)) {
            Double share = r.share();
            Double rate = r.per1000(p.words());
            // ids and labels are text from the input (a speaker, a cue term): neutralise formulas
            // value by value rather than printRecord(Object...): the same characters, without a
            // stream per row
            out.print(guardedStory);
            out.print(guardedOutlet);
            out.print(r.measure());
            out.print(FormulaGuard.csv(r.label()));
            out.print(FormulaGuard.csv(r.detail()));
            out.print(r.count());
            if (r.base() == null) {
                out.print("");
            } else {
                out.print(r.base().longValue());
            }
            out.print(share == null ? "" : decimals.fixed(share, 4));
            out.print(rate == null ? "" : decimals.fixed(rate, 2));
            out.println();
        }
    }
}
