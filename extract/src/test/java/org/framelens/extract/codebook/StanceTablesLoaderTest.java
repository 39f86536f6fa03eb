package org.framelens.extract.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.extract.stance.StanceLabeler;
import org.framelens.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stance, modifier, topic, lemma and evaluative tables: defaults, overrides, validation. */
class StanceTablesLoaderTest {
    @TempDir
    Path dir;

    private final CodebookLoader loader = new CodebookLoader();

    private List<String> errors(String file, String content) throws IOException {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        CodebookException e = assertThrows(CodebookException.class, () -> loader.load(dir));
        return e.errors().stream().map(CodebookError::toString).toList();
    }

    @Test
    void theDefaultHasEveryTableAndTheCoreLabelsFirst() {
        Codebook cb = loader.defaults();
        assertEquals(List.of("skepticism", "condition", "concession"), cb.stanceLabels().subList(0, 3));
        assertTrue(cb.stanceLabels().containsAll(List.of("assurance", "threat", "optimism")));
        assertEquals(List.of("security", "conflict", "territory", "diplomacy", "legitimacy", "economy", "trade",
                "immigration", "justice", "energy", "health", "labour"), cb.topics().stream().map(Topic::name).toList());
        assertTrue(cb.evaluativeWords().stream().anyMatch(w -> w.pattern().text().equals("unsubstantiated")));
        assertEquals("give", cb.lemmas().get("gave"));
        assertEquals(64, cb.sha256().length());
        assertEquals("default:stance_cues.csv", cb.sources().get("stance_cues.csv"));
    }

    @Test
    void everyStanceCueErrorIsReportedWithItsLine() throws IOException {
        String f = dir.resolve("stance_cues.csv").toString();
        List<String> m = errors("stance_cues.csv", String.join("\n",
                "# comment",
                "label,cue,negation,direction,effect",
                "skepticism,doubt,,,",
                "condition,must ...,,,",
                "concession,cede,sometimes,,",
                "concession,give up,,given,",
                "skepticism,doubt,,refused,",
                "Bad Label,x,,,",
                "condition,<maybe> must,,,",
                "condition,unless,,,stop",
                "skepticism,doubt,,,",
                ""));
        assertTrue(m.contains(f + ":4: cue 'must ...': a gap '...' must stand between two words"), m.toString());
        assertTrue(m.contains(f + ":5: negation 'sometimes' is not one of: keep, drop, require"), m.toString());
        assertTrue(m.contains(f + ":6: direction 'given' is not one of: offered, demanded, refused, made, withdrawn"),
                m.toString());
        assertTrue(m.contains(f + ":7: a direction is only for concession cues"), m.toString());
        assertTrue(m.contains(f + ":8: label 'Bad Label' must be lower-case letters (and _)"), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith(f + ":9: cue '<maybe> must': unknown word class '<maybe>'")),
                m.toString());
        assertTrue(m.contains(f + ":10: effect 'stop' is not one of: cue, block"), m.toString());
        assertTrue(m.contains(f + ":11: cue 'doubt' is listed twice for skepticism"), m.toString());
    }

    @Test
    void aCodebookMustKeepTheCoreLabels() throws IOException {
        List<String> m = errors("stance_cues.csv", "label,cue\nskepticism,doubt\ncondition,unless\n");
        assertTrue(m.contains(dir.resolve("stance_cues.csv") + ": no cue for the core label 'concession'"
                + " (every codebook keeps skepticism, condition and concession)"), m.toString());
    }

    @Test
    void otherTablesAreValidatedToo() throws IOException {
        Files.writeString(dir.resolve("topics.csv"), "topic,terms\neconomy,budget\nEconomy!,tax\ntrade,$\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("stance_modifiers.csv"), "term,kind\nnot,negator\nmaybe,perhaps\nnot ... ever,negator\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("evaluative_words.csv"), "term,polarity,kind\nbaseless,bad,doubt\nhuge,neutral,size\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("lemmas.csv"), "form,lemma\ngave,give\ngave,given\n", StandardCharsets.UTF_8);
        CodebookException e = assertThrows(CodebookException.class, () -> loader.load(dir));
        List<String> m = e.errors().stream().map(CodebookError::toString).toList();
        assertTrue(m.contains(dir.resolve("topics.csv") + ":3: topic 'Economy!' must be lower-case letters (and _)"), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith(dir.resolve("topics.csv") + ":4: terms '$': '$' is not one word")),
                m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith(dir.resolve("stance_modifiers.csv") + ":3: kind 'perhaps' is not one of: negator,")),
                m.toString());
        assertTrue(m.contains(dir.resolve("stance_modifiers.csv") + ":4: a modifier cannot have a gap '...'"), m.toString());
        assertTrue(m.contains(dir.resolve("evaluative_words.csv") + ":2: polarity 'bad' is not one of: negative, positive, neutral"),
                m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith(dir.resolve("evaluative_words.csv") + ":3: kind 'size' is not one of:")),
                m.toString());
        assertTrue(m.contains(dir.resolve("lemmas.csv") + ":3: form 'gave' is listed twice"), m.toString());
    }

    @Test
    void anAnalystsStanceTableReplacesTheDefaultAndDrivesTheLabeler() throws Exception {
        Files.writeString(dir.resolve("stance_cues.csv"), "\uFEFFlabel,cue,negation\nskepticism,fishy,drop\n"
                + "condition,or else\nconcession,fold\nhype,game-changer\n", StandardCharsets.UTF_8);
        Codebook cb = loader.load(dir);
        assertNotEquals(loader.defaults().sha256(), cb.sha256());
        StanceLabeler labeler = new StanceLabeler(cb);
        assertEquals(List.of(new Tag("skepticism", "fishy"), new Tag("hype", "game-changer")),
                labeler.labels("The figures look fishy for a game-changer."));
        assertEquals(List.of(), labeler.labels("Nothing fishy here, we doubt."), "negation drops; doubt is no cue now");
        assertEquals(List.of(new Tag("concession", "folded (made)", "made")), labeler.labels("The union folded."));
    }

    @Test
    void exportWritesTheDefaultAndRefusesToOverwrite() throws Exception {
        List<Path> written = loader.export(dir.resolve("book"), false);
        assertEquals(CodebookLoader.FILES.size(), written.size());
        assertEquals(loader.defaults().sha256(), loader.load(dir.resolve("book")).sha256(),
                "the exported files are the default, byte for byte");
        Files.writeString(dir.resolve("book/topics.csv"), "topic,terms\nsport,football\n", StandardCharsets.UTF_8);
        assertThrows(FileAlreadyExistsException.class, () -> loader.export(dir.resolve("book"), false));
        assertEquals("topic,terms\nsport,football\n", Files.readString(dir.resolve("book/topics.csv")));
        loader.export(dir.resolve("book"), true);
        assertEquals(loader.defaults().sha256(), loader.load(dir.resolve("book")).sha256());
    }
}
