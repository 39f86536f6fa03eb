package org.framelens.report.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.TaggedSentence;
import org.framelens.model.align.AlignmentSummary;
import org.framelens.model.align.PairShare;
import org.framelens.model.align.QuoteCluster;
import org.framelens.model.align.QuoteVersion;
import org.framelens.model.align.SentencePair;
import org.framelens.model.align.StoryAlignment;
import org.framelens.model.align.UniqueSentence;
import org.framelens.model.align.WordingNote;

/**
 * The six alignment tables and their rows for one story. Sentences are named by outlet and
 * index, the keys of the Sentences sheet and {@code sentences.csv}, so every row traces back;
 * the text is repeated so that the tables read on their own. Stateless and thread-safe.
 */
public final class AlignmentTables {
    private AlignmentTables() {
    }

    /** A matched pair of sentences with their texts. */
    public record PairRow(String story, SentencePair pair, String textA, String textB, String speakerA,
                          String speakerB) {
    }

    /** One quote × one outlet of its story; {@code version} is null when the outlet left the quote out. */
    public record QuoteRow(String story, QuoteCluster quote, String outlet, QuoteVersion version) {
    }

    /** A sentence only one outlet carried. */
    public record UniqueRow(String story, UniqueSentence sentence) {
    }

    /** A wording choice that sets an outlet apart. */
    public record WordingRow(String story, WordingNote note) {
    }

    /** How much of one outlet another carried. */
    public record ShareRow(String story, PairShare share) {
    }

    /** One outlet of a compared story: its unique content and the quotations it kept alone. */
    public record OutletRow(String story, AlignmentSummary summary, AlignmentSummary.OutletCounts counts) {
    }

    /**
     * One table's rows.
     *
     * @param table the table
     * @param rows  its rows for one story
     * @param <R>   the row type
     */
    public record Part<R>(Table<R> table, List<R> rows) {
    }

    /** All rows of one story, table by table. */
    public record Rows(List<PairRow> pairs, List<QuoteRow> quotes, List<UniqueRow> unique, List<WordingRow> wording,
                       List<ShareRow> shares, List<OutletRow> outlets) {
        /** @return the rows with their tables, in the order of {@link #TABLES} */
        public List<Part<?>> parts() {
            return List.of(new Part<>(ALIGNMENT, pairs), new Part<>(QUOTES, quotes), new Part<>(UNIQUE, unique),
                    new Part<>(WORDING, wording), new Part<>(SHARES, shares), new Part<>(OUTLETS, outlets));
        }
    }

    /** Sentence pairs. */
    public static final Table<PairRow> ALIGNMENT = new Table<>("Alignment", "alignment.csv",
            "one row per pair of sentences of two outlets carrying the same quote or the same content", List.of(
            new Column<>("story", 14, Column.Shown.TEXT, r -> r.story()),
            new Column<>("outlet_a", 12, Column.Shown.TEXT, r -> r.pair().outletA()),
            new Column<>("sentence_a", 10, Column.Shown.INTEGER, r -> r.pair().sentenceA()),
            new Column<>("speaker_a", 18, Column.Shown.TEXT, r -> r.speakerA()),
            new Column<>("text_a", 60, Column.Shown.WRAPPED, r -> r.textA()),
            new Column<>("outlet_b", 12, Column.Shown.TEXT, r -> r.pair().outletB()),
            new Column<>("sentence_b", 10, Column.Shown.INTEGER, r -> r.pair().sentenceB()),
            new Column<>("speaker_b", 18, Column.Shown.TEXT, r -> r.speakerB()),
            new Column<>("text_b", 60, Column.Shown.WRAPPED, r -> r.textB()),
            new Column<>("type", 12, Column.Shown.TEXT, r -> r.pair().type().label()),
            new Column<>("similarity", 10, Column.Shown.DECIMAL, r -> r.pair().similarity()),
            new Column<>("evidence", 36, Column.Shown.WRAPPED, r -> r.pair().evidence())));

    /** Quotes × outlets. */
    public static final Table<QuoteRow> QUOTES = new Table<>("Quotes", "quotes.csv",
            "one row per quotation of three words or more and outlet of its story: whether and how that outlet"
                    + " carried it", List.of(
            new Column<>("story", 14, Column.Shown.TEXT, r -> r.story()),
            new Column<>("quote", 7, Column.Shown.INTEGER, r -> r.quote().id()),
            new Column<>("quote_text", 50, Column.Shown.WRAPPED, r -> r.quote().text()),
            new Column<>("speaker", 18, Column.Shown.TEXT, r -> r.quote().speaker()),
            new Column<>("outlets_carrying", 9, Column.Shown.INTEGER, r -> r.quote().versions().size()),
            new Column<>("outlet", 12, Column.Shown.TEXT, r -> r.outlet()),
            new Column<>("present", 8, Column.Shown.TEXT, r -> r.version() == null ? "no" : "yes"),
            new Column<>("sentences", 10, Column.Shown.TEXT, r -> r.version() == null ? ""
                    : r.version().sentences().stream().map(String::valueOf).collect(Collectors.joining(";"))),
            new Column<>("outlet_speaker", 18, Column.Shown.TEXT, r -> r.version() == null ? "" : r.version().speaker()),
            new Column<>("cue", 10, Column.Shown.TEXT, r -> r.version() == null ? "" : r.version().cue()),
            new Column<>("attribution", 11, Column.Shown.TEXT,
                    r -> r.version() == null ? "" : r.version().attribution().label()),
            new Column<>("place", 9, Column.Shown.TEXT, r -> r.version() == null ? "" : r.version().place().label()),
            new Column<>("depth", 8, Column.Shown.SHARE, r -> r.version() == null ? "" : r.version().depth()),
            new Column<>("words_quoted", 9, Column.Shown.INTEGER, r -> r.version() == null ? "" : r.version().words()),
            new Column<>("kept", 9, Column.Shown.TEXT,
                    r -> r.version() == null ? "dropped" : r.version().whole() ? "whole" : "trimmed"),
            new Column<>("outlet_text", 50, Column.Shown.WRAPPED, r -> r.version() == null ? "" : r.version().text())));

    /** Content only one outlet carried. */
    public static final Table<UniqueRow> UNIQUE = new Table<>("Unique content", "unique_content.csv",
            "one row per sentence whose content no other outlet of the story carried", List.of(
            new Column<>("story", 14, Column.Shown.TEXT, r -> r.story()),
            new Column<>("outlet", 12, Column.Shown.TEXT, r -> r.sentence().outlet()),
            new Column<>("sentence", 9, Column.Shown.INTEGER, r -> r.sentence().sentence()),
            new Column<>("kind", 9, Column.Shown.TEXT, r -> r.sentence().kind()),
            new Column<>("speaker", 18, Column.Shown.TEXT, r -> r.sentence().speaker()),
            new Column<>("stances", 16, Column.Shown.TEXT, r -> r.sentence().stances()),
            new Column<>("topics", 18, Column.Shown.TEXT, r -> r.sentence().topics()),
            new Column<>("evaluative_words", 16, Column.Shown.TEXT, r -> r.sentence().evaluative()),
            new Column<>("text", 70, Column.Shown.WRAPPED, r -> r.sentence().text())));

    /** Wording differences. */
    public static final Table<WordingRow> WORDING = new Table<>("Wording", "wording.csv",
            "one row per wording choice that sets an outlet apart: its reporting cue or speaker for a shared quote,"
                    + " a re-attributed paraphrase, or an evaluative word only its narrator used", List.of(
            new Column<>("story", 14, Column.Shown.TEXT, r -> r.story()),
            new Column<>("outlet", 12, Column.Shown.TEXT, r -> r.note().outlet()),
            new Column<>("aspect", 15, Column.Shown.TEXT, r -> r.note().aspect()),
            new Column<>("term", 22, Column.Shown.TEXT, r -> r.note().term()),
            new Column<>("sentence", 9, Column.Shown.INTEGER, r -> r.note().sentence()),
            new Column<>("quote", 7, Column.Shown.INTEGER, r -> r.note().quote() == 0 ? "" : r.note().quote()),
            new Column<>("others", 60, Column.Shown.WRAPPED, r -> r.note().others())));

    /** Shared content per outlet pair. */
    public static final Table<ShareRow> SHARES = new Table<>("Shared content", "shared_content.csv",
            "one row per ordered pair of outlets of a story: how many of the first outlet's sentences the second"
                    + " also carried", List.of(
            new Column<>("story", 14, Column.Shown.TEXT, r -> r.story()),
            new Column<>("outlet", 12, Column.Shown.TEXT, r -> r.share().outlet()),
            new Column<>("other", 12, Column.Shown.TEXT, r -> r.share().other()),
            new Column<>("sentences", 10, Column.Shown.INTEGER, r -> r.share().sentences()),
            new Column<>("same_quote", 10, Column.Shown.INTEGER, r -> r.share().sameQuote()),
            new Column<>("paraphrase", 10, Column.Shown.INTEGER, r -> r.share().paraphrase()),
            new Column<>("shared_share", 10, Column.Shown.SHARE, r -> r.share().share())));

    /**
     * Per outlet of a story: the figures of the Overview's alignment block, for every story (the
     * Overview shows the first stories only).
     */
    public static final Table<OutletRow> OUTLETS = new Table<>("Outlet summary", "outlet_summary.csv",
            "one row per outlet of a story with two outlets or more: its counted sentences, those no other outlet"
                    + " carried, and the story's quotations it carried and kept alone", List.of(
            new Column<>("story", 14, Column.Shown.TEXT, r -> r.story()),
            new Column<>("outlet", 12, Column.Shown.TEXT, r -> r.counts().outlet()),
            new Column<>("outlets", 8, Column.Shown.INTEGER, r -> r.summary().outlets().size()),
            new Column<>("sentences", 10, Column.Shown.INTEGER, r -> r.counts().sentences()),
            new Column<>("unique_sentences", 10, Column.Shown.INTEGER, r -> r.counts().unique()),
            new Column<>("story_quotes", 10, Column.Shown.INTEGER, r -> r.summary().quotes()),
            new Column<>("quotes_carried", 10, Column.Shown.INTEGER, r -> r.counts().quotes()),
            new Column<>("quotes_only_here", 10, Column.Shown.INTEGER, r -> r.counts().onlyHere()),
            new Column<>("quotes_all_outlets", 10, Column.Shown.INTEGER, r -> r.summary().quotesAll())));

    /** The tables, in sheet and file order. */
    public static final List<Table<?>> TABLES = List.of(ALIGNMENT, QUOTES, UNIQUE, WORDING, SHARES, OUTLETS);

    /**
     * @param alignment a story's alignment
     * @param articles  the story's articles (for the texts and speakers of the pairs)
     * @return the rows of every table for that story
     */
    public static Rows rows(StoryAlignment alignment, List<AnalyzedArticle> articles) {
        Map<String, List<TaggedSentence>> byOutlet = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            byOutlet.put(a.article().outlet(), a.sentences());
        }
        String story = alignment.story();
        List<PairRow> pairs = new ArrayList<>();
        for (SentencePair p : alignment.pairs()) {
            TaggedSentence a = byOutlet.get(p.outletA()).get(p.sentenceA());
            TaggedSentence b = byOutlet.get(p.outletB()).get(p.sentenceB());
            pairs.add(new PairRow(story, p, a.sentence().text(), b.sentence().text(), a.voice().speaker(),
                    b.voice().speaker()));
        }
        List<QuoteRow> quotes = new ArrayList<>();
        for (QuoteCluster q : alignment.quotes()) {
            for (String outlet : alignment.outlets()) {
                quotes.add(new QuoteRow(story, q, outlet, q.version(outlet)));
            }
        }
        AlignmentSummary summary = AlignmentSummary.of(alignment);
        return new Rows(pairs, quotes,
                alignment.unique().stream().map(u -> new UniqueRow(story, u)).toList(),
                alignment.wording().stream().map(w -> new WordingRow(story, w)).toList(),
                alignment.shares().stream().map(s -> new ShareRow(story, s)).toList(),
                summary.counts().stream().map(c -> new OutletRow(story, summary, c)).toList());
    }
}
