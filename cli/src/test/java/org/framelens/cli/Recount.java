package org.framelens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * The report's counts recomputed straight from {@code sentences.csv}, with nothing but the CSV and
 * the coding guide's rules: the independent side of the consistency tests. It shares no code with
 * the production aggregation (no model profile, no report class). Not thread-safe.
 */
final class Recount {
    static final List<String> CORE = List.of("skepticism", "condition", "concession");
    static final List<String> POSITIONS = List.of("headline", "lead", "later", "absent");

    /** The counts of one article, or of several merged. */
    static final class Agg {
        int articles;
        String headline = "";
        int sentences;
        int boilerplate;
        long words;
        final Map<String, Integer> byAttribution = new TreeMap<>();
        final Map<String, Long> wordsByAttribution = new TreeMap<>();
        final Map<String, Integer> stance = new TreeMap<>();
        int neutral;
        final Map<String, Map<String, Integer>> stanceVoice = new TreeMap<>();
        final Map<String, Map<String, Integer>> firstPosition = new TreeMap<>();
        final Map<String, Map<String, Integer>> stanceSpeakers = new TreeMap<>();
        final Map<String, Map<String, Integer>> cueTerms = new TreeMap<>();
        final Map<String, List<Integer>> indices = new TreeMap<>();
        final Map<String, Integer> topics = new TreeMap<>();
        int noTopic;
        final Map<String, Map<String, Integer>> topicStance = new TreeMap<>();
        final Map<String, Integer> directions = new TreeMap<>();
        /** speaker → {sentences, words, direct sentences, direct words, reported sentences}. */
        final Map<String, long[]> speakers = new TreeMap<>();
        final Map<String, Map<String, Integer>> speakerTypes = new TreeMap<>();
        final Map<String, Integer> cues = new TreeMap<>();

        int stance(String label) {
            return stance.getOrDefault(label, 0);
        }

        int voice(String label, String attribution) {
            return stanceVoice.getOrDefault(label, Map.of()).getOrDefault(attribution, 0);
        }

        /** Articles where the label first appears at a position; for "absent", articles without it. */
        int first(String label, String position) {
            Map<String, Integer> m = firstPosition.getOrDefault(label, Map.of());
            if (position.equals("absent")) {
                return articles - m.values().stream().mapToInt(Integer::intValue).sum();
            }
            return m.getOrDefault(position, 0);
        }

        int attribution(String a) {
            return byAttribution.getOrDefault(a, 0);
        }

        long words(String a) {
            return wordsByAttribution.getOrDefault(a, 0L);
        }

        long[] speaker(String name) {
            return speakers.getOrDefault(name, new long[5]);
        }

        int namedSpeakers() {
            return (int) speakers.keySet().stream().filter(s -> !s.equals("OUTLET") && !s.equals("UNKNOWN")).count();
        }

        int cueSentences() {
            return cues.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The type most of the speaker's sentences have (ties: the coding guide's order). */
        String type(String speaker) {
            Map<String, Integer> t = speakerTypes.getOrDefault(speaker, Map.of());
            String best = "unknown";
            int most = 0;
            for (String type : List.of("person", "group", "organization", "outlet", "unknown")) {
                if (t.getOrDefault(type, 0) > most) {
                    best = type;
                    most = t.get(type);
                }
            }
            return best;
        }

        /** Sentences per speaker type, over every speaker. */
        Map<String, Integer> typeTotals() {
            Map<String, Integer> out = new TreeMap<>();
            speakerTypes.values().forEach(m -> m.forEach((k, v) -> out.merge(k, v, Integer::sum)));
            return out;
        }

        void add(Agg o) {
            articles += o.articles;
            if (headline.isEmpty()) {
                headline = o.headline;
            }
            sentences += o.sentences;
            boilerplate += o.boilerplate;
            words += o.words;
            o.byAttribution.forEach((k, v) -> byAttribution.merge(k, v, Integer::sum));
            o.wordsByAttribution.forEach((k, v) -> wordsByAttribution.merge(k, v, Long::sum));
            o.stance.forEach((k, v) -> stance.merge(k, v, Integer::sum));
            neutral += o.neutral;
            nested(stanceVoice, o.stanceVoice);
            nested(firstPosition, o.firstPosition);
            nested(stanceSpeakers, o.stanceSpeakers);
            nested(cueTerms, o.cueTerms);
            indices.clear(); // indices only identify sentences of one article
            o.topics.forEach((k, v) -> topics.merge(k, v, Integer::sum));
            noTopic += o.noTopic;
            nested(topicStance, o.topicStance);
            o.directions.forEach((k, v) -> directions.merge(k, v, Integer::sum));
            o.speakers.forEach((k, v) -> {
                long[] mine = speakers.computeIfAbsent(k, x -> new long[5]);
                for (int i = 0; i < 5; i++) {
                    mine[i] += v[i];
                }
            });
            nested(speakerTypes, o.speakerTypes);
            o.cues.forEach((k, v) -> cues.merge(k, v, Integer::sum));
        }

        private static void nested(Map<String, Map<String, Integer>> into, Map<String, Map<String, Integer>> from) {
            from.forEach((k, m) -> m.forEach((k2, v) -> into.computeIfAbsent(k, x -> new TreeMap<>()).merge(k2, v, Integer::sum)));
        }
    }

    /** story → outlet → counts of its article. */
    final Map<String, Map<String, Agg>> byStory = new TreeMap<>();
    /** outlet → counts across stories. */
    final Map<String, Agg> byOutlet = new TreeMap<>();

    Recount(List<CSVRecord> rows) {
        Map<List<String>, List<CSVRecord>> articles = new LinkedHashMap<>();
        for (CSVRecord r : rows) {
            articles.computeIfAbsent(List.of(r.get("story"), r.get("outlet")), k -> new ArrayList<>()).add(r);
        }
        articles.forEach((key, rs) -> {
            Agg a = article(rs);
            byStory.computeIfAbsent(key.get(0), k -> new TreeMap<>()).put(key.get(1), a);
        });
        byStory.values().forEach(m -> m.forEach((outlet, a) -> byOutlet.computeIfAbsent(outlet, k -> new Agg()).add(a)));
    }

    private static Agg article(List<CSVRecord> rows) {
        Agg a = new Agg();
        a.articles = 1;
        int lead = rows.stream().filter(r -> r.get("kind").equals("body"))
                .mapToInt(r -> Integer.parseInt(r.get("paragraph"))).findFirst().orElse(-1);
        for (CSVRecord r : rows) {
            String kind = r.get("kind");
            if (kind.equals("boilerplate")) {
                a.boilerplate++;
                continue;
            }
            if (kind.equals("headline") && a.headline.isEmpty()) {
                a.headline = r.get("text").strip();
            }
            int words = Integer.parseInt(r.get("words"));
            int index = Integer.parseInt(r.get("sentence"));
            String attribution = r.get("attribution");
            String speaker = r.get("speaker");
            a.sentences++;
            a.words += words;
            a.byAttribution.merge(attribution, 1, Integer::sum);
            a.wordsByAttribution.merge(attribution, (long) words, Long::sum);
            long[] sp = a.speakers.computeIfAbsent(speaker, k -> new long[5]);
            sp[0]++;
            sp[1] += words;
            if (attribution.equals("direct")) {
                sp[2]++;
                sp[3] += words;
            }
            if (attribution.equals("reported")) {
                sp[4]++;
            }
            a.speakerTypes.computeIfAbsent(speaker, k -> new TreeMap<>()).merge(r.get("speaker_type"), 1, Integer::sum);
            if (!attribution.equals("narrator") && !r.get("cue").isEmpty()) {
                a.cues.merge(r.get("cue"), 1, Integer::sum);
            }
            List<String> stances = split(r.get("stances"));
            List<String> topics = split(r.get("topics"));
            if (stances.isEmpty()) {
                a.neutral++;
            }
            if (topics.isEmpty()) {
                a.noTopic++;
            }
            Map<String, String> evidence = evidence(r.get("evidence"), stances, topics);
            for (String s : stances) {
                a.stance.merge(s, 1, Integer::sum);
                a.stanceVoice.computeIfAbsent(s, k -> new TreeMap<>()).merge(attribution, 1, Integer::sum);
                if (!attribution.equals("narrator")) {
                    a.stanceSpeakers.computeIfAbsent(s, k -> new TreeMap<>()).merge(speaker, 1, Integer::sum);
                }
                if (!a.firstPosition.containsKey(s)) {
                    String pos = kind.equals("headline") ? "headline"
                            : kind.equals("body") && Integer.parseInt(r.get("paragraph")) == lead ? "lead" : "later";
                    a.firstPosition.put(s, new TreeMap<>(Map.of(pos, 1)));
                }
                for (String term : terms(evidence.getOrDefault(s, ""))) {
                    a.cueTerms.computeIfAbsent(s, k -> new TreeMap<>()).merge(term, 1, Integer::sum);
                }
                a.indices.computeIfAbsent(s, k -> new ArrayList<>()).add(index);
            }
            for (String t : topics) {
                a.topics.merge(t, 1, Integer::sum);
                for (String s : stances) {
                    a.topicStance.computeIfAbsent(t, k -> new TreeMap<>()).merge(s, 1, Integer::sum);
                }
            }
            if (stances.contains("concession")) {
                for (String d : split(r.get("concession_direction"))) {
                    a.directions.merge(d, 1, Integer::sum);
                }
            }
        }
        return a;
    }

    static List<String> split(String labels) {
        List<String> out = new ArrayList<>();
        for (String s : labels.split(";")) {
            if (!s.isBlank() && !out.contains(s.strip())) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /**
     * The evidence column holds {@code field=evidence} items joined by {@code "; "}; evidence text
     * may itself hold "; ", so items are cut only where a known field of the row starts.
     */
    static Map<String, String> evidence(String column, List<String> stances, List<String> topics) {
        List<String> fields = new ArrayList<>(List.of("speaker"));
        fields.addAll(stances);
        fields.addAll(topics);
        TreeMap<Integer, String> starts = new TreeMap<>();
        for (String f : fields) {
            if (column.startsWith(f + "=")) {
                starts.put(0, f);
            }
            int at = column.indexOf("; " + f + "=");
            while (at >= 0) {
                starts.put(at + 2, f);
                at = column.indexOf("; " + f + "=", at + 1);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<Integer> pos = new ArrayList<>(starts.keySet());
        for (int i = 0; i < pos.size(); i++) {
            String f = starts.get(pos.get(i));
            int end = i + 1 < pos.size() ? pos.get(i + 1) - 2 : column.length();
            out.putIfAbsent(f, column.substring(pos.get(i) + f.length() + 1, end));
        }
        return out;
    }

    /** The terms of one label's evidence: items split on " | ", notes in brackets dropped, lower case. */
    static Set<String> terms(String evidence) {
        Set<String> out = new LinkedHashSet<>();
        if (evidence.startsWith("model p=")) {
            out.add("(stance model)"); // a label the stance model gave: one term, whatever its features
            return out;
        }
        for (String item : evidence.split(" \\| ")) {
            int note = item.indexOf(" (");
            String t = (note >= 0 ? item.substring(0, note) : item).strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
