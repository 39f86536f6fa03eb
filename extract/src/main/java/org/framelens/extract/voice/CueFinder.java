package org.framelens.extract.voice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.extract.codebook.ReportingCue;
import org.framelens.extract.match.KeyTable;
import org.framelens.extract.text.Token;
import org.framelens.extract.text.WordSet;

/**
 * Finds the codebook's reporting cues in a sentence's tokens in one pass: the cue forms are
 * indexed by their first word, so each token is looked up once. Cues inside quotations are the
 * quoted speaker's words, not an attribution, and are skipped by the caller. A form that is also
 * a noun ({@code claims}, {@code warning}, {@code call}) is not taken after a determiner or
 * possessive ({@code the claims}, {@code his call}) or before {@code of}. Immutable and thread-safe.
 */
final class CueFinder {
    /** A cue found in a sentence. */
    record Hit(ReportingCue cue, String form, int first, int last) {
    }

    private static final Set<String> DETERMINERS = WordSet.of(
            "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
            "such", "any", "no", "every", "each", "some", "several", "many", "first", "new", "further", "latest",
            "written", "public", "formal", "earlier", "previous", "prior");

    private final Map<String, List<Form>> byFirstWord = new HashMap<>();
    /** The same, for the look-up of every token: most are no cue's first word, and a miss there reads a flat array. */
    private final KeyTable<List<Form>> firstWords;
    private final Set<String> speakerNouns;

    private record Form(String[] words, ReportingCue cue, String text) {
    }

    /**
     * @param cues         the codebook's reporting cues
     * @param speakerNouns nouns that head a speaker description ("minister", "officials"): a cue
     *                     form right after one is a verb ("the minister claims")
     */
    CueFinder(List<ReportingCue> cues, Set<String> speakerNouns) {
        this.speakerNouns = Set.copyOf(speakerNouns);
        for (ReportingCue cue : cues) {
            for (String f : cue.forms()) {
                String[] words = f.split("\\s+");
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Form(words, cue, f));
            }
        }
        // longest forms first, so "call for" wins over "call"
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
        this.firstWords = new KeyTable<>(byFirstWord);
    }

    /**
     * @param tokens  a sentence's tokens
     * @param skip    which tokens to ignore (inside quotations)
     * @return the cues found, in order, not overlapping
     */
    List<Hit> find(List<Token> tokens, boolean[] skip) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (skip[i]) {
                continue;
            }
            List<Form> forms = firstWords.get(tokens.get(i).lower());
            if (forms == null) {
                continue;
            }
            for (Form f : forms) {
                int last = matches(tokens, skip, i, f.words);
                if (last < 0) {
                    continue;
                }
                if (f.words.length == 1 && looksLikeNoun(tokens, i)) {
                    break;
                }
                out.add(new Hit(f.cue, f.text, i, last));
                i = last;
                break;
            }
        }
        return out;
    }

    /** @param lower a lower-case word @return whether some cue form starts with it ("said", "according") */
    boolean startsCue(String lower) {
        return firstWords.get(lower) != null;
    }

    private static int matches(List<Token> tokens, boolean[] skip, int at, String[] words) {
        int j = at;
        for (String w : words) {
            if (j >= tokens.size() || skip[j] || !tokens.get(j).lower().equals(w)) {
                return -1;
            }
            j++;
        }
        return j - 1;
    }

    private boolean looksLikeNoun(List<Token> tokens, int i) {
        String self = tokens.get(i).lower();
        if (i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("of")) {
            // "warnings of", "claims of" are nouns; "said of the fund", "warned of", and a
            // participle after a comma (", warning of a gap") are verbs
            boolean pastTense = self.endsWith("ed") || self.equals("said") || self.equals("told") || self.equals("spoke");
            boolean participle = self.endsWith("ing") && i > 0 && tokens.get(i - 1).text().equals(",");
            // "drugmakers warn of shortages": a plain verb form after its subject, not a noun after
            // a determiner ("a demand of")
            String prev = i > 0 ? tokens.get(i - 1).lower() : "";
            boolean plainVerb = i > 0 && !self.endsWith("s") && !self.endsWith("ing") && tokens.get(i - 1).isWord()
                    && !DETERMINERS.contains(prev) && !prev.endsWith("'s") && !prev.equals("of") && !prev.equals("to");
            return !pastTense && !participle && !plainVerb;
        }
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (DETERMINERS.contains(before.lower()) || before.lower().endsWith("'s")) {
            return !self.equals("said") || before.lower().equals("the");
        }
        // "invasion claims", "peace pledge": a lower-case common noun right before a present-tense
        // form that is also a plural noun; not after "and" or "but" ("… and says"), nor after a
        // plural noun, which is the verb's subject ("the bus drivers says" is no compound)
        String b = before.lower();
        // "says" is no noun, and a form that opens a "that" clause is the verb ("the airport claims that …")
        if (self.equals("says") || i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("that")) {
            return false;
        }
        if (Speakers.isClauseWord(b) || b.endsWith("s") && !b.endsWith("ss") && b.length() > 3) {
            return false;
        }
        return (self.endsWith("s") && !self.endsWith("ss")) && before.isWord() && !before.capitalized()
                && Character.isLetter(before.text().charAt(0)) && !Speakers.isPronoun(before.lower())
                && !Speakers.isAuxiliaryOrAdverb(before.lower()) && !speakerNouns.contains(before.lower());
    }
}
