package org.framelens.extract.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.framelens.model.Problem;

/**
 * What {@link CorpusScanner} found: the stories in processing order, each with its articles —
 * rejected rows and duplicates among them, as articles whose load fails with the reason — and the
 * files it skipped or noted. Immutable and thread-safe.
 *
 * <p>Why stories and not one list of articles: a folder of story folders can hold any number of
 * articles, and a run must not hold a reference to each of them from the start to the end. Its
 * stories are {@link InFolder}: the scan keeps each story's id and article count, and
 * {@link Story#articles()} lists the folder again when the story's turn comes. Manifests and JSON
 * Lines files (whose rows may come in any order) are {@link Listed}.
 *
 * @param stories  the stories, ordered by story id; within one, articles by outlet id, then input order
 * @param problems skipped files and other notes about the input, in the order found
 */
public record Scan(List<Story> stories, List<Problem> problems) {
    /** Copies the lists. */
    public Scan {
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }

    /** @return how many articles the stories hold, as counted by the scan */
    public int articleCount() {
        int n = 0;
        for (Story s : stories) {
            n += s.size();
        }
        return n;
    }

    /**
     * Every article, in processing order. Lists every story folder again and holds all the
     * references: for tools and tests that want them at once, not for a run over a large corpus.
     *
     * @return the articles of every story, in order
     */
    public List<ArticleRef> articles() {
        List<ArticleRef> all = new ArrayList<>();
        for (Story s : stories) {
            all.addAll(s.articles());
        }
        return all;
    }

    /** One story of the input: its id, how many articles the scan counted, and the articles. */
    public sealed interface Story permits Listed, InFolder {
        /** @return the story id */
        String id();

        /** @return the number of articles the scan counted */
        int size();

        /**
         * @return the story's articles, ordered by outlet id then input order, a repeated outlet
         *         id as a rejected article; never empty for a story the scan returned
         */
        List<ArticleRef> articles();
    }

    /**
     * A story whose articles the scan holds.
     *
     * @param id       story id
     * @param articles its articles, in order
     */
    public record Listed(String id, List<ArticleRef> articles) implements Story {
        /** Copies the list. */
        public Listed {
            Objects.requireNonNull(id, "id");
            articles = List.copyOf(articles);
        }

        @Override
        public int size() {
            return articles.size();
        }
    }

    /**
     * A story folder, listed again when its articles are asked for: what was there at the scan
     * is what a run reads, unless the folder changed in between (then what is there now; a folder
     * that can no longer be listed gives one rejected article with the reason).
     *
     * @param id     story id, the folder's name
     * @param folder the story folder
     * @param size   the article files the scan counted in it
     */
    public record InFolder(String id, Path folder, int size) implements Story {
        /** Validates the components. */
        public InFolder {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(folder, "folder");
            if (size < 1) {
                throw new IllegalArgumentException("a story folder holds at least one article, not " + size);
            }
        }

        @Override
        public List<ArticleRef> articles() {
            return CorpusScanner.storyFolder(id, folder);
        }
    }
}
