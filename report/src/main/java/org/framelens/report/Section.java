package org.framelens.report;

import java.util.List;
import java.util.SortedMap;
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
}
