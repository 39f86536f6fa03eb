package org.framelens.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.framelens.model.Article;
import org.framelens.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every manifest and JSON Lines fixture under {@code src/test/resources/read/rows/CASE/}
 * (the input is the case's {@code manifest.csv} or {@code feed.jsonl}) through the scanner and the
 * loader, and compares a transcript of what came out — each article with its ids, where it came
 * from, its metadata and its exact text (escaped), each failed row with its message, each note —
 * with the case's {@code expected.txt}. The fixtures are deliberately messy: byte-order marks,
 * CRLF and CR, quoted line breaks, JSON escapes and surrogate pairs, nested and extra fields,
 * blank lines, Windows-1252 rows, duplicates and every kind of malformed row.
 *
 * <p>On a mismatch the actual transcript is written to {@code target/rows-actual/CASE.txt}.
 */
class RowReadersTest {
    static Path root() throws URISyntaxException {
        return Path.of(RowReadersTest.class.getResource("/read/rows").toURI());
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void fixturesAreThere() throws Exception {
        assertTrue(cases().count() >= 7, "row fixtures");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void transcriptMatches(String name) throws Exception {
        Path dir = root().resolve(name);
        Path input = Files.exists(dir.resolve("manifest.csv")) ? dir.resolve("manifest.csv") : dir.resolve("feed.jsonl");
        String actual = transcript(dir, input);
        String expected = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path out = Path.of("target", "rows-actual", name + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, name + " (actual written to target/rows-actual/" + name + ".txt)");
    }

    /** The scan and load of {@code input}, with paths shown relative to {@code dir}. */
    static String transcript(Path dir, Path input) throws IOException {
        String prefix = dir.toString() + dir.getFileSystem().getSeparator();
        Scan scan = new CorpusScanner().scan(input);
        ArticleLoader loader = new ArticleLoader();
        List<String> out = new ArrayList<>();
        for (Problem p : scan.problems()) {
            out.add("scan " + p.severity() + " " + p.toString().replace(prefix, ""));
        }
        for (ArticleRef ref : scan.articles()) {
            Loaded l = loader.load(ref);
            String where = ref.where().replace(prefix, "");
            if (l.article().isPresent()) {
                Article a = l.article().get();
                byte[] file = ref.origin() instanceof Origin.OnDisk d ? Files.readAllBytes(d.path()) : new byte[0];
                String sha = a.sha256().equals(ArticleLoader.sha256(file)) ? "file"
                        : a.sha256().equals(ArticleLoader.sha256(a.text().getBytes(StandardCharsets.UTF_8))) ? "text" : "WRONG";
                out.add("article " + ref.story() + "/" + ref.outlet() + " @ " + where + " sha=" + sha
                        + " source=" + a.source().replace(prefix, ""));
                Metadata m = ref.metadata();
                if (!m.equals(Metadata.NONE)) {
                    out.add("  meta title=" + esc(m.title()) + " date=" + esc(m.date()) + " url=" + esc(m.url()));
                }
                out.add("  text " + esc(a.text()));
            } else {
                out.add("failed " + ref.story() + "/" + ref.outlet() + " @ " + where);
            }
            for (Problem p : l.problems()) {
                out.add("  " + p.severity() + " " + p.toString().replace(prefix, ""));
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** Java-style quoting, so that every line end, BOM and control character is visible. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '\uFEFF' || c == '\u00A0' || Character.isSurrogate(c) && !validPair(s, i)) {
                        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
