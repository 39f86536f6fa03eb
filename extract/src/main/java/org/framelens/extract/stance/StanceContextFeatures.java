package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.model.Tag;
import org.framelens.model.Voice;

/**
 * Features of the stance model that read more than a sentence and its neighbours, added to those of
 * {@link StanceFeatures#of}:
 * <ul>
 *   <li>{@code question} — the sentence is a question (it ends with a question mark, quotation
 *       marks aside). Coders read a rhetorical "Will it hold?" as doubt;</li>
 *   <li>{@code speaker:LABEL} — the stance cues gave LABEL to another sentence of the same named
 *       source in the article. Coders read a speaker's position as a whole: a source whose other
 *       sentences doubt or refuse colours what else they say.</li>
 * </ul>
 * One pass over the article plus one per sentence (each source's label counts are kept once), so
 * the cost grows with the article's length, not its square.
 *
 * <p>Input: an article's sentences, voices and cue labels, and their {@link StanceFeatures#of}
 * features. Output: new feature lists, each sorted and each feature once. Stateless and
 * thread-safe.
 */
public final class StanceContextFeatures {
    /** The feature of a question. */
    public static final String QUESTION = "question";

    private StanceContextFeatures() {
    }

    /**
     * @param features  each sentence's features ({@code null} for boilerplate, which stays so)
     * @param sentences the article's sentences, in text order
     * @param voices    who speaks in each
     * @param labels    the labels the stance cues gave each
     * @return each sentence's features with those of this class added, sorted
     */
    public static List<List<String>> add(List<List<String>> features, List<PreparedSentence> sentences,
                                         List<Voice> voices, List<List<Tag>> labels) {
        // per source, how many of its sentences the cues gave each label
        Map<String, Map<String, Integer>> bySource = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            String source = source(voices.get(i));
            if (features.get(i) != null && source != null) {
                Map<String, Integer> counts = bySource.computeIfAbsent(source, k -> new HashMap<>());
                for (String l : new TreeSet<>(labels.get(i).stream().map(Tag::label).toList())) {
                    counts.merge(l, 1, Integer::sum);
                }
            }
        }
        List<List<String>> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            List<String> f = features.get(i);
            if (f == null) {
                out.add(null);
                continue;
            }
            TreeSet<String> all = new TreeSet<>(f);
            if (isQuestion(sentences.get(i).sentence().text())) {
                all.add(QUESTION);
            }
            String source = source(voices.get(i));
            if (source != null) {
                java.util.Set<String> own = new TreeSet<>(labels.get(i).stream().map(Tag::label).toList());
                bySource.getOrDefault(source, Map.of()).forEach((label, n) -> {
                    // another of the source's sentences, not this one
                    if (n > (own.contains(label) ? 1 : 0)) {
                        all.add("speaker:" + label);
                    }
                });
            }
            out.add(new ArrayList<>(all));
        }
        return out;
    }

    /** The named source of a sentence; {@code null} for the narrator and an unknown speaker. */
    private static String source(Voice voice) {
        String s = voice.speaker();
        return s.equals(Voice.OUTLET) || s.equals(Voice.UNKNOWN) || s.isBlank() ? null : s;
    }

    /** Whether a sentence ends with a question mark, closing quotation marks and brackets aside. */
    static boolean isQuestion(String text) {
        int end = text.length() - 1;
        while (end >= 0 && (Character.isWhitespace(text.charAt(end)) || "\"'”’»)]".indexOf(text.charAt(end)) >= 0)) {
            end--;
        }
        return end >= 0 && text.charAt(end) == '?';
    }
}
