package org.framelens.extract.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.framelens.model.Problem;
import org.framelens.model.Problem.Severity;

/**
 * Finds the article files under an input path.
 *
 * <ul>
 *   <li>A <b>story folder</b> holds article files directly: the folder name is the story id, each
 *       file name without extension is an outlet id. Sub-folders (e.g. {@code gold/}) are not
 *       read.</li>
 *   <li>A <b>folder of story folders</b> holds no article file itself; each sub-folder holding
 *       article files is a story.</li>
 *   <li>A single <b>article file</b> is a story of one outlet, named after its folder.</li>
 * </ul>
 *
 * <p>Article files are recognised by extension ({@code .txt}); every other file is skipped with a
 * warning that names it. Hidden files (dot files) are skipped with an info note. Results are in
 * plain {@code String} order of story and outlet ids, so runs are deterministic.
 *
 * <p>Immutable and thread-safe.
 */
public final class CorpusScanner {
    /** The extensions read as articles, lower-case, without the dot. */
    public static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt");

    /**
     * @param input a story folder, a folder of story folders, or one article file
     * @return the articles found and the files skipped
     * @throws IOException when the input does not exist or cannot be listed
     */
    public Scan scan(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new java.nio.file.NoSuchFileException(input.toString(), null, "input does not exist");
        }
        List<ArticleRef> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (Files.isRegularFile(input)) {
            Path parent = input.toAbsolutePath().normalize().getParent();
            String story = parent == null || parent.getFileName() == null ? "story" : parent.getFileName().toString();
            if (isArticle(input)) {
                articles.add(new ArticleRef(story, outletId(input), input));
            } else {
                problems.add(notArticle(input));
            }
            return new Scan(articles, problems);
        }
        List<Path> entries = list(input);
        boolean storyFolder = entries.stream().anyMatch(p -> Files.isRegularFile(p) && isArticle(p));
        if (storyFolder) {
            addStory(storyId(input), entries, articles, problems);
        } else {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    if (isHidden(entry)) {
                        continue;
                    }
                    List<Path> inner = list(entry);
                    if (inner.stream().anyMatch(p -> Files.isRegularFile(p) && isArticle(p))) {
                        addStory(entry.getFileName().toString(), inner, articles, problems);
                    } else {
                        problems.add(new Problem(Severity.WARNING, entry.toString(),
                                "skipped: folder holds no article file (*.txt)"));
                    }
                } else {
                    problems.add(skipped(entry));
                }
            }
        }
        return new Scan(articles, problems);
    }

    private static void addStory(String story, List<Path> entries, List<ArticleRef> articles,
                                 List<Problem> problems) {
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                problems.add(new Problem(Severity.INFO, entry.toString(),
                        "sub-folder of story folder '" + story + "' not read"));
            } else if (isArticle(entry)) {
                articles.add(new ArticleRef(story, outletId(entry), entry));
            } else {
                problems.add(skipped(entry));
            }
        }
    }

    private static Problem skipped(Path file) {
        return isHidden(file)
                ? new Problem(Severity.INFO, file.toString(), "hidden file skipped")
                : notArticle(file);
    }

    private static Problem notArticle(Path file) {
        return new Problem(Severity.WARNING, file.toString(),
                "skipped: not an article file (expected one of: *." + String.join(", *.", ARTICLE_EXTENSIONS.stream().sorted().toList()) + ")");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isHidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    static boolean isArticle(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !isHidden(p) && dot > 0
                && ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String outletId(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String storyId(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "story" : name.toString();
    }
}
