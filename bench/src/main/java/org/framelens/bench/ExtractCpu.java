package org.framelens.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.extract.Extractor;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.tag.ArticleLabeler;
import org.framelens.model.Article;
import org.framelens.model.Words;

/**
 * The extract stage's speed in words per <em>CPU second</em> of one thread: the same work as
 * {@link ExtractBenchmark#singleThread} (the default codebook, the generated corpus), timed with
 * the thread's own CPU clock instead of the wall clock. Why: on a machine others share, a
 * thread waits for a core and JMH's wall-clock throughput falls with the load; the CPU seconds a
 * thread spends move far less (though not at all is too much to ask: cores shared with others
 * run slower through cache and memory contention). Read it as a single-thread figure; both cores
 * give at most twice as much.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.framelens.bench.ExtractCpu [--no-model] [--rounds N]</pre>
 *
 * <p>Prints each measured round and the median; the first third of the rounds warm the JIT up
 * and are not counted. Single use from {@code main}; not thread-safe.
 */
public final class ExtractCpu {
    private ExtractCpu() {
    }

    /**
     * @param args {@code --no-model} to leave the learnt stance model out; {@code --rounds N}
     *             (default 15)
     * @throws Exception when the repository's texts cannot be read
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean model = true;
        int rounds = 15;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--no-model" -> model = false;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--no-model, --rounds N)");
            }
        }
        Extractor.Builder b = Extractor.builder(new CodebookLoader().defaults());
        if (!model) {
            b.stanceContext(ArticleLabeler.NONE);
        }
        Extractor extractor = b.build();
        Path root = CorpusGenerator.findRoot(Path.of(System.getProperty("framelens.root", "")));
        List<Article> articles = CorpusGenerator.fromRepository(root)
                .articles(CorpusGenerator.DEFAULT_SEED, 20, 5, 600).stream()
                .map(a -> new Article(a.story(), a.outlet(), a.story() + "/" + a.outlet() + ".txt", "", a.text()))
                .toList();
        long words = articles.stream().mapToLong(a -> Words.count(a.text())).sum();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        int warmUp = rounds / 3;
        for (int r = 0; r < rounds; r++) {
            long start = cpu.getCurrentThreadCpuTime();
            long sentences = 0;
            for (Article a : articles) {
                sentences += extractor.extract(a).sentences().size();
            }
            double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            double rate = words / seconds;
            out.printf(Locale.ROOT, "round %2d%s: %,.0f words per CPU second (%d sentences, %.2f CPU s)%n",
                    r + 1, r < warmUp ? " (warm-up)" : "", rate, sentences, seconds);
            if (r >= warmUp) {
                rates.add(rate);
            }
        }
        rates.sort(null);
        out.printf(Locale.ROOT, "median: %,.0f words per CPU second, one thread (%,d words, stance model %s, load %s)%n",
                rates.get(rates.size() / 2), words, model ? "on" : "off",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
