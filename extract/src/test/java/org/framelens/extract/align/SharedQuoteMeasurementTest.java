package org.framelens.extract.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Span;
import org.framelens.model.align.QuoteCluster;
import org.framelens.model.align.QuoteVersion;
import org.framelens.model.align.StoryAlignment;
import org.junit.jupiter.api.Test;

/**
 * Shared quotes against a careful reader's list ({@code STORY/quotes/quotes.csv} in the evaluation corpora, see
 * {@code eval/QUOTES.md}), on stories the aligner was not written from. A shared quote is counted
 * once per outlet pair: the aligner is right when the pieces it groups for two outlets belong to
 * the same quotation in the reader's list. Writes {@code target/alignment-quotes-report.txt}.
 */
class SharedQuoteMeasurementTest {
    static final List<Path> CORPORA = List.of(Path.of("..", "eval", "unseen-a"), Path.of("..", "eval", "unseen-b"),
            Path.of("..", "eval", "unseen-c"),
            Path.of("..", "eval", "heldout"), Path.of("src", "test", "resources", "corpus"));

    /** A piece of a quotation in the reader's list. */
    record Piece(int quote, String outlet, int start, int end) {
    }

    static List<Piece> gold(Path file) throws IOException {
        List<Piece> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(new Piece(Integer.parseInt(rec.get("quote")), rec.get("outlet"), Integer.parseInt(rec.get("start")),
                        Integer.parseInt(rec.get("end"))));
            }
        }
        return out;
    }

    /** The reader's quotation a span of an outlet overlaps most, or -1. */
    static int goldQuote(List<Piece> gold, String outlet, Span s) {
        int best = -1;
        int overlap = 0;
        for (Piece p : gold) {
            int o = Math.min(p.end(), s.end()) - Math.max(p.start(), s.start());
            if (p.outlet().equals(outlet) && o > overlap) {
                overlap = o;
                best = p.quote();
            }
        }
        return best;
    }

    @Test
    void sharedQuotesAreCorrectAndNearlyComplete() throws IOException {
        int predicted = 0;
        int correct = 0;
        Set<String> goldPairs = new HashSet<>();
        Set<String> foundPairs = new HashSet<>();
        StringBuilder misses = new StringBuilder();
        int stories = 0;
        for (Path corpus : CORPORA) {
            if (!Files.isDirectory(corpus)) {
                continue;
            }
            List<Path> dirs;
            try (Stream<Path> s = Files.list(corpus)) {
                dirs = s.filter(d -> Files.exists(d.resolve("quotes").resolve("quotes.csv"))).sorted().toList();
            }
            for (Path story : dirs) {
                stories++;
                List<Piece> gold = gold(story.resolve("quotes").resolve("quotes.csv"));
                for (Piece a : gold) {
                    for (Piece b : gold) {
                        if (a.quote() == b.quote() && a.outlet().compareTo(b.outlet()) < 0) {
                            goldPairs.add(story.getFileName() + "|" + a.quote() + "|" + a.outlet() + "|" + b.outlet());
                        }
                    }
                }
                List<AnalyzedArticle> articles = ShingleAlignerTest.read(story);
                StoryAlignment al = new ShingleAligner(ShingleAlignerTest.CODEBOOK).align(story.getFileName().toString(),
                        articles);
                for (QuoteCluster c : al.sharedQuotes()) {
                    for (QuoteVersion a : c.versions()) {
                        for (QuoteVersion b : c.versions()) {
                            if (a.outlet().compareTo(b.outlet()) >= 0) {
                                continue;
                            }
                            predicted++;
                            Set<Integer> qa = new HashSet<>();
                            a.spans().forEach(s -> qa.add(goldQuote(gold, a.outlet(), s)));
                            Set<Integer> qb = new HashSet<>();
                            b.spans().forEach(s -> qb.add(goldQuote(gold, b.outlet(), s)));
                            qa.retainAll(qb);
                            qa.remove(-1);
                            if (qa.isEmpty()) {
                                misses.append("wrong: ").append(story.getFileName()).append(' ').append(a.outlet())
                                        .append('/').append(b.outlet()).append(": ").append(c.text()).append('\n');
                            } else {
                                correct++;
                                for (int q : qa) {
                                    foundPairs.add(story.getFileName() + "|" + q + "|" + a.outlet() + "|" + b.outlet());
                                }
                            }
                        }
                    }
                }
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(stories > 0, "no reader's quote lists");
        Set<String> missed = new HashSet<>(goldPairs);
        missed.removeAll(foundPairs);
        missed.stream().sorted().forEach(m -> misses.append("missed: ").append(m).append('\n'));
        double precision = predicted == 0 ? 1 : (double) correct / predicted;
        double recall = goldPairs.isEmpty() ? 1 : (double) (goldPairs.size() - missed.size()) / goldPairs.size();
        String report = String.format(Locale.ROOT, "Shared quotes on %d stories the aligner was not written from (outlet pairs per quotation)%n"
                + "precision %.3f (%d of %d)%nrecall    %.3f (%d of %d)%n%s", stories, precision, correct, predicted,
                recall, goldPairs.size() - missed.size(), goldPairs.size(), misses);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "alignment-quotes-report.txt"), report, StandardCharsets.UTF_8);
        assertTrue(precision >= 0.95, report);
        assertTrue(recall >= 0.90, report);
    }
}
