package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Everything written reaches the wrapped writer, in order, whatever the sizes of the pieces. */
class UnsyncBufferedWriterTest {
    @Test
    void piecesOfEverySizeComeOutInOrderAsUtf8() throws IOException {
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // a tiny buffer: pieces straddle it, and surrogate pairs are split between two drains
        try (Writer w = new UnsyncBufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 7)) {
            String[] pieces = {"<row r=\"1\">", "\uD83D\uDE00", "caf\u00E9", "x", "a long piece longer than the buffer \uD83D\uDE00!", ""};
            for (int i = 0; i < 200; i++) {
                String p = pieces[i % pieces.length];
                switch (i % 4) {
                    case 0 -> w.write(p);
                    case 1 -> w.write(p.toCharArray(), 0, p.length());
                    case 2 -> w.append(p);
                    default -> p.chars().forEach(c -> {
                        try {
                            w.write(c);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
                expected.append(p);
            }
        }
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.UTF_8));
    }
}
