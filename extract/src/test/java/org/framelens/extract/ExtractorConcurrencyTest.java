package org.framelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.extract.stance.StanceLabeler;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.extract.topic.TopicLabeler;
import org.framelens.extract.voice.RuleVoiceTagger;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Kind;
import org.framelens.model.Sentence;
import org.framelens.model.TaggedSentence;
import org.junit.jupiter.api.Test;

/**
 * One {@link Extractor} serves many threads: articles extracted at once give exactly what they
 * give one at a time. And the stages read the shared, prepared sentences (article offsets) just
 * as they read a sentence on its own.
 */
class ExtractorConcurrencyTest {
    private static final Codebook CODEBOOK = new CodebookLoader().defaults();
    private static final StanceLabeler STANCES = new StanceLabeler(CODEBOOK);
    private static final TopicLabeler TOPICS = new TopicLabeler(CODEBOOK);
    private static final Extractor EXTRACTOR = Extractor.builder()
            .voices(new RuleVoiceTagger(CODEBOOK)).stances(STANCES).topics(TOPICS).build();

    private static List<Article> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(ExtractorConcurrencyTest.class.getResource("/corpus").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.walk(root, 2)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            out.add(new Article(f.getParent().getFileName().toString(), f.getFileName().toString(), f.toString(), "",
                    Files.readString(f, StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void articlesExtractedInParallelAreTaggedAsOneByOne() throws Exception {
        List<Article> articles = corpus();
        assertTrue(articles.size() >= 12, "the test corpus is there");
        List<AnalyzedArticle> sequential = articles.stream().map(EXTRACTOR::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<AnalyzedArticle>> futures = new ArrayList<>();
                // every article three times over, so that threads meet in the same stages at once
                for (int copy = 0; copy < 3; copy++) {
                    for (Article a : articles) {
                        futures.add(pool.submit(() -> EXTRACTOR.extract(a)));
                    }
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertEquals(sequential.get(i % articles.size()), futures.get(i).get(), articles.get(i % articles.size()).source());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void labelsOfAPreparedSentenceAreThoseOfTheSentenceAlone() throws Exception {
        int checked = 0;
        for (Article a : corpus()) {
            for (TaggedSentence t : EXTRACTOR.extract(a).sentences()) {
                Sentence s = t.sentence();
                if (s.kind() == Kind.BOILERPLATE) {
                    continue;
                }
                PreparedSentence p = new PreparedSentence(a.text(), s);
                assertEquals(STANCES.labels(s.text()), STANCES.labels(p, t.voice()), s.text());
                assertEquals(TOPICS.labels(s.text()), TOPICS.labels(p, t.voice()), s.text());
                assertEquals(t.stances(), STANCES.labels(s.text()), s.text());
                checked++;
            }
        }
        assertTrue(checked > 200);
    }
}
