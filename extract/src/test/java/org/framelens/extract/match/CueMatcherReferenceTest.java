package org.framelens.extract.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The trie matcher against the specification written as plainly as possible: every entry tried
 * at every start, each later segment taken at the nearest start within the gap. Random cues
 * (alternatives, exact forms, classes, gaps, repeated words) over random sentences, and
 * sentences prepared both alone and with article offsets.
 */
class CueMatcherReferenceTest {
    private static final Normalizer N = new Normalizer(Map.of("gave", "give", "given", "give"));
    private static final String[] VOCABULARY = {"give", "gave", "giving", "up", "in", "must", "before", "not",
        "won't", "isn't", "no", "doubt", "doubts", "the", "deal", "deals", ",", ".", "talks", "never", "Give"};
    private static final Map<String, Set<String>> CLASSES = Map.of(N.key("not"), Set.of("negator"),
            N.key("never"), Set.of("negator", "hedge"), N.key("no"), Set.of("negator"));

    /** One segment position matches a token when one alternative does. */
    private static boolean matches(List<CuePattern.Alt> position, Words w, int i) {
        for (CuePattern.Alt a : position) {
            boolean hit = switch (a.kind()) {
                case KEY -> w.key(i).equals(a.value());
                case EXACT -> w.surface(i).equals(a.value());
                case CLASS -> CLASSES.getOrDefault(w.key(i), Set.of()).contains(a.value())
                        || a.value().equals("negator") && Normalizer.negativeContraction(w.surface(i));
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }

    private static boolean segmentAt(List<List<CuePattern.Alt>> segment, Words w, int start) {
        if (start + segment.size() > w.size()) {
            return false;
        }
        for (int k = 0; k < segment.size(); k++) {
            if (!matches(segment.get(k), w, start + k)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> reference(List<CueMatcher.Entry<String>> entries, Words w) {
        List<int[]> found = new ArrayList<>(); // {entry, start, end}
        for (int e = 0; e < entries.size(); e++) {
            List<List<List<CuePattern.Alt>>> segs = entries.get(e).pattern().segments();
            for (int start = 0; start < w.size(); start++) {
                if (!segmentAt(segs.get(0), w, start)) {
                    continue;
                }
                int end = start + segs.get(0).size();
                boolean complete = true;
                for (int s = 1; s < segs.size() && complete; s++) {
                    complete = false;
                    for (int next = end; next <= end + CuePattern.MAX_GAP && next < w.size(); next++) {
                        if (segmentAt(segs.get(s), w, next)) {
                            end = next + segs.get(s).size();
                            complete = true;
                            break;
                        }
                    }
                }
                if (complete) {
                    found.add(new int[] {e, start, end});
                }
            }
        }
        found.sort(Comparator.<int[]>comparingInt(f -> f[1]).thenComparingInt(f -> f[2]).thenComparingInt(f -> f[0]));
        return found.stream().map(f -> entries.get(f[0]).payload() + "@" + f[1] + "-" + f[2]).toList();
    }

    @Test
    void findsWhatThePlainSpecificationFinds() {
        SplittableRandom r = new SplittableRandom(42);
        for (int round = 0; round < 300; round++) {
            List<CueMatcher.Entry<String>> entries = new ArrayList<>();
            int cues = 1 + r.nextInt(12);
            for (int c = 0; c < cues; c++) {
                String p = randomPattern(r);
                entries.add(new CueMatcher.Entry<>(CuePattern.parse(p, N, Set.of("negator", "hedge")), c + ":" + p));
            }
            CueMatcher<String> matcher = new CueMatcher<>(entries, CLASSES, "negator");
            // the same cues read by the numbers of a vocabulary that holds their words (and some
            // of the sentences' other words), as an extractor's stages share one
            java.util.Set<String> known = new java.util.HashSet<>(CLASSES.keySet());
            entries.forEach(e -> e.pattern().segments().forEach(seg -> seg.forEach(pos -> pos.forEach(a -> {
                if (a.kind() != CuePattern.AltKind.CLASS) {
                    known.add(a.value());
                }
            }))));
            for (int k = 0; k < 5; k++) {
                known.add(N.key(VOCABULARY[r.nextInt(VOCABULARY.length)]));
            }
            Vocabulary vocabulary = Vocabulary.of(known);
            Normalizer numbering = N.withVocabulary(vocabulary);
            CueMatcher<String> byNumber = new CueMatcher<>(entries, CLASSES, "negator", vocabulary);
            for (int s = 0; s < 20; s++) {
                StringBuilder sb = new StringBuilder();
                int n = r.nextInt(25);
                for (int k = 0; k < n; k++) {
                    sb.append(VOCABULARY[r.nextInt(VOCABULARY.length)]).append(' ');
                }
                String sentence = sb.toString().strip();
                Words alone = new Words(sentence, N);
                List<String> expected = reference(entries, alone);
                assertEquals(expected, positions(matcher.find(alone)), () -> entries + " in '" + sentence + "'");
                Words numbered = new Words(sentence, numbering);
                assertTrue(byNumber.byNumber(numbered));
                assertEquals(expected, positions(byNumber.find(numbered)), () -> entries + " by number in '" + sentence + "'");
                // a sentence numbered by another vocabulary, or by none, is read by its strings
                assertFalse(byNumber.byNumber(alone));
                assertEquals(expected, positions(byNumber.find(alone)));
                // a vocabulary that lacks some of the cues' words is not read by number at all
                Vocabulary partial = Vocabulary.of(List.of("deal", "doubt"));
                CueMatcher<String> uncovered = new CueMatcher<>(entries, CLASSES, "negator", partial);
                Words partly = new Words(sentence, N.withVocabulary(partial));
                assertFalse(uncovered.byNumber(partly));
                assertEquals(expected, positions(uncovered.find(partly)));
                // the same sentence inside an article, as the extractor prepares it
                String article = "Some headline.\n\n" + sentence;
                int offset = article.length() - sentence.length();
                Words inArticle = Words.of(sentence, offset,
                        org.framelens.extract.text.Tokenizer.tokens(article, new org.framelens.model.Span(offset, article.length())), N);
                List<CueMatcher.Match<String>> matches = matcher.find(inArticle);
                assertEquals(expected, positions(matches));
                assertEquals(matcher.find(alone).stream().map(m -> m.found(alone)).toList(),
                        matches.stream().map(m -> m.found(inArticle)).toList());
            }
        }
    }

    private static List<String> positions(List<CueMatcher.Match<String>> matches) {
        return matches.stream().map(m -> m.payload() + "@" + m.start() + "-" + m.end()).toList();
    }

    private static String randomPattern(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int words = 1 + r.nextInt(3);
        for (int k = 0; k < words; k++) {
            if (k > 0) {
                sb.append(r.nextInt(4) == 0 ? " ... " : " ");
            }
            int alternatives = 1 + r.nextInt(2);
            for (int a = 0; a < alternatives; a++) {
                if (a > 0) {
                    sb.append('|');
                }
                int kind = r.nextInt(6);
                String word = VOCABULARY[r.nextInt(VOCABULARY.length)];
                if (!Character.isLetter(word.charAt(0))) {
                    word = "deal";
                }
                sb.append(kind == 0 ? "<negator>" : kind == 1 ? "<hedge>" : kind == 2 ? "=" + word.toLowerCase(java.util.Locale.ROOT) : word);
            }
        }
        return sb.toString();
    }
}
