package org.framelens.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import org.framelens.model.Lexicon;
import org.framelens.model.profile.CorpusProfile;
import org.framelens.model.profile.OutletProfile;

/**
 * The charts of a run, written as PNG files: every {@link ChartKind} across all stories in
 * {@code charts/}, and, when a run holds several stories, every kind per story in
 * {@code charts/stories/STORY/} for the first {@value #MAX_STORIES} stories (beyond that, charts
 * per story would outnumber what anyone opens; the tables and CSV files still cover every story).
 * Immutable once rendered and thread-safe.
 */
public final class ChartSet {
    /** Stories that get charts of their own in a multi-story run. */
    public static final int MAX_STORIES = 25;
    /** The sub-folder of per-story charts. */
    public static final String STORIES = "stories";
    /** No charts at all. */
    public static final ChartSet NONE = new ChartSet(Map.of(), Map.of());

    /**
     * One chart file.
     *
     * @param kind   which chart
     * @param file   where its PNG is
     * @param width  its nominal width in pixels (the PNG is drawn at twice this)
     * @param height its nominal height in pixels
     */
    public record Chart(ChartKind kind, Path file, int width, int height) {
        /** Validates. */
        public Chart {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(file, "file");
        }
    }

    private final Map<ChartKind, Chart> all;
    private final Map<String, Map<ChartKind, Chart>> byStory;

    private ChartSet(Map<ChartKind, Chart> all, Map<String, Map<ChartKind, Chart>> byStory) {
        this.all = Collections.unmodifiableMap(all);
        this.byStory = Collections.unmodifiableMap(byStory);
    }

    /**
     * Draws and writes every chart.
     *
     * @param corpus  the run's profiles
     * @param lexicon the codebook's labels
     * @param dir     the {@code charts} folder (created if missing)
     * @return the charts written
     * @throws IOException on a write error
     */
    public static ChartSet render(CorpusProfile corpus, Lexicon lexicon, Path dir) throws IOException {
        if (corpus.byKey().isEmpty()) {
            return NONE;
        }
        Files.createDirectories(dir);
        Vocabulary v = Vocabulary.of(lexicon, corpus);
        Map<String, Integer> colours = new HashMap<>();
        for (String outlet : corpus.outlets()) {
            colours.put(outlet, colours.size());
        }
        List<String> stories = List.copyOf(corpus.stories());
        String allScope = stories.size() == 1 ? "Story: " + stories.get(0) : "All " + stories.size() + " stories";
        Map<ChartKind, Chart> all = draw(corpus.acrossStories(), v, allScope, colours, dir);
        Map<String, Map<ChartKind, Chart>> byStory = new LinkedHashMap<>();
        if (stories.size() == 1) {
            byStory.put(stories.get(0), all);
        } else {
            Set<String> used = new HashSet<>();
            for (String story : stories.subList(0, Math.min(MAX_STORIES, stories.size()))) {
                Path sub = Files.createDirectories(dir.resolve(STORIES).resolve(folder(story, used)));
                byStory.put(story, draw(corpus.story(story), v, "Story: " + story, colours, sub));
            }
        }
        return new ChartSet(all, byStory);
    }

    private static Map<ChartKind, Chart> draw(SortedMap<String, OutletProfile> outlets, Vocabulary v, String scope,
                                              Map<String, Integer> colours, Path dir) throws IOException {
        Map<ChartKind, Chart> out = new EnumMap<>(ChartKind.class);
        for (ChartKind kind : ChartKind.values()) {
            Charts.Drawn d = Charts.draw(kind, outlets, v, scope, colours);
            Path file = dir.resolve(kind.file());
            Files.write(file, d.png());
            out.put(kind, new Chart(kind, file, d.width(), d.height()));
        }
        return out;
    }

    /**
     * @param story a story id
     * @param used  folder names given so far (updated)
     * @return a folder name for it: letters, digits, {@code . _ -}; made unique
     */
    static String folder(String story, Set<String> used) {
        String base = story.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "_" + base;
        }
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /** @return the charts across all stories (for a one-story run, that story's) */
    public Map<ChartKind, Chart> all() {
        return all;
    }

    /**
     * @param story a story id
     * @return that story's charts, empty when none were drawn for it
     */
    public Map<ChartKind, Chart> story(String story) {
        return byStory.getOrDefault(story, Map.of());
    }
}
