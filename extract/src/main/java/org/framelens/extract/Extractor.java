package org.framelens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.match.Normalizer;
import org.framelens.extract.sentence.RuleSentenceSplitter;
import org.framelens.extract.sentence.SentenceSplitter;
import org.framelens.extract.stance.StanceLabeler;
import org.framelens.extract.stance.StanceModelLabeler;
import org.framelens.extract.structure.Block;
import org.framelens.extract.structure.LineParagraphSegmenter;
import org.framelens.extract.structure.ParagraphSegmenter;
import org.framelens.extract.structure.ShapeStructureTagger;
import org.framelens.extract.structure.StructureTagger;
import org.framelens.extract.tag.ArticleLabeler;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.extract.tag.SentenceLabeler;
import org.framelens.extract.tag.VoiceTagger;
import org.framelens.extract.topic.ArticleTopics;
import org.framelens.extract.topic.TopicLabeler;
import org.framelens.extract.voice.RuleVoiceTagger;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Kind;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.framelens.model.Tag;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;

/**
 * Composes the extraction stages: paragraphs → kinds → sentences → voices → stance and topic
 * labels, then the stance labels that depend on a sentence's neighbours and the topics a
 * sentence without terms of its own takes from its article. Headlines, subheads and
 * boilerplate lines are one unit each; body paragraphs are split into sentences. Boilerplate keeps the narrator's voice and gets no labels.
 *
 * <p>Each sentence is tokenised once ({@link PreparedSentence}) and the same tokens and words are
 * handed to the speaker, stance and topic stages.
 *
 * <p>Build one with {@link #builder()}; every stage defaults to the standard implementation.
 * Immutable and thread-safe when its stages are (the standard ones are), so one instance can
 * extract many articles in parallel; per-article state lives in the call.
 */
public final class Extractor {
    private final ParagraphSegmenter paragraphs;
    private final StructureTagger structure;
    private final SentenceSplitter splitter;
    private final VoiceTagger voices;
    private final SentenceLabeler stances;
    private final ArticleLabeler stanceContext;
    private final SentenceLabeler topics;
    private final ArticleLabeler topicContext;

    private Extractor(Builder b) {
        this.paragraphs = b.paragraphs;
        this.structure = b.structure;
        this.splitter = b.splitter;
        this.voices = b.voices;
        this.stances = b.stances;
        this.stanceContext = b.stanceContext;
        this.topics = b.topics;
        this.topicContext = b.topicContext;
    }

    /** @return a builder with the standard structure stages and no tagging */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The one place that composes the standard tagging stages from a codebook: speakers, stance
     * cues, the stance model and topics.
     *
     * @param codebook the codebook in force
     * @return a builder with every standard stage, which a caller may still replace
     */
    public static Builder builder(Codebook codebook) {
        // one normaliser for every stage, numbering a sentence's words once for all their matchers
        Normalizer normalizer = codebook.normalizer().withVocabulary(codebook.vocabulary());
        return new Builder()
                .voices(new RuleVoiceTagger(codebook))
                .stances(new StanceLabeler(codebook, normalizer))
                .stanceContext(new StanceModelLabeler(codebook.stanceModel(), codebook, normalizer))
                .topics(new TopicLabeler(codebook, normalizer))
                .topicContext(new ArticleTopics(codebook));
    }

    /**
     * @param article an article
     * @return its sentences, tagged, in text order
     */
    public AnalyzedArticle extract(Article article) {
        List<Sentence> sentences = sentences(article.text());
        // tokenised once here, read by every stage below
        List<PreparedSentence> prepared = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            prepared.add(new PreparedSentence(article.text(), s));
        }
        List<Voice> voiceList = voices.voicesOf(article, prepared);
        if (voiceList.size() != sentences.size()) {
            throw new IllegalStateException("voice tagger returned " + voiceList.size() + " voices for "
                    + sentences.size() + " sentences");
        }
        List<List<Tag>> stanceTags = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            stanceTags.add(sentences.get(i).kind() == Kind.BOILERPLATE ? List.of()
                    : stances.labels(prepared.get(i), voiceList.get(i)));
        }
        // labels that depend on the neighbours come once every sentence has its own
        stanceTags = stanceContext.relabel(prepared, voiceList, stanceTags);
        List<List<Tag>> topicTags = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            topicTags.add(sentences.get(i).kind() == Kind.BOILERPLATE ? List.of()
                    : topics.labels(prepared.get(i), voiceList.get(i)));
        }
        topicTags = topicContext.relabel(prepared, voiceList, topicTags);
        List<TaggedSentence> tagged = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.kind() == Kind.BOILERPLATE) {
                tagged.add(TaggedSentence.untagged(article.story(), article.outlet(), s));
                continue;
            }
            tagged.add(new TaggedSentence(article.story(), article.outlet(), s, voiceList.get(i),
                    stanceTags.get(i), topicTags.get(i)));
        }
        return new AnalyzedArticle(article, tagged);
    }

    /**
     * @param text an article's text
     * @return its sentences with kinds and offsets, untagged
     */
    public List<Sentence> sentences(String text) {
        List<Block> blocks = structure.classify(text, paragraphs.paragraphs(text));
        List<Sentence> out = new ArrayList<>();
        for (Block b : blocks) {
            List<Span> spans = b.kind() == Kind.BODY ? splitter.split(text, b.span()) : List.of(b.span());
            for (Span span : spans) {
                out.add(new Sentence(out.size(), span, b.kind(), b.index(), span.of(text)));
            }
        }
        return out;
    }

    /**
     * Builds an {@link Extractor}. Not thread-safe; the built extractor is.
     */
    public static final class Builder {
        private ParagraphSegmenter paragraphs = new LineParagraphSegmenter();
        private StructureTagger structure = new ShapeStructureTagger();
        private SentenceSplitter splitter = new RuleSentenceSplitter();
        private VoiceTagger voices = VoiceTagger.NARRATOR;
        private SentenceLabeler stances = SentenceLabeler.NONE;
        private ArticleLabeler stanceContext = ArticleLabeler.NONE;
        private SentenceLabeler topics = SentenceLabeler.NONE;
        private ArticleLabeler topicContext = ArticleLabeler.NONE;

        private Builder() {
        }

        /** @param v the paragraph stage @return this builder */
        public Builder paragraphs(ParagraphSegmenter v) {
            this.paragraphs = Objects.requireNonNull(v);
            return this;
        }

        /** @param v the structure stage @return this builder */
        public Builder structure(StructureTagger v) {
            this.structure = Objects.requireNonNull(v);
            return this;
        }

        /** @param v the sentence stage @return this builder */
        public Builder splitter(SentenceSplitter v) {
            this.splitter = Objects.requireNonNull(v);
            return this;
        }

        /** @param v the speaker stage @return this builder */
        public Builder voices(VoiceTagger v) {
            this.voices = Objects.requireNonNull(v);
            return this;
        }

        /** @param v the stance stage @return this builder */
        public Builder stances(SentenceLabeler v) {
            this.stances = Objects.requireNonNull(v);
            return this;
        }

        /**
         * @param v the stage that revises the stance labels once the whole article has them (the
         *          stance model) @return this builder
         */
        public Builder stanceContext(ArticleLabeler v) {
            this.stanceContext = Objects.requireNonNull(v);
            return this;
        }

        /** @param v the topic stage @return this builder */
        public Builder topics(SentenceLabeler v) {
            this.topics = Objects.requireNonNull(v);
            return this;
        }

        /**
         * @param v the stage that revises the topics once the whole article has them (a sentence
         *          without a term of its own takes the article's main topics) @return this builder
         */
        public Builder topicContext(ArticleLabeler v) {
            this.topicContext = Objects.requireNonNull(v);
            return this;
        }

        /** @return the extractor */
        public Extractor build() {
            return new Extractor(this);
        }
    }
}
