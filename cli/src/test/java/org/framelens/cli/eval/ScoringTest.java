package org.framelens.cli.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        Vladimir Putin | Putin | true
        President Putin | Vladimir Putin | true
        the White House | White House | true
        Ukrainian officials | officials across the continent | true
        a diplomat briefed on the negotiations | a diplomat | true
        European leaders | European governments | false
        OUTLET | Jane Roe | false
        UNKNOWN | UNKNOWN | true
        Jane Roe | John Roe | true
        Jane Roe | Jane Doe | false
        """)
    void speakerNamesMatchAsTheGuideSays(String gold, String extracted, boolean same) {
        assertEquals(same, SpeakerMatch.same(gold, extracted));
    }

    @Test
    void kappaAndF1OnAWorkedExample() {
        // 10 pairs: 4 yes/yes, 1 yes/no, 1 no/yes, 4 no/no
        Agreement a = new Agreement();
        for (int i = 0; i < 4; i++) {
            a.add("yes", "yes");
            a.add("no", "no");
        }
        a.add("yes", "no");
        a.add("no", "yes");
        assertEquals(0.8, a.accuracy(), 1e-9);
        // expected agreement 0.5*0.5 + 0.5*0.5 = 0.5; kappa = (0.8 - 0.5) / 0.5
        assertEquals(0.6, a.kappa(), 1e-9);
        assertArrayEquals(new double[] {0.8, 0.8, 0.8, 5, 5}, a.prf("yes"), 1e-9);
    }

    @Test
    void goldUnderALinkedStoryFolderIsRead(@TempDir Path tmp) throws Exception {
        Path story = Files.createDirectories(tmp.resolve("kept-elsewhere/strike/gold"));
        Files.writeString(story.resolve("wire.csv"), """
                outlet,start,end,kind,speaker,speaker_type,attribution,stances,topics
                wire,0,12,headline,OUTLET,outlet,narrator,,labour
                wire,14,40,body,Jo Roe,person,reported,skepticism,
                """, StandardCharsets.UTF_8);
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.createSymbolicLink(corpus.resolve("strike"), story.getParent());
        List<Scorer.Row> rows = Scorer.goldRows(corpus);
        assertEquals(2, rows.size());
        assertEquals("strike", rows.get(1).story());
        assertEquals("Jo Roe", rows.get(1).get("speaker"));
    }

    @Test
    void aLinkBackIntoTheGoldFolderIsAClearError(@TempDir Path tmp) throws Exception {
        Path gold = Files.createDirectories(tmp.resolve("corpus/strike/gold"));
        Files.writeString(gold.resolve("wire.csv"), "outlet,start,end,kind,speaker,speaker_type,attribution,stances,topics\n",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(tmp.resolve("corpus/strike/again"), tmp.resolve("corpus"));
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> Scorer.goldRows(tmp.resolve("corpus")));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().endsWith("again: a link leads back into the gold folder;"
                + " remove it or point GOLD_DIR at a folder without it"), e.getMessage());
    }
}
