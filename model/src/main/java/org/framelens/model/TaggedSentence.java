package org.framelens.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sentence with everything the extractor found about it: the row of {@code sentences.csv}.
 * Immutable and thread-safe.
 *
 * @param story    story id
 * @param outlet   outlet id
 * @param sentence the sentence and its offsets
 * @param voice    speaker and attribution
 * @param stances  stance labels with evidence, in codebook order
 * @param topics   topic labels with evidence, in codebook order
 */
public record TaggedSentence(String story, String outlet, Sentence sentence, Voice voice,
                             List<Tag> stances, List<Tag> topics) {
    /** Validates and copies the lists. */
    public TaggedSentence {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(voice, "voice");
        stances = List.copyOf(stances);
        topics = List.copyOf(topics);
    }

    /**
     * @param story    story id
     * @param outlet   outlet id
     * @param sentence the sentence
     * @return the sentence in the narrator's voice, with no stance or topic
     */
    public static TaggedSentence untagged(String story, String outlet, Sentence sentence) {
        return new TaggedSentence(story, outlet, sentence, Voice.NARRATOR, List.of(), List.of());
    }

    /** @return stance labels joined by {@code ;}, empty for none */
    public String stanceLabels() {
        return join(stances);
    }

    /** @return topic labels joined by {@code ;}, empty for none */
    public String topicLabels() {
        return join(topics);
    }

    /**
     * @return the directions of the concession tags ({@code offered}, {@code demanded},
     *     {@code refused}, {@code made}, {@code withdrawn}) joined by {@code ;}, empty when the text
     *     gives none
     */
    public String concessionDirection() {
        return stances.stream().map(Tag::direction).filter(d -> !d.isEmpty()).distinct()
                .collect(Collectors.joining(";"));
    }

    /**
     * @return every piece of evidence behind the tags, one {@code field=evidence} item per tag,
     *     joined by {@code "; "}: what an analyst reads to see why a row was tagged as it was
     */
    public String evidence() {
        StringBuilder sb = new StringBuilder();
        if (!voice.evidence().isEmpty()) {
            sb.append("speaker=").append(voice.evidence());
        }
        for (Tag t : stances) {
            appendItem(sb, t);
        }
        for (Tag t : topics) {
            appendItem(sb, t);
        }
        return sb.toString();
    }

    private static void appendItem(StringBuilder sb, Tag t) {
        if (t.evidence().isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append("; ");
        }
        sb.append(t.label()).append('=').append(t.evidence());
    }

    private static String join(List<Tag> tags) {
        return tags.stream().map(Tag::label).distinct().collect(Collectors.joining(";"));
    }
}
