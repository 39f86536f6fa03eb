package org.framelens.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.codebook.StanceModel;
import org.framelens.extract.match.Words;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.model.Kind;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.framelens.model.Tag;
import org.framelens.model.Voice;
import org.junit.jupiter.api.Test;

class StanceClauseFeaturesTest {
    private static final Codebook CODEBOOK = new CodebookLoader().defaults();
    private static final StanceClauseFeatures CLAUSES = new StanceClauseFeatures(CODEBOOK);

    private static List<String> of(String sentence, Kind kind) {
        StanceFeatures.Names out = new StanceFeatures.Names();
        CLAUSES.features(out, new Words(sentence, CODEBOOK.normalizer()), kind);
        return out.list();
    }

    private static List<String> of(String sentence) {
        return of(sentence, Kind.BODY);
    }

    /** A feature of a word on its base form, as the codebook's normaliser writes it. */
    private static String f(String prefix, String word) {
        return prefix + CODEBOOK.normalizer().key(word);
    }

    /** The features with a prefix. */
    private static List<String> with(List<String> features, String prefix) {
        return features.stream().filter(f -> f.startsWith(prefix)).toList();
    }

    @Test
    void aNegatedClauseGivesItsContentWordsUpToTheComma() {
        List<String> f = of("The port authority will not move the deadline, the harbour master said.");
        assertEquals(List.of(f("negator:", "deadline"), f("negator:", "move")), with(f, "negator:"));
        assertEquals(List.of("start:the"), with(f, "start:"));
    }

    @Test
    void aNegativeContractionIsANegatorAndTheFirstWordIsMarked() {
        List<String> f = of("But the council isn't convinced by the survey.");
        assertTrue(f.contains(f("start:", "but")), f.toString());
        assertTrue(f.contains(f("negator:", "convinced")) && f.contains(f("negator:", "survey")), f.toString());
    }

    @Test
    void aConditionAndARefusalHaveTheirOwnPrefixesAndABoundaryEndsTheScope() {
        List<String> unless = of("The union will call off the stoppage unless the pay cut is reversed.");
        assertTrue(unless.contains(f("demand:", "reversed")) && unless.contains(f("demand:", "pay")), unless.toString());
        assertTrue(with(unless, "negator:").isEmpty(), unless.toString());
        List<String> rejected = of("The board rejected the auditors' figures but welcomed the plan.");
        assertTrue(rejected.contains(f("refusal:", "figures")), rejected.toString());
        assertFalse(rejected.contains(f("refusal:", "welcomed")) || rejected.contains(f("refusal:", "plan")),
                rejected.toString());
    }

    @Test
    void aShieldedNegatorNamesAndFarWordsGiveNothing() {
        assertTrue(with(of("Not only the teachers joined the march."), "negator:").isEmpty());
        List<String> named = of("The ministry did not consult Harbourside Trust before the vote.");
        assertTrue(named.contains(f("negator:", "consult")), named.toString());
        assertFalse(named.stream().anyMatch(x -> x.contains("harbourside")), named.toString());
        // the scope holds six words: "local" is the sixth after the negator, "candidates" the seventh
        List<String> far = of("Nobody on the long list of local candidates agreed.");
        assertTrue(far.contains(f("negator:", "list")) && far.contains(f("negator:", "local")), far.toString());
        assertFalse(far.contains(f("negator:", "candidates")) || far.contains(f("negator:", "agreed")), far.toString());
        // in a heading, capitalised words are not names
        assertTrue(of("Council Will Not Raise Fares", Kind.HEADLINE).contains(f("negator:", "fares")));
    }

    @Test
    void theFirstWordIsReadAfterAnOpeningQuotationMark() {
        assertTrue(of("\u201cYet the fares rose,\u201d she said.").contains("start:yet"));
        assertEquals(List.of(f("start:", "still")), with(of("\"Still, the ferries ran late.\""), "start:"));
    }

    @Test
    void aModelFileMayHoldEveryClauseFeature() {
        for (var kind : StanceClauseFeatures.SCOPED) {
            assertTrue(StanceModel.FEATURE_PREFIXES.contains(kind.label() + ":"), kind.label());
        }
        assertTrue(StanceModel.FEATURE_PREFIXES.contains(StanceClauseFeatures.START));
    }

    @Test
    void theLabelerReadsTheClauseFeaturesInBothItsPaths() {
        String text = "The mayor will not cut the fares.";
        PreparedSentence s = new PreparedSentence(text, new Sentence(0, new Span(0, text.length()), Kind.BODY, 0, text));
        List<List<String>> f = new StanceModelLabeler(StanceModel.EMPTY, CODEBOOK).features(List.of(s),
                List.of(Voice.NARRATOR), List.<List<Tag>>of(List.of()));
        assertTrue(f.get(0).contains(f("negator:", "cut")) && f.get(0).contains(f("negator:", "fares"))
                && f.get(0).contains("start:the"), f.get(0).toString());
    }
}
