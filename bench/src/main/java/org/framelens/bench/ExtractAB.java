package org.framelens.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the extract stage compared in one JVM, round by round: each build's
 * {@code benchmarks.jar} is loaded in a class loader of its own, and every round extracts the
 * generated corpus ({@link ExtractCpu}'s: the default codebook, 20 stories × 5 outlets of 600
 * words) with one build and then the other (the order alternates), timed with the thread's CPU
 * clock. Why: on a shared machine the load moves a run's words per CPU second by ±30 % from one
 * run to the next, which hides a 20 % change between runs made one after the other; two rounds
 * a fraction of a second apart see the same load, so their ratio holds still.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.framelens.bench.ExtractAB BEFORE.jar AFTER.jar [--rounds N]</pre>
 *
 * <p>Prints each build's median and the median ratio AFTER / BEFORE with its quartiles; the
 * first third of the rounds warm the JIT up and are not counted. Single use from {@code main};
 * not thread-safe.
 */
public final class ExtractAB {
    private ExtractAB() {
    }

    /** One build: its extractor and the corpus, made with its own classes. */
    private static final class Build {
        private final Object extractor;
        private final Method extract;
        private final List<Object> articles = new ArrayList<>();
        private long words;

        Build(Path jar, Path root) throws ReflectiveOperationException, java.io.IOException {
            ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> loader = cl.loadClass("org.framelens.extract.codebook.CodebookLoader");
            Object codebook = loader.getMethod("defaults").invoke(loader.getConstructor().newInstance());
            Class<?> extractorClass = cl.loadClass("org.framelens.extract.Extractor");
            Object builder = extractorClass.getMethod("builder", cl.loadClass("org.framelens.extract.codebook.Codebook"))
                    .invoke(null, codebook);
            extractor = builder.getClass().getMethod("build").invoke(builder);
            Class<?> article = cl.loadClass("org.framelens.model.Article");
            extract = extractorClass.getMethod("extract", article);
            Class<?> generator = cl.loadClass(CorpusGenerator.class.getName());
            Object g = generator.getMethod("fromRepository", Path.class).invoke(null, root);
            List<?> generated = (List<?>) generator.getMethod("articles", long.class, int.class, int.class, int.class)
                    .invoke(g, CorpusGenerator.DEFAULT_SEED, 20, 5, 600);
            Method count = cl.loadClass("org.framelens.model.Words").getMethod("count", CharSequence.class);
            for (Object a : generated) {
                String story = (String) a.getClass().getMethod("story").invoke(a);
                String outlet = (String) a.getClass().getMethod("outlet").invoke(a);
                String text = (String) a.getClass().getMethod("text").invoke(a);
                articles.add(article.getConstructor(String.class, String.class, String.class, String.class, String.class)
                        .newInstance(story, outlet, story + "/" + outlet + ".txt", "", text));
                words += ((Number) count.invoke(null, text)).longValue();
            }
        }

        /** @return words per CPU second of one extraction of the corpus */
        double round(ThreadMXBean cpu) throws ReflectiveOperationException {
            long start = cpu.getCurrentThreadCpuTime();
            for (Object a : articles) {
                extract.invoke(extractor, a);
            }
            return words / ((cpu.getCurrentThreadCpuTime() - start) / 1e9);
        }
    }

    /**
     * @param args the jar before, the jar after, {@code --rounds N} (default 60)
     * @throws Exception when a jar or the repository's texts cannot be read
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> jars = new ArrayList<>();
        int rounds = 60;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else {
                jars.add(args[i]);
            }
        }
        if (jars.size() != 2) {
            throw new IllegalArgumentException("usage: ExtractAB BEFORE.jar AFTER.jar [--rounds N]");
        }
        Path root = CorpusGenerator.findRoot(Path.of(System.getProperty("framelens.root", "")));
        Build before = new Build(Path.of(jars.get(0)), root);
        Build after = new Build(Path.of(jars.get(1)), root);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double x;
            double y;
            if (r % 2 == 0) {
                x = before.round(cpu);
                y = after.round(cpu);
            } else {
                y = after.round(cpu);
                x = before.round(cpu);
            }
            if (r >= rounds / 3) {
                a.add(x);
                b.add(y);
                ratio.add(y / x);
            }
        }
        a.sort(null);
        b.sort(null);
        ratio.sort(null);
        int n = ratio.size();
        out.printf(Locale.ROOT, "before: median %,.0f words per CPU second (%s)%n", a.get(n / 2), jars.get(0));
        out.printf(Locale.ROOT, "after:  median %,.0f words per CPU second (%s)%n", b.get(n / 2), jars.get(1));
        out.printf(Locale.ROOT, "after / before: median %.3f, quartiles %.3f - %.3f (%d rounds each, %,d words, load %s)%n",
                ratio.get(n / 2), ratio.get(n / 4), ratio.get(3 * n / 4), n, before.words,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
