package org.framelens.extract.text;

import java.util.Set;

/**
 * English function words and the commonest reporting verbs and time words, which every outlet
 * uses and which say nothing about what two sentences share. Immutable and thread-safe.
 */
public final class FunctionWords {
    /** English function words, and the commonest reporting verbs, which every outlet uses. */
    public static final Set<String> STOP = WordSet.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "of", "in", "on",
            "at", "by", "for", "to", "from", "with", "without", "into", "onto", "over", "under", "about", "after",
            "before", "between", "through", "during", "since", "until", "against", "among", "across", "per", "via",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
            "did", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its",
            "this", "that", "these", "those", "there", "here", "he", "she", "they", "we", "i", "you", "him", "her",
            "them", "us", "me", "his", "their", "our", "my", "your", "who", "whom", "whose", "which", "what", "when",
            "where", "why", "how", "not", "no", "also", "just", "only", "very", "more", "most", "such", "any", "all",
            "some", "each", "other", "own", "up", "out", "off", "down", "s", "said", "says", "say", "saying", "told",
            "tell", "tells", "added", "according", "mr", "mrs", "ms", "dr", "one", "ago", "last", "week", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "now");

    private FunctionWords() {
    }
}
