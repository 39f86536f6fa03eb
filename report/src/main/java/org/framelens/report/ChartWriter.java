package org.framelens.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import org.framelens.model.profile.OutletProfile;

/**
 * Draws a block's charts ({@link ChartKind}) and writes them as PNG files. Every outlet keeps one
 * colour in every chart of a run. Not thread-safe: remembers the folder names it gave (a block's
 * charts are drawn in parallel inside {@link #write}, which reads nothing but immutable state).
 */
final class ChartWriter {
    /**
     * One chart file.
     *
     * @param kind   which chart
     * @param file   where its PNG is
     * @param width  its nominal width in pixels (the PNG is drawn at twice this)
     * @param height its nominal height in pixels
     */
    record Chart(ChartKind kind, Path file, int width, int height) {
        Chart {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(file, "file");
        }
    }

    /** A chart drawn and encoded, not yet written. */
    private record Drawn(ChartKind kind, byte[] png, int width, int height) {
    }

    private final Vocabulary vocabulary;
    private final Map<String, Integer> colours = new HashMap<>();
    private final Set<String> folders = new HashSet<>();

    /**
     * @param vocabulary the labels of the run
     * @param outlets    every outlet of the run, in order: the order of their colours
     */
    ChartWriter(Vocabulary vocabulary, List<String> outlets) {
        this.vocabulary = vocabulary;
        outlets.forEach(o -> colours.putIfAbsent(o, colours.size()));
    }

    /**
     * @param outlets the block's outlets
     * @param scope   what the figures cover, for the subtitles
     * @param dir     the folder to write the PNGs in (created if missing)
     * @return the charts written, by kind
     * @throws IOException on a write error
     */
    Map<ChartKind, Chart> write(SortedMap<String, OutletProfile> outlets, String scope, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<ChartKind, Chart> out = new EnumMap<>(ChartKind.class);
        // drawing and encoding is most of a chart's cost and the charts are independent: draw them
        // on every core, then write them in a fixed order
        List<Drawn> drawn = Arrays.stream(ChartKind.values()).parallel()
                .map(kind -> {
                    Charts.Drawn d = Charts.draw(kind, outlets, vocabulary, scope, colours);
                    return new Drawn(kind, d.png(), d.width(), d.height());
                })
                .toList();
        for (Drawn d : drawn) {
            Path file = dir.resolve(d.kind().file());
            Files.write(file, d.png());
            out.put(d.kind(), new Chart(d.kind(), file, d.width(), d.height()));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param story a story id
     * @return a folder name for it: letters, digits, {@code . _ -}; unique among those given
     */
    String folder(String story) {
        String base = story.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "_" + base;
        }
        String name = base;
        for (int i = 2; !folders.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }
}
