package org.framelens.extract.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.Topic;
import org.framelens.extract.tag.ArticleLabeler;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.model.Kind;
import org.framelens.model.Tag;
import org.framelens.model.Voice;

/**
 * Stage: gives a sentence that names no topic term of its own the article's main topics — those
 * whose terms are found in at least {@link #share} of the article's sentences (and in at least
 * {@link #minSentences} of them). Coders read a topic from the story a sentence belongs to ("The
 * vote is on Friday" in an article about a budget is about the budget); a sentence's own terms
 * still decide whenever it has any, so a sentence about something else keeps its own reading.
 *
 * <p>An inherited topic's evidence says where it came from and which terms made it the article's:
 * {@code article: 9 of 31 sentences (budget, taxes, deficit)}. Boilerplate is neither counted nor
 * labelled.
 *
 * <p>Input: the article's sentences and their topics from their own terms; output: new lists, the
 * same size and order. Immutable and thread-safe.
 */
public final class ArticleTopics implements ArticleLabeler {
    /** What an inherited topic's evidence starts with. */
    public static final String EVIDENCE = "article: ";

    /**
     * The default share: on the coded corpora of {@code eval/} (about 9,900 sentences) sentences
     * without a term took a topic from their article best at 0.20 – 0.30 (F1 of every topic together 0.53 → 0.58 with the terms of its release) — lower shares add an article's
     * side topics to every sentence, higher ones miss its main one.
     */
    public static final double DEFAULT_SHARE = 0.25;

    /** An article's topic counts as a main one only when at least this many sentences name it. */
    public static final int DEFAULT_MIN_SENTENCES = 2;

    /** The terms listed in an inherited topic's evidence, most frequent first. */
    static final int MAX_TERMS = 3;

    private final List<String> order;
    private final double share;
    private final int minSentences;

    /**
     * The defaults: {@value #DEFAULT_SHARE}, {@value #DEFAULT_MIN_SENTENCES} sentences.
     *
     * @param codebook the codebook whose taxonomy gives the topics' order
     */
    public ArticleTopics(Codebook codebook) {
        this(codebook.topics().stream().map(Topic::name).toList(), DEFAULT_SHARE, DEFAULT_MIN_SENTENCES);
    }

    /**
     * @param order        the taxonomy's topics in their order (inherited topics are listed in it)
     * @param share        the least share of an article's (non-boilerplate) sentences that must
     *                     name a topic for it to be a main topic, in (0, 1]
     * @param minSentences the least number of such sentences, at least 1
     */
    public ArticleTopics(List<String> order, double share, int minSentences) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1]: " + share);
        }
        if (minSentences < 1) {
            throw new IllegalArgumentException("minSentences must be at least 1: " + minSentences);
        }
        this.order = List.copyOf(order);
        this.share = share;
        this.minSentences = minSentences;
    }

    @Override
    public List<List<Tag>> relabel(List<PreparedSentence> sentences, List<Voice> voices, List<List<Tag>> labels) {
        int counted = 0;
        int untagged = 0;
        // topic -> sentences naming it, and its terms with how often each was found (file order kept)
        Map<String, int[]> sentencesOf = new LinkedHashMap<>();
        Map<String, Map<String, int[]>> termsOf = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).sentence().kind() == Kind.BOILERPLATE) {
                continue;
            }
            counted++;
            if (labels.get(i).isEmpty()) {
                untagged++;
            }
            for (Tag t : labels.get(i)) {
                sentencesOf.computeIfAbsent(t.label(), k -> new int[1])[0]++;
                Map<String, int[]> terms = termsOf.computeIfAbsent(t.label(), k -> new LinkedHashMap<>());
                // the evidence is TopicLabeler's "term, term, term" (split by hand: String.split
                // compiles a pattern for a two-character separator on every call)
                String ev = t.evidence();
                for (int from = 0; from <= ev.length(); ) {
                    int comma = ev.indexOf(", ", from);
                    int to = comma < 0 ? ev.length() : comma;
                    terms.computeIfAbsent(ev.substring(from, to), k -> new int[1])[0]++;
                    from = to + 2;
                }
            }
        }
        if (untagged == 0) {
            return labels;
        }
        List<Tag> found = new ArrayList<>();
        for (String topic : order) {
            int[] n = sentencesOf.get(topic);
            if (n != null && n[0] >= minSentences && n[0] >= share * counted) {
                found.add(new Tag(topic, EVIDENCE + n[0] + " of " + counted + " sentences ("
                        + topTerms(termsOf.get(topic)) + ")"));
            }
        }
        List<Tag> main = List.copyOf(found);
        if (main.isEmpty()) {
            return labels;
        }
        List<List<Tag>> out = new ArrayList<>(labels.size());
        for (int i = 0; i < sentences.size(); i++) {
            boolean inherits = labels.get(i).isEmpty() && sentences.get(i).sentence().kind() != Kind.BOILERPLATE;
            out.add(inherits ? main : labels.get(i));
        }
        return out;
    }

    /** The {@value #MAX_TERMS} most frequent terms; ties keep the order they were first found in. */
    private static String topTerms(Map<String, int[]> terms) {
        List<Map.Entry<String, int[]>> list = new ArrayList<>(terms.entrySet());
        list.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0])); // stable
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_TERMS, list.size()); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(list.get(i).getKey());
        }
        return sb.toString();
    }
}
