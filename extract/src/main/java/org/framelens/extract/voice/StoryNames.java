package org.framelens.extract.voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.SpeakerType;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;

/**
 * Story stage: gives the same person the same canonical name in every outlet of a story, so that
 * outlets can be compared speaker by speaker. An outlet that names a person only by surname
 * ("Haddad") gets the full name another outlet introduced ("Omar Haddad"), when exactly one full
 * name in the story has that surname; where outlets introduce the same person with different
 * numbers of given names, the longest name wins. Stateless and thread-safe; returns new values.
 */
public final class StoryNames {

    /**
     * @param story the analyzed articles of one story
     * @return the same articles, person speakers renamed to the story's canonical names
     */
    public List<AnalyzedArticle> harmonize(List<AnalyzedArticle> story) {
        Map<String, Map<String, Integer>> bySurname = new TreeMap<>();
        for (AnalyzedArticle a : story) {
            for (TaggedSentence s : a.sentences()) {
                if (s.voice().type() == SpeakerType.PERSON && !s.voice().speaker().equals(Voice.UNKNOWN)) {
                    bySurname.computeIfAbsent(surname(s.voice().speaker()), k -> new TreeMap<>())
                            .merge(s.voice().speaker(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> rename = new HashMap<>();
        for (Map<String, Integer> names : bySurname.values()) {
            List<String> full = names.keySet().stream().filter(n -> n.indexOf(' ') > 0).toList();
            for (String name : names.keySet()) {
                String target = canonical(name, full, names);
                if (!target.equals(name)) {
                    rename.put(name, target);
                }
            }
        }
        // a bare surname the outlet never introduced was read as a body ("Haddad said"); another
        // outlet's full name with that surname shows it is a person
        Map<String, String> people = new HashMap<>();
        for (AnalyzedArticle a : story) {
            for (TaggedSentence s : a.sentences()) {
                Voice v = s.voice();
                if (v.type() == SpeakerType.ORGANIZATION && v.speaker().indexOf(' ') < 0
                        && v.evidence().contains(Speakers.SINGLE_NAME + "'" + v.speaker() + "'")) {
                    Map<String, Integer> names = bySurname.getOrDefault(v.speaker().toLowerCase(Locale.ROOT), Map.of());
                    List<String> full = names.keySet().stream().filter(n -> n.indexOf(' ') > 0).toList();
                    String target = full.isEmpty() ? null : canonical(v.speaker(), full, names);
                    if (target != null && !target.equals(v.speaker())) {
                        people.put(v.speaker(), target);
                    }
                }
            }
        }
        // a name of several words that one outlet knows to be a body ("Clear Water Watch, a
        // monitoring group") is a body in every outlet, where another read it as a person's name
        Map<String, SpeakerType> bodies = new HashMap<>();
        for (AnalyzedArticle a : story) {
            for (TaggedSentence s : a.sentences()) {
                Voice v = s.voice();
                if ((v.type() == SpeakerType.ORGANIZATION || v.type() == SpeakerType.GROUP) && v.speaker().indexOf(' ') > 0) {
                    bodies.putIfAbsent(v.speaker(), v.type());
                }
            }
        }
        boolean retype = story.stream().flatMap(a -> a.sentences().stream())
                .anyMatch(s -> s.voice().type() == SpeakerType.PERSON && bodies.containsKey(s.voice().speaker()));
        if (rename.isEmpty() && people.isEmpty() && !retype) {
            return story;
        }
        List<AnalyzedArticle> out = new ArrayList<>(story.size());
        for (AnalyzedArticle a : story) {
            List<TaggedSentence> rows = new ArrayList<>(a.sentences().size());
            for (TaggedSentence s : a.sentences()) {
                Voice v = s.voice();
                String target = v.type() == SpeakerType.PERSON ? rename.get(v.speaker()) : null;
                SpeakerType type = v.type();
                if (type == SpeakerType.PERSON && target == null && bodies.containsKey(v.speaker())) {
                    target = v.speaker();
                    type = bodies.get(v.speaker());
                }
                if (type == SpeakerType.ORGANIZATION && people.containsKey(v.speaker())
                        && v.evidence().contains(Speakers.SINGLE_NAME + "'" + v.speaker() + "'")) {
                    target = people.get(v.speaker());
                    type = SpeakerType.PERSON;
                }
                rows.add(target == null ? s : new TaggedSentence(s.story(), s.outlet(), s.sentence(),
                        new Voice(target, type, v.attribution(), v.cue(),
                                v.evidence() + (target.equals(v.speaker()) ? "; a body, as elsewhere in the story"
                                        : "; named '" + target + "' as elsewhere in the story")),
                        s.stances(), s.topics()));
            }
            out.add(new AnalyzedArticle(a.article(), rows));
        }
        return out;
    }

    /** The longest full name this name is part of, when only one person of the story fits. */
    private static String canonical(String name, List<String> full, Map<String, Integer> counts) {
        List<String> containing = full.stream().filter(f -> !f.equals(name) && endsWithWords(f, name)).toList();
        if (containing.isEmpty()) {
            return name;
        }
        // several full names: only when they all extend one another ("Ana Soto" < "Ana María Soto")
        String longest = containing.stream()
                .max(Comparator.comparingInt((String f) -> f.split(" ").length)
                        .thenComparingInt(f -> counts.getOrDefault(f, 0))
                        .thenComparing(Comparator.reverseOrder()))
                .orElse(name);
        boolean oneFamily = containing.stream().allMatch(f -> f.equals(longest) || compatible(f, longest));
        return oneFamily ? longest : name;
    }

    private static boolean endsWithWords(String full, String part) {
        return full.endsWith(" " + part) || compatible(part, full);
    }

    /** Every word of the shorter name occurs in the longer one, in order ("Ana Soto" in "Ana María Soto"). */
    private static boolean compatible(String shorter, String longer) {
        String[] s = shorter.split(" ");
        String[] l = longer.split(" ");
        int j = 0;
        for (String w : l) {
            if (j < s.length && w.equals(s[j])) {
                j++;
            }
        }
        return j == s.length && s.length < l.length;
    }

    private static String surname(String name) {
        String[] words = name.split(" ");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
