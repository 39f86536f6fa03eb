package org.framelens.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.framelens.model.Article;
import org.framelens.model.Problem;
import org.framelens.model.Problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The input forms beyond plain story folders — HTML files, manifests, JSON Lines — as the scanner
 * finds them and the loader reads them: ids, order, duplicates, the title rule, hashes, charsets.
 */
class InputFormsTest {
    @TempDir
    Path dir;

    private final CorpusScanner scanner = new CorpusScanner();
    private final ArticleLoader loader = new ArticleLoader();

    @Test
    void htmlFilesAreArticlesAndADuplicateOutletIdIsSkippedAsAFailure() throws IOException {
        Path story = Files.createDirectories(dir.resolve("vote"));
        write(story.resolve("daily.html"), "<article><h1>Vote Delayed</h1><p>The vote was delayed.</p></article>");
        write(story.resolve("daily.txt"), "Vote Delayed\n\nThe vote was delayed again.\n");
        write(story.resolve("wire.HTM"), "<p>Lawmakers postponed the vote.</p>");

        Scan scan = scanner.scan(story);

        assertEquals(List.of("daily", "daily", "wire"), scan.articles().stream().map(ArticleRef::outlet).toList());
        Loaded first = loader.load(scan.articles().get(0));
        assertEquals("Vote Delayed\n\nThe vote was delayed.\n", first.article().orElseThrow().text(),
                "the first in file name order is kept, its main text extracted");
        Loaded dup = loader.load(scan.articles().get(1));
        assertFalse(dup.article().isPresent());
        Problem p = dup.problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(story.resolve("daily.txt").toString(), p.path());
        assertTrue(p.reason().startsWith("duplicate outlet id 'daily' in story 'vote': already read from "
                + story.resolve("daily.html")), p.reason());
        assertEquals("Lawmakers postponed the vote.\n", loader.load(scan.articles().get(2)).article().orElseThrow().text());
    }

    @Test
    void jsonLinesAtTheTopOfAFolderOfStoriesAreReadAndCsvFilesThereAreNot() throws IOException {
        write(Files.createDirectories(dir.resolve("b-story")).resolve("x.txt"), "T\n\nBody.");
        write(dir.resolve("export.jsonl"), "{\"story\":\"a-story\",\"outlet\":\"feed\",\"text\":\"Body.\"}\n"
                + "{\"story\":\"b-story\",\"outlet\":\"feed\",\"text\":\"Body.\"}\n");
        write(dir.resolve("notes.csv"), "story,outlet,text\nc,d,e\n");

        Scan scan = scanner.scan(dir);

        assertEquals(List.of("a-story/feed", "b-story/feed", "b-story/x"),
                scan.articles().stream().map(a -> a.story() + "/" + a.outlet()).toList(),
                "one story's articles together, whichever file they came from");
        Problem csv = scan.problems().stream().filter(p -> p.path().endsWith("notes.csv")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, csv.severity());
        assertTrue(csv.reason().contains("read only when it is the INPUT"), csv.reason());
    }

    @Test
    void manifestRowsAreOrderedByStoryThenOutletWhateverTheirOrderInTheFile() throws IOException {
        Path m = dir.resolve("m.csv");
        write(m, "story,outlet,text\nz,b,Text one.\na,z,Text two.\nz,a,Text three.\na,b,Text four.\n");
        Scan scan = scanner.scan(m);
        assertEquals(List.of("a/b", "a/z", "z/a", "z/b"), scan.articles().stream().map(a -> a.story() + "/" + a.outlet()).toList());
        assertEquals(List.of(m + ":5", m + ":3", m + ":4", m + ":2"), scan.articles().stream().map(ArticleRef::where).toList());
    }

    @Test
    void aRowRewrittenBetweenScanAndLoadIsAnErrorNotWrongText() throws IOException {
        Path f = dir.resolve("feed.jsonl");
        write(f, "{\"story\":\"s\",\"outlet\":\"a\",\"text\":\"Original text.\"}\n");
        Scan scan = scanner.scan(f);
        write(f, "{\"story\":\"s\",\"outlet\":\"a\",\"text\":\"Replaced text!\"}\n");
        Loaded l = loader.load(scan.articles().get(0));
        assertFalse(l.article().isPresent());
        assertEquals(f + ":1", l.problems().get(0).path());
        assertTrue(l.problems().get(0).reason().contains("changed while the run was reading it"), l.problems().toString());
    }

    @Test
    void inlineTextIsReadAgainFromTheFileNotKeptInTheScan() throws IOException {
        Path f = dir.resolve("feed.ndjson");
        String text = "Line one.\r\nLine \"two\", with a comma.";
        write(f, "{\"story\":\"s\",\"outlet\":\"a\",\"text\":\"Line one.\\r\\nLine \\\"two\\\", with a comma.\"}");
        ArticleRef ref = scanner.scan(f).articles().get(0);
        Origin.Inline inline = assertInstanceOf(Origin.Inline.class, ref.origin());
        assertEquals(0, inline.offset());
        assertEquals(Files.size(f), inline.length());
        Article a = loader.load(ref).article().orElseThrow();
        assertEquals(text, a.text());
        assertEquals(f + ":1", a.source());
        assertEquals(ArticleLoader.sha256(text.getBytes(StandardCharsets.UTF_8)), a.sha256(), "sha256 of the text offsets index");
    }

    @Test
    void aManifestPathIsResolvedAgainstTheManifestsFolderAndErrorsNameTheRow() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("lists"));
        Files.createDirectories(dir.resolve("texts"));
        write(dir.resolve("texts/ok.txt"), "Headline Here\n\nBody text.\n");
        Files.write(dir.resolve("texts/empty.txt"), new byte[0]);
        Path m = sub.resolve("manifest.csv");
        write(m, "story,outlet,path\ns,ok,../texts/ok.txt\ns,empty,../texts/empty.txt\ns,dir,../texts\n");

        List<ArticleRef> refs = scanner.scan(m).articles();

        assertEquals(List.of("dir", "empty", "ok"), refs.stream().map(ArticleRef::outlet).toList());
        Problem dirProblem = loader.load(refs.get(0)).problems().get(0);
        assertEquals(m + ":4", dirProblem.path());
        assertTrue(dirProblem.reason().contains("is a folder"), dirProblem.reason());
        Problem empty = loader.load(refs.get(1)).problems().get(0);
        assertEquals(sub.resolve("../texts/empty.txt").toString(), empty.path());
        assertEquals("empty file (listed at " + m + ":3)", empty.reason());
        Loaded ok = loader.load(refs.get(2));
        assertEquals(ArticleLoader.sha256(Files.readAllBytes(dir.resolve("texts/ok.txt"))), ok.sha256(),
                "a file read as it is keeps its file hash");
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("Title", "Body.", "Title\n\nBody."),
                Arguments.of("Title", "\uFEFFBody.\r\n", "Title\n\nBody.\r\n"),
                Arguments.of("Title", "\uFEFF  title \r\n\r\nBody.", "\uFEFF  title \r\n\r\nBody."),
                Arguments.of("Title", "\n\n  TITLE\nBody.", "\n\n  TITLE\nBody."),
                Arguments.of("Two words", "Two\u00A0 words\nBody.", "Two\u00A0 words\nBody."),
                Arguments.of("Title", "Title and more\nBody.", "Title\n\nTitle and more\nBody."),
                Arguments.of("Title", "Body first.\nTitle", "Title\n\nBody first.\nTitle"),
                Arguments.of("", "Body.", "Body."));
    }

    @ParameterizedTest(name = "[{index}] {0} + {1}")
    @MethodSource("titles")
    void aTitleBecomesTheHeadlineLineUnlessTheTextStartsWithIt(String title, String text, String expected) {
        assertEquals(expected, ArticleLoader.withTitle(title, text));
    }

    @Test
    void htmlIsDecodedWithItsDeclaredCharsetButABomWins() throws IOException {
        byte[] latin = "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>Caf\u00e9 \u0093x\u0094</p>"
                .getBytes(StandardCharsets.ISO_8859_1); // U+0093 / U+0094 become the bytes 0x93 / 0x94
        Path a = dir.resolve("a.html");
        Files.write(a, latin);
        Loaded la = loader.load(new ArticleRef("s", "a", a));
        assertEquals("Caf\u00e9 \u201cx\u201d\n", la.article().orElseThrow().text(), "ISO-8859-1 read as Windows-1252, as browsers do");
        assertTrue(la.problems().isEmpty(), la.problems().toString());

        Path b = dir.resolve("b.html");
        Files.write(b, ("\uFEFF<meta charset=\"windows-1251\"><p>Caf\u00e9</p>").getBytes(StandardCharsets.UTF_8));
        assertEquals("Caf\u00e9\n", loader.load(new ArticleRef("s", "b", b)).article().orElseThrow().text());

        Path c = dir.resolve("c.html");
        Files.write(c, "<meta charset=\"x-no-such-charset\"><p>Plain.</p>".getBytes(StandardCharsets.UTF_8));
        Loaded lc = loader.load(new ArticleRef("s", "c", c));
        assertEquals("Plain.\n", lc.article().orElseThrow().text());
        assertTrue(lc.problems().get(0).reason().contains("x-no-such-charset"), lc.problems().toString());
    }

    @Test
    void anHtmlPageWithoutTextIsAnError() throws IOException {
        Path f = dir.resolve("o.html");
        write(f, "<html><head><title></title><script>x()</script></head><body><nav>Home</nav></body></html>");
        Loaded l = loader.load(new ArticleRef("s", "o", f));
        assertFalse(l.article().isPresent());
        assertTrue(l.problems().get(0).reason().startsWith("no article text in the HTML"), l.problems().toString());
        assertEquals(ArticleLoader.sha256(Files.readAllBytes(f)), l.sha256(), "the file was read: its hash is kept");
    }

    @Test
    void validationOfTheValues() {
        assertThrows(IllegalArgumentException.class,
                () -> new Origin.Inline(dir, Origin.Format.JSON_LINES, 0, 0, 0, "", -1));
        assertThrows(IllegalArgumentException.class,
                () -> new Origin.Inline(dir, Origin.Format.MANIFEST_CSV, 1, 0, 0, "", -1));
        assertEquals("A b", new Metadata(" A \n\t b ", "", "").title());
        assertThrows(NullPointerException.class, () -> new ArticleRef("s", "o", (Origin) null, Metadata.NONE));
    }

    private static void write(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }
}
