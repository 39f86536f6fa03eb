package org.framelens.report;

import java.util.List;
import java.util.SortedMap;
import org.framelens.model.profile.CorpusProfile;
import org.framelens.model.profile.OutletProfile;

/**
 * One block of a summary sheet: either one story's outlets, or every outlet across the stories
 * of a multi-story run. Immutable.
 *
 * @param title   the heading ("Story: …", "All 4 stories, per outlet")
 * @param story   the story id, {@code null} for the across-stories block
 * @param outlets the outlets' profiles, in outlet order
 */
record Section(String title, String story, SortedMap<String, OutletProfile> outlets) {
    /** @return whether the block is one story, so each outlet's profile is of one article */
    boolean oneStory() {
        return story != null;
    }

    /** @return the outlet ids, in order */
    List<String> outletIds() {
        return List.copyOf(outlets.keySet());
    }

    /** @return the profiles, in outlet order */
    List<OutletProfile> profiles() {
        return List.copyOf(outlets.values());
    }

    /**
     * @param corpus a run's profiles
     * @return its blocks: across stories first when there are several, then each story
     */
    static List<Section> of(CorpusProfile corpus) {
        List<String> stories = List.copyOf(corpus.stories());
        java.util.ArrayList<Section> out = new java.util.ArrayList<>();
        if (stories.size() > 1) {
            out.add(new Section("All " + stories.size() + " stories, per outlet", null, corpus.acrossStories()));
        }
        for (String s : stories) {
            out.add(new Section("Story: " + s, s, corpus.story(s)));
        }
        return out;
    }

    /**
     * @param sections blocks
     * @return the most outlets any of them has
     */
    static int maxOutlets(List<Section> sections) {
        return sections.stream().mapToInt(s -> s.outlets().size()).max().orElse(1);
    }

    /** @return the filter that shows this block's sentences on the Sentences sheet */
    String filter(String outlet) {
        return (story == null ? "" : "story = " + story + ", ") + "outlet = " + outlet;
    }
}
