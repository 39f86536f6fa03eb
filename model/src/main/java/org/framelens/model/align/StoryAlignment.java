package org.framelens.model.align;

import java.util.List;
import java.util.Objects;

/**
 * The alignment of one story's outlets. With fewer than two outlets there is nothing to compare:
 * the lists are empty and {@link #note} says why. Immutable and thread-safe.
 *
 * @param story   the story id
 * @param outlets the outlets compared, in the story's order
 * @param pairs   matched sentence pairs across outlets, by outlet pair then sentence
 * @param quotes  every quotation of three words or more, grouped across outlets, by first appearance
 * @param unique  sentences no other outlet carried, by outlet then sentence
 * @param wording wording choices that set an outlet apart, by outlet then sentence
 * @param shares  for each ordered pair of outlets, how much of the first the second carried
 * @param note    empty, or why the story could not be aligned
 */
public record StoryAlignment(String story, List<String> outlets, List<SentencePair> pairs, List<QuoteCluster> quotes,
                             List<UniqueSentence> unique, List<WordingNote> wording, List<PairShare> shares,
                             String note) {
    /** Validates and copies. */
    public StoryAlignment {
        Objects.requireNonNull(story, "story");
        outlets = List.copyOf(outlets);
        pairs = List.copyOf(pairs);
        quotes = List.copyOf(quotes);
        unique = List.copyOf(unique);
        wording = List.copyOf(wording);
        shares = List.copyOf(shares);
        Objects.requireNonNull(note, "note");
    }

    /**
     * @param story   the story id
     * @param outlets its outlets (fewer than two)
     * @param note    why nothing was aligned
     * @return an alignment with nothing in it
     */
    public static StoryAlignment notAligned(String story, List<String> outlets, String note) {
        return new StoryAlignment(story, outlets, List.of(), List.of(), List.of(), List.of(), List.of(), note);
    }

    /** @return the quotations more than one outlet carried */
    public List<QuoteCluster> sharedQuotes() {
        return quotes.stream().filter(QuoteCluster::shared).toList();
    }
}
