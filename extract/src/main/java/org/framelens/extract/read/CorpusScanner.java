package org.framelens.extract.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.framelens.model.Problem;
import org.framelens.model.Problem.Severity;

/**
 * Finds the articles under an input path.
 *
 * <ul>
 *   <li>A <b>story folder</b> holds article files directly: the folder name is the story id, each
 *       file name without extension is an outlet id. Sub-folders (e.g. {@code gold/}) are not
 *       read.</li>
 *   <li>A <b>folder of story folders</b> holds no article file itself; each sub-folder holding
 *       article files is a story. JSON Lines files ({@code .jsonl}, {@code .ndjson}) at its top
 *       are read too.</li>
 *   <li>A single <b>article file</b> is a story of one outlet, named after its folder.</li>
 *   <li>A <b>manifest</b> ({@code .csv}, see {@link ManifestReader}) or a <b>JSON Lines</b> file
 *       (see {@link JsonLinesReader}) lists articles with their ids, one per row.</li>
 * </ul>
 *
 * <p>Article files are recognised by extension: {@code .txt}, and {@code .html} / {@code .htm}
 * (main text extracted, see {@link HtmlText}); every other file is skipped with a warning that
 * names it. Hidden files (dot files) are skipped with an info note.
 *
 * <p><b>Order.</b> Articles are returned in plain {@code String} order of story id, then outlet
 * id — so one story's articles are consecutive however a manifest orders its rows — and, for equal
 * ids, in input order. Runs are deterministic.
 *
 * <p><b>Memory.</b> The stories of a folder are returned as {@link Scan.InFolder}: the scan counts
 * each story folder's articles and notes what else it holds, and the folder is listed again when
 * its story is read, so a scan of a folder of 100,000 articles holds one small record per story,
 * not a reference per article. Manifests, JSON Lines files and folders that hold JSON Lines files
 * next to story folders (whose rows may belong to any story) are sorted whole.
 *
 * <p><b>Rows and duplicates.</b> A malformed manifest or JSON Lines row, and every article whose
 * (story, outlet) pair was already taken by an earlier one, is returned as an article with a
 * {@link Origin.Rejected} origin: loading it fails with its reason ({@code file:line: reason}, or
 * {@code duplicate outlet id …}), so it is counted and listed as a failed input while the rest
 * goes on. A duplicate is skipped, not renamed: an outlet id stands for one outlet in every
 * comparison, and an invented one ({@code bbc-2}) would make one outlet count as two. The first
 * in input order is kept — file name order in a folder, row order in a manifest.
 *
 * <p>Immutable and thread-safe.
 */
public final class CorpusScanner {
    /** The extensions read as article files, lower-case, without the dot. */
    public static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "html", "htm");
    /** The extensions read as JSON Lines. */
    public static final Set<String> JSON_LINES_EXTENSIONS = Set.of("jsonl", "ndjson");
    /** The extension read as a manifest when the file is the input. */
    public static final String MANIFEST_EXTENSION = "csv";

    /**
     * @param input a story folder, a folder of story folders, one article file, a manifest or a
     *              JSON Lines file
     * @return the stories found, with their articles, and the files skipped
     * @throws IOException when the input does not exist or cannot be listed
     */
    public Scan scan(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new java.nio.file.NoSuchFileException(input.toString(), null, "input does not exist");
        }
        List<ArticleRef> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (Files.isRegularFile(input)) {
            String ext = extension(input.getFileName().toString());
            if (JSON_LINES_EXTENSIONS.contains(ext)) {
                JsonLinesReader.read(input, articles, problems);
            } else if (ext.equals(MANIFEST_EXTENSION)) {
                ManifestReader.read(input, articles, problems);
            } else if (isArticle(input)) {
                Path parent = input.toAbsolutePath().normalize().getParent();
                String story = parent == null || parent.getFileName() == null ? "story" : parent.getFileName().toString();
                articles.add(new ArticleRef(story, outletId(input), input));
            } else {
                problems.add(notArticle(input));
            }
            return finish(articles, problems);
        }
        List<Path> entries = list(input);
        boolean storyFolder = entries.stream().anyMatch(p -> Files.isRegularFile(p) && isArticle(p));
        if (storyFolder) {
            return new Scan(List.of(folderStory(storyId(input), input, entries, problems)), problems);
        }
        // rows of a JSON Lines file may belong to any story, folders' stories too: then all are sorted together
        boolean rows = entries.stream().anyMatch(p -> !Files.isDirectory(p) && isRows(p));
        List<Scan.Story> folders = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                if (isHidden(entry)) {
                    continue;
                }
                List<Path> inner = list(entry);
                if (inner.stream().anyMatch(p -> Files.isRegularFile(p) && isArticle(p))) {
                    Scan.InFolder story = folderStory(entry.getFileName().toString(), entry, inner, problems);
                    if (rows) {
                        articles.addAll(articleFiles(story.id(), inner)); // sorted with the rows below
                    } else {
                        folders.add(story);
                    }
                } else {
                    problems.add(new Problem(Severity.WARNING, entry.toString(),
                            "skipped: folder holds no article file (" + globs() + ")"));
                }
            } else if (isRows(entry)) {
                JsonLinesReader.read(entry, articles, problems);
            } else if (!isHidden(entry) && extension(entry.getFileName().toString()).equals(MANIFEST_EXTENSION)) {
                // a CSV in a folder may be anything (gold, notes); only one named as INPUT is a manifest
                problems.add(new Problem(Severity.WARNING, entry.toString(),
                        "skipped: a manifest (.csv) is read only when it is the INPUT itself"));
            } else {
                problems.add(skipped(entry));
            }
        }
        // folders listed in name order are in story id order already
        return rows ? finish(articles, problems) : new Scan(folders, problems);
    }

    private static boolean isRows(Path file) {
        return !isHidden(file) && JSON_LINES_EXTENSIONS.contains(extension(file.getFileName().toString()));
    }

    /** Orders by story and outlet id (stable), turns every repeated id pair into a rejected ref, groups by story. */
    private static Scan finish(List<ArticleRef> found, List<Problem> problems) {
        List<ArticleRef> out = inOrder(found);
        List<Scan.Story> stories = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= out.size(); i++) {
            if (i == out.size() || !out.get(i).story().equals(out.get(from).story())) {
                stories.add(new Scan.Listed(out.get(from).story(), out.subList(from, i)));
                from = i;
            }
        }
        return new Scan(stories, problems);
    }

    private static List<ArticleRef> inOrder(List<ArticleRef> found) {
        List<ArticleRef> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(ArticleRef::story).thenComparing(ArticleRef::outlet));
        Map<List<String>, ArticleRef> first = new HashMap<>();
        List<ArticleRef> out = new ArrayList<>(sorted.size());
        for (ArticleRef ref : sorted) {
            if (ref.origin() instanceof Origin.Rejected) {
                out.add(ref);
                continue;
            }
            ArticleRef earlier = first.putIfAbsent(List.of(ref.story(), ref.outlet()), ref);
            if (earlier == null) {
                out.add(ref);
            } else {
                out.add(new ArticleRef(ref.story(), ref.outlet(), new Origin.Rejected(ref.path(), ref.where(),
                        "duplicate outlet id '" + ref.outlet() + "' in story '" + ref.story() + "': already read from "
                                + earlier.where() + "; skipped (give it an outlet id of its own to read it)"),
                        ref.metadata()));
            }
        }
        return out;
    }

    /** Counts a story folder's article files and notes what else it holds; its articles are listed later. */
    private static Scan.InFolder folderStory(String story, Path folder, List<Path> entries, List<Problem> problems) {
        int articles = 0;
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                problems.add(new Problem(Severity.INFO, entry.toString(),
                        "sub-folder of story folder '" + story + "' not read"));
            } else if (isArticle(entry)) {
                articles++;
            } else {
                problems.add(skipped(entry));
            }
        }
        return new Scan.InFolder(story, folder, articles);
    }

    /**
     * The articles of a story folder, listed now, in order: what {@link Scan.InFolder} reads.
     *
     * @return the article files, ordered by outlet id, a repeated outlet id rejected; one rejected
     *         article with the reason when the folder can no longer be listed or holds no article
     */
    static List<ArticleRef> storyFolder(String story, Path folder) {
        List<ArticleRef> found;
        try {
            found = articleFiles(story, list(folder));
        } catch (IOException e) {
            return List.of(gone(story, folder, "cannot be listed any more ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")"));
        }
        return found.isEmpty() ? List.of(gone(story, folder, "holds no article file any more")) : inOrder(found);
    }

    /** The article files among a story folder's entries, in the entries' order. */
    private static List<ArticleRef> articleFiles(String story, List<Path> entries) {
        List<ArticleRef> found = new ArrayList<>();
        for (Path entry : entries) {
            if (!Files.isDirectory(entry) && isArticle(entry)) {
                found.add(new ArticleRef(story, outletId(entry), entry));
            }
        }
        return found;
    }

    private static ArticleRef gone(String story, Path folder, String why) {
        return new ArticleRef(story, "", new Origin.Rejected(folder, folder.toString(),
                "story folder '" + story + "' " + why + " (it changed after the input was scanned)"), Metadata.NONE);
    }

    private static Problem skipped(Path file) {
        return isHidden(file)
                ? new Problem(Severity.INFO, file.toString(), "hidden file skipped")
                : notArticle(file);
    }

    private static Problem notArticle(Path file) {
        return new Problem(Severity.WARNING, file.toString(), "skipped: not an article file (expected one of: "
                + globs() + "; a manifest *.csv or JSON Lines *.jsonl as the INPUT)");
    }

    private static String globs() {
        return "*." + String.join(", *.", ARTICLE_EXTENSIONS.stream().sorted().toList());
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
        return !isHidden(p) && ARTICLE_EXTENSIONS.contains(extension(name));
    }

    /** @return the lower-case extension of a file name, without the dot; empty when it has none */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
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
