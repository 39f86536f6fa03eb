package org.framelens.extract.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.StanceCue;
import org.framelens.extract.codebook.StanceModifier;
import org.framelens.extract.codebook.StanceModifier.Kind;
import org.framelens.extract.match.CueMatcher;
import org.framelens.extract.match.CueMatcher.Match;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.match.Words;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.extract.tag.SentenceLabeler;
import org.framelens.model.Sentence;
import org.framelens.model.Tag;
import org.framelens.model.Voice;

/**
 * Gives a sentence the stance labels of a codebook. One pass of a token trie finds every stance
 * cue and every modifier of the sentence; then, cue by cue:
 * <ol>
 *   <li>a block row of the same label that overlaps the cue cancels it ("no doubt", "on condition
 *       of anonymity");</li>
 *   <li>a negator or refusal before the cue, in its clause and at most {@value #NEGATION_SCOPE}
 *       words before it, negates it: the cue's {@code negation} column says whether the label then
 *       stays (a concession becomes refused), goes ("no doubt") or only now counts ("not
 *       convinced");</li>
 *   <li>a concession gets its direction, first found of: a negation or refusal (refused; demanded
 *       when the negation sits in an if-clause), a retraction (withdrawn), the cue's own direction,
 *       a demand or an offer before it in its clause, a "made" modifier or the verb's tense
 *       (made);</li>
 *   <li>hedges and boosters just before the cue are noted in the evidence.</li>
 * </ol>
 * Scare quotes ({@link ScareQuotes}) add skepticism. Each label is given once, in codebook order
 * (core labels first), with every cue behind it as found.
 *
 * <p>Immutable and thread-safe: build one per codebook and share it.
 */
public final class StanceLabeler implements SentenceLabeler {
    /** How far before a cue a negator still negates it, in words. */
    static final int NEGATION_SCOPE = 6;
    /** How far before a concession a direction modifier still applies, in words. */
    static final int DIRECTION_SCOPE = 10;
    /** How far before a cue a hedge or booster is noted, in words. */
    static final int HEDGE_SCOPE = 3;

    private static final String SKEPTICISM = "skepticism";
    private static final String CONCESSION = "concession";
    /** Tokens that end a clause, for a negation's or a modifier's scope. */
    static final Set<String> HARD_BREAKS = org.framelens.extract.text.WordSet.of(";", ":", "(", ")", "\u2014", "\u2013", "-", "[", "]");

    private final Normalizer normalizer;
    private final CueMatcher<StanceCue> cues;
    private final CueMatcher<StanceModifier> modifiers;
    private final List<String> labels;

    /** @param codebook the codebook whose stance tables to use */
    public StanceLabeler(Codebook codebook) {
        this(codebook, codebook.normalizer());
    }

    /**
     * @param codebook   the codebook whose stance tables to use
     * @param normalizer its normaliser ({@link Codebook#normalizer}), perhaps carrying a vocabulary
     *                   ({@link org.framelens.extract.match.Normalizer#withVocabulary}) that the
     *                   stages of one extractor share, so that they read a sentence's words by number
     */
    public StanceLabeler(Codebook codebook, Normalizer normalizer) {
        this.normalizer = normalizer;
        Map<String, Set<String>> classes = new HashMap<>();
        List<CueMatcher.Entry<StanceModifier>> modEntries = new ArrayList<>();
        for (StanceModifier m : codebook.stanceModifiers()) {
            modEntries.add(new CueMatcher.Entry<>(m.pattern(), m));
            if (m.pattern().words() == 1 && m.kind() != Kind.IGNORE) {
                m.pattern().segments().get(0).get(0).stream()
                        .filter(a -> a.kind() == org.framelens.extract.match.CuePattern.AltKind.KEY)
                        .forEach(a -> classes.computeIfAbsent(a.value(), k -> new HashSet<>()).add(m.kind().label()));
            }
        }
        this.modifiers = new CueMatcher<>(modEntries, Map.of(), null, normalizer.vocabulary());
        List<CueMatcher.Entry<StanceCue>> cueEntries = codebook.stanceCues().stream()
                .map(c -> new CueMatcher.Entry<>(c.pattern(), c)).toList();
        this.cues = new CueMatcher<>(cueEntries, classes, Kind.NEGATOR.label(), normalizer.vocabulary());
        this.labels = codebook.stanceLabels();
    }

    @Override
    public List<Tag> labels(Sentence sentence, Voice voice) {
        return labels(sentence.text());
    }

    @Override
    public List<Tag> labels(PreparedSentence sentence, Voice voice) {
        return labels(sentence.words(normalizer));
    }

    /**
     * @param text a sentence
     * @return its stance labels with evidence and, for a concession, direction
     */
    public List<Tag> labels(String text) {
        return labels(new Words(text, normalizer));
    }

    private List<Tag> labels(Words words) {
        List<Match<StanceCue>> found = cues.find(words);
        // the modifiers are read only around a cue: most sentences hold none, and need no modifier pass
        List<Mod> mods = found.isEmpty() ? List.of() : modifiers(words);
        Map<String, Evidence> byLabel = new LinkedHashMap<>();
        for (Match<StanceCue> m : found) {
            StanceCue cue = m.payload();
            if (cue.block() || blocked(m, found) || covered(m, found) || inIdiom(mods, m)) {
                continue;
            }
            Mod neg = negation(words, mods, m.start());
            boolean negated = neg != null;
            if (negated && cue.negation() == StanceCue.Negation.DROP
                    || !negated && cue.negation() == StanceCue.Negation.REQUIRE) {
                continue;
            }
            String shown = cue.negation() == StanceCue.Negation.REQUIRE
                    ? words.text(neg.start, m.start()) + " " + m.found(words) : m.found(words);
            String direction = "";
            String why = "";
            if (cue.label().equals(CONCESSION)) {
                String[] d = direction(words, mods, m, neg);
                direction = d[0];
                why = d[1];
            }
            StringBuilder ev = new StringBuilder(shown);
            if (!direction.isEmpty()) {
                ev.append(" (").append(direction).append(why.isEmpty() ? "" : ": " + why).append(')');
            }
            String shade = shade(words, mods, m.start());
            if (!shade.isEmpty()) {
                ev.append(" (").append(shade).append(')');
            }
            byLabel.computeIfAbsent(cue.label(), k -> new Evidence()).add(ev.toString(), direction);
        }
        for (String q : ScareQuotes.find(words)) {
            byLabel.computeIfAbsent(SKEPTICISM, k -> new Evidence()).add(q + " (scare quotes)", "");
        }
        List<Tag> out = new ArrayList<>();
        for (String label : labels) {
            Evidence e = byLabel.get(label);
            if (e != null) {
                out.add(new Tag(label, String.join(" | ", e.items), e.direction()));
            }
        }
        return out;
    }

    /** Evidence gathered for one label. Not thread-safe; local to one call. */
    private static final class Evidence {
        final Set<String> items = new LinkedHashSet<>();
        final Set<String> directions = new LinkedHashSet<>();

        void add(String item, String direction) {
            items.add(item);
            if (!direction.isEmpty()) {
                directions.add(direction);
            }
        }

        /** A cue that says refused outweighs one that says nothing more; several stay listed. */
        String direction() {
            return String.join(";", directions);
        }
    }

    /** A modifier occurrence: its kind and token range. */
    private record Mod(Kind kind, int start, int end) {
    }

    private static final Comparator<Mod> BY_START = Comparator.comparingInt(Mod::start);

    /**
     * Modifier occurrences, leftmost-longest so that "a few" shields "few" and "no one" is one
     * negator; negative contractions (isn't, won't) are negators.
     */
    private List<Mod> modifiers(Words words) {
        List<Mod> out = new ArrayList<>();
        for (Match<StanceModifier> m : CueMatcher.leftmostLongest(modifiers.find(words))) {
            if (m.payload().kind() != Kind.IGNORE) {
                out.add(new Mod(m.payload().kind(), m.start(), m.end()));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (Normalizer.negativeContraction(words.surface(i)) && !covers(out, i)) {
                out.add(new Mod(Kind.NEGATOR, i, i + 1));
            }
        }
        out.sort(BY_START);
        return out;
    }

    /**
     * Whether a cue overlaps a certainty idiom ("no doubt", "without question"): a doubt or question
     * word there affirms, whatever cue it would start.
     */
    private static boolean inIdiom(List<Mod> mods, Match<StanceCue> m) {
        for (Mod mod : mods) {
            if (mod.kind == Kind.CERTAINTY && mod.start < m.end() && m.start() < mod.end) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the modifiers covers token {@code at}. */
    private static boolean covers(List<Mod> mods, int at) {
        for (Mod m : mods) {
            if (m.start <= at && at < m.end) {
                return true;
            }
        }
        return false;
    }

    private static boolean blocked(Match<StanceCue> m, List<Match<StanceCue>> found) {
        for (Match<StanceCue> b : found) {
            if (b.payload().block() && b.payload().label().equals(m.payload().label()) && b.overlaps(m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a longer cue of the same label covers this one ("met with skepticism" ⊃ "skepticism"). */
    private static boolean covered(Match<StanceCue> m, List<Match<StanceCue>> found) {
        for (Match<StanceCue> o : found) {
            if (o != m && !o.payload().block() && o.payload().label().equals(m.payload().label())
                    && o.start() <= m.start() && m.end() <= o.end() && o.end() - o.start() > m.end() - m.start()) {
                return true;
            }
        }
        return false;
    }

    /** The negator or refusal that negates a cue starting at {@code at}, or null. */
    private static Mod negation(Words words, List<Mod> mods, int at) {
        Mod best = null;
        for (Mod m : mods) {
            if ((m.kind == Kind.NEGATOR || m.kind == Kind.REFUSAL) && m.end <= at && at - m.end <= NEGATION_SCOPE
                    && !broken(words, mods, m.end, at, true)) {
                best = m; // the nearest one wins
            }
        }
        return best;
    }

    /** Whether a clause break lies in tokens {@code [from, to)}. */
    private static boolean broken(Words words, List<Mod> mods, int from, int to, boolean commaBreaks) {
        for (int i = from; i < to; i++) {
            String t = words.token(i).text();
            if (HARD_BREAKS.contains(t) || commaBreaks && t.equals(",")) {
                return true;
            }
        }
        for (Mod m : mods) {
            if (m.kind == Kind.BOUNDARY && m.start >= from && m.start < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the direction of a concession and the words that say it (empty when the direction
     *     comes from the cue itself or the tense)
     */
    private String[] direction(Words words, List<Mod> mods, Match<StanceCue> m, Mod neg) {
        if (neg != null) {
            // "if they do not pull back": a negated condition is an ultimatum, not a refusal
            for (int i = Math.max(0, neg.start - 3); i < neg.start; i++) {
                if (words.surface(i).equals("if") || words.surface(i).equals("unless")) {
                    return new String[] {"demanded", words.text(i, m.end())};
                }
            }
            return new String[] {"refused", words.text(neg.start, m.end())};
        }
        Mod retraction = nearest(words, mods, m, Kind.RETRACTION);
        if (retraction != null) {
            return new String[] {"withdrawn", words.text(retraction.start, m.end())};
        }
        // a cue that says its own direction ("dig in", "sweetener") outweighs the words around it
        if (!m.payload().direction().isEmpty()) {
            return new String[] {m.payload().direction(), ""};
        }
        for (Kind k : new Kind[] {Kind.DEMAND, Kind.OFFER}) {
            Mod near = nearest(words, mods, m, k);
            if (near != null) {
                return new String[] {k == Kind.DEMAND ? "demanded" : "offered", words.text(near.start, m.end())};
            }
        }
        Mod made = nearest(words, mods, m, Kind.MADE);
        if (made != null) {
            return new String[] {"made", words.text(made.start, m.end())};
        }
        if (past(words, m.start())) {
            return new String[] {"made", ""};
        }
        return new String[] {"", ""};
    }

    private static Mod nearest(Words words, List<Mod> mods, Match<StanceCue> m, Kind kind) {
        Mod best = null;
        for (Mod mod : mods) {
            boolean inside = mod.start >= m.start() && mod.start < m.end();
            if (mod.kind == kind && !inside && mod.end <= m.start() && m.start() - mod.end <= DIRECTION_SCOPE
                    && !broken(words, mods, mod.end, m.start(), false)) {
                best = mod;
            }
        }
        return best;
    }

    /** A past or perfect verb at the cue: "dropped", "gave up", "has moved". */
    private boolean past(Words words, int at) {
        String surface = words.surface(at);
        if (surface.endsWith("ed") && surface.length() > 4) {
            return true;
        }
        if (normalizer.irregular(surface) && !surface.endsWith("s") && !surface.endsWith("ing")) {
            return true; // gave, made, withdrew (the lemma table's irregular forms)
        }
        for (int i = Math.max(0, at - 2); i < at; i++) {
            String w = words.surface(i);
            if (w.equals("has") || w.equals("have") || w.equals("had") || w.equals("'ve")) {
                return true;
            }
        }
        return false;
    }

    /** Hedges and boosters just before the cue, for the evidence ("hedge: may"). */
    private static String shade(Words words, List<Mod> mods, int at) {
        List<String> out = new ArrayList<>();
        for (Mod m : mods) {
            if ((m.kind == Kind.HEDGE || m.kind == Kind.BOOSTER) && m.end <= at && at - m.end <= HEDGE_SCOPE
                    && !broken(words, mods, m.end, at, true)) {
                out.add(m.kind.label() + ": " + words.text(m.start, m.end));
            }
        }
        return String.join(", ", out);
    }
}
