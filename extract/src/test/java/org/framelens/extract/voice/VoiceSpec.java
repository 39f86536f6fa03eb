package org.framelens.extract.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.framelens.extract.Extractor;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.TaggedSentence;

/**
 * The voice tests' small articles, written one sentence a line with what the coding guide expects:
 * {@code speaker | attribution | type || sentence} (the type optional; {@code OUTLET | narrator}
 * for the narrator). Each line is a paragraph of its own unless its sentence starts with
 * {@code +}, which continues the paragraph before; the first line is the headline. One place reads
 * the format, extracts the article with the rule voice tagger and the default codebook, and
 * compares every sentence's voice with the expected one.
 */
final class VoiceSpec {
    private static final Extractor EXTRACTOR = Extractor.builder()
            .voices(new RuleVoiceTagger(new CodebookLoader().defaults())).build();

    private VoiceSpec() {
    }

    /**
     * @param name the article's name, for the failure message
     * @param spec the article in the format above
     */
    static void assertVoices(String name, String spec) {
        List<String> want = new ArrayList<>();
        List<Boolean> typed = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : spec.strip().split("\n")) {
            String[] parts = line.split("\\|\\|", 2);
            String[] voice = parts[0].split("\\|");
            StringBuilder w = new StringBuilder(voice[0].strip() + " / " + voice[1].strip());
            if (voice.length > 2) {
                w.append(" / ").append(voice[2].strip());
            }
            want.add(w.toString());
            typed.add(voice.length > 2);
            String sentence = parts[1].strip();
            if (sentence.startsWith("+")) {
                text.setLength(text.length() - 2);
                text.append(' ').append(sentence.substring(1));
            } else {
                text.append(sentence);
            }
            text.append("\n\n");
        }
        AnalyzedArticle a = EXTRACTOR.extract(new Article("s", "o", "test", "", text.toString()));
        List<String> got = new ArrayList<>();
        for (int i = 0; i < a.sentences().size(); i++) {
            TaggedSentence s = a.sentences().get(i);
            String g = s.voice().speaker() + " / " + s.voice().attribution().label();
            if (i < typed.size() && typed.get(i)) {
                g += " / " + s.voice().type().label();
            }
            got.add(g);
        }
        assertEquals(want, got, () -> name + "\n" + a.sentences().stream()
                .map(s -> s.voice().speaker() + " | " + s.sentence().kind() + " | " + s.sentence().text() + " | "
                        + s.voice().evidence())
                .reduce("", (x, y) -> x + "\n" + y));
    }
}
