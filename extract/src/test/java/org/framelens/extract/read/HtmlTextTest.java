package org.framelens.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Main-text extraction from HTML. Each folder under {@code src/test/resources/read/html/} holds a
 * {@code page.html} and the exact text framelens must make of it, {@code expected.txt}; the
 * pages cover a typical news page (head, site header, nav, article header, aside, footer,
 * scripts holding markup-like strings, unclosed paragraphs, every kind of character reference),
 * a page without article or main, a page of teasers, hidden parts and ARIA roles, and a bare
 * fragment.
 */
class HtmlTextTest {
    static Path root() throws URISyntaxException {
        return Path.of(HtmlTextTest.class.getResource("/read/html").toURI());
    }

    static Stream<String> pages() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void fixturesAreThere() throws Exception {
        assertTrue(pages().count() >= 5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractsTheExpectedText(String name) throws Exception {
        Path dir = root().resolve(name);
        String html = Files.readString(dir.resolve("page.html"), StandardCharsets.UTF_8);
        String expected = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        assertEquals(expected, HtmlText.extract(html).text(), name);
    }

    @Test
    void headlineAndParagraphsAreSeparate() {
        HtmlText.Extracted e = HtmlText.extract("<article><h1>A  Title</h1><p>One.</p><p>Two<br>lines.</p></article>");
        assertEquals("A Title", e.headline());
        assertEquals(List.of("One.", "Two\nlines."), e.paragraphs());
    }

    @Test
    void aPageWithNoTextGivesNothing() {
        assertEquals("", HtmlText.extract("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>").text());
        assertEquals("", HtmlText.extract("").text());
    }

    @Test
    void h1InTheArticleWinsOverTheTitleAndIsNotRepeated() {
        HtmlText.Extracted e = HtmlText.extract("<title>Site | Page</title><article><p>Lead.</p><h1>Real headline</h1><p>More.</p></article>");
        assertEquals("Real headline", e.headline());
        assertEquals(List.of("Lead.", "More."), e.paragraphs());
    }

    @Test
    void headingsEndAnOpenHeading() {
        // "<h2>" inside an unclosed "<h1>" closes it, as browsers do
        HtmlText.Extracted e = HtmlText.extract("<main><h1>Head<h2>Sub</h2><p>Text.</p></main>");
        assertEquals("Head", e.headline());
        assertEquals(List.of("Sub", "Text."), e.paragraphs());
    }

    @Test
    void thousandsOfUnclosedTagsKeepTheirTextWithoutOverflowingTheStack() {
        String html = "<article><h1>Deep</h1>" + "<div><font>".repeat(50_000) + "Deep text." + "</p>x".repeat(3) + "</article>";
        HtmlText.Extracted e = HtmlText.extract(html);
        assertEquals("Deep", e.headline());
        assertEquals("Deep text.", e.paragraphs().get(0));
        assertEquals(List.of("Deep text.", "x", "x", "x"), e.paragraphs());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "&amp;|&",
        "&lt;&gt;&quot;&apos;|<>\"'",
        "&eacute;&Eacute;&szlig;&yuml;&nbsp;|\u00e9\u00c9\u00df\u00ff\u00a0",
        "&mdash;&ndash;&hellip;&euro;&trade;|\u2014\u2013\u2026\u20ac\u2122",
        "&Omega;&omega;&sigmaf;&Sigma;|\u03a9\u03c9\u03c2\u03a3",
        "&#8220;x&#x201D;|\u201cx\u201d",
        "&#X41;&#65|AA",
        "&#150;&#151;&#128;|\u2013\u2014\u20ac",
        "&#0;&#xD800;&#99999999;|\ufffd\ufffd\ufffd",
        "&amp &copy 2024|& \u00a9 2024",
        "?a=1&copy=2|?a=1&copy=2",
        "&eacute no semicolon|&eacute no semicolon",
        "&nosuch; & &#; &#x;|&nosuch; & &#; &#x;",
        "AT&T|AT&T",
    })
    void decodesCharacterReferences(String html, String text) {
        assertEquals(text, HtmlEntities.decode(html));
    }
}
