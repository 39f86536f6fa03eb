package org.framelens.extract.align;

import java.util.List;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.align.StoryAlignment;

/**
 * A stage that compares the outlets' versions of one story. Implementations are stateless between
 * calls and thread-safe.
 */
@FunctionalInterface
public interface StoryAligner {
    /**
     * @param story    the story id
     * @param articles the story's articles, one per outlet, speakers already harmonized across them
     * @return what they share and where they differ; {@link StoryAlignment#notAligned} when fewer
     *     than two outlets carry the story
     */
    StoryAlignment align(String story, List<AnalyzedArticle> articles);
}
