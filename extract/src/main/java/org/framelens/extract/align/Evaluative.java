package org.framelens.extract.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.EvaluativeWord;
import org.framelens.extract.match.CueMatcher;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.match.Words;
import org.framelens.model.Attribution;
import org.framelens.model.TaggedSentence;
import org.framelens.model.align.WordingNote;

/**
 * The narrator's evaluative words (codebook {@code evaluative_words.csv}: "unsubstantiated",
 * "widely criticised", "considerable" …) in the outlets' own voice, and those only one outlet used.
 * Quoted sources' words are theirs, not the outlet's, and are left out. Immutable and thread-safe.
 */
final class Evaluative {
    private final Normalizer normalizer;
    private final CueMatcher<EvaluativeWord> matcher;

    Evaluative(Codebook codebook) {
        this.normalizer = codebook.normalizer();
        List<CueMatcher.Entry<EvaluativeWord>> entries = new ArrayList<>();
        for (EvaluativeWord w : codebook.evaluativeWords()) {
            entries.add(new CueMatcher.Entry<>(w.pattern(), w));
        }
        this.matcher = new CueMatcher<>(entries, Map.of(), null);
    }

    /**
     * @param s a sentence
     * @return its evaluative words as found (cue pattern → words as written), when in narrator voice
     */
    Map<String, String> in(TaggedSentence s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (s.voice().attribution() != Attribution.NARRATOR || !s.sentence().kind().counted()) {
            return out;
        }
        Words words = new Words(s.sentence().text(), normalizer);
        for (CueMatcher.Match<EvaluativeWord> m : matcher.find(words)) {
            out.putIfAbsent(m.payload().pattern().text(), m.found(words));
        }
        return out;
    }

    /** @return the evaluative words of a sentence, {@code ;}-separated, as written */
    String listed(TaggedSentence s) {
        return String.join(";", in(s).values());
    }

    /**
     * @param docs the story's outlets
     * @return for each outlet, its narrator's evaluative words that no other outlet's narrator used,
     *     at their first sentence
     */
    List<WordingNote> distinctive(List<Doc> docs) {
        // pattern → outlet → first sentence and the word as written
        Map<String, Map<String, Object[]>> uses = new TreeMap<>();
        Map<String, EvaluativeWord> words = new LinkedHashMap<>();
        for (Doc d : docs) {
            for (int i : d.countedIndices()) {
                TaggedSentence s = d.sentences.get(i);
                if (s.voice().attribution() != Attribution.NARRATOR) {
                    continue;
                }
                Words w = new Words(s.sentence().text(), normalizer);
                for (CueMatcher.Match<EvaluativeWord> m : matcher.find(w)) {
                    String key = m.payload().pattern().text();
                    words.putIfAbsent(key, m.payload());
                    uses.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(d.outlet,
                            new Object[] {i, m.found(w)});
                }
            }
        }
        List<WordingNote> out = new ArrayList<>();
        for (var e : uses.entrySet()) {
            if (e.getValue().size() != 1) {
                continue;
            }
            var only = e.getValue().entrySet().iterator().next();
            EvaluativeWord ew = words.get(e.getKey());
            TreeSet<String> others = new TreeSet<>();
            docs.stream().map(d -> d.outlet).filter(o -> !o.equals(only.getKey())).forEach(others::add);
            out.add(new WordingNote(only.getKey(), WordingNote.EVALUATIVE, (String) only.getValue()[1],
                    (Integer) only.getValue()[0], ew.kind() + ", " + ew.polarity() + "; not used by "
                    + String.join(", ", others), 0));
        }
        return out;
    }
}
