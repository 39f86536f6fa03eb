package org.framelens.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.framelens.model.Words;

/**
 * Generates a synthetic corpus for benchmarks and scale tests: N stories × K outlets of
 * realistic news articles, recombined from the paragraphs and sentences of the texts that ship
 * with the repository (the sample story and the test and held-out fixtures). No external data.
 *
 * <p>Each article is a headline line, sometimes a byline, then paragraphs separated by blank
 * lines (now and then a subhead) until it holds about the number of words asked for. A paragraph
 * is one of three kinds: one from a small pool the story's outlets share (so outlets of a story
 * quote the same passages, as real coverage does), any source paragraph, or two to four source
 * sentences recombined. Files are written as {@code OUT/story-00001/outlet-01.txt}, UTF-8 with
 * LF line ends.
 *
 * <p>Deterministic: the same sources, seed and sizes give the same bytes. Every article has its
 * own {@link SplittableRandom} seeded from (seed, story, outlet), so story 7 is the same whether
 * 10 or 10,000 stories are generated, and articles are written one at a time (memory does not
 * grow with the corpus).
 *
 * <p>Inputs: the source texts ({@link #fromRepository} reads {@link #SOURCE_DIRS}). Outputs:
 * article texts ({@link #article}, {@link #articles}) or files ({@link #write}). Immutable and
 * thread-safe once built.
 */
public final class CorpusGenerator {
    /** Folders, relative to the repository root, whose {@code .txt} articles are recombined (gold folders excluded). */
    public static final List<String> SOURCE_DIRS = List.of(
            "samples", "extract/src/test/resources/corpus", "eval/heldout");
    /** Default article length, in words (as {@link Words#count} counts them). */
    public static final int DEFAULT_WORDS = 600;
    /** Default seed. */
    public static final long DEFAULT_SEED = 42L;

    /** How many paragraphs a story's outlets draw their shared passages from. */
    private static final int STORY_POOL = 10;
    /** A date or time opening a line marks a dateline strip or a stamp, not a headline. */
    private static final Pattern DATE_START = Pattern.compile(
            "^(?:\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s+\\d)",
            Pattern.CASE_INSENSITIVE);

    private final List<String> headlines;
    private final List<String> bylines;
    private final List<String> subheads;
    private final List<String> paragraphs;
    private final List<String> sentences;

    /**
     * A generated article.
     *
     * @param story  story id ({@code story-00001})
     * @param outlet outlet id ({@code outlet-01})
     * @param text   the article text, ending with a line end
     */
    public record Article(String story, String outlet, String text) {
    }

    private CorpusGenerator(List<String> headlines, List<String> bylines, List<String> subheads,
                            List<String> paragraphs, List<String> sentences) {
        if (headlines.isEmpty() || paragraphs.isEmpty() || sentences.isEmpty()) {
            throw new IllegalArgumentException("the source texts hold no headline, paragraph or sentence to recombine");
        }
        this.headlines = List.copyOf(headlines);
        this.bylines = List.copyOf(bylines);
        this.subheads = List.copyOf(subheads);
        this.paragraphs = List.copyOf(paragraphs);
        this.sentences = List.copyOf(sentences);
    }

    /**
     * @param root the repository root (holding {@code samples/})
     * @return a generator over the {@code .txt} articles of {@link #SOURCE_DIRS}, read in path order
     * @throws IOException if a source cannot be read
     */
    public static CorpusGenerator fromRepository(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : SOURCE_DIRS) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                throw new IOException("no source folder " + d);
            }
            try (Stream<Path> s = Files.walk(d, 2)) {
                s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                        .filter(p -> !d.relativize(p).toString().contains("gold"))
                        .forEach(files::add);
            }
        }
        // path order, not directory order: the pools, and so the output, must not depend on the file system
        files.sort((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString()));
        List<String> texts = new ArrayList<>(files.size());
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        return fromTexts(texts);
    }

    /**
     * @param texts article texts (first lines are headlines, one paragraph per line)
     * @return a generator that recombines them
     * @throws IllegalArgumentException if they hold no headline, paragraph or sentence
     */
    public static CorpusGenerator fromTexts(List<String> texts) {
        List<String> headlines = new ArrayList<>();
        List<String> bylines = new ArrayList<>();
        List<String> subheads = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String text : texts) {
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            List<String> lines = t.replace("\r\n", "\n").replace('\r', '\n').lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!seen.add(line)) {
                    continue; // a variant headline repeated further down the page
                }
                int words = Words.count(line);
                boolean unterminated = ".,;:\u2026".indexOf(line.charAt(line.length() - 1)) < 0;
                if (line.startsWith("By ") && words <= 10) {
                    bylines.add(line);
                } else if (i < 4 && unterminated && words >= 4 && words <= 18 && Character.isUpperCase(line.charAt(0))
                        && !DATE_START.matcher(line).find()) {
                    headlines.add(line);
                } else if (i >= 4 && unterminated && words >= 2 && words <= 8 && Character.isUpperCase(line.charAt(0))
                        && !DATE_START.matcher(line).find()) {
                    subheads.add(line);
                } else if (words >= 12 && endsSentence(line)) {
                    paragraphs.add(line);
                    for (String s : sentences(line)) {
                        if (Words.count(s) >= 5 && balancedQuotes(s)) {
                            sentences.add(s);
                        }
                    }
                }
            }
        }
        return new CorpusGenerator(headlines, bylines, subheads, paragraphs, sentences);
    }

    /**
     * @param start a folder inside the repository (or the root itself)
     * @return the nearest folder at or above it that holds {@code samples/} and {@code eval/}
     * @throws IOException if there is none
     */
    public static Path findRoot(Path start) throws IOException {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(SOURCE_DIRS.get(0))) && Files.isDirectory(p.resolve(SOURCE_DIRS.get(2)))) {
                return p;
            }
        }
        throw new IOException("no framelens repository (samples/ and eval/) at or above " + start);
    }

    /** @param story 0-based story number @return its id, {@code story-00001} for 0 */
    public static String storyId(int story) {
        return String.format(Locale.ROOT, "story-%05d", story + 1);
    }

    /** @param outlet 0-based outlet number @return its id, {@code outlet-01} for 0 */
    public static String outletId(int outlet) {
        return String.format(Locale.ROOT, "outlet-%02d", outlet + 1);
    }

    /**
     * @param seed   the corpus seed
     * @param story  0-based story number
     * @param outlet 0-based outlet number
     * @param words  about how many words the article should hold ({@code > 0})
     * @return the article's text: a pure function of the arguments and the sources
     */
    public String article(long seed, int story, int outlet, int words) {
        if (words <= 0) {
            throw new IllegalArgumentException("words must be positive: " + words);
        }
        SplittableRandom storyRandom = new SplittableRandom(mix(seed, story));
        String storyHeadline = pick(storyRandom, headlines);
        List<String> pool = new ArrayList<>(STORY_POOL);
        for (int i = 0; i < STORY_POOL; i++) {
            pool.add(pick(storyRandom, paragraphs));
        }
        SplittableRandom r = new SplittableRandom(mix(mix(seed, story), outlet + 1L));
        StringBuilder sb = new StringBuilder(words * 7);
        sb.append(r.nextInt(2) == 0 ? storyHeadline : pick(r, headlines)).append("\n\n");
        if (!bylines.isEmpty() && r.nextInt(3) == 0) {
            sb.append(pick(r, bylines)).append("\n\n");
        }
        // between 90% and 110% of the length asked for, as real articles vary
        int target = Math.max(1, words * 9 / 10 + r.nextInt(Math.max(1, words / 5 + 1)));
        Set<String> used = new HashSet<>();
        int count = 0;
        int written = 0;
        while (count < target) {
            if (written >= 3 && !subheads.isEmpty() && r.nextInt(10) == 0) {
                sb.append(pick(r, subheads)).append("\n\n");
            }
            String p = null;
            for (int attempt = 0; attempt < 4 && (p == null || used.contains(p)); attempt++) {
                int kind = r.nextInt(10);
                p = kind < 4 ? pick(r, pool) : kind < 7 ? pick(r, paragraphs) : recombined(r);
            }
            used.add(p);
            sb.append(p).append("\n\n");
            count += Words.count(p);
            written++;
        }
        sb.setLength(sb.length() - 1); // one line end after the last paragraph
        return sb.toString();
    }

    /**
     * @param seed    the corpus seed
     * @param stories how many stories
     * @param outlets how many outlets per story
     * @param words   about how many words per article
     * @return the articles, story by story, in outlet order (held in memory: for small corpora)
     */
    public List<Article> articles(long seed, int stories, int outlets, int words) {
        List<Article> out = new ArrayList<>(stories * outlets);
        for (int s = 0; s < stories; s++) {
            for (int o = 0; o < outlets; o++) {
                out.add(new Article(storyId(s), outletId(o), article(seed, s, o, words)));
            }
        }
        return out;
    }

    /**
     * Writes the corpus as {@code dir/story-00001/outlet-01.txt} …, one article at a time.
     *
     * @param dir     the output folder (created if missing)
     * @param seed    the corpus seed
     * @param stories how many stories
     * @param outlets how many outlets per story
     * @param words   about how many words per article
     * @return the number of words written
     * @throws IOException if a file cannot be written
     */
    public long write(Path dir, long seed, int stories, int outlets, int words) throws IOException {
        long total = 0;
        for (int s = 0; s < stories; s++) {
            Path story = Files.createDirectories(dir.resolve(storyId(s)));
            for (int o = 0; o < outlets; o++) {
                String text = article(seed, s, o, words);
                Files.writeString(story.resolve(outletId(o) + ".txt"), text, StandardCharsets.UTF_8);
                total += Words.count(text);
            }
        }
        return total;
    }

    private String recombined(SplittableRandom r) {
        int n = 2 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(pick(r, sentences));
        }
        return sb.toString();
    }

    private static String pick(SplittableRandom r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** SplitMix64's finaliser over the pair: well-spread seeds for neighbouring story numbers. */
    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && "\"'\u201D\u2019)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return ".!?".indexOf(line.charAt(i)) >= 0;
    }

    /**
     * A rough split, good enough for recombination: after {@code .?!} and any closing quotes,
     * before white space and a capital or an opening quote, except after a short abbreviation or
     * an initial ("Mr.", "Sen.", "J.").
     */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int e = i + 1;
            while (e < n && "\"'\u201D\u2019)".indexOf(paragraph.charAt(e)) >= 0) {
                e++;
            }
            if (e + 1 >= n || paragraph.charAt(e) != ' ') {
                continue;
            }
            char next = paragraph.charAt(e + 1);
            if (!Character.isUpperCase(next) && "\"\u201C\u2018".indexOf(next) < 0) {
                continue;
            }
            int w = i;
            while (w > start && Character.isLetter(paragraph.charAt(w - 1))) {
                w--;
            }
            if (c == '.' && i - w <= 3 && i > w && Character.isUpperCase(paragraph.charAt(w))) {
                continue; // "Mr.", "Sen.", "J.": an abbreviation, not an end
            }
            out.add(paragraph.substring(start, e));
            start = e + 1;
        }
        if (start < n) {
            out.add(paragraph.substring(start));
        }
        return out;
    }

    /** Curly double quotes pair up and straight double quotes come in pairs. */
    private static boolean balancedQuotes(String s) {
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                close++;
            } else if (c == '"') {
                straight++;
            }
        }
        return open == close && straight % 2 == 0;
    }

    /**
     * {@code CorpusGenerator OUT [--stories N] [--outlets K] [--words W] [--seed S] [--root DIR]}:
     * writes N × K articles under OUT (defaults: 100 stories, 10 outlets, 600 words, seed 42, the
     * repository found at or above the working directory).
     *
     * @param args the arguments
     * @throws IOException if the sources cannot be read or the corpus written
     */
    public static void main(String[] args) throws IOException {
        Path out = null;
        int stories = 100;
        int outlets = 10;
        int words = DEFAULT_WORDS;
        long seed = DEFAULT_SEED;
        Path root = null;
        PrintStream err = System.err;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--stories" -> stories = Integer.parseInt(args[++i]);
                    case "--outlets" -> outlets = Integer.parseInt(args[++i]);
                    case "--words" -> words = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--root" -> root = Path.of(args[++i]);
                    default -> {
                        if (args[i].startsWith("--") || out != null) {
                            throw new IllegalArgumentException("unexpected argument " + args[i]);
                        }
                        out = Path.of(args[i]);
                    }
                }
            }
            if (out == null || stories < 0 || outlets < 1 || words < 1) {
                throw new IllegalArgumentException("an output folder and positive sizes are needed");
            }
        } catch (RuntimeException e) {
            err.println("usage: CorpusGenerator OUT [--stories N] [--outlets K] [--words W] [--seed S] [--root DIR]");
            err.println(e.getMessage());
            System.exit(2);
            return;
        }
        CorpusGenerator generator = fromRepository(root != null ? root : findRoot(Path.of("")));
        long total = generator.write(out, seed, stories, outlets, words);
        System.out.printf(Locale.ROOT, "%d articles (%d stories x %d outlets), %d words, seed %d -> %s%n",
                (long) stories * outlets, stories, outlets, total, seed, out);
    }
}
