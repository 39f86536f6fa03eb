package org.framelens.extract.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.text.Token;
import org.framelens.extract.text.Tokenizer;
import org.framelens.extract.voice.Quotes;
import org.framelens.model.Span;
import org.framelens.model.TaggedSentence;

/**
 * One quotation of one outlet, as words: the quoted text without its marks, its words in surface
 * form (lower case, possessive dropped) and its word shingles, each shingle remembered with the
 * sentence it starts in, so that matched quotes can be traced to sentence pairs. Immutable.
 */
final class QuotedText {
    final Doc doc;
    final Span span;
    /** the quoted words, marks and surrounding space excluded */
    final Span inner;
    final String text;
    final int words;
    /** shingle → the sentence index it starts in */
    final Map<String, Integer> shingles;

    private QuotedText(Doc doc, Span span, Span inner, String text, int words, Map<String, Integer> shingles) {
        this.doc = doc;
        this.span = span;
        this.inner = inner;
        this.text = text;
        this.words = words;
        this.shingles = shingles;
    }

    /**
     * @param doc      an outlet's article
     * @param settings the minimum words and shingle size
     * @return its quotations long enough to align, in text order (boilerplate excluded)
     */
    static List<QuotedText> of(Doc doc, Settings settings) {
        List<org.framelens.model.Sentence> plain = new ArrayList<>(doc.sentences.size());
        for (TaggedSentence s : doc.sentences) {
            plain.add(s.sentence());
        }
        List<QuotedText> out = new ArrayList<>();
        for (Span q : Quotes.find(doc.text, plain).spans()) {
            int first = doc.sentenceAt(q.start());
            if (first < 0 || !doc.counted(first)) {
                continue;
            }
            Span inner = new Span(q.start() + 1, Math.max(q.start() + 1, q.end() - 1));
            List<String> w = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (Token t : Tokenizer.tokens(doc.text, inner)) {
                if (t.isWord()) {
                    w.add(Normalizer.surface(t.text()));
                    at.add(t.start());
                }
            }
            if (w.size() < settings.quoteMinWords()) {
                continue;
            }
            Map<String, Integer> sh = new HashMap<>();
            int k = settings.shingle();
            for (int i = 0; i + k <= w.size(); i++) {
                sh.putIfAbsent(String.join(" ", w.subList(i, i + k)), Math.max(first, doc.sentenceAt(at.get(i))));
            }
            int from = inner.start();
            int to = inner.end();
            while (from < to && Character.isWhitespace(doc.text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(doc.text.charAt(to - 1))) {
                to--;
            }
            out.add(new QuotedText(doc, q, new Span(from, to), doc.text.substring(from, to), w.size(), sh));
        }
        return out;
    }

    /** @return the sentences this quotation lies in, ascending */
    List<Integer> sentences() {
        Set<Integer> s = new HashSet<>(shingles.values());
        s.add(doc.sentenceAt(span.start()));
        return s.stream().filter(i -> i >= 0).sorted().toList();
    }

    /**
     * @param other another quotation
     * @return the share of the smaller one's shingles that the other holds too
     */
    double containment(QuotedText other) {
        QuotedText small = shingles.size() <= other.shingles.size() ? this : other;
        QuotedText large = small == this ? other : this;
        if (small.shingles.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : small.shingles.keySet()) {
            if (large.shingles.containsKey(s)) {
                shared++;
            }
        }
        return (double) shared / small.shingles.size();
    }
}
