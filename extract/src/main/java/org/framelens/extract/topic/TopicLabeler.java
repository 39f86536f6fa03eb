package org.framelens.extract.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.Topic;
import org.framelens.extract.match.CueMatcher;
import org.framelens.extract.match.CuePattern;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.match.Words;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.extract.tag.SentenceLabeler;
import org.framelens.model.Sentence;
import org.framelens.model.Tag;
import org.framelens.model.Voice;

/**
 * Gives a sentence every topic of the codebook whose terms it contains (multi-label), in the
 * taxonomy's order, each with the terms found as evidence ({@code economy=budget, taxes}). All
 * terms of all topics sit in one token trie: one pass per sentence. A sentence with no term gets
 * no topic (the guide's {@code none}).
 *
 * <p>Immutable and thread-safe: build one per codebook and share it.
 */
public final class TopicLabeler implements SentenceLabeler {
    /** At most this many terms are listed as one topic's evidence. */
    static final int MAX_EVIDENCE = 3;

    private final Normalizer normalizer;
    private final CueMatcher<String> terms;
    private final List<String> order;

    /** @param codebook the codebook whose topic table to use */
    public TopicLabeler(Codebook codebook) {
        this(codebook, codebook.normalizer());
    }

    /**
     * @param codebook   the codebook whose topic table to use
     * @param normalizer its normaliser ({@link Codebook#normalizer}), perhaps carrying the
     *                   vocabulary the stages of one extractor share
     */
    public TopicLabeler(Codebook codebook, Normalizer normalizer) {
        this.normalizer = normalizer;
        List<CueMatcher.Entry<String>> entries = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Topic t : codebook.topics()) {
            names.add(t.name());
            for (CuePattern p : t.terms()) {
                entries.add(new CueMatcher.Entry<>(p, t.name()));
            }
        }
        this.terms = new CueMatcher<>(entries, Map.of(), null, normalizer.vocabulary());
        this.order = List.copyOf(names);
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
     * @return its topics with the terms found
     */
    public List<Tag> labels(String text) {
        return labels(new Words(text, normalizer));
    }

    private List<Tag> labels(Words words) {
        List<CueMatcher.Match<String>> matches = terms.find(words);
        if (matches.isEmpty()) {
            return new ArrayList<>(); // most sentences: no term, so no topic to look up
        }
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (CueMatcher.Match<String> m : matches) {
            found.computeIfAbsent(m.payload(), k -> new LinkedHashSet<>()).add(m.found(words));
        }
        List<Tag> out = new ArrayList<>();
        for (String topic : order) {
            Set<String> f = found.get(topic);
            if (f != null) {
                out.add(new Tag(topic, firstTerms(f)));
            }
        }
        return out;
    }

    /** The first {@value #MAX_EVIDENCE} terms, joined by ", ". */
    private static String firstTerms(Set<String> terms) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String t : terms) {
            if (n == MAX_EVIDENCE) {
                break;
            }
            if (n++ > 0) {
                sb.append(", ");
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
