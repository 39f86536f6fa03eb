package org.framelens.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.CodebookLoader;
import org.framelens.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stance tagging with the default codebook, on sentences written for these tests in many domains
 * (budgets, trade, strikes, elections, ceasefires) — none from the sample or the gold corpora.
 * Each row: the sentence, and the core labels it must carry (exactly; extra labels such as
 * assurance are ignored).
 */
class StanceLabelerTest {
    static final Codebook CODEBOOK = new CodebookLoader().defaults();
    static final StanceLabeler LABELER = new StanceLabeler(CODEBOOK);

    static Set<String> core(String sentence) {
        return LABELER.labels(sentence).stream().map(Tag::label).filter(Codebook.CORE_STANCES::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Tag tag(String sentence, String label) {
        return LABELER.labels(sentence).stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in: " + sentence + " -> " + LABELER.labels(sentence)));
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            # skepticism: words, inflections, multi-word cues
            Economists are skeptical of the finance minister's growth forecast.                 | skepticism
            Analysts remain deeply sceptical that the truce will hold.                          | skepticism
            The unions doubted the mayor's figures from the start.                              | skepticism
            Farm groups are doubtful the subsidy will ever be paid.                             | skepticism
            The ceasefire pledge was met with scepticism in the capital.                        | skepticism
            Investors are wary of the central bank's promises.                                  | skepticism
            Opposition leaders dismissed the audit as a whitewash.                              | skepticism
            The senator called the budget figures a smoke screen.                               | skepticism
            Critics said the proposal was a ploy to buy time before the vote.                   | skepticism
            The claim that tariffs will pay for the tax cuts is unsubstantiated.                | skepticism
            The ministry denied the claim that it had rigged the tender.                        | skepticism
            His so-called reform plan would raise fees for students.                            | skepticism
            Despite the governor's assurances, teachers fear further layoffs.                   | skepticism
            The party's purported commitment to fiscal discipline has been tested.              | skepticism
            Rebel commanders questioned whether the truce would last the week.                  | skepticism
            The council said the strike figures were false.                                     | skepticism
            # negation: required, dropped
            The bondholders are not convinced.                                                  | skepticism
            Ministers say the militia cannot be trusted to honour the truce.                    | skepticism
            The union isn't buying it.                                                          | skepticism
            Few in the capital expect a breakthrough at Friday's summit.                        | skepticism
            There is no doubt that the deficit has widened.                                     |
            No doubt the treasury will revise its forecast.                                     |
            The investors were not skeptical about the bond sale.                               |
            The bondholders are convinced the restructuring will work.                          |
            Voters trust the electoral commission.                                              |
            Nobody questions the court's independence.                                          |
            # certainty idioms: a doubt or question word there affirms
            The auditors had no question about the accuracy of the accounts.                   |
            Without a doubt, the harvest will be the largest in a decade.                       |
            The outcome of the runoff is beyond any doubt.                                      |
            There is little doubt that the refinery will close next year.                       |
            The mayor will undoubtedly seek a second term.                                      |
            The new stadium is unquestionably the best in the region.                           |
            Make no mistake, the dockers will be back at work on Monday.                        |
            There is no question that the recession has ended.                                  |
            Her loyalty to the party was never in doubt.                                        |
            The figures are beyond question, the statistics office said.                        |
            The pilots will no doubt welcome the new rosters at Friday's meeting.               |
            I have no doubts about the ferry's safety record.                                   |
            # ... while doubts and questions outside such an idiom stay
            Doubts remain about the cost of the new rail line.                                  | skepticism
            Opposition deputies questioned the figures in the budget.                           | skepticism
            The delay raises questions about the contractor's competence.                       | skepticism
            Without the audit, doubts about the tender will linger.                             | skepticism
            # conditions: demands, conditionals, gaps
            The lenders demanded that the government cut spending by a fifth.                   | condition
            The prime minister urged rebel groups to lay down their arms.                       | condition
            Unions called for an independent inquiry into the closures.                         | condition
            The candidate called on the election board to publish every tally.                  | condition
            The bank will release the loan only if parliament passes the austerity package.     | condition
            The truce will collapse unless both armies pull their artillery back.               | condition;concession
            Kenya will lower the levy provided that Uganda opens its markets.                   | condition
            The airline offered higher pay in exchange for longer shifts.                       | condition;concession
            Both sides must sign the protocol before any prisoners are freed.                   | condition
            The ministry must publish the audit.                                                | condition
            If the council does not approve the budget, the city will close its libraries.      | condition
            The union will not end the walkout until the company reinstates the drivers.        | condition
            Recognition of the new border is a prerequisite for any settlement.                 | condition
            The generals set a deadline for the talks.                                          | condition
            It is now up to the finance committee to decide.                                    | condition
            Lenders insisted that the state must sell its stake before any new money flows.     | condition
            The regulator said the rules should be tightened.                                   | condition
            # conditions: not demands
            We must do better, the coach said.                                                  |
            The minister spoke on condition of anonymity.                                       |
            Working conditions at the plant have improved.                                      |
            Nobody should expect the fare rise to be reversed.                                  |
            The shops will stay closed until Monday.                                            |
            # concessions, with negation keeping the label
            The governor conceded defeat on the rail budget.                                    | concession
            Management made a major concession on overtime pay.                                 | concession
            The rebels agreed to withdraw from the northern towns.                              | concession
            The party has given ground on the pension age.                                      | concession
            The minister refused to back down on the fuel tax.                                  | concession
            We will never surrender our fishing rights.                                         | concession
            The drivers' union has dropped its demand for a four-day week.                      | concession
            The president has offered to lift the export ban.                                   | concession
            Both chambers praised the compromise on farm subsidies.                             | concession
            The teachers held firm on class sizes.                                              | concession
            The airline has not budged.                                                         | concession
            The landlords will not give up the rent cap without a fight.                        | concession
            The junta rejected any talk of territorial concessions.                             | concession
            # denials, undercut claims, insincerity, figurative doubt
            The ministry denies any wrongdoing in the tender.                                   | skepticism
            He was convicted of fraud, a charge he still disputes.                              | skepticism
            The spokesman rejected the label, saying the raids were lawful.                     | skepticism
            New revenue data undercut the governor's claim of a surplus.                        | skepticism
            Opposition leaders accused the cabinet of hypocrisy over arms sales.                | skepticism
            Campaigners called the pledge a subsidy dressed up as reform.                       | skepticism
            The accord is not worth the paper it is written on.                                 | skepticism
            Whether the truce will hold remains to be seen.                                     | skepticism
            Rivals said the walkout was an excuse to delay the vote.                            | skepticism
            The envoy described the report as a blatant lie.                                    | skepticism
            The refugees were denied entry at the crossing.                                     |
            There is no excuse for attacks on aid workers.                                      |
            Doctors at the field clinic treated the wounded.                                    |
            # conditions: if-clauses, ultimatums, demands, dependence
            The lenders will release the funds if parliament approves the cuts.                 | condition
            The crowd cheered as if the war had ended.                                          |
            Reporters asked if the talks would resume.                                          |
            The army will return fire if necessary.                                             |
            Rebel delegates threatened to quit the talks over the arrests.                      | condition
            Athens is seeking the return of the marbles.                                        | condition
            The farmers will not lift the blockade without written guarantees.                  | condition;concession
            Such a move is not without risks.                                                   |
            We will not rest until the killers are found.                                       |
            The deal hinges on a vote in the Senate.                                            | condition
            Aid will keep flowing so long as the ceasefire holds.                               | condition
            # concessions: refusals, offers, withdrawals in other words
            The minister said she would not water down the climate targets.                     | concession
            The council has shelved plans for a congestion charge.                              | concession
            A full pardon remains on the table, officials said.                                 | concession
            The airline called its pay proposal final.                                          | concession
            The treasury says there is no more money for the pay deal.                          | concession
            Our country will not trade its sovereignty for cheap loans.                         | concession
            The shop restocked its shelves on Monday.                                           |
            Water levels went down after the storm.                                             |
            The governor conceded that turnout had been low.                                    |
            # feasibility and sincerity doubted in other words
            Critics called the new ethics rules cosmetic.                                       | skepticism
            The rebels are playing for time, the envoy said.                                    | skepticism
            The council has no intention of keeping its pledge on rents.                        | skepticism
            The army has no intention of attacking its neighbours.                              |
            Several economists are not so sure.                                                 | skepticism
            Ministers accused the union of inventing a staffing crisis.                         | skepticism
            Farmers stopped believing the ministry's promises years ago.                        | skepticism
            Residents asked why anyone should trust the company now.                            | skepticism
            The board rejected the criticism as unfair.                                         | skepticism
            Neither delegation held out much hope of a breakthrough.                            | skepticism
            Questions remain over the audit's methods.                                          | skepticism
            # dependence and conditions in other words
            Ratification now depends on the upper house.                                        | condition
            The lenders tied the next payment to a hiring freeze.                               | condition
            Troops will leave only once the border is marked.                                   | condition
            The talks will go ahead if any of the envoys attend.                                | condition
            # concessions made, offered and refused in other words
            The cabinet softened the asylum bill overnight.                                     | concession
            The airline sweetened its offer to pilots on Friday.                                | concession
            The ministry said it would go no further on pensions.                               | concession
            The lender said it was open to extending the deadline.                              | concession
            The museum is open to the public on Sundays.                                        |
            The club has given some ground on ticket prices.                                    | concession
            There is one line the party will not cross.                                         | concession
            The owners ruled out any sale of the stadium.                                       | concession
            The union said the offer fell short.                                                | concession
            # several labels
            The opposition leader refused to accept the result of the runoff.                  | skepticism;concession
            The party said the new bill crossed a red line.                                     | condition;concession
            The creditors demanded that the government abandon the fuel subsidy.                | condition;concession
            Rebels must withdraw from the bridge before the talks resume.                       | condition;concession
            Critics doubt the junta will ever cede power.                                       | skepticism;concession
            # neutral
            The budget committee meets on Tuesday.                                              |
            Turnout in the runoff was the highest in a decade.                                  |
            Dockworkers returned to the port on Monday.                                         |
            """)
    void coreLabels(String sentence, String expected) {
        Set<String> want = expected == null ? Set.of()
                : Arrays.stream(expected.split(";")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, core(sentence), () -> sentence + " -> " + LABELER.labels(sentence));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister refused to back down on the fuel tax.                     | refused
            We will never surrender our fishing rights.                            | refused
            No one should count on the city giving up its claim to the harbour.    | refused
            The lenders demanded that the state abandon the rent cap.               | demanded
            The rebels must withdraw from the ridge.                                | demanded
            If they do not pull back, the guarantees lapse.                         | demanded
            The union proposed concessions on overtime.                             | offered
            The president has offered to lift the export ban.                       | offered
            Management made a concession on overtime pay.                           | made
            The drivers dropped their demand for a four-day week.                   | made
            The cabinet retracted its concession on pensions.                       | withdrawn
            The company dug in on automation.                                       | refused
            The treasury says there is no more money for the pay deal.              | refused
            Our country will not trade its sovereignty for cheap loans.             | refused
            The transit levy is now off the table.                                  | withdrawn
            A full pardon remains on the table, officials said.                     | offered
            The ministry said it would go no further on pensions.                   | refused
            The owners ruled out any sale of the stadium.                           | refused
            The airline sweetened its offer to pilots on Friday.                    | made
            There can be no question of ceding the islands, the premier said.       | refused
            """)
    void concessionDirection(String sentence, String direction) {
        assertEquals(direction, tag(sentence, "concession").direction(), () -> sentence + " -> " + LABELER.labels(sentence));
    }

    @Test
    void scareQuotesAreSkepticismButQuotedWordsAfterVerbsAreNot() {
        assertEquals("\u2018reform\u2019 (scare quotes)", tag("The cabinet\u2019s \u2018reform\u2019 raises fees again.",
                "skepticism").evidence());
        assertTrue(core("Unions mocked the mayor's \"balanced\" budget.").contains("skepticism"));
        assertTrue(core("The so-called \"peace dividend\" never came.").contains("skepticism"));
        assertTrue(core("The bosses' \u201Cfair\u201D offer is 2% over three years.").contains("skepticism"));
        assertTrue(core("She called the plan \u201Cbold\u201D and said she would vote for it.").isEmpty());
        assertTrue(core("They promised a \"serious\" dialogue.").isEmpty());
        assertTrue(core("The ministry\u2019s \u201Cwe will look at every option, including new taxes on fuel\u201D line"
                + " was repeated.").isEmpty(), "a long quotation is not scare quotes");
    }

    @Test
    void evidenceShowsTheCueAsFoundAndWhyTheDirection() {
        assertEquals("met with skepticism", tag("The plan was met with skepticism.", "skepticism").evidence(),
                "the longer cue covers the shorter one inside it");
        assertEquals("must\u2026before", tag("Both sides must sign before the deadline.", "condition").evidence());
        assertEquals("giving up (refused: No one should count on us giving up)",
                tag("No one should count on us giving up the port.", "concession").evidence());
        assertEquals("isn't convinced", tag("The board isn't convinced.", "skepticism").evidence());
        assertEquals("doubt (booster: deeply)", tag("Voters deeply doubt the pledge.", "skepticism").evidence());
    }

    @Test
    void extraLabelsComeAfterTheCoreOnes() {
        List<String> labels = LABELER.labels("The minister threatened sanctions unless the union dropped its demands "
                + "and promised a guarantee of jobs.").stream().map(Tag::label).toList();
        assertEquals(List.of("condition", "concession", "assurance", "threat"), labels);
    }
}
