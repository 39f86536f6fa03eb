package org.framelens.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.framelens.model.Lexicon;
import org.framelens.model.profile.CorpusProfile;
import org.framelens.model.profile.OutletProfile;

/**
 * Everything the report says above the sentence level: the workbook's summary sheets (Overview,
 * Framing, Speakers, Stances, Topics, Attribution verbs), the charts under {@value #CHARTS}/ and
 * the tidy tables under {@value #CSV}/, all computed from the stories' profiles.
 *
 * <p>Memory does not grow with the corpus: {@link #addStory} folds a finished story into one
 * profile per outlet across stories and sets the story's own profiles aside in a temporary file;
 * {@link #finish} writes the across-stories block, then reads the stories back one at a time to
 * write each story's block, CSV rows and charts (the measures CSV files on a second thread, from a
 * second reading). Stories are reported in the order they were added; the same input gives the
 * same CSV bytes.
 *
 * <p>Use: {@link #addStory} once per story, {@link #finish} once, {@link #close} always (it
 * deletes the temporary file). Not thread-safe: one summary per run, fed from one thread (merge
 * parallel results with {@link CorpusProfile#merge} before adding a story).
 */
public final class Summary implements Closeable {
    /** The folder of the charts, inside the output folder. */
    public static final String CHARTS = "charts";
    /** The folder of the CSV exports, inside the output folder. */
    public static final String CSV = "csv";
    /** The sub-folder of {@value #CHARTS} with one folder of charts per story (multi-story runs). */
    public static final String STORIES = "stories";
    /**
     * Stories of a multi-story run that get charts of their own: past this, charts per story would
     * outnumber what anyone opens, and each costs a fraction of a second; the tables and CSV files
     * still cover every story.
     */
    public static final int MAX_STORY_CHARTS = 10;

    private final Path dir;
    private final Lexicon lexicon;
    private final int maxStoryCharts;
    private final Path spill;
    private final ObjectOutputStream out;
    private final TreeMap<String, OutletProfile> acrossStories = new TreeMap<>();
    private final Set<String> seen = new HashSet<>();
    private String firstStory;
    private boolean finished;

    /**
     * @param dir     the folder to write {@value #CSV}/ and {@value #CHARTS}/ in (and the temporary file)
     * @param lexicon what the codebook knows of labels, reporting cues and speakers
     * @throws IOException when the temporary file cannot be created
     */
    public Summary(Path dir, Lexicon lexicon) throws IOException {
        this(dir, lexicon, MAX_STORY_CHARTS);
    }

    /** As {@link #Summary(Path, Lexicon)}, with fewer stories charted (tests draw fewer charts). */
    Summary(Path dir, Lexicon lexicon, int maxStoryCharts) throws IOException {
        this.dir = dir;
        this.lexicon = lexicon;
        this.maxStoryCharts = maxStoryCharts;
        Files.createDirectories(dir);
        this.spill = Files.createTempFile(dir, ".profiles-", ".tmp");
        this.out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(spill)));
    }

    /**
     * @param story the profiles of every article of one story (usually of one story id; each id
     *              in it is added as a story)
     * @throws IOException              when the story cannot be set aside
     * @throws IllegalArgumentException when a story id was added before
     * @throws IllegalStateException    after {@link #finish}
     */
    public void addStory(CorpusProfile story) throws IOException {
        if (finished) {
            throw new IllegalStateException("the summary is finished");
        }
        for (String id : story.stories()) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("story '" + id + "' was added before: add each story once, whole");
            }
            if (firstStory == null) {
                firstStory = id;
            }
            SortedMap<String, OutletProfile> outlets = story.story(id);
            outlets.forEach((o, p) -> acrossStories.merge(o, p, OutletProfile::merge));
            out.writeObject(id);
            out.writeObject(new TreeMap<>(outlets));
            // forget what was written, or the stream would keep every profile reachable
            out.reset();
        }
    }

    /** @return the stories added so far */
    public int stories() {
        return seen.size();
    }

    /** @return each outlet's profile across the stories added so far, read-only */
    public SortedMap<String, OutletProfile> acrossStories() {
        return Collections.unmodifiableSortedMap(acrossStories);
    }

    /**
     * Writes the summary sheets into the workbook, the charts and the CSV exports. Does nothing
     * (but close the temporary file) when no story was added.
     *
     * @param workbook the workbook whose summary sheets to write
     * @throws IOException on a read or write error
     */
    public void finish(ReportWorkbook workbook) throws IOException {
        if (finished) {
            throw new IllegalStateException("the summary is finished");
        }
        finished = true;
        out.close();
        int stories = seen.size();
        if (stories == 0) {
            return;
        }
        boolean multi = stories > 1;
        Vocabulary v = Vocabulary.of(lexicon, acrossStories.values());
        List<String> outlets = new ArrayList<>(acrossStories.keySet());
        ChartWriter charts = new ChartWriter(v, outlets);
        Path chartDir = dir.resolve(CHARTS);
        SummarySheets sheets = new SummarySheets(workbook.poi(), workbook.summarySheets(), workbook.styles(), lexicon,
                v, outlets.size(), workbook.maxRows(), workbook.alignmentSummaries());
        sheets.begin(stories, CorpusProfile.total(acrossStories), outlets.size());
        Map<ChartKind, ChartWriter.Chart> all = charts.write(acrossStories,
                multi ? "All " + stories + " stories" : "Story: " + firstStory, chartDir);
        if (multi) {
            sheets.section(new Section("All " + stories + " stories, per outlet", null, acrossStories),
                    List.copyOf(all.values()));
        }
        // the measures CSV files are written on a thread of their own, from a second reading of
        // the stories set aside, while this thread writes the sheets and charts: the two share
        // nothing but read-only state (the vocabulary, the lexicon, the across-stories profiles)
        FutureTask<Void> measures = new FutureTask<>(() -> {
            writeMeasures(v, stories);
            return null;
        });
        Thread measuresThread = new Thread(measures, "framelens-measures");
        measuresThread.setDaemon(true);
        measuresThread.start();
        Throwable failed = null;
        try (ObjectInputStream in = read()) {
            for (int i = 0; i < stories; i++) {
                String id = (String) in.readObject();
                SortedMap<String, OutletProfile> story = castProfiles(in.readObject());
                List<ChartWriter.Chart> embed;
                if (!multi) {
                    embed = List.copyOf(all.values());
                } else if (i < maxStoryCharts) {
                    Path sub = chartDir.resolve(STORIES).resolve(charts.folder(id));
                    embed = List.of(charts.write(story, "Story: " + id, sub).get(ChartKind.FRAMING_SHARE));
                } else {
                    embed = List.of();
                }
                sheets.section(new Section("Story: " + id, id, story), embed);
            }
        } catch (ClassNotFoundException e) {
            failed = new InvalidObjectException("cannot read the profiles set aside: " + e.getMessage());
        } catch (IOException | RuntimeException | Error e) {
            failed = e;
        }
        // always wait for the measures, so the spill file is not deleted under them
        try {
            measures.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = failed != null ? failed : new InterruptedIOException("interrupted while writing the measures");
        } catch (ExecutionException e) {
            failed = failed != null ? failed : e.getCause();
        }
        if (failed instanceof IOException io) {
            throw io;
        } else if (failed instanceof RuntimeException r) {
            throw r;
        } else if (failed instanceof Error err) {
            throw err;
        } else if (failed != null) {
            throw new IOException(failed);
        }
    }

    /** Writes {@value MeasuresCsvWriter#PER_STORY} and {@value MeasuresCsvWriter#ALL_STORIES}. */
    private void writeMeasures(Vocabulary v, int stories) throws IOException {
        try (MeasuresCsvWriter csv = new MeasuresCsvWriter(dir.resolve(CSV), v, lexicon);
             ObjectInputStream in = read()) {
            for (int i = 0; i < stories; i++) {
                String id = (String) in.readObject();
                csv.story(id, castProfiles(in.readObject()));
            }
            csv.allStories(acrossStories);
        } catch (ClassNotFoundException e) {
            throw new InvalidObjectException("cannot read the profiles set aside: " + e.getMessage());
        }
    }

    private ObjectInputStream read() throws IOException {
        return new ObjectInputStream(new BufferedInputStream(Files.newInputStream(spill), 1 << 16));
    }

    @SuppressWarnings("unchecked")
    private static SortedMap<String, OutletProfile> castProfiles(Object o) throws InvalidObjectException {
        if (!(o instanceof TreeMap<?, ?>)) {
            throw new InvalidObjectException("not a story's profiles: " + o);
        }
        return (SortedMap<String, OutletProfile>) o;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(spill);
        }
    }
}
