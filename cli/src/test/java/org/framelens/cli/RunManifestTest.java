package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framelens.model.Problem;
import org.framelens.model.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The run manifest's JSON: valid, escaped, in a fixed key order, read back with an independent reader. */
class RunManifestTest {
    @ParameterizedTest
    @ValueSource(strings = {"plain", "quote \" backslash \\ slash /", "line\nbreak\r\ttab\b\f", "\u0000\u0001\u001f",
            "caf\u00e9 \u201cquoted\u201d \ud83d\ude00", "lone \ud800 high", "lone \udc00 low", "\u2028\u2029", ""})
    void everyStringRoundTrips(String s) {
        String json = JsonWriter.quote(s);
        assertEquals(s, JsonReader.parse(json));
        for (char c : json.toCharArray()) {
            assertTrue(c >= 0x20 && c != '\u2028' && c != '\u2029' && !Character.isSurrogate(c)
                    || Character.isSurrogate(c) && s.contains("\ud83d\ude00"), "escaped: " + (int) c);
        }
    }

    @Test
    void misuseIsRefused() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value("no key"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("key"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().toString());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().endArray());
        assertEquals("{}\n", new JsonWriter().beginObject().endObject().toString());
        assertEquals("[]\n", new JsonWriter().beginArray().endArray().toString());
    }

    static RunManifest manifest(Instant started, Instant finished, long scanMillis) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("stance_cues.csv", "default:stance_cues.csv");
        sources.put("topics.csv", "my \"book\"/topics.csv");
        return new RunManifest("framelens", "1.2.3", "17.0.1", started, finished,
                List.of(new RunInfo.Setting("INPUT", "in\\put"), new RunInfo.Setting("--output", "out")),
                sources, "abc",
                List.of(new RunInfo.Input("s", "a", "in/a.txt", "111", "warning"),
                        new RunInfo.Input("s", "b", "feed.jsonl:3", "", "failed")),
                List.of(new Problem(Problem.Severity.WARNING, "in/a.txt", "decoded as Windows-1252"),
                        new Problem(Problem.Severity.ERROR, "feed.jsonl:3", "invalid JSON at column 4"),
                        new Problem(Problem.Severity.INFO, "in/gold", "sub-folder not read")),
                new RunManifest.Counts(1, 1, 1, 12, 0),
                List.of(new RunManifest.Phase("scan", scanMillis), new RunManifest.Phase("stories", 7)), java.util.Set.of());
    }

    @Test
    void theManifestHoldsEveryFactInAFixedOrder() {
        Instant t0 = Instant.parse("2026-01-02T03:04:05.678Z");
        Map<String, Object> m = JsonReader.object(JsonReader.parse(manifest(t0, t0.plusMillis(1500), 3).json()));

        assertEquals(List.of("format", "tool", "version", "java_version", "started", "finished", "elapsed_ms", "options",
                "codebook", "inputs", "problems", "counts", "timings_ms"), List.copyOf(m.keySet()));
        assertEquals("2026-01-02T03:04:05.678Z", m.get("started"));
        assertEquals("2026-01-02T03:04:07.178Z", m.get("finished"));
        assertEquals(1500L, m.get("elapsed_ms"));
        assertEquals("in\\put", JsonReader.object(m.get("options")).get("INPUT"));
        Map<String, Object> codebook = JsonReader.object(m.get("codebook"));
        assertEquals("abc", codebook.get("sha256"));
        assertEquals("my \"book\"/topics.csv", JsonReader.object(codebook.get("sources")).get("topics.csv"));
        List<Object> inputs = JsonReader.array(m.get("inputs"));
        Map<String, Object> a = JsonReader.object(inputs.get(0));
        assertEquals(List.of("story", "outlet", "where", "sha256", "status", "reused", "problems"), List.copyOf(a.keySet()));
        assertEquals("warning", a.get("status"));
        assertEquals("decoded as Windows-1252",
                JsonReader.object(JsonReader.array(a.get("problems")).get(0)).get("reason"));
        Map<String, Object> b = JsonReader.object(inputs.get(1));
        assertEquals("error", JsonReader.object(JsonReader.array(b.get("problems")).get(0)).get("severity"));
        assertEquals(3, JsonReader.array(m.get("problems")).size(), "every problem, those of no input too");
        assertEquals(12L, JsonReader.object(m.get("counts")).get("sentences"));
        assertEquals(Map.of("scan", 3L, "stories", 7L), JsonReader.object(m.get("timings_ms")));
    }

    @Test
    void twoRunsDifferOnlyInTheirTimes() {
        String one = manifest(Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:06Z"), 3).json();
        String two = manifest(Instant.parse("2026-02-03T04:05:06.5Z"), Instant.parse("2026-02-03T04:05:09Z"), 44).json();
        List<String> a = one.lines().toList();
        List<String> b = two.lines().toList();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                String key = a.get(i).strip().replaceFirst("\":.*", "\"");
                assertTrue(List.of("\"started\"", "\"finished\"", "\"elapsed_ms\"", "\"scan\"").contains(key), a.get(i));
            }
        }
    }
}
