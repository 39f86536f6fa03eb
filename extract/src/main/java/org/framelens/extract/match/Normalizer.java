package org.framelens.extract.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.framelens.extract.text.Tokenizer;

/**
 * Reduces a word to the key cues are matched on: lower case ({@code Locale.ROOT}, curly
 * apostrophes straightened), without a possessive {@code 's}, through the codebook's table of
 * irregular forms ({@code gave → give}; a form listed as its own lemma is kept as it is), then a
 * light suffix-stripping stem ({@code doubts,
 * doubted, doubting, doubtful → doubt}; {@code cede, ceded, ceding → ced}).
 *
 * <p>The stem is not a linguistic root: it only has to send a cue and its inflections to the
 * same key, and cues in the codebook go through the same function, so "consistent" matters more
 * than "correct". Thread-safe; immutable but for a bounded cache of the keys it has computed,
 * which never changes an answer.
 */
public final class Normalizer {
    /** How many keys the cache holds at most: the words of a large vocabulary, a few MB. */
    static final int CACHE_LIMIT = 1 << 16;

    private final Map<String, String> lemmas;
    /** The numbers a prepared sentence gives its words' keys and forms; null for none. */
    private final Vocabulary vocabulary;
    /**
     * Keys already computed, by surface form. News reuses a small vocabulary, so most words are
     * found here instead of going through the lemma table and the stemmer again; the key strings
     * it hands out are shared, so their hash codes are computed once for every matcher that looks
     * them up. Bounded: once full it only serves what it holds. Safe for concurrent use.
     */
    private final ConcurrentHashMap<String, Key> keyCache = new ConcurrentHashMap<>();

    /**
     * A word's key and the numbers of its key and of its surface form in the normaliser's
     * {@link #vocabulary()} ({@code -1}: none, or no vocabulary).
     *
     * @param key       the match key
     * @param keyId     the key's number
     * @param surfaceId the surface form's number
     */
    record Key(String key, int keyId, int surfaceId) {
    }

    /**
     * @param lemmas irregular forms to their lemma, lower case ({@code "gave" → "give"})
     */
    public Normalizer(Map<String, String> lemmas) {
        this.lemmas = Map.copyOf(lemmas);
        this.vocabulary = null;
    }

    private Normalizer(Map<String, String> lemmas, Vocabulary vocabulary) {
        this.lemmas = lemmas;
        this.vocabulary = vocabulary;
    }

    /**
     * @param vocabulary the words the matchers and model of a codebook look up
     * @return a normaliser with the same table ({@link #sharesTableWith}: the same keys) whose
     *     prepared sentences number their words with this vocabulary ({@link Words#keyId})
     */
    public Normalizer withVocabulary(Vocabulary vocabulary) {
        return new Normalizer(lemmas, java.util.Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    /** @return the vocabulary prepared sentences number their words with, or null for none */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * @param word a word as written
     * @return its lower-case form without a possessive ending: what exact ({@code =word}) cues match
     */
    public static String surface(String word) {
        return surfaceOfLower(Tokenizer.lower(word));
    }

    /**
     * @param lower a word already through {@link Tokenizer#lower} (a token's {@code lower()}), so
     *              that a prepared sentence does not lower-case its words twice
     * @return {@link #surface} of the word
     */
    static String surfaceOfLower(String lower) {
        String w = lower;
        if (w.endsWith("'s") && w.length() > 2) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'") && w.length() > 1) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * @param word a word as written
     * @return its match key
     */
    public String key(String word) {
        return keyOfSurface(surface(word));
    }

    /**
     * @param w a word's {@link #surface} form
     * @return {@link #key} of the word
     */
    String keyOfSurface(String w) {
        return entryOfSurface(w).key();
    }

    /**
     * @param w a word's {@link #surface} form
     * @return its key, and the numbers of the key and the form in the {@link #vocabulary()}
     */
    Key entryOfSurface(String w) {
        Key cached = keyCache.get(w);
        if (cached != null) {
            return cached;
        }
        String key = computeKey(w);
        Key entry = vocabulary == null ? new Key(key, -1, -1)
                : new Key(key, vocabulary.id(key), key.equals(w) ? vocabulary.id(key) : vocabulary.id(w));
        if (keyCache.size() < CACHE_LIMIT) {
            keyCache.putIfAbsent(w, entry);
        }
        return entry;
    }

    private String computeKey(String w) {
        String lemma = lemmas.get(w);
        if (lemma != null && lemma.equals(w)) {
            return w; // a form listed as its own lemma is kept whole ("news" is not "new" + s)
        }
        return stem(lemma != null ? lemma : w);
    }

    /**
     * @param other another normaliser, or null
     * @return whether both read the very same lemma table, and so give every word the same key:
     *     normalisers made by one codebook do ({@code Map.copyOf} keeps an immutable table as it is)
     */
    public boolean sharesTableWith(Normalizer other) {
        return other != null && (other == this || other.lemmas == lemmas);
    }

    /**
     * @param surface a word's {@link #surface} form
     * @return whether the lemma table lists it as an irregular form of another word
     */
    public boolean irregular(String surface) {
        String lemma = lemmas.get(surface);
        return lemma != null && !lemma.equals(surface);
    }

    /**
     * @param word a word, already lower case
     * @return whether it is a negative contraction ({@code isn't}, {@code won't}, {@code can't})
     */
    public static boolean negativeContraction(String word) {
        return word.endsWith("n't") && word.length() > 3;
    }

    /**
     * The light stemmer: strips one inflectional suffix or a few derivational ones, undoes a doubled
     * final consonant, then drops a final {@code e} unless an {@code -ed} was stripped. Words of four letters or fewer, hyphenated
     * compounds and words with digits are left alone.
     *
     * @param w a lower-case word
     * @return its stem
     */
    static String stem(String w) {
        if (w.length() <= 3 || !allLetters(w)) {
            return w;
        }
        String s = w;
        boolean past = false;
        if (s.endsWith("ically")) {
            s = s.substring(0, s.length() - 4); // sceptically → sceptic
        } else if (s.endsWith("ism") && s.length() > 6) {
            s = s.substring(0, s.length() - 3); // scepticism → sceptic
        } else if (s.endsWith("ical") && s.length() > 6) {
            s = s.substring(0, s.length() - 2); // sceptical → sceptic
        } else if (s.endsWith("fulness") && s.length() > 9) {
            s = s.substring(0, s.length() - 7);
        } else if (s.endsWith("ful") && s.length() > 6) {
            s = s.substring(0, s.length() - 3); // doubtful → doubt
        } else if (s.endsWith("ment") && s.length() > 8) {
            s = s.substring(0, s.length() - 4); // abandonment → abandon
        } else if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("ied") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y"; // denied → deny
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ing") && hasVowel(s, s.length() - 3) && s.length() > 5) {
            s = undouble(s.substring(0, s.length() - 3)); // giving → giv, stopping → stop
        } else if (s.endsWith("ed") && hasVowel(s, s.length() - 2) && s.length() > 4) {
            s = undouble(s.substring(0, s.length() - 2)); // doubted → doubt, stopped → stop
            past = true;
        } else if (s.endsWith("es") && s.length() > 4 && endsWithSibilant(s, s.length() - 2)) {
            s = s.substring(0, s.length() - 2); // pushes → push
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        // a final e goes so that the base meets its -ed form (argue / argu-ed, cede / ced-ed); after
        // -ed it is part of the stem (agre-ed meets agre(e))
        if (!past && s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        // British and American -ise/-ize spellings meet: criticis(e) / criticiz(e)
        if (s.length() > 5 && s.endsWith("is") && (w.endsWith("ise") || w.endsWith("ised") || w.endsWith("ises")
                || w.endsWith("ising"))) {
            s = s.substring(0, s.length() - 2) + "iz";
        }
        return s;
    }

    // the helpers below read a prefix in place rather than cutting it out: stem runs for every word

    private static boolean allLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s.substring(0, end)} holds a vowel. */
    private static boolean hasVowel(String s, int end) {
        for (int i = 0; i < end; i++) {
            if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s.substring(0, end)} ends with s, x, z, ch or sh. */
    private static boolean endsWithSibilant(String s, int end) {
        if (end < 1) {
            return false;
        }
        char last = s.charAt(end - 1);
        if (last == 's' || last == 'x' || last == 'z') {
            return true;
        }
        return last == 'h' && end >= 2 && (s.charAt(end - 2) == 'c' || s.charAt(end - 2) == 's');
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdfgkmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
