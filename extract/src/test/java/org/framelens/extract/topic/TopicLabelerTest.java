package org.framelens.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Topics of the default taxonomy, on sentences written for these tests. */
class TopicLabelerTest {
    static final TopicLabeler LABELER = new TopicLabeler(new CodebookLoader().defaults());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The senate passed the budget after cutting the deficit target.                 | economy
            Tariffs on imported steel will rise to 30 percent.                              | trade
            The ceasefire collapsed as shelling resumed along the frontline.                | conflict
            Troops were sent to guard the missile base.                                     | security
            The negotiators will meet again at the summit in Geneva next week.              | diplomacy
            Opposition parties demanded a recount of the runoff ballots.                    | legitimacy
            The court will hear the prosecutor's appeal on Friday.                          | justice
            A new pipeline will carry gas to the coast.                                     | energy
            Hospitals are short of nurses after the pandemic.                               | health
            The dockworkers' union voted to strike.                                         | legitimacy;labour
            The annexation of the border region was condemned.                              | territory
            Asylum claims by migrants rose in the spring.                                   | immigration
            Rain is expected tomorrow.                                                      |
            """)
    void topics(String sentence, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, LABELER.labels(sentence).stream().map(Tag::label).toList(),
                () -> sentence + " -> " + LABELER.labels(sentence));
    }

    @Test
    void evidenceListsTheTermsFound() {
        assertEquals(List.of(new Tag("economy", "budget, taxes"), new Tag("trade", "tariff")),
                LABELER.labels("The budget raises taxes and a tariff."));
    }
}
