package org.framelens.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineParagraphSegmenterTest {
    private final LineParagraphSegmenter segmenter = new LineParagraphSegmenter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
        LF with blank lines	Title\\n\\nFirst para.\\n\\nSecond para.\\n	Title|First para.|Second para.
        single LF	Title\\nFirst para.\\nSecond para.	Title|First para.|Second para.
        CRLF	Title\\r\\n\\r\\nFirst para.\\r\\nSecond para.\\r\\n	Title|First para.|Second para.
        CR only	Title\\rFirst para.\\r\\rSecond para.	Title|First para.|Second para.
        BOM and indentation	\\uFEFFTitle\\n   Indented para.  \\n	Title|Indented para.
        hard-wrapped lines join	Title\\n\\nThe minister said the\\nplan was dead. It was.\\n\\nNext.	Title|The minister said the\\nplan was dead. It was.|Next.
        capitalised next line does not join	Short heading\\nThe body starts here.	Short heading|The body starts here.
        """)
    void cutsAtLineEnds(String name, String escaped, String expected) {
        String text = unescape(escaped);
        List<String> got = segmenter.paragraphs(text).stream().map(s -> s.of(text)).toList();
        assertEquals(List.of(unescape(expected).split("\\|")), got, name);
    }

    @org.junit.jupiter.api.Test
    void joinsTheLinesOfAHardWrappedFileButNotItsShortLines() {
        String line = "The committee met on Tuesday and heard evidence from a dozen witnesses ab";
        StringBuilder text = new StringBuilder("A Short Heading\n\n");
        for (int p = 0; p < 3; p++) {
            text.append(line).append('\n').append(line).append('\n').append("Last line of it.\n\n");
        }
        List<String> got = segmenter.paragraphs(text.toString()).stream().map(s -> s.of(text)).toList();
        assertEquals(4, got.size(), got.toString());
        assertEquals("A Short Heading", got.get(0));
        assertEquals(line + "\n" + line + "\nLast line of it.", got.get(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', textBlock = """
        \\uFEFFHello world.\\r\\n	1	13
        \\r\\n\\r\\nHello.	4	10
        """)
    void offsetsIndexTheTextAsGiven(String escaped, int start, int end) {
        String text = unescape(escaped);
        assertEquals(new Span(start, end), segmenter.paragraphs(text).get(0));
    }

    static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF");
    }
}
