package org.framelens.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.framelens.extract.Extractor;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.model.Article;
import org.framelens.model.Words;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the extract stage: {@link Extractor#extract} with the standard stages and the
 * default codebook (as a run builds it), over a generated corpus of {@code stories × outlets}
 * articles of about 600 words ({@link CorpusGenerator}, fixed seed) held in memory, so reading
 * and writing are not measured.
 *
 * <p>One operation extracts every article of the corpus once. The {@code words} secondary result
 * is the throughput that matters: words per second, counted as the CSV counts them
 * ({@link Words#count}). {@link #singleThread} uses one thread; {@link #parallel} extracts the
 * articles with a parallel stream, which on the common fork-join pool uses every core (the
 * calling thread and {@code cores - 1} workers), as one {@link Extractor} is shared by all
 * threads.
 *
 * <p>Run it with {@code bench/run.sh}; the build compiles it but never runs it. The repository
 * root (whose texts the generator recombines) is found from the working directory, or given as
 * {@code -Dframelens.root=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractBenchmark {
    /** Stories in the corpus. */
    @Param("20")
    public int stories;
    /** Outlets per story. */
    @Param("5")
    public int outlets;
    /** Words per article, about. */
    @Param("600")
    public int words;
    /**
     * Whether the stance model runs after the cues ({@code true}, as a run does) or not: the
     * model's cost in speed, measured beside what it buys in accuracy (README, "Performance").
     */
    @Param({"true", "false"})
    public boolean stanceModel;

    private Extractor extractor;
    private List<Article> articles;
    private long corpusWords;

    /**
     * Words extracted, reported by JMH as a rate (words per second). Per thread, as JMH requires
     * of auxiliary counters; reset every iteration.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        /** Words extracted in this iteration. */
        public long words;

        /** Clears the count. */
        @Setup(Level.Iteration)
        public void clear() {
            words = 0;
        }
    }

    /**
     * Builds the extractor and the corpus.
     *
     * @throws IOException if the repository's texts cannot be read
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Codebook codebook = new CodebookLoader().defaults();
        Extractor.Builder b = Extractor.builder(codebook);
        if (!stanceModel) {
            b.stanceContext(org.framelens.extract.tag.ArticleLabeler.NONE);
        }
        extractor = b.build();
        Path root = CorpusGenerator.findRoot(Path.of(System.getProperty("framelens.root", "")));
        articles = CorpusGenerator.fromRepository(root)
                .articles(CorpusGenerator.DEFAULT_SEED, stories, outlets, words).stream()
                .map(a -> new Article(a.story(), a.outlet(), a.story() + "/" + a.outlet() + ".txt", "", a.text()))
                .toList();
        corpusWords = articles.stream().mapToLong(a -> Words.count(a.text())).sum();
    }

    /**
     * @param counters where the words are counted
     * @return the number of sentences, so that no work can be skipped
     */
    @Benchmark
    public long singleThread(Counters counters) {
        long sentences = 0;
        for (Article a : articles) {
            sentences += extractor.extract(a).sentences().size();
        }
        counters.words += corpusWords;
        return sentences;
    }

    /**
     * @param counters where the words are counted
     * @return the number of sentences, so that no work can be skipped
     */
    @Benchmark
    public long parallel(Counters counters) {
        long sentences = articles.parallelStream().mapToLong(a -> extractor.extract(a).sentences().size()).sum();
        counters.words += corpusWords;
        return sentences;
    }
}
