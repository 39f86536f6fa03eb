package org.framelens.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.framelens.model.Lexicon;
import org.framelens.model.profile.OutletProfile;

/**
 * The labels of a run, in the order every table, chart and CSV file lists them: the codebook's
 * order first (core stances first), then labels the data holds but the codebook does not list,
 * in {@code String} order. Immutable and thread-safe.
 *
 * @param stances    stance labels
 * @param topics     topic labels
 * @param directions concession directions
 */
record Vocabulary(List<String> stances, List<String> topics, List<String> directions) {
    /** Concession directions in the coding guide's order. */
    static final List<String> DIRECTIONS = List.of("offered", "demanded", "refused", "made", "withdrawn");
    /** The pseudo-label of counted sentences without any stance label. */
    static final String NEUTRAL = "neutral";
    /** The pseudo-label of counted sentences without any topic. */
    static final String NO_TOPIC = "none";

    Vocabulary {
        stances = List.copyOf(stances);
        topics = List.copyOf(topics);
        directions = List.copyOf(directions);
    }

    /**
     * @param lexicon  what the codebook lists
     * @param profiles what the run found (every outlet across stories holds every label found)
     * @return the labels of both, in order
     */
    static Vocabulary of(Lexicon lexicon, Collection<OutletProfile> profiles) {
        Set<String> stances = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        Set<String> directions = new TreeSet<>();
        for (OutletProfile p : profiles) {
            stances.addAll(p.stances().keySet());
            topics.addAll(p.topics().keySet());
            directions.addAll(p.concessionDirections().keySet());
        }
        return new Vocabulary(ordered(lexicon.stances(), stances), ordered(lexicon.topics(), topics),
                ordered(DIRECTIONS, directions));
    }

    private static List<String> ordered(List<String> known, Collection<String> seen) {
        LinkedHashSet<String> out = new LinkedHashSet<>(known);
        out.addAll(seen);
        return new ArrayList<>(out);
    }

    /**
     * @param label a label such as {@code skepticism}
     * @return it as a heading: {@code Skepticism}
     */
    static String title(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }
}
