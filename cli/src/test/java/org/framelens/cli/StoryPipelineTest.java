package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.framelens.extract.read.ArticleRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stories worked on several threads come out in input order, and the run's files do not change. */
class StoryPipelineTest {
    @TempDir
    Path dir;

    /** Stories as lists of articles, each {@code outlets} long. */
    private static List<List<ArticleRef>> refs(int stories, int outlets) {
        List<List<ArticleRef>> all = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            List<ArticleRef> story = new ArrayList<>();
            for (int o = 0; o < outlets; o++) {
                story.add(new ArticleRef("story-" + s, "outlet-" + o, Path.of("s" + s, "o" + o + ".txt")));
            }
            all.add(story);
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 16})
    void resultsArriveInStoryOrderWhateverTheThreadsAndDurations(int threads) throws IOException {
        Set<String> workers = ConcurrentHashMap.newKeySet();
        List<String> seen = new ArrayList<>();
        new StoryPipeline<List<ArticleRef>, String>(threads, story -> {
            workers.add(Thread.currentThread().getName());
            // early stories take longest, so later ones finish first
            int n = Integer.parseInt(story.get(0).story().substring("story-".length()));
            sleep(Math.max(0, 40 - n * 2));
            return story.get(0).story() + "/" + story.size();
        }).run(refs(30, 3), seen::add);
        List<String> expected = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            expected.add("story-" + s + "/3");
        }
        assertEquals(expected, seen);
        if (threads > 1) {
            assertTrue(workers.size() > 1, "the work ran on several threads: " + workers);
        }
    }

    @Test
    void aConsumerFailureStopsTheRunAndIsRethrown() {
        AtomicInteger consumed = new AtomicInteger();
        IOException e = assertThrows(IOException.class, () -> new StoryPipeline<List<ArticleRef>, String>(2, s -> s.get(0).story())
                .run(refs(20, 1), s -> {
                    if (consumed.incrementAndGet() == 3) {
                        throw new IOException("disk full");
                    }
                }));
        assertEquals("disk full", e.getMessage());
        assertEquals(3, consumed.get());
    }

    @Test
    void aBugInTheWorkIsRethrownAsItWas() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new StoryPipeline<List<ArticleRef>, String>(2, s -> {
            throw new IllegalStateException("bug in " + s.get(0).story());
        }).run(refs(5, 1), s -> { }));
        assertEquals("bug in story-0", e.getMessage());
    }

    @Test
    void oneThreadOrFourWriteTheSameBytes() throws IOException {
        Path input = Path.of("..", "eval", "heldout");
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        RunCommandTest.Outcome a = RunCommandTest.run("run", input.toString(), "-o", one.toString(), "--threads", "1");
        RunCommandTest.Outcome b = RunCommandTest.run("run", input.toString(), "-o", four.toString(), "--threads", "4");
        assertEquals(0, a.exit(), a.err());
        assertEquals(0, b.exit(), b.err());
        // progress lines come only when a run takes more than a few seconds (a loaded machine): timing, not messages
        assertEquals(withoutProgress(a.err()), withoutProgress(b.err()), "the same messages in the same order");
        assertArrayEquals(Files.readAllBytes(one.resolve("sentences.csv")), Files.readAllBytes(four.resolve("sentences.csv")));
        List<Path> csvs;
        try (Stream<Path> s = Files.list(one.resolve("csv"))) {
            csvs = s.sorted().toList();
        }
        assertTrue(csvs.size() >= 5, csvs.toString());
        for (Path f : csvs) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(four.resolve("csv").resolve(f.getFileName())),
                    f.getFileName().toString());
        }
    }

    @Test
    void zeroThreadsIsAUsageError() {
        RunCommandTest.Outcome o = RunCommandTest.run("run", RunCommandTest.SAMPLE.toString(), "-o",
                dir.resolve("out").toString(), "--threads", "0");
        assertEquals(ExitCode.USAGE, o.exit());
        assertTrue(o.err().contains("--threads must be 1 or more"), o.err());
    }

    /** The messages without the progress lines a slow run adds ({@link Progress}, lines mode). */
    private static String withoutProgress(String err) {
        return err.lines().filter(l -> !l.matches("framelens: [0-9,]+/[0-9,]+ articles, [0-9,]+ s.*"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
