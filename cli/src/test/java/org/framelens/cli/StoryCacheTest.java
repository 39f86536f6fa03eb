package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.extract.read.ArticleRef;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code --incremental} story cache: a story reused from it is the story extracted, field for
 * field; any change to the key misses; a damaged entry is a warning and the story is extracted again.
 */
class StoryCacheTest {
    @TempDir
    Path dir;

    private RunJob job;
    private List<ArticleRef> refs;

    @BeforeEach
    void story() throws IOException {
        Path story = Files.createDirectories(dir.resolve("in").resolve("talks"));
        for (String outlet : List.of("outlet-000", "outlet-002")) {
            Files.copy(RunCommandTest.SAMPLE.resolve(outlet + ".txt"), story.resolve(outlet + ".txt"));
        }
        // a sentence of 100,000 characters must survive the round trip exactly
        Files.writeString(story.resolve("wire.txt"), "Talks Said To Stall\n\nJo Roe said the plan \u201cmust\u201d wait. "
                + "word ".repeat(20_000) + "end.\n", StandardCharsets.UTF_8);
        refs = Stream.of("outlet-000", "outlet-002", "wire")
                .map(o -> new ArticleRef("talks", o, story.resolve(o + ".txt"))).toList();
        job = new RunJob(story, dir.resolve("out"), List.of(), Clock.systemUTC());
    }

    private StoryCache cache(String previous, String next, String version, String codebook) throws IOException {
        return new StoryCache(dir.resolve(previous), dir.resolve(next), version, codebook);
    }

    private static List<Article> articles(RunJob.StoryResult r) {
        return r.harmonized().stream().map(AnalyzedArticle::article).toList();
    }

    @Test
    void aReusedStoryIsTheExtractedStoryAndIsKeptForTheNextRun() throws IOException {
        RunJob.StoryResult first = job.analyze(refs, cache("none", "gen1", "1.0", "cb"));
        assertFalse(first.reused());
        StoryCache second = cache("gen1", "gen2", "1.0", "cb");
        RunJob.StoryResult again = job.analyze(refs, second);

        assertTrue(again.reused());
        assertEquals(1, second.reused());
        assertEquals(first.harmonized(), again.harmonized(), "every sentence, voice and tag, exactly");
        assertEquals(first.aligned(), again.aligned());
        assertEquals(first.inputs(), again.inputs());
        assertTrue(again.problems().isEmpty(), again.problems().toString());
        try (Stream<Path> kept = Files.list(dir.resolve("gen2"))) {
            assertEquals(1, kept.count(), "the entry is kept for the run after");
        }
        assertEquals(1, cache("gen2", "gen3", "1.0", "cb").reuse("talks", articles(first), new ArrayList<>()).stream().count());
    }

    @Test
    void anyJavaStringRoundTripsUnpairedSurrogatesIncluded() throws IOException {
        String text = "Odd \uD800 Name \uDC00 Said \uD83D\uDE00.";
        Article a = new Article("s", "o", "x", "abc", text);
        var sentence = new org.framelens.model.Sentence(0, new org.framelens.model.Span(0, text.length()),
                org.framelens.model.Kind.HEADLINE, 0, text);
        var tagged = new org.framelens.model.TaggedSentence("s", "o", sentence,
                new org.framelens.model.Voice("Name \uD800", org.framelens.model.SpeakerType.PERSON,
                        org.framelens.model.Attribution.REPORTED, "say", "speaker=\uDC00"),
                List.of(new org.framelens.model.Tag("skepticism", "\uD800\u0000", "")),
                List.of(new org.framelens.model.Tag("economy", "", "")));
        List<AnalyzedArticle> story = List.of(new AnalyzedArticle(a, List.of(tagged)));
        assertEquals(story, StoryCache.decode(StoryCache.encode("k", story), "k", List.of(a)));
    }

    @Test
    void anyChangeToTheKeyMisses() throws IOException {
        RunJob.StoryResult first = job.analyze(refs, cache("none", "gen1", "1.0", "cb"));
        List<Article> articles = articles(first);
        List<Problem> problems = new ArrayList<>();
        assertTrue(cache("gen1", "x1", "1.1", "cb").reuse("talks", articles, problems).isEmpty(), "another version");
        assertTrue(cache("gen1", "x2", "1.0", "cb2").reuse("talks", articles, problems).isEmpty(), "another codebook");
        assertTrue(cache("gen1", "x3", "1.0", "cb").reuse("other", articles, problems).isEmpty(), "another story");
        assertTrue(cache("gen1", "x4", "1.0", "cb").reuse("talks", articles.subList(0, 2), problems).isEmpty(),
                "an outlet fewer");
        Article a = articles.get(0);
        List<Article> edited = new ArrayList<>(articles);
        edited.set(0, new Article(a.story(), a.outlet(), a.source(), "0" + a.sha256().substring(1), a.text()));
        assertTrue(cache("gen1", "x5", "1.0", "cb").reuse("talks", edited, problems).isEmpty(), "an edited article");
        assertTrue(problems.isEmpty(), "a miss is no problem: " + problems);
        assertFalse(cache("gen1", "x6", "1.0", "cb").reuse("talks", articles, problems).isEmpty(), "the same key hits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated", "flipped", "garbage", "empty", "folder"})
    void aDamagedEntryIsAWarningAndTheStoryIsExtractedAgain(String damage) throws IOException {
        StoryCache gen1 = cache("none", "gen1", "1.0", "cb");
        RunJob.StoryResult first = job.analyze(refs, gen1);
        Path entry;
        try (Stream<Path> s = Files.list(dir.resolve("gen1"))) {
            entry = s.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        switch (damage) {
            case "truncated" -> Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            case "flipped" -> {
                bytes[bytes.length / 3] ^= 0x40;
                Files.write(entry, bytes);
            }
            case "garbage" -> Files.writeString(entry, "not a cache entry at all, but long enough to be read as one");
            case "empty" -> Files.write(entry, new byte[0]);
            case "folder" -> {
                Files.delete(entry);
                Files.createDirectories(entry);
            }
            default -> throw new IllegalArgumentException(damage);
        }
        StoryCache gen2 = cache("gen1", "gen2", "1.0", "cb");
        RunJob.StoryResult again = job.analyze(refs, gen2);

        assertFalse(again.reused());
        assertEquals(first.harmonized(), again.harmonized(), "extracted again, the same");
        List<Problem> warnings = again.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
        assertEquals(1, warnings.size(), again.problems().toString());
        assertEquals(entry.toString(), warnings.get(0).path());
        assertTrue(warnings.get(0).reason().startsWith("unusable cache entry for story 'talks' ("), warnings.get(0).reason());
        assertTrue(warnings.get(0).reason().endsWith("; the story is extracted again"), warnings.get(0).reason());
        assertEquals(1, gen2.stored(), "a sound entry replaces the damaged one for the next run");
        assertNotEquals(0, Files.size(dir.resolve("gen2").resolve(entry.getFileName())));
    }

    @Test
    void anEntryForOtherTextIsRefusedEvenWithASoundChecksum() throws IOException {
        RunJob.StoryResult first = job.analyze(refs, cache("none", "gen1", "1.0", "cb"));
        StoryCache c = cache("gen1", "gen2", "1.0", "cb");
        List<Article> articles = articles(first);
        String key = c.key("talks", articles);
        // the right key and checksum, but sentences of a shorter article: offsets past its end
        Article shortOne = new Article("talks", "wire", "x", articles.get(2).sha256(), "Too short.");
        List<Article> swapped = List.of(articles.get(0), articles.get(1), shortOne);
        List<Problem> problems = new ArrayList<>();
        Files.write(dir.resolve("gen1").resolve(key), StoryCache.encode(key, first.harmonized()));
        assertTrue(c.reuse("talks", swapped, problems).isEmpty());
        assertEquals(1, problems.size(), problems.toString());
    }
}
