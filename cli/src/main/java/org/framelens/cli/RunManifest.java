package org.framelens.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.framelens.model.Problem;
import org.framelens.model.RunInfo;

/**
 * The run manifest, {@code OUT/run.json}: what a scheduler or an auditor needs to know about a run
 * without opening the workbook — tool and Java versions, start and end (UTC), options, the
 * codebook's sources and SHA-256, every input with its SHA-256, status and problems, the counts
 * and the time each phase took. Keys come in a fixed order and lists in run order, so two runs of
 * the same inputs give the same file except for the times ({@code started}, {@code finished},
 * {@code elapsed_ms}, {@code timings_ms}). Written with {@link JsonWriter}, UTF-8.
 *
 * <p>Immutable and thread-safe when its inputs are a list (copied); otherwise as the iterable given.
 *
 * @param tool            the tool's name
 * @param version         the tool's version
 * @param javaVersion     the Java runtime's version
 * @param started         when the run started
 * @param finished        when its outputs were complete
 * @param settings        the options of the run, in the Run sheet's order
 * @param codebookSources where each codebook table came from, in table order
 * @param codebookSha256  the codebook's SHA-256
 * @param inputs          every input, in processing order (a list is copied; any other iterable,
 *                        such as the run's {@link InputLog}, is read when the file is written)
 * @param problems        every warning and error, in the order they occurred
 * @param counts          what the run did
 * @param timings         how long each phase took, in the order they ran
 * @param reusedStories   the stories taken from the {@code --incremental} cache, not extracted
 */
record RunManifest(String tool, String version, String javaVersion, Instant started, Instant finished,
                   List<RunInfo.Setting> settings, Map<String, String> codebookSources, String codebookSha256,
                   Iterable<RunInfo.Input> inputs, List<Problem> problems, Counts counts, List<Phase> timings,
                   java.util.Set<String> reusedStories) {
    /** The manifest's file name in OUT. */
    static final String FILE = "run.json";
    /** The version of this file's layout; raised when a key changes meaning or goes. */
    static final int FORMAT = 1;

    /** Copies the lists; the map keeps its iteration order. */
    RunManifest {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        settings = List.copyOf(settings);
        codebookSources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codebookSources));
        inputs = inputs instanceof List<RunInfo.Input> list ? List.copyOf(list) : Objects.requireNonNull(inputs);
        problems = List.copyOf(problems);
        timings = List.copyOf(timings);
        reusedStories = java.util.Set.copyOf(reusedStories);
    }

    /**
     * What a run did.
     *
     * @param processed articles read and tagged
     * @param failed    inputs that could not be
     * @param stories   stories in the report
     * @param sentences sentences written
     * @param reused    stories taken from the {@code --incremental} cache instead of extracted
     */
    record Counts(long processed, long failed, long stories, long sentences, long reused) {
    }

    /**
     * One phase of the run and how long it took.
     *
     * @param name   the phase, e.g. {@code scan}
     * @param millis its wall time in milliseconds
     */
    record Phase(String name, long millis) {
    }

    /**
     * Times the phases of a run one after the other: each {@link #lap} ends a phase and starts the
     * next. Wall time from {@link System#nanoTime}, which only measures; it never goes into a CSV.
     * Not thread-safe: used by the run's own thread.
     */
    static final class Laps {
        private final List<Phase> phases = new ArrayList<>();
        private long start = System.nanoTime();

        /** @param name the phase that ends now */
        void lap(String name) {
            long now = System.nanoTime();
            phases.add(new Phase(name, (now - start) / 1_000_000));
            start = now;
        }

        /**
         * @param name   a phase measured elsewhere (e.g. summed over threads)
         * @param millis its time
         */
        void add(String name, long millis) {
            phases.add(new Phase(name, millis));
        }

        /** @return the phases so far, in order */
        List<Phase> phases() {
            return List.copyOf(phases);
        }
    }

    /** @return the manifest as JSON text, ending with a line end */
    String json() {
        JsonWriter w = new JsonWriter().beginObject()
                .field("format", FORMAT)
                .field("tool", tool)
                .field("version", version)
                .field("java_version", javaVersion)
                .field("started", time(started))
                .field("finished", time(finished))
                .field("elapsed_ms", Math.max(0, Duration.between(started, finished).toMillis()));
        w.name("options").beginObject();
        for (RunInfo.Setting s : settings) {
            w.field(s.name(), s.value());
        }
        w.endObject();
        w.name("codebook").beginObject().field("sha256", codebookSha256).name("sources").beginObject();
        codebookSources.forEach(w::field);
        w.endObject().endObject();
        Map<String, List<Problem>> byPath = new HashMap<>();
        for (Problem p : problems) {
            byPath.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
        }
        w.name("inputs").beginArray();
        for (RunInfo.Input in : inputs) {
            w.beginObject().field("story", in.story()).field("outlet", in.outlet()).field("where", in.path())
                    .field("sha256", in.sha256()).field("status", in.status())
                    .field("reused", reusedStories.contains(in.story()));
            w.name("problems").beginArray();
            for (Problem p : byPath.getOrDefault(in.path(), List.of())) {
                problem(w, p, false);
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.name("problems").beginArray();
        for (Problem p : problems) {
            problem(w, p, true);
        }
        w.endArray();
        w.name("counts").beginObject()
                .field("articles_processed", counts.processed())
                .field("articles_failed", counts.failed())
                .field("stories", counts.stories())
                .field("stories_reused", counts.reused())
                .field("sentences", counts.sentences())
                .endObject();
        w.name("timings_ms").beginObject();
        for (Phase p : timings) {
            w.field(p.name(), p.millis());
        }
        w.endObject();
        return w.endObject().toString();
    }

    /**
     * @param file where to write the manifest (created or replaced), UTF-8
     * @throws IOException on a write error
     */
    void write(Path file) throws IOException {
        Files.writeString(file, json(), StandardCharsets.UTF_8);
    }

    private static void problem(JsonWriter w, Problem p, boolean withPath) {
        w.beginObject().field("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        if (withPath) {
            w.field("where", p.path());
        }
        w.field("reason", p.reason()).endObject();
    }

    /** ISO 8601 in UTC to the millisecond, e.g. {@code 2024-06-01T02:15:00.123Z}. */
    private static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
