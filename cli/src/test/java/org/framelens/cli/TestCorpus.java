package org.framelens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates a corpus for the run tests — STORY/OUTLET.txt files recombining the paragraphs of the
 * sample and of the hand-coded test corpus — deterministic from its seed. No external data.
 */
final class TestCorpus {
    private TestCorpus() {
    }

    /** @return every paragraph of the sample story and the extract module's test corpus */
    static List<String> paragraphs() {
        List<Path> files = new ArrayList<>(List.of(RunCommandTest.SAMPLE.resolve("outlet-000.txt"),
                RunCommandTest.SAMPLE.resolve("outlet-002.txt")));
        Path corpus = Path.of("..", "extract", "src", "test", "resources", "corpus");
        try (Stream<Path> s = Files.walk(corpus)) {
            s.filter(p -> p.toString().endsWith(".txt") && !p.toString().contains("gold")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            try {
                for (String p : Files.readString(f, StandardCharsets.UTF_8).replace("\r", "").split("\n\\s*\n")) {
                    if (p.strip().length() > 80) {
                        out.add(p.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * @param dir     where to write (created)
     * @param stories how many story folders
     * @param outlets articles per story
     * @param seed    the seed: the same seed writes the same bytes
     * @return the folder of stories
     */
    static Path generate(Path dir, int stories, int outlets, long seed) throws IOException {
        List<String> pool = paragraphs();
        Random random = new Random(seed);
        for (int s = 0; s < stories; s++) {
            Path story = Files.createDirectories(dir.resolve(String.format(java.util.Locale.ROOT, "story-%03d", s)));
            for (int o = 0; o < outlets; o++) {
                StringBuilder text = new StringBuilder("Talks On Plan " + s + " Resume As Outlet " + o + " Reports\n\n");
                int n = 10 + random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    text.append(pool.get(random.nextInt(pool.size()))).append("\n\n");
                }
                Files.writeString(story.resolve(String.format(java.util.Locale.ROOT, "outlet-%02d.txt", o)), text,
                        StandardCharsets.UTF_8);
            }
        }
        return dir;
    }
}
