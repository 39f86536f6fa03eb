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
            The senate passed the budget after cutting the deficit target.                 | legitimacy;economy
            The lender wants its loans repaid in monthly instalments.                       | economy
            Two commanders said gunmen had fired on a border patrol.                        | security;territory
            Lawmakers tabled an amendment to the constitution.                              | legitimacy
            Farmers refuse to give up their land for the reservoir.                         | territory
            Five prisoners were detained without charge.                                    | justice
            The plant will cut 300 jobs but promised no compulsory redundancies.            | economy;labour
            The new turbines add 40 megawatts and cut carbon output.                        | energy
            The clinic offers free treatment to children.                                   | health
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
