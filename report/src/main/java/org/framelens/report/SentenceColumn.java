package org.framelens.report;

import java.util.function.Function;
import org.framelens.model.TaggedSentence;

/**
 * The columns of the sentence table, in the order of the output contract ({@code PRODUCT.md}),
 * followed by extra columns. The one definition the CSV writer and the workbook's Sentences sheet
 * share. Immutable and thread-safe.
 */
public enum SentenceColumn {
    /** Story id. */
    STORY("story", false, 14, TaggedSentence::story),
    /** Outlet id. */
    OUTLET("outlet", false, 14, TaggedSentence::outlet),
    /** 0-based index within the article. */
    SENTENCE("sentence", true, 10, s -> s.sentence().index()),
    /** Start offset, inclusive. */
    START("start", true, 8, s -> s.sentence().start()),
    /** End offset, exclusive. */
    END("end", true, 8, s -> s.sentence().end()),
    /** headline, subhead, body or boilerplate. */
    KIND("kind", false, 12, s -> s.sentence().kind().label()),
    /** The sentence as in the file. */
    TEXT("text", false, 90, s -> s.sentence().text()),
    /** Canonical speaker name. */
    SPEAKER("speaker", false, 24, s -> s.voice().speaker()),
    /** person, group, organization, outlet, unknown. */
    SPEAKER_TYPE("speaker_type", false, 14, s -> s.voice().type().label()),
    /** direct, reported, narrator. */
    ATTRIBUTION("attribution", false, 12, s -> s.voice().attribution().label()),
    /** The reporting cue's lemma. */
    CUE("cue", false, 12, s -> s.voice().cue()),
    /** Stance labels, ';'-separated. */
    STANCES("stances", false, 22, TaggedSentence::stanceLabels),
    /** Topic labels, ';'-separated. */
    TOPICS("topics", false, 22, TaggedSentence::topicLabels),
    /** The cues and terms behind the tags. */
    EVIDENCE("evidence", false, 45, TaggedSentence::evidence),
    /** Direction of the concession: offered, demanded, refused, made, withdrawn (extra column). */
    CONCESSION_DIRECTION("concession_direction", false, 20, TaggedSentence::concessionDirection),
    /** 0-based paragraph index within the article (extra column). */
    PARAGRAPH("paragraph", true, 11, s -> s.sentence().paragraph()),
    /** Words in the sentence (extra column). */
    WORDS("words", true, 8, s -> s.sentence().words());

    private final String header;
    private final boolean numeric;
    private final int width;
    private final Function<TaggedSentence, Object> value;

    SentenceColumn(String header, boolean numeric, int width, Function<TaggedSentence, Object> value) {
        this.header = header;
        this.numeric = numeric;
        this.width = width;
        this.value = value;
    }

    /** @return the column name in the CSV header */
    public String header() {
        return header;
    }

    /** @return whether values are whole numbers */
    public boolean numeric() {
        return numeric;
    }

    /** @return a readable column width in the workbook, in characters */
    public int width() {
        return width;
    }

    /**
     * @param s a sentence
     * @return this column's value for it: an {@link Integer} for numeric columns, else a String
     */
    public Object value(TaggedSentence s) {
        return value.apply(s);
    }

    /** @return the headers of all columns, in order */
    public static String[] headers() {
        SentenceColumn[] all = values();
        String[] out = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].header;
        }
        return out;
    }
}
