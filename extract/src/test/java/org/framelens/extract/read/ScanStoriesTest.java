package org.framelens.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of story folders is scanned story by story: the scan keeps a count per story folder and
 * lists it again when the story is read, in the same order and with the same duplicate rule as a
 * scan that holds every article.
 */
class ScanStoriesTest {
    @TempDir
    Path dir;

    private final CorpusScanner scanner = new CorpusScanner();

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(List<ArticleRef> refs) {
        return refs.stream().map(a -> a.story() + "/" + a.outlet()).toList();
    }

    @Test
    void storyFoldersAreCountedNowAndListedWhenRead() throws IOException {
        write(dir.resolve("zeta/wire.txt"), "T\n\nBody.");
        write(dir.resolve("alpha/wire.txt"), "T\n\nBody.");
        write(dir.resolve("alpha/daily.html"), "<p>Body.</p>");
        write(dir.resolve("alpha/notes.md"), "not an article");

        Scan scan = scanner.scan(dir);

        assertEquals(List.of("alpha", "zeta"), scan.stories().stream().map(Scan.Story::id).toList());
        scan.stories().forEach(s -> assertInstanceOf(Scan.InFolder.class, s, "holds a count, not the articles"));
        assertEquals(List.of(2, 1), scan.stories().stream().map(Scan.Story::size).toList());
        assertEquals(3, scan.articleCount());
        assertEquals(List.of("alpha/daily", "alpha/wire"), ids(scan.stories().get(0).articles()));
        assertEquals(List.of("alpha/daily", "alpha/wire", "zeta/wire"), ids(scan.articles()));
        // the skipped file is noted at the scan, not again when the story is listed
        assertEquals(1, scan.problems().size());
        assertTrue(scan.problems().get(0).path().endsWith("notes.md"), scan.problems().toString());
    }

    @Test
    void outletOrderAndRepeatedOutletIdsAreThoseOfAWholeScan() throws IOException {
        // file name order ("a-b.txt" < "a.html" < "a.txt") is not outlet id order ("a" < "a-b")
        write(dir.resolve("s/a.txt"), "T\n\nBody.");
        write(dir.resolve("s/a-b.txt"), "T\n\nBody.");
        write(dir.resolve("s/a.html"), "<p>Body.</p>");

        List<ArticleRef> refs = scanner.scan(dir).stories().get(0).articles();

        assertEquals(List.of("s/a", "s/a", "s/a-b"), ids(refs));
        assertTrue(refs.get(0).path().endsWith("a.html"), "the first in file name order is kept");
        Origin.Rejected dup = assertInstanceOf(Origin.Rejected.class, refs.get(1).origin());
        assertTrue(dup.reason().startsWith("duplicate outlet id 'a' in story 's'"), dup.reason());
        assertInstanceOf(Origin.OnDisk.class, refs.get(2).origin());
    }

    @Test
    void aStoryFolderGoneOrEmptiedSinceTheScanIsOneRejectedArticleWithTheReason() throws IOException {
        write(dir.resolve("gone/wire.txt"), "T\n\nBody.");
        write(dir.resolve("emptied/wire.txt"), "T\n\nBody.");
        write(dir.resolve("kept/wire.txt"), "T\n\nBody.");
        Scan scan = scanner.scan(dir);
        Files.delete(dir.resolve("gone/wire.txt"));
        Files.delete(dir.resolve("gone"));
        Files.delete(dir.resolve("emptied/wire.txt"));

        List<Scan.Story> stories = scan.stories();
        assertEquals(List.of("emptied", "gone", "kept"), stories.stream().map(Scan.Story::id).toList());
        Origin.Rejected emptied = assertInstanceOf(Origin.Rejected.class, stories.get(0).articles().get(0).origin());
        assertTrue(emptied.reason().contains("story folder 'emptied' holds no article file any more"), emptied.reason());
        List<ArticleRef> gone = stories.get(1).articles();
        assertEquals(1, gone.size());
        Origin.Rejected r = assertInstanceOf(Origin.Rejected.class, gone.get(0).origin());
        assertTrue(r.reason().contains("story folder 'gone' cannot be listed any more"), r.reason());
        assertTrue(r.where().endsWith("gone"), r.where());
        assertEquals(List.of("kept/wire"), ids(stories.get(2).articles()));
    }

    @Test
    void jsonLinesNextToStoryFoldersAreSortedTogetherWithThem() throws IOException {
        write(dir.resolve("beta/wire.txt"), "T\n\nBody.");
        write(dir.resolve("export.jsonl"),
                "{\"story\":\"beta\",\"outlet\":\"daily\",\"text\":\"Body.\"}\n"
                        + "{\"story\":\"alpha\",\"outlet\":\"wire\",\"text\":\"Body.\"}\n");

        Scan scan = scanner.scan(dir);

        scan.stories().forEach(s -> assertInstanceOf(Scan.Listed.class, s));
        assertEquals(List.of("alpha", "beta"), scan.stories().stream().map(Scan.Story::id).toList());
        assertEquals(List.of("alpha/wire", "beta/daily", "beta/wire"), ids(scan.articles()));
        assertEquals(3, scan.articleCount());
    }

    @Test
    void aStoryFolderRecordNeedsAnArticle() {
        assertThrows(IllegalArgumentException.class, () -> new Scan.InFolder("s", dir, 0));
    }
}
