package org.framelens.extract.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stance cue families of the default codebook that follow the coding guide beyond single
 * words: distrust voiced as experience or accusation, demands worded as wants and prerequisites,
 * conditions worded as "as long as" or "provided", and concessions worded as giving an inch,
 * easing rules, calling off a strike or accepting the other side's plan. Sentences written for
 * these tests, in several domains; each row has the core labels it must carry, exactly, so the
 * negative rows (a plain verb "provided", a wish "want to", plain criticism) fail when a cue
 * family is too broad.
 */
class StanceCueFamiliesTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            # skepticism
            Pensioners have lost faith in the regulator's promises.                         | skepticism
            Neither union has any real confidence that the ministry will keep its word.     | skepticism
            Dockworkers say they will not be fooled by another pledge.                      | skepticism
            Villagers have heard these promises before.                                     | skepticism
            The opposition accused the cabinet of using the inquiry to bury the report.     | skepticism
            The opposition accused the cabinet of failing to fund hospitals.                |
            Teachers scoffed at the board's pledge of smaller classes.                      | skepticism
            The new levy is a patch, not a fix, economists say.                             | skepticism
            Few analysts expect the ceasefire to hold beyond the weekend.                   | skepticism
            Whether the rebate ever reaches consumers is another matter.                    | skepticism
            The ministry keeps insisting the hospital wing will open this year.             | skepticism
            Drivers were sold ‘interim’ toll rises twice in a decade.                       | skepticism
            The agency has confidence in the new data.                                      |
            She called the merger “a fair deal” for everyone.                               |
            The senator was “not convinced” by the figures.                                 | skepticism
            Finance ministers brushed aside warnings from the central bank.                 | skepticism
            The rescue plan has plenty of doubters on the city council.                     | skepticism
            Farmers say they will believe it when the first payment arrives.                | skepticism
            The tariff proposal was received coolly in the capital.                         | skepticism
            The budget got a frosty reception from lenders.                                 | skepticism
            Analysts are cooler about the growth forecast.                                  | skepticism
            The reform drew derision from retired judges.                                   | skepticism
            Critics call the new rule a loophole for large donors.                          | skepticism
            Fishermen are under no illusions about the quota deal.                          | skepticism
            The mayor is not optimistic about the bond sale.                                | skepticism
            The mayor is optimistic about the bond sale.                                    |
            Inspectors are less sanguine about the timetable.                               | skepticism
            That figure is a target, not a hope.                                            |
            Observers said it would be hard to verify the census figures.                  | skepticism
            Monitors could not verify the reported pullback.                                | skepticism
            Monitors verified the reported pullback on Tuesday.                             |
            Officials called the cuts a euphemism for closures.                             | skepticism
            The weather was cool on Tuesday morning.                                        |
            The ministry's revenue forecast assumes oil will stay above 90 dollars.         | skepticism
            Analysts called the growth assumptions heroic.                                  | skepticism
            Shipping firms poured cold water on the port authority's new timetable.        | skepticism
            The night was cold and the water was rough.                                     |
            Not everyone on the school board is so sure.                                    | skepticism
            Auditors found no evidence of double billing in the clinic's accounts.          | skepticism
            Auditors found evidence of double billing in the clinic's accounts.             |
            Whether the rail link opens on time is an open question.                        | skepticism
            Residents called the rent freeze a rent rise dressed as relief.                 | skepticism
            The airline insists the fare rise has nothing to do with the merger.            | skepticism
            Two councillors questioned the cost estimate for the new bridge.                | skepticism
            Economists say the tax forecast is far too rosy.                                | skepticism
            We assume the meeting will start at noon.                                       |
            Landlords questioned how the council would pay for the scheme.                  | skepticism
            "The utility lied to us about the leaks," a resident said.                      | skepticism
            Opposition deputies called the pension deal a fudge.                            | skepticism
            The ministry's own survey suggests otherwise.                                   | skepticism
            The whole forecast rests on a big if.                                           | skepticism
            "I would be surprised if the bridge opens this year," she said.                 | skepticism
            She was surprised by the size of the crowd.                                     |
            The league rejected the players' reading of the transfer rules.                 | skepticism
            The insurer disputed the surveyor's estimate of the flood damage.               | skepticism
            The rail operator rejected the timetable.                                       |
            Lawyers for the port said the strike ballot had no legal basis.                 | skepticism
            The council's planning decision has a sound legal basis.                        |
            The losing candidate cried foul over the postal votes.                          | skepticism
            The striker was booked for a foul in the second half.                           |
            "Let the council show us the accounts first," the tenants' leader said.        | skepticism
            The museum will show visitors the restored ceiling.                             |
            The minister rejected that view of the hospital budget.                          | skepticism
            # condition
            The airline will keep flying the route as long as the subsidy continues.       | condition
            The walkout could last for as long as a month.                                  |
            Lenders will release the funds provided the audit is published.                 | condition
            The charity has provided blankets to every shelter.                             |
            The accord still needs the approval of both parliaments.                        | condition
            Growers want the subsidy paid first.                                            | condition
            Parents want the council to reopen the school.                                  | condition
            Parents want to see the report.                                                 |
            Residents vowed to keep protesting until the plant is closed.                   | condition
            The museum will stay shut until Monday.                                         |
            In return, the province will freeze tuition for two years.                      | condition
            The governor is seeking to end the dispute before the holidays.                 |
            The regulator needs to publish the tariffs now.                                 | condition
            We need to talk about the deficit.                                              |
            The council will release the funds after the audit, not before.                 | condition
            Regulators called the pricing clause a deal-breaker.                            | condition
            The loan was approved on the understanding that the mill stays open.            | condition
            It is my understanding that the mill stays open.                                |
            The mill had never closed before.                                               |
            # concession
            The landlords have not given an inch on rents.                                  | concession
            Neither side has moved on the key issue of pensions.                            | concession
            The ministry eased its inspection rules for small farms.                        | concession
            The union is no longer opposing the merger.                                     | concession
            The owners said they were done negotiating.                                     | concession
            The council would not agree to an independent review.                          | concession
            Doctors called off their strike after a late offer.                             | concession
            The city cut its proposed parking fee by half.                                  | concession
            The province will accept the federal timetable.                                 | concession
            The company will drop its lawsuit only if the permit is restored.               | condition;concession
            The embargo will be lifted once inspectors are admitted.                        | concession
            The governor agreed to meet the strikers.                                       |
            Rents have been cut across the city.                                            |
            The junior coalition partner swallowed the road toll.                           | concession
            After a week of protests the council gave way on parking fees.                  | concession
            The hospital board will not bargain over night-shift staffing.                  | concession
            The two boards will negotiate on Friday.                                        |
            The levy will be phased in over three years.                                    | concession
            The mayor called the free bus passes a gesture to pensioners.                   | concession
            The council said the noise limits were not optional.                            | concession
            Evening classes are optional for first-year students.                           |
            The tax office granted an exemption for family-run bakeries.                   | concession
            Small clinics will be exempted from the new reporting rules.                    | concession
            The mayor left the door open to a smaller fare rise.                            | concession
            The landlord kept the door ajar for a rent cut.                                 | concession
            Please close the door when you leave the room.                                  |
            The port made an offer of two extra berths to the ferry line.                   | concession
            The nurses' union said the bonus was not enough.                                | concession
            The bonus was paid in March.                                                    |
            # legality disputed; funding questions left open
            Farmers' groups say the water levy is unlawful.                                 | skepticism
            The governor called the transit tax unconstitutional and vowed to sue.          | skepticism
            It is illegal to fish in the reservoir after dark.                              |
            Illegal logging has cleared a fifth of the valley.                              |
            The mayor did not say how the new bus routes would be paid for.                 | skepticism
            Nobody has explained who will fund the extra teachers.                          | skepticism
            The board has not said where the money for the dykes will come from.            | skepticism
            The minister explained how the grants would be paid.                            |
            The board has not said whether it will meet on Friday.                          |
            # sarcasm, questions and arithmetic are not conditions
            So forgive us if we keep the picket signs in the van.                           | skepticism
            Forgive me if I wait to see the first cheque.                                   | skepticism
            Parents are asking who should pay for the new school buses.                     |
            Nobody has agreed on how long the curfew should last.                           |
            The council should resign over the housing scandal.                             | condition
            Changing the charter requires 40 votes in the 60-seat assembly.                 |
            Changing the charter requires a two-thirds majority.                            |
            The bill requires landlords to register every flat.                             | condition
            If that is true, the ministry has hidden the bill for two years.                |
            If the dockers strike, the port will close for a week.                          | condition
            # refusals and offers in other words
            A spokesman said a longer lease was out of the question.                        | concession
            Tenants on the estate say they will stay put.                                   | concession
            The finance minister declined to take the bait.                                 | concession
            The anglers took the bait at dawn.                                              |
            The builders tabled a counter-offer on Monday.                                  | concession
            # what one side gives for what it gets, settling for less, giving way
            The miners will work weekends in return for a shorter shift.                    | concession;condition
            The ferry firm cut its fares in exchange for a ten-year licence.                | concession;condition
            Half a bridge is better than no bridge, the villagers say.                      | concession
            A late harvest is better than nothing.                                          | concession
            The growers say they could live with a shorter season.                          | concession
            The growers say they cannot live with a shorter season.                         | concession
            The board agreed to talk to the tenants next week.                              |
            The families learned to live with the noise.                                    |
            The tenants lowered their request to a two-year freeze.                         | concession
            The two delegations agreed on most chapters of the text.                        |
            The airline refused to restore the cancelled routes.                            | concession
            The airline declined to comment on the cancelled routes.                        |
            The ministry refused to say when the report would be published.                 |
            The club called its first figure an opening bid.                                | concession
            Small importers get a six-month grace period.                                   | concession
            The rebels are prepared to march on the capital.                                |
            The nurses returned the favour in kind.                                         |
            # a demand that the other side give something up; literal gestures, lines and land concessions
            The tenants want the rent rise suspended until an inspector has visited.         | concession
            The growers demanded that the levy be frozen for a year.                        | concession;condition
            The farmers will block the road unless the quota is narrowed to one region.     | concession;condition
            The pilots asked for the new rosters to be put back a month.                    | concession
            The pilots wanted the new rosters printed in colour.                            |
            The guide was gesturing at the old walls.                                       |
            The mayor made a gesture to the tenants.                                        | concession
            Timber concessions cover half the valley.                                       |
            The truce has held along the front line for a month.                            |
            The union held the line on overtime.                                            | concession
            # an open question whether a side will yield; a call or demand turned down
            The union has not said whether it would accept a pay freeze.                    |
            Nobody knows whether the growers could live with a shorter season.              |
            The union said it would accept a pay freeze.                                    | concession
            The governor rejected calls to pardon the strikers.                             | concession
            The chairman resisted requests for a second audit.                              | concession
            # a bond's yield is no yielding; looking back on one's own forecast doubts no claim
            The ten-year yield has climbed to 7 percent since March.                        |
            The union refused to yield on pensions.                                         | concession
            "We were too optimistic about the first year," the builder said.                |
            Economists say the growth forecast is far too rosy.                             | skepticism
            # "insisted on Tuesday that" names a day; "they want us to believe" is sarcasm, no demand
            The minister insisted on Tuesday that the rules were fair.                      |
            The union insisted on a written guarantee.                                      | condition
            "Now they want us to trust the same inspectors," the farmer said.              |
            The council wants the ministry to publish the audit.                            | condition
            """)
    void coreLabels(String sentence, String labels) {
        Set<String> want = labels == null ? Set.of()
                : Arrays.stream(labels.split(";")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, StanceLabelerTest.core(sentence), () -> sentence + " -> " + StanceLabelerTest.LABELER.labels(sentence));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The landlords have not given an inch on rents.                                  | refused
            The owners said they were done negotiating.                                     | refused
            The union is no longer demanding a four-day week.                               | made
            The junior coalition partner swallowed the road toll.                           | made
            After a week of protests the council gave way on parking fees.                  | made
            The hospital board will not bargain over night-shift staffing.                  | refused
            The council said the noise limits were not optional.                            | refused
            The mayor left the door open to a smaller fare rise.                            | offered
            A spokesman said a longer lease was out of the question.                        | refused
            The finance minister declined to take the bait.                                 | refused
            The builders tabled a counter-offer on Monday.                                  | offered
            The airline refused to restore the cancelled routes.                            | refused
            The club called its first figure an opening bid.                                | offered
            A late harvest is better than nothing.                                          | made
            The growers say they cannot live with a shorter season.                         | refused
            The growers demanded that the levy be frozen for a year.                        | demanded
            The governor rejected calls to pardon the strikers.                             | refused
            """)
    void concessionDirection(String sentence, String direction) {
        assertEquals(direction, StanceLabelerTest.tag(sentence, "concession").direction(),
                () -> sentence + " -> " + StanceLabelerTest.LABELER.labels(sentence));
    }
}
