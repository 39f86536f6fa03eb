package org.framelens.extract.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.model.SpeakerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookLoaderTest {
    @TempDir
    Path dir;

    private final CodebookLoader loader = new CodebookLoader();

    @Test
    void defaultLoadsEveryTable() {
        Codebook cb = loader.defaults();
        assertTrue(cb.reportingCues().stream().anyMatch(c -> c.lemma().equals("say") && c.forms().contains("said")));
        assertTrue(cb.reportingCues().stream().anyMatch(c -> c.lemma().equals("claim") && c.loaded()));
        assertEquals(SpeakerType.GROUP, cb.speakerNouns().get("officials"));
        assertTrue(cb.places().contains("Washington"));
        assertEquals("default:places.csv", cb.sources().get("places.csv"));
    }

    @Test
    void analystFileReplacesTheDefaultOfThatTableOnly() throws Exception {
        Files.writeString(dir.resolve("speaker_nouns.csv"), "noun,type\nboffins,group\n", StandardCharsets.UTF_8);
        Codebook cb = loader.load(dir);
        assertEquals(java.util.Map.of("boffins", SpeakerType.GROUP), cb.speakerNouns());
        assertEquals(dir.resolve("speaker_nouns.csv").toString(), cb.sources().get("speaker_nouns.csv"));
        assertTrue(cb.places().contains("Washington"), "other tables keep the default");
    }

    @Test
    void everyErrorIsReportedWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("speaker_nouns.csv"),
                "# a comment line\nnoun,type\nboffins,group\npundits,crowd\n,person\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("reporting_cues.csv"),
                "lemma,forms,frame,connotation,colour\nsay,said,verb,neutral,x\n", StandardCharsets.UTF_8);
        CodebookException e = assertThrows(CodebookException.class, () -> loader.load(dir));
        List<String> messages = e.errors().stream().map(CodebookError::toString).toList();
        String nouns = dir.resolve("speaker_nouns.csv").toString();
        assertTrue(messages.contains(nouns + ":4: type 'crowd' is not one of: person, group, organization"), messages.toString());
        assertTrue(messages.contains(nouns + ":5: column 'noun' is empty"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(dir.resolve("reporting_cues.csv") + ":1: unknown column 'colour'")),
                messages.toString());
    }

    @Test
    void aFileThatIsNotAFolderIsAnError() throws IOException {
        Path f = Files.writeString(dir.resolve("x.csv"), "a");
        CodebookException e = assertThrows(CodebookException.class, () -> loader.load(f));
        assertEquals(f + ": not a folder", e.errors().get(0).toString());
    }

    @Test
    void stanceModelRowsAreReadAndEachBadRowIsReportedWithItsLine() throws Exception {
        Files.writeString(dir.resolve("stance_model.csv"), """
                label,feature,weight
                concession,threshold,0.4
                concession,bias,-1.5
                concession,word:yield,2.25
                concession,pair:give ground,1
                skepticism,word:doubt,lots
                skepticism,colour:red,1
                condition,word:must,1.2
                concession,word:yield,3
                threat,threshold,1.5
                threat,word:strike,1
                concession,first:colour:red,1
                concession,first:bias,-1
                concession,first:bias,-2
                """, StandardCharsets.UTF_8);
        CodebookException e = assertThrows(CodebookException.class, () -> loader.load(dir));
        String f = dir.resolve("stance_model.csv").toString();
        List<String> messages = e.errors().stream().map(CodebookError::toString).toList();
        assertTrue(messages.contains(f + ":6: weight 'lots' is not a number"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(f + ":7: feature 'colour:red' is not")), messages.toString());
        assertTrue(messages.contains(f + ":8: label 'condition' has no threshold row"), messages.toString());
        assertTrue(messages.contains(f + ":9: feature 'word:yield' appears twice for 'concession'"), messages.toString());
        assertTrue(messages.contains(f + ":10: threshold 1.5 must lie between 0 and 1"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(f + ":12: feature 'first:colour:red' is not")),
                messages.toString());
        assertTrue(messages.contains(f + ":14: a second first:bias for 'concession'"), messages.toString());

        Files.writeString(dir.resolve("stance_model.csv"),
                "# a comment\nlabel,feature,weight\nconcession,threshold,0.4\nconcession,bias,-1.5\n"
                        + "concession,word:yield,2.25\nconcession,quote,0.5\nconcession,near:skepticism>0.5,0.7\n"
                        + "concession,question,-0.3\nconcession,article:condition>0.2,0.1\n"
                        + "concession,first:bias,-2\nconcession,first:word:yield,1.5\nconcession,first:question,-0.2\n", StandardCharsets.UTF_8);
        StanceModel model = loader.load(dir).stanceModel();
        StanceModel.LabelModel m = model.labels().get("concession");
        assertEquals(0.4, m.threshold());
        assertEquals(-1.5, m.bias());
        assertEquals(java.util.Map.of("word:yield", 2.25, "quote", 0.5, "near:skepticism>0.5", 0.7, "question", -0.3,
                "article:condition>0.2", 0.1), m.weights());
        // the first stage's rows make a model of their own
        assertEquals(-2, model.first().get("concession").bias());
        assertEquals(java.util.Map.of("word:yield", 1.5, "question", -0.2), model.first().get("concession").weights());
        assertEquals(1 / (1 + Math.exp(-(-1.5 + 2.25))), m.probability(List.of("word:yield", "word:other")), 1e-12);
    }

    /**
     * The default model as the loader reads it (split by hand, {@link CsvTable}) against the same
     * file parsed here through Commons CSV: every label, bias, threshold and weight the same.
     */
    @Test
    void defaultStanceModelIsTheCsvFeatureForFeature() throws Exception {
        java.util.Map<String, java.util.Map<String, Double>> decision = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Map<String, Double>> first = new java.util.LinkedHashMap<>();
        String text;
        try (java.io.InputStream in = CodebookLoader.defaultResource("stance_model.csv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int rows = 0;
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.builder()
                .setReader(new java.io.StringReader(text)).setFormat(CsvTable.FORMAT).get()) {
            for (org.apache.commons.csv.CSVRecord r : p) {
                String feature = r.get("feature").strip();
                boolean isFirst = feature.startsWith(StanceModel.FIRST_PREFIX);
                (isFirst ? first : decision).computeIfAbsent(r.get("label").strip(), k -> new java.util.HashMap<>())
                        .put(isFirst ? feature.substring(StanceModel.FIRST_PREFIX.length()) : feature,
                                Double.parseDouble(r.get("weight").strip()));
                rows++;
            }
        }
        assertTrue(rows > 10_000, "the default model has tens of thousands of rows: " + rows);
        StanceModel model = loader.defaults().stanceModel();
        for (var stage : List.of(java.util.Map.entry(decision, model.labels()), java.util.Map.entry(first, model.first()))) {
            assertEquals(stage.getKey().keySet(), stage.getValue().keySet());
            stage.getKey().forEach((label, weights) -> {
                StanceModel.LabelModel m = stage.getValue().get(label);
                java.util.Map<String, Double> rest = new java.util.HashMap<>(weights);
                assertEquals(rest.remove("bias"), m.bias(), label);
                Double threshold = rest.remove("threshold");
                if (stage.getValue() == model.labels()) {
                    assertEquals(threshold, m.threshold(), label);
                }
                assertEquals(rest, m.weights(), label);
            });
        }
    }

    @Test
    void stanceModelSavedWithWindowsLineBreaksAndBlankLinesGivesTheSameLines() throws Exception {
        Files.writeString(dir.resolve("stance_model.csv"), "# saved by a spreadsheet\r\nlabel,feature,weight\r\n\r\n"
                + "concession,threshold,0.4\r\n concession , word:yield , 2 \r\nconcession,word:yield,3\r\n"
                + "concession,,1\r\nconcession,word:give,1,extra\r\n", StandardCharsets.UTF_8);
        CodebookException e = assertThrows(CodebookException.class, () -> loader.load(dir));
        String f = dir.resolve("stance_model.csv").toString();
        assertEquals(List.of(f + ":6: feature 'word:yield' appears twice for 'concession'",
                        f + ":7: column 'feature' is empty",
                        f + ":8: has 4 fields, the header has 3 (quote values that contain commas)"),
                e.errors().stream().map(CodebookError::toString).sorted(java.util.Comparator.comparing(
                        (String m) -> Integer.parseInt(m.substring(f.length() + 1, m.indexOf(':', f.length() + 1))))).toList());
    }
}
