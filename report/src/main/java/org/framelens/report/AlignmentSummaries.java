package org.framelens.report;

import java.util.HashMap;
import java.util.Map;
import org.framelens.model.align.AlignmentSummary;
import org.framelens.model.align.StoryAlignment;

/**
 * The alignment figures the Overview sheet shows, gathered while the stories are written and read
 * back when the summary sheets are: each of the first {@value #OVERVIEW_STORIES} stories' summary,
 * and one summary across all stories. Past the first stories only the across-stories summary
 * grows (with the outlet pairs of the run, not with the stories), so memory stays flat however
 * many stories a run has; the Outlet summary and Shared content sheets and their CSV files carry
 * every story.
 *
 * <p>Input: each story's {@link StoryAlignment}, in story order. Output: {@link #story} and
 * {@link #across}. Not thread-safe: fed from the thread that writes the workbook.
 */
final class AlignmentSummaries {
    /**
     * Stories whose alignment summary the Overview shows in their block: enough for any run an
     * analyst reads block by block, few enough that the summaries kept cost nothing.
     */
    static final int OVERVIEW_STORIES = 100;

    private final int cap;
    private final Map<String, AlignmentSummary> first = new HashMap<>();
    private AlignmentSummary across = AlignmentSummary.EMPTY;

    AlignmentSummaries() {
        this(OVERVIEW_STORIES);
    }

    /** @param cap stories kept for the Overview (smaller in tests) */
    AlignmentSummaries(int cap) {
        this.cap = cap;
    }

    /** @param story one story's alignment, summarised and folded into the run's summary */
    void add(StoryAlignment story) {
        AlignmentSummary s = AlignmentSummary.of(story);
        if (first.size() < cap) {
            first.put(story.story(), s);
        }
        across = across.merge(s);
    }

    /** @return whether any story was added (runs without alignment get no alignment block) */
    boolean any() {
        return across.stories() > 0;
    }

    /**
     * @param id a story id
     * @return its summary, or {@code null} when it is past the first stories (or was never added)
     */
    AlignmentSummary story(String id) {
        return first.get(id);
    }

    /** @return every story added, merged */
    AlignmentSummary across() {
        return across;
    }

    /** @return how many stories keep their summary for the Overview */
    int cap() {
        return cap;
    }
}
