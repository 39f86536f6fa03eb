package org.framelens.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two speaker names denote the same speaker, by the rule of {@code ANNOTATION.md}:
 * after lower-casing and dropping titles and determiners, the names are equal, or one person's
 * surname or one group's head noun is shared. {@code OUTLET} and {@code UNKNOWN} match only
 * themselves. Stateless and thread-safe.
 */
public final class SpeakerMatch {
    private static final Set<String> DROPPED = Set.of(
            "the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "prime", "minister",
            "senator", "governor", "secretary", "chancellor", "prof", "sir", "dame", "lord", "lady");
    private static final Set<String> POST_MODIFIERS = Set.of(
            "of", "across", "in", "at", "from", "with", "to", "for", "close", "familiar", "on", "led", "who", "that",
            "briefed", "involved", "quoted", "speaking", "based", "representing", "headed");

    private SpeakerMatch() {
    }

    /**
     * @param gold      the gold speaker
     * @param extracted the extracted speaker
     * @return whether they denote the same speaker
     */
    public static boolean same(String gold, String extracted) {
        if (isSpecial(gold) || isSpecial(extracted)) {
            return gold.strip().equals(extracted.strip());
        }
        List<String> a = words(gold);
        List<String> b = words(extracted);
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        return a.equals(b) || a.get(a.size() - 1).equals(b.get(b.size() - 1)) || head(a).equals(head(b));
    }

    private static boolean isSpecial(String s) {
        return s.strip().equals("OUTLET") || s.strip().equals("UNKNOWN");
    }

    /** Lower-case words without titles, determiners and possessive endings. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}'-]+")) {
            String x = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w.replaceAll("^'+|'+$", "");
            if (!x.isEmpty() && !DROPPED.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    /** The head noun: the last word before a post-modifier ("officials [across the continent]"). */
    static String head(List<String> w) {
        for (int i = 1; i < w.size(); i++) {
            if (POST_MODIFIERS.contains(w.get(i))) {
                return w.get(i - 1);
            }
        }
        return w.get(w.size() - 1);
    }
}
