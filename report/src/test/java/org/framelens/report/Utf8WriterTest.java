package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The writer's bytes are those of an {@code OutputStreamWriter} with UTF-8, whatever is written
 * and however it is cut into calls: one to four bytes a character, pairs split between calls and
 * between buffer drains, surrogates without their other half.
 */
class Utf8WriterTest {
    private static final String[] PIECES = {
        "<row r=\"1\">", "\uD83D\uDE00", "caf\u00E9", "x", "a long piece longer than the buffer \uD83D\uDE00!", "",
        "\u20AC \u201Cquoted\u201D \u2014", "lone high \uD800 here", "lone low \uDC00 here", "\uD83D", "\uDE00",
        "\uDC00\uD800", "\u007F\u0080\u07FF\u0800\uFFFF", "end with a high \uD834",
    };

    @Test
    void piecesOfEverySizeGiveTheSameBytesAsTheJdkWriter() throws IOException {
        for (int size : new int[] {4, 5, 7, 64, 1 << 16}) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                 Writer ours = new Utf8Writer(actual, size)) {
                for (int i = 0; i < 300; i++) {
                    String p = PIECES[i % PIECES.length];
                    write(jdk, p, i % 4);
                    write(ours, p, i % 4);
                }
            }
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "buffer of " + size);
        }
    }

    @Test
    void randomCharactersGiveTheSameBytesAsTheJdkWriter() throws IOException {
        Random random = new Random(5);
        for (int round = 0; round < 50; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                int kind = random.nextInt(10);
                // mostly ASCII, as sheet XML is, with every other range and stray surrogates
                s.append((char) (kind < 6 ? random.nextInt(0x80)
                        : kind < 8 ? random.nextInt(0x10000)
                        : 0xD800 + random.nextInt(0x800)));
            }
            String text = s.toString();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                 Writer ours = new Utf8Writer(actual, 4 + random.nextInt(100))) {
                int at = 0;
                while (at < text.length()) {
                    int len = Math.min(text.length() - at, random.nextInt(40));
                    String p = text.substring(at, at + len);
                    write(jdk, p, round % 4);
                    write(ours, p, round % 4);
                    at += len;
                }
            }
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "round " + round);
        }
    }

    @Test
    void flushKeepsAHighSurrogateWaitingForItsOtherHalf() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
             Writer ours = new Utf8Writer(actual, 16)) {
            for (Writer w : new Writer[] {jdk, ours}) {
                w.write("a\uD83D");
                w.flush();
                w.write("\uDE00b");
                w.flush();
            }
        }
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }

    @Test
    void afterCloseWritesFailAsTheJdkWritersDoAndCloseAgainDoesNothing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = new Utf8Writer(bytes, 16);
        w.write("row");
        w.close();
        // POI flushes a sheet's last rows into its closed writer when a workbook is closed unsaved,
        // and ignores only an IOException
        assertThrows(IOException.class, () -> w.write("late"));
        assertThrows(IOException.class, w::flush);
        w.close();
        assertArrayEquals("row".getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }

    private static void write(Writer w, String p, int how) throws IOException {
        switch (how) {
            case 0 -> w.write(p);
            case 1 -> w.write(p.toCharArray(), 0, p.length());
            case 2 -> w.append(p);
            default -> p.chars().forEach(c -> {
                try {
                    w.write(c);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
