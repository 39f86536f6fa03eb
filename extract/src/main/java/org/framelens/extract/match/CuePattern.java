package org.framelens.extract.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.framelens.extract.text.Token;
import org.framelens.extract.text.Tokenizer;
import org.framelens.model.Span;

/**
 * A cue as an analyst writes it in the codebook, parsed. The syntax, word by word:
 * <ul>
 *   <li>{@code doubt} — a word, matched on its {@link Normalizer#key key}, so it also matches
 *       doubts, doubted, doubting, doubtful;</li>
 *   <li>{@code =lies} — an exact form (lower case, no stemming), for words whose stem would
 *       catch too much;</li>
 *   <li>{@code <negator>} — any one-word modifier of that kind (see the modifiers table);</li>
 *   <li>{@code give|cede} — alternatives for one position, of any of the forms above;</li>
 *   <li>{@code ...} or {@code …} — a gap of 0 to {@value #MAX_GAP} words between two parts
 *       ("must ... before").</li>
 * </ul>
 * A pattern is one or more <em>segments</em> (runs of words) separated by gaps. Immutable and
 * thread-safe.
 *
 * @param text     the pattern as written
 * @param segments its segments, each a list of positions, each a list of alternatives
 */
public record CuePattern(String text, List<List<List<Alt>>> segments) {
    /** The longest gap {@code ...} stands for, in words. */
    public static final int MAX_GAP = 6;

    /** What one alternative matches. */
    public enum AltKind {
        /** a word's normalised key */
        KEY,
        /** an exact lower-case form */
        EXACT,
        /** a class of modifiers */
        CLASS
    }

    /**
     * One alternative at one position.
     *
     * @param kind  what it matches
     * @param value the key, form or class name
     */
    public record Alt(AltKind kind, String value) {
        /** Validates. */
        public Alt {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Copies. */
    public CuePattern {
        Objects.requireNonNull(text, "text");
        segments = segments.stream().map(seg -> seg.stream().map(List::copyOf).toList()).toList();
    }

    /**
     * @param text       the pattern as written
     * @param normalizer how words are reduced to keys
     * @param classes    the class names {@code <…>} may use
     * @return the parsed pattern
     * @throws IllegalArgumentException with a plain-words reason when the pattern is malformed
     */
    public static CuePattern parse(String text, Normalizer normalizer, Set<String> classes) {
        String[] parts = text.strip().split("\\s+");
        List<List<List<Alt>>> segments = new ArrayList<>();
        List<List<Alt>> current = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("...") || part.equals("\u2026")) {
                if (current.isEmpty()) {
                    throw new IllegalArgumentException("a gap '...' must stand between two words");
                }
                segments.add(current);
                current = new ArrayList<>();
                continue;
            }
            List<Alt> alts = new ArrayList<>();
            for (String alt : part.split("\\|", -1)) {
                alts.add(alt(alt, normalizer, classes));
            }
            current.add(alts);
        }
        if (current.isEmpty()) {
            throw new IllegalArgumentException(segments.isEmpty() ? "the cue is empty"
                    : "a gap '...' must stand between two words");
        }
        segments.add(current);
        return new CuePattern(text.strip(), segments);
    }

    private static Alt alt(String alt, Normalizer normalizer, Set<String> classes) {
        if (alt.isEmpty()) {
            throw new IllegalArgumentException("empty alternative in '|'");
        }
        if (alt.startsWith("<") && alt.endsWith(">")) {
            String name = alt.substring(1, alt.length() - 1);
            if (!classes.contains(name)) {
                throw new IllegalArgumentException("unknown word class '" + alt + "' (known: "
                        + String.join(", ", classes.stream().sorted().map(c -> "<" + c + ">").toList()) + ")");
            }
            return new Alt(AltKind.CLASS, name);
        }
        boolean exact = alt.startsWith("=");
        String word = exact ? alt.substring(1) : alt;
        List<Token> tokens = Tokenizer.tokens(word, new Span(0, word.length()));
        if (tokens.size() != 1 || !tokens.get(0).isWord()) {
            throw new IllegalArgumentException("'" + alt + "' is not one word (write words separated by spaces,"
                    + " alternatives with |, gaps with ...)");
        }
        return exact ? new Alt(AltKind.EXACT, Normalizer.surface(word)) : new Alt(AltKind.KEY, normalizer.key(word));
    }

    /** @return the number of words it needs, gaps excluded */
    public int words() {
        return segments.stream().mapToInt(List::size).sum();
    }
}
