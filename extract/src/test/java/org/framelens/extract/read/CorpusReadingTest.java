package org.framelens.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.framelens.model.Article;
import org.framelens.model.Problem;
import org.framelens.model.Problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReadingTest {
    @TempDir
    Path dir;

    private final CorpusScanner scanner = new CorpusScanner();
    private final ArticleLoader loader = new ArticleLoader();

    @Test
    void storyFolderTakesFileNamesAsOutletsAndWarnsAboutOtherFiles() throws IOException {
        Path story = Files.createDirectories(dir.resolve("budget-fight"));
        write(story.resolve("wire.txt"), "Title\n\nBody text.\n");
        write(story.resolve("daily.TXT"), "Title\n\nBody text.\n");
        write(story.resolve("notes.md"), "not an article");
        write(story.resolve(".DS_Store"), "x");
        Files.createDirectories(story.resolve("gold"));

        Scan scan = scanner.scan(story);

        assertEquals(List.of("daily", "wire"), scan.articles().stream().map(ArticleRef::outlet).toList());
        assertTrue(scan.articles().stream().allMatch(a -> a.story().equals("budget-fight")));
        Problem md = only(scan.problems(), Severity.WARNING);
        assertTrue(md.path().endsWith("notes.md"), md.toString());
        assertTrue(md.reason().contains("not an article"), md.reason());
        assertEquals(2, scan.problems().stream().filter(p -> p.severity() == Severity.INFO).count());
    }

    @Test
    void folderOfStoryFoldersUsesFolderNamesAsStories() throws IOException {
        write(Files.createDirectories(dir.resolve("b-story")).resolve("x.txt"), "T\n\nBody.");
        write(Files.createDirectories(dir.resolve("a-story")).resolve("y.txt"), "T\n\nBody.");
        Files.createDirectories(dir.resolve("empty-story"));
        write(dir.resolve("README.md"), "about");

        Scan scan = scanner.scan(dir);

        assertEquals(List.of("a-story/y", "b-story/x"),
                scan.articles().stream().map(a -> a.story() + "/" + a.outlet()).toList());
        assertEquals(2, scan.problems().stream().filter(p -> p.severity() == Severity.WARNING).count());
    }

    @Test
    void missingInputIsAnError() {
        assertThrows(NoSuchFileException.class, () -> scanner.scan(dir.resolve("nope")));
    }

    @Test
    void keepsBomAndLineEndsSoOffsetsIndexTheFile() throws IOException {
        byte[] bytes = "\uFEFFTitle\r\n\r\nBody.\r".getBytes(StandardCharsets.UTF_8);
        Path f = dir.resolve("o.txt");
        Files.write(f, bytes);
        Article a = loader.load(new ArticleRef("s", "o", f)).article().orElseThrow();
        assertEquals("\uFEFFTitle\r\n\r\nBody.\r", a.text());
        assertEquals(ArticleLoader.sha256(bytes), a.sha256());
    }

    @Test
    void windows1252IsDecodedWithAWarningNotMojibake() throws IOException {
        Path f = dir.resolve("o.txt");
        Files.write(f, new byte[] {'Q', 'u', 'o', 't', 'e', ':', ' ', (byte) 0x93, 'n', 'o', (byte) 0x94, '.'});
        Loaded l = loader.load(new ArticleRef("s", "o", f));
        assertEquals("Quote: \u201Cno\u201D.", l.article().orElseThrow().text());
        Problem p = only(l.problems(), Severity.WARNING);
        assertTrue(p.reason().contains("Windows-1252") && p.reason().contains("offset 7"), p.reason());
    }

    @Test
    void emptyAndBinaryFilesAreErrorsWithTheirReason() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Path blank = dir.resolve("blank.txt");
        write(blank, " \n\n\t\n");
        Path binary = dir.resolve("bin.txt");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1});

        assertError(empty, "empty file");
        assertError(blank, "only white space");
        assertError(binary, "binary file");
    }

    @Test
    void binaryDataWithoutANulByteIsNotReadAsText() throws IOException {
        // a compressed stream's look: control bytes and bytes that are not UTF-8, but no NUL
        byte[] blob = new byte[400];
        byte[] pattern = {0x1F, (byte) 0x8B, 0x08, 'A', 'B', 'C', 'D', 'E'};
        for (int i = 0; i < blob.length; i++) {
            blob[i] = pattern[i % pattern.length];
        }
        Path binary = dir.resolve("feed.txt");
        Files.write(binary, blob);

        Loaded l = loader.load(new ArticleRef("s", "o", binary));

        assertFalse(l.article().isPresent());
        assertEquals(List.of(new Problem(Severity.ERROR, binary.toString(),
                "binary file (100 of its 400 characters are control characters), not an article")), l.problems(),
                "the error only: no Windows-1252 warning for bytes that are not text");
    }

    @Test
    void aFewStrayControlCharactersInTextAreKept() throws IOException {
        // an end-of-file mark and a form feed, as old editors leave them, in a real article
        String text = "Harbour Vote Delayed\n\nThe council put off the harbour vote until the spring, its chair said."
                + "\f\nMembers wanted the cost estimates checked first.\n\u001A";
        Path f = dir.resolve("old.txt");
        write(f, text);

        Loaded l = loader.load(new ArticleRef("s", "o", f));

        assertEquals(text, l.article().orElseThrow().text());
        assertEquals(List.of(), l.problems());
    }

    private void assertError(Path f, String reason) {
        Loaded l = loader.load(new ArticleRef("s", "o", f));
        assertFalse(l.article().isPresent(), f.toString());
        Problem p = only(l.problems(), Severity.ERROR);
        assertEquals(f.toString(), p.path());
        assertTrue(p.reason().contains(reason), p.reason());
    }

    private static Problem only(List<Problem> problems, Severity severity) {
        List<Problem> found = problems.stream().filter(p -> p.severity() == severity).toList();
        assertEquals(1, found.size(), problems.toString());
        return found.get(0);
    }

    private static void write(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }
}
