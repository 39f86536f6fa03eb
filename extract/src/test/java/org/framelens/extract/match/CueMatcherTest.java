package org.framelens.extract.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueMatcherTest {
    static final Normalizer N = new Normalizer(Map.of("gave", "give", "given", "give", "withdrew", "withdraw",
            "news", "news"));

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "doubt,doubts", "doubt,doubted", "doubt,doubting", "doubt,doubtful", "cede,ceded", "cede,ceding",
        "cede,cedes", "agree,agreed", "argue,argued", "skeptical,skepticism", "sceptic,sceptical",
        "criticise,criticized", "criticised,criticize", "give,gave", "give,given", "give,giving", "urge,urges",
        "deny,denied", "stop,stopped", "withdraw,withdrew", "Budge,BUDGING", "Ukraine's,ukraine",
    })
    void inflectionsShareAKey(String a, String b) {
        assertEquals(N.key(a), N.key(b));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"need,ne", "only,on", "bring,br", "this,thi", "news,new"})
    void shortWordsAreNotMangledAndAFormMappedToItselfIsKept(String a, String b) {
        assertTrue(!N.key(a).equals(N.key(b)), N.key(a));
    }

    @Test
    void aSentenceMarksItsNegativeContractionsOnce() {
        for (String text : List.of("They isn't, won’t and can't; DON'T n't", "The board will not pay.", "",
                "Nothing here isn't'", "aren't")) {
            Words words = new Words(text, N);
            for (int i = 0; i < words.size(); i++) {
                assertEquals(Normalizer.negativeContraction(words.surface(i)), words.negativeContraction(i),
                        text + " @" + i);
            }
        }
        Words words = new Words("We won’t, they can't.", N);
        assertTrue(words.negativeContraction(1) && words.negativeContraction(4) && !words.negativeContraction(0));
    }

    private static List<CueMatcher.Match<String>> find(String sentence, String... patterns) {
        List<CueMatcher.Entry<String>> entries = java.util.Arrays.stream(patterns)
                .map(p -> new CueMatcher.Entry<>(CuePattern.parse(p, N, Set.of("negator")), p)).toList();
        CueMatcher<String> m = new CueMatcher<>(entries, Map.of("not", Set.of("negator")), "negator");
        return m.find(new Words(sentence, N));
    }

    @Test
    void multiWordGapsAlternativesExactFormsAndClasses() {
        Words w = new Words("Talks must resume before the holiday, they gave up the cap and won't give in.", N);
        var found = find(w.text(), "must ... before", "give up|in", "=talk", "<negator> give", "gave");
        // "gave" is a key cue: it matches "give" as well; matches come by start, then end
        assertEquals(List.of("must\u2026before", "gave", "gave up", "won't give", "give", "give in"),
                found.stream().map(m -> m.found(w)).toList());
    }

    @Test
    void aGapHasALimit() {
        assertTrue(find("We must, whatever the cost of all this to the city and its people, act before May.",
                "must ... before").isEmpty());
    }

    @Test
    void malformedPatternsAreRejectedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> CuePattern.parse("... doubt", N, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> CuePattern.parse("doubt ...", N, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> CuePattern.parse("a||b", N, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> CuePattern.parse("<hedge> x", N, Set.of("negator")));
        assertThrows(IllegalArgumentException.class, () -> CuePattern.parse("$", N, Set.of()));
    }
}
