package org.framelens.extract.voice;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Speaker attribution for the fourth round of families, read from the disagreements of corpora the
 * rules had never been tuned on. Articles written for these tests. Each line is
 * {@code speaker | attribution | type || sentence} (type optional); a leading {@code +} continues
 * the paragraph; the first line is the headline.
 */
class VoiceFamilies4Test {
    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("the shape of a source: particles and '-ly' surnames in names, 'then said', 'a …, who'", """
                        OUTLET | narrator || Ferry operator fined over late sailings
                        Joris van Dam | direct || “We have heard the complaints and we will pay the fine,” said Joris van Dam, the operator’s director.
                        Joris van Dam | reported || Later, van Dam said the timetable would be rewritten by May.
                        Clara de Wit | direct || Its ombudsman, Clara de Wit, called the delays “a daily insult to commuters.”
                        Owen Kelly | direct || “Nobody checked the engines for a year,” harbour master Owen Kelly told reporters on the pier.
                        Emily Marsh | reported || Asked whether the fine was enough, Emily Marsh paused, then said it was a start.
                        a deckhand on the night crossing | direct || “We sail with one engine most nights,” said a deckhand on the night crossing, who asked not to be named.
                        Nia Hale | reported || Nia Hale, who speaks for the Island Commuters Forum, a group of season-ticket holders, said the refund was too small.
                        Rhys Boyd | direct || Crossings were cut in March, and Rhys Boyd, who chairs the Islanders’ Council, warned that the island was “being cut off by stealth.”
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void attributesLikeTheCodingGuide(String name, String spec) {
        VoiceSpec.assertVoices(name, spec);
    }
}
