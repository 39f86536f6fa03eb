package org.framelens.extract.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.framelens.extract.codebook.Codebook;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Span;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;
import org.framelens.model.align.MatchType;
import org.framelens.model.align.PairShare;
import org.framelens.model.align.QuoteCluster;
import org.framelens.model.align.QuoteVersion;
import org.framelens.model.align.SentencePair;
import org.framelens.model.align.StoryAlignment;
import org.framelens.model.align.UniqueSentence;
import org.framelens.model.align.WordingNote;

/**
 * The default {@link StoryAligner}, in three steps, each linear-ish in the story's length:
 * <ol>
 *   <li><b>Quotes</b>: every quotation of {@link Settings#quoteMinWords} words or more is cut into
 *       word shingles; an index from shingle to quotation finds the quotations that share any, and
 *       two are the same quote when the smaller holds {@link Settings#quoteContainment} of its
 *       shingles in the larger — so a quote trimmed, split over two sentences or cut differently
 *       still matches. Matches are grouped (union-find) into one cluster per quotation.</li>
 *   <li><b>Paraphrases</b>: sentences as TF-IDF vectors over content words (IDF from the story's
 *       own sentences); an inverted index gives each sentence its candidates in the other outlets,
 *       and the best one at {@link Settings#paraphraseCosine} or above, sharing at least
 *       {@link Settings#paraphraseMinTerms} content words, is its paraphrase.</li>
 *   <li><b>Wording</b>: for each shared quote, the outlets' reporting cues and speakers compared;
 *       for each outlet, the narrator's evaluative words (codebook) no other narrator used.</li>
 * </ol>
 * Immutable and thread-safe: build one per codebook and share it.
 */
public final class ShingleAligner implements StoryAligner {
    private final Settings settings;
    private final ContentTerms terms;
    private final Evaluative evaluative;

    /** @param codebook the codebook (lemmas, evaluative words) */
    public ShingleAligner(Codebook codebook) {
        this(codebook, Settings.DEFAULTS);
    }

    /**
     * @param codebook the codebook (lemmas, evaluative words)
     * @param settings the thresholds
     */
    public ShingleAligner(Codebook codebook, Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.terms = new ContentTerms(codebook.normalizer(), codebook.speakerNouns().keySet());
        this.evaluative = new Evaluative(codebook);
    }

    @Override
    public StoryAlignment align(String story, List<AnalyzedArticle> articles) {
        List<String> outlets = articles.stream().map(a -> a.article().outlet()).toList();
        if (articles.size() < 2) {
            return StoryAlignment.notAligned(story, outlets,
                    "only one outlet carries this story: there is nothing to compare it with");
        }
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            docs.add(new Doc(i, articles.get(i)));
        }
        List<QuoteCluster> clusters = new ArrayList<>();
        Map<String, SentencePair> pairs = new TreeMap<>();
        List<List<QuotedText>> grouped = clusterQuotes(docs);
        for (List<QuotedText> group : grouped) {
            clusters.add(cluster(clusters.size() + 1, group, docs));
            quotePairs(group, pairs);
        }
        new Paraphrases(terms, settings).find(docs, pairs);
        List<SentencePair> pairList = new ArrayList<>(pairs.values());
        return new StoryAlignment(story, outlets, pairList, clusters, unique(docs, pairList),
                wording(docs, clusters, pairList), shares(docs, pairList), "");
    }

    /** Groups the story's quotations, each group one quotation across outlets, by first appearance. */
    private List<List<QuotedText>> clusterQuotes(List<Doc> docs) {
        List<QuotedText> all = new ArrayList<>();
        for (Doc d : docs) {
            all.addAll(QuotedText.of(d, settings));
        }
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> byShingle = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (String s : all.get(i).shingles.keySet()) {
                byShingle.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            Set<Integer> seen = new HashSet<>();
            for (String s : all.get(i).shingles.keySet()) {
                for (int j : byShingle.get(s)) {
                    if (j > i && seen.add(j) && all.get(i).containment(all.get(j)) >= settings.quoteContainment()) {
                        union(parent, i, j);
                    }
                }
            }
        }
        Map<Integer, List<QuotedText>> groups = new LinkedHashMap<>();
        // outlets in story order, quotations in text order: a group's key is its first member
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
        }
        List<List<QuotedText>> out = new ArrayList<>(groups.values());
        out.sort(Comparator.comparingInt((List<QuotedText> g) -> g.get(0).doc.index)
                .thenComparingInt(g -> g.get(0).span.start()));
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private QuoteCluster cluster(int id, List<QuotedText> group, List<Doc> docs) {
        Map<Integer, List<QuotedText>> byDoc = new TreeMap<>();
        for (QuotedText q : group) {
            byDoc.computeIfAbsent(q.doc.index, k -> new ArrayList<>()).add(q);
        }
        // an outlet that prints a quote twice (headline and body) or in pieces: keep the distinct
        // pieces, and measure it by the words they cover together
        Map<Integer, List<QuotedText>> pieces = new TreeMap<>();
        Map<Integer, Integer> covered = new TreeMap<>();
        int longest = 0;
        String text = "";
        for (var e : byDoc.entrySet()) {
            List<QuotedText> distinct = distinctPieces(e.getValue());
            Set<String> union = new HashSet<>();
            distinct.forEach(q -> union.addAll(q.shingles.keySet()));
            int w = union.size() + settings.shingle() - 1;
            pieces.put(e.getKey(), distinct);
            covered.put(e.getKey(), w);
            if (w > longest) {
                longest = w;
                text = joined(distinct);
            }
        }
        List<QuoteVersion> versions = new ArrayList<>();
        Map<String, Integer> speakerVotes = new TreeMap<>();
        for (var e : byDoc.entrySet()) {
            Doc d = docs.get(e.getKey());
            SortedSet<Integer> sentences = new TreeSet<>();
            e.getValue().forEach(q -> sentences.addAll(q.sentences()));
            int words = covered.get(e.getKey());
            Voice v = voiceOf(d, sentences);
            int first = sentences.first();
            versions.add(new QuoteVersion(d.outlet, List.copyOf(sentences), joined(pieces.get(e.getKey())), words,
                    v.speaker(), v.cue(), v.attribution(), d.place(first), d.depth(first),
                    words >= settings.wholeShare() * longest,
                    e.getValue().stream().map(q -> q.inner).sorted(Comparator.comparingInt(
                            Span::start)).toList()));
            if (!v.speaker().equals(Voice.OUTLET) && !v.speaker().equals(Voice.UNKNOWN)) {
                speakerVotes.merge(v.speaker(), 1, Integer::sum);
            }
        }
        String speaker = Voice.UNKNOWN;
        int votes = 0;
        for (var e : speakerVotes.entrySet()) { // sorted by name: ties go to the first
            if (e.getValue() > votes) {
                speaker = e.getKey();
                votes = e.getValue();
            }
        }
        return new QuoteCluster(id, text, speaker, versions);
    }

    /** The pieces not repeated inside another piece of the same outlet, in text order. */
    private static List<QuotedText> distinctPieces(List<QuotedText> parts) {
        List<QuotedText> out = new ArrayList<>();
        for (QuotedText q : parts) {
            boolean repeated = false;
            for (QuotedText o : parts) {
                if (o != q && o.shingles.keySet().containsAll(q.shingles.keySet())
                        && (o.shingles.size() > q.shingles.size() || parts.indexOf(o) < parts.indexOf(q))) {
                    repeated = true;
                    break;
                }
            }
            if (!repeated) {
                out.add(q);
            }
        }
        return out;
    }

    private static String joined(List<QuotedText> pieces) {
        return String.join(" \u2026 ", pieces.stream().map(q -> q.text).toList());
    }

    /** The voice of the first attributed sentence holding the quote, else of its first sentence. */
    private static Voice voiceOf(Doc d, SortedSet<Integer> sentences) {
        for (int i : sentences) {
            Voice v = d.sentences.get(i).voice();
            if (!v.speaker().equals(Voice.OUTLET)) {
                return v;
            }
        }
        return d.sentences.get(sentences.first()).voice();
    }

    /** For each two outlets' versions of a quote, pairs each sentence with the one sharing most of it. */
    private static void quotePairs(List<QuotedText> group, Map<String, SentencePair> pairs) {
        for (QuotedText a : group) {
            for (QuotedText b : group) {
                if (a.doc.index >= b.doc.index) {
                    continue;
                }
                Map<Long, Integer> shared = new HashMap<>();
                Map<Integer, Integer> perA = new HashMap<>();
                Map<Integer, Integer> perB = new HashMap<>();
                a.shingles.values().forEach(s -> perA.merge(s, 1, Integer::sum));
                b.shingles.values().forEach(s -> perB.merge(s, 1, Integer::sum));
                for (var e : a.shingles.entrySet()) {
                    Integer sb = b.shingles.get(e.getKey());
                    if (sb != null) {
                        shared.merge(((long) e.getValue() << 32) | sb, 1, Integer::sum);
                    }
                }
                for (var e : shared.entrySet()) {
                    int sa = (int) (e.getKey() >>> 32);
                    int sb = (int) (long) e.getKey();
                    double sim = Math.min(1, (double) e.getValue() / Math.min(perA.get(sa), perB.get(sb)));
                    put(pairs, new SentencePair(a.doc.outlet, sa, b.doc.outlet, sb, MatchType.SAME_QUOTE,
                            round(sim), "\u201C" + firstWords(a.text, 8) + "\u201D"), a.doc.index, b.doc.index);
                }
            }
        }
    }

    static String firstWords(String text, int n) {
        String[] w = text.strip().split("\\s+");
        return w.length <= n ? text.strip() : String.join(" ", Arrays.copyOf(w, n)) + " \u2026";
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    /** Keeps the pair under a key that sorts by outlet pair, then sentences; a same quote wins over a paraphrase. */
    static void put(Map<String, SentencePair> pairs, SentencePair p, int docA, int docB) {
        String key = key(docA, docB, p.sentenceA(), p.sentenceB());
        SentencePair old = pairs.get(key);
        if (old == null || old.type() == MatchType.PARAPHRASE && p.type() == MatchType.SAME_QUOTE
                || old.type() == p.type() && p.similarity() > old.similarity()) {
            pairs.put(key, p);
        }
    }

    /**
     * {@code String.format(Locale.ROOT, "%05d %05d %07d %07d", …)} without the {@code Formatter}
     * (which parses the pattern on every call: a tenth of the alignment's CPU).
     */
    static String key(int docA, int docB, int sentenceA, int sentenceB) {
        if ((docA | docB | sentenceA | sentenceB) < 0) {
            return String.format(Locale.ROOT, "%05d %05d %07d %07d", docA, docB, sentenceA, sentenceB);
        }
        StringBuilder b = new StringBuilder(30);
        pad(b, docA, 5).append(' ');
        pad(b, docB, 5).append(' ');
        pad(b, sentenceA, 7).append(' ');
        return pad(b, sentenceB, 7).toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        for (int limit = 10, digits = 1; digits < width; limit *= 10, digits++) {
            if (value < limit) {
                b.append('0');
            }
        }
        return b.append(value);
    }

    private List<UniqueSentence> unique(List<Doc> docs, List<SentencePair> pairs) {
        Map<String, Set<Integer>> matched = new HashMap<>();
        for (SentencePair p : pairs) {
            matched.computeIfAbsent(p.outletA(), k -> new HashSet<>()).add(p.sentenceA());
            matched.computeIfAbsent(p.outletB(), k -> new HashSet<>()).add(p.sentenceB());
        }
        List<UniqueSentence> out = new ArrayList<>();
        for (Doc d : docs) {
            Set<Integer> m = matched.getOrDefault(d.outlet, Set.of());
            for (int i : d.countedIndices()) {
                if (m.contains(i)) {
                    continue;
                }
                TaggedSentence s = d.sentences.get(i);
                out.add(new UniqueSentence(d.outlet, i, s.sentence().kind().label(), s.sentence().text(),
                        s.voice().speaker(), s.stanceLabels(), s.topicLabels(), evaluative.listed(s)));
            }
        }
        return out;
    }

    private List<WordingNote> wording(List<Doc> docs, List<QuoteCluster> clusters, List<SentencePair> pairs) {
        List<WordingNote> out = new ArrayList<>();
        for (QuoteCluster c : clusters) {
            if (!c.shared()) {
                continue;
            }
            out.addAll(differences(c, WordingNote.CUE, QuoteVersion::cue));
            out.addAll(differences(c, WordingNote.SPEAKER, QuoteVersion::speaker));
        }
        out.addAll(reattributed(docs, pairs));
        out.addAll(evaluative.distinctive(docs));
        out.sort(Comparator.comparingInt((WordingNote w) -> indexOf(docs, w.outlet()))
                .thenComparingInt(WordingNote::sentence).thenComparing(WordingNote::aspect));
        return out;
    }

    /** Paraphrases whose outlets give the content to different speakers (one may state it as fact). */
    private static List<WordingNote> reattributed(List<Doc> docs, List<SentencePair> pairs) {
        List<WordingNote> out = new ArrayList<>();
        for (SentencePair p : pairs) {
            if (p.type() != MatchType.PARAPHRASE) {
                continue;
            }
            String a = docs.get(indexOf(docs, p.outletA())).sentences.get(p.sentenceA()).voice().speaker();
            String b = docs.get(indexOf(docs, p.outletB())).sentences.get(p.sentenceB()).voice().speaker();
            if (!sameSpeaker(a, b)) {
                out.add(new WordingNote(p.outletA(), WordingNote.SPEAKER, a, p.sentenceA(),
                        p.outletB() + ": " + b + " (sentence " + p.sentenceB() + ")", 0));
                out.add(new WordingNote(p.outletB(), WordingNote.SPEAKER, b, p.sentenceB(),
                        p.outletA() + ": " + a + " (sentence " + p.sentenceA() + ")", 0));
            }
        }
        return out;
    }

    /**
     * Whether two speaker names name the same source, loosely as the coding guide matches them:
     * equal without case and determiners, one the start of the other ("a diplomat" and "a diplomat
     * briefed on the talks"), or the same last word ("Diplomats", "a diplomat"; a surname).
     */
    static boolean sameSpeaker(String a, String b) {
        String x = bare(a);
        String y = bare(b);
        if (x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ")) {
            return true;
        }
        String lx = x.substring(x.lastIndexOf(' ') + 1);
        String ly = y.substring(y.lastIndexOf(' ') + 1);
        return !lx.isEmpty() && lx.equals(ly);
    }

    private static String bare(String name) {
        String s = name.toLowerCase(Locale.ROOT).strip().replaceFirst("^(a|an|the)\\s+", "");
        String[] w = s.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String word : w) {
            String v = word.endsWith("s") && word.length() > 3 && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
            out.append(out.length() == 0 ? "" : " ").append(v);
        }
        return out.toString();
    }

    private static int indexOf(List<Doc> docs, String outlet) {
        for (Doc d : docs) {
            if (d.outlet.equals(outlet)) {
                return d.index;
            }
        }
        return -1;
    }

    private static List<WordingNote> differences(QuoteCluster c, String aspect,
                                                 Function<QuoteVersion, String> field) {
        Set<String> values = new HashSet<>();
        c.versions().forEach(v -> values.add(field.apply(v).toLowerCase(Locale.ROOT)));
        if (values.size() < 2) {
            return List.of();
        }
        List<WordingNote> out = new ArrayList<>();
        for (QuoteVersion v : c.versions()) {
            List<String> others = new ArrayList<>();
            for (QuoteVersion o : c.versions()) {
                if (o != v) {
                    others.add(o.outlet() + ": " + shown(field.apply(o)));
                }
            }
            out.add(new WordingNote(v.outlet(), aspect, shown(field.apply(v)), v.firstSentence(),
                    String.join("; ", others), c.id()));
        }
        return out;
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }

    private static List<PairShare> shares(List<Doc> docs, List<SentencePair> pairs) {
        List<PairShare> out = new ArrayList<>();
        for (Doc a : docs) {
            for (Doc b : docs) {
                if (a == b) {
                    continue;
                }
                Set<Integer> quote = new HashSet<>();
                Set<Integer> para = new HashSet<>();
                for (SentencePair p : pairs) {
                    Integer mine = p.outletA().equals(a.outlet) && p.outletB().equals(b.outlet) ? Integer.valueOf(p.sentenceA())
                            : p.outletB().equals(a.outlet) && p.outletA().equals(b.outlet) ? Integer.valueOf(p.sentenceB()) : null;
                    if (mine != null) {
                        (p.type() == MatchType.SAME_QUOTE ? quote : para).add(mine);
                    }
                }
                para.removeAll(quote);
                out.add(new PairShare(a.outlet, b.outlet, a.countedSentences(), quote.size(), para.size()));
            }
        }
        return out;
    }
}
