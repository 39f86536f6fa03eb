package org.framelens.extract.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.text.Token;
import org.framelens.extract.text.Tokenizer;
import org.framelens.extract.text.FunctionWords;
import org.framelens.model.Span;
import org.framelens.model.Voice;

/**
 * The content words of a sentence as match keys: function words and reporting verbs dropped (they
 * say nothing about what two sentences share), and so are the words that name who speaks — the
 * speaker's name and the codebook's speaker nouns ("spokesman", "ministry") — because two outlets
 * introducing the same source in two different statements are not saying the same thing. The rest
 * is folded to the codebook's lemma/stem keys so that "rejected" meets "rejects". Immutable and
 * thread-safe.
 */
final class ContentTerms {
    /** English function words, and the commonest reporting verbs, which every outlet uses. */
    static final Set<String> STOP = FunctionWords.STOP;

    private static final String PERCENT = "percent";

    private final Normalizer normalizer;
    private final Set<String> speakerNouns;

    ContentTerms(Normalizer normalizer, Set<String> speakerNouns) {
        this.normalizer = normalizer;
        this.speakerNouns = Set.copyOf(speakerNouns);
    }

    /**
     * @param text    the article text
     * @param range   the sentence
     * @param speaker the sentence's speaker: when it is not the narrator, its name words and the
     *                speaker nouns are left out
     * @return its content-word keys, in order, repeats kept
     */
    List<String> of(String text, Span range, String speaker) {
        boolean attributed = !speaker.equals(Voice.OUTLET);
        Set<String> name = new java.util.HashSet<>();
        if (attributed) {
            for (Token t : Tokenizer.tokens(speaker, new Span(0, speaker.length()))) {
                name.add(Normalizer.surface(t.text()));
            }
        }
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokens(text, range)) {
            if (t.text().equals("%")) {
                out.add(PERCENT);
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            String surface = Normalizer.surface(t.text());
            if (surface.length() < 2 && !Character.isDigit(surface.charAt(0)) || STOP.contains(surface)
                    || name.contains(surface) || attributed && speakerNouns.contains(surface)) {
                continue;
            }
            // "per cent", "percent" and "%" are one word
            out.add(surface.equals("cent") || surface.equals("percent") ? PERCENT : normalizer.key(t.text()));
        }
        return out;
    }
}
