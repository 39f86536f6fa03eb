package org.framelens.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.model.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic and writes articles the tool reads as articles. */
class CorpusGeneratorTest {
    private static final CorpusGenerator GENERATOR;

    static {
        try {
            GENERATOR = CorpusGenerator.fromRepository(CorpusGenerator.findRoot(Path.of("")));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        long words = GENERATOR.write(a, 7, 3, 4, 600);
        assertEquals(words, GENERATOR.write(b, 7, 3, 4, 600));
        List<Path> files = files(a);
        assertEquals(12, files.size());
        assertEquals(files.stream().map(a::relativize).toList(), files(b).stream().map(b::relativize).toList());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), f.toString());
        }
        // a fresh generator over the same sources gives the same text, too
        assertEquals(GENERATOR.article(7, 2, 3, 600),
                CorpusGenerator.fromRepository(CorpusGenerator.findRoot(Path.of(""))).article(7, 2, 3, 600));
    }

    @Test
    void aStoryDoesNotDependOnTheCorpusSizeAndSeedsDiffer() {
        List<CorpusGenerator.Article> small = GENERATOR.articles(42, 2, 2, 600);
        List<CorpusGenerator.Article> large = GENERATOR.articles(42, 5, 3, 600);
        assertEquals(small.get(3).text(), large.get(4).text(), "story-00002/outlet-02");
        assertEquals("story-00002", large.get(4).story());
        assertEquals("outlet-02", large.get(4).outlet());
        assertNotEquals(GENERATOR.article(42, 0, 0, 600), GENERATOR.article(43, 0, 0, 600));
        assertNotEquals(GENERATOR.article(42, 0, 0, 600), GENERATOR.article(42, 0, 1, 600));
    }

    @Test
    void articlesHaveAHeadlineParagraphsAndAboutTheWordsAsked() {
        for (CorpusGenerator.Article a : GENERATOR.articles(1, 10, 3, 600)) {
            String t = a.text();
            int words = Words.count(t);
            assertTrue(words >= 540 && words <= 900, a.story() + "/" + a.outlet() + ": " + words + " words");
            assertTrue(t.endsWith(".\n") || t.endsWith("\u201D\n") || t.endsWith("\"\n") || t.endsWith("?\n")
                    || t.endsWith("!\n") || t.endsWith(")\n") || t.endsWith("\u2019\n"), t);
            assertFalse(t.endsWith("\n\n"));
            assertFalse(t.contains("\r"));
            String headline = t.substring(0, t.indexOf('\n'));
            assertFalse(headline.isBlank());
            assertTrue(t.startsWith(headline + "\n\n"), "a blank line after the headline");
            assertTrue(t.split("\n\n").length >= 5, "blank-line paragraphs");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
