package org.framelens.extract.voice;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Speaker attribution for the third round of families, read from the disagreements of corpora the
 * rules had never been tuned on: a body the article names in full and then by its first word
 * alone ("Corvath" for "Corvath Power Transmission"), and "the company" for it; a quotation
 * credited to no one after a sentence about a named person, or after a colon that ends a
 * sentence about someone ("… gave her terms in one line: “…”"); "put it" and "in the words
 * of" as reporting cues; positions the narrator recounts as past ("wanted", "had refused") and a
 * participle that only modifies a noun ("The offer, announced by …, gives") as no statement; no
 * subject read back across another clause's verb ("The province has withdrawn its call for …"); "she"
 * or "her" for the last woman in focus when the article calls the last person "Mr."; "according
 * to" figures or a document as according to whoever keeps them; and a viewpoint opener ("To Jo
 * Roe, …") as that person's view. Articles
 * written for these tests. Each line is {@code speaker | attribution | type || sentence} (type
 * optional); a leading {@code +} continues the paragraph; the first line is the headline.
 */
class VoiceFamilies3Test {
    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("a body named in full, then by its first word alone", """
                        OUTLET | narrator || Canal dredging contract signed
                        OUTLET | narrator || The port authority signed a dredging contract with Brannock Dredging Partners on Friday.
                        Brannock Dredging Partners | reported | organization || Brannock said the work would start in March.
                        Brannock Dredging Partners | reported | organization || Brannock has told its crews to expect night shifts.
                        Ilona Berec | reported | person || Ilona Berec, the port's director, said the channel would stay open.
                        """),
                Arguments.of("'the company' is the one body the article shortens to its first word", """
                        OUTLET | narrator || Bakery chain closes depots
                        OUTLET | narrator || Oldmere Bread Works will close two depots, leaving 140 drivers without routes.
                        Oldmere Bread Works | reported | organization || Oldmere insists that the price of flour left it no choice.
                        Oldmere Bread Works | reported | organization || The company said the drivers could move to its northern depots.
                        """),
                Arguments.of("a body the article shortens so is an organization, and 'it' points to it", """
                        OUTLET | narrator || Grain quay tariff
                        Aldwyn Grain Terminals | reported | organization || Aldwyn Grain Terminals confirmed the new storage tariff on Friday.
                        Aldwyn Grain Terminals | reported | organization || Storage fees will stay flat for three seasons, it said.
                        OUTLET | narrator || Aldwyn has run the grain quay at Fenholt since 2015.
                        """),
                Arguments.of("a subject is never read across a verb of another clause", """
                        OUTLET | narrator || Ballot row ends
                        OUTLET | narrator || The Brenmoor province has withdrawn its call for a new ballot, in return for observers.
                        OUTLET | narrator || Why did the growers want a longer season?
                        OUTLET | narrator || It is not the timetable the mayor asked for.
                        OUTLET | narrator || The guild has given up a point it once called essential.
                        An official | reported || An official who had requested anonymity said the sluices would open in June.
                        """),
                Arguments.of("'she' and 'her' skip a man the article calls 'Mr.' for the last woman it calls 'Ms.'", """
                        OUTLET | narrator || Dredging row settled
                        Ilona Brask | reported || Ms. Ilona Brask, the port's harbourmaster, said the dredging had been botched.
                        Piet Lunde | reported || Mr. Piet Lunde, the contractor's engineer, said the channel was deep enough.
                        Ilona Brask | reported || After a long meeting on the quay, she conceded that a second survey could wait.
                        Ilona Brask's aides | reported || Her aides insisted the port had lost nothing.
                        Piet Lunde | reported || Mr. Lunde said the survey would be done in spring.
                        Piet Lunde | reported || He added that the dredgers would stay on site.
                        """),
                Arguments.of("'Ms.' says nothing of the sex of another person of the same surname", """
                        OUTLET | narrator || Search for trawler goes on
                        OUTLET | narrator || Ms. Clara Veld has been missing at sea since March.
                        Anton Lisle | reported || Mr. Anton Lisle, the coastguard commander, said the search would go on.
                        OUTLET | narrator || Her brother, Tobias Veld, no longer trusts the coastguard's updates.
                        Tobias Veld | direct || “We have heard ‘any day now’ before,” he said.
                        """),
                Arguments.of("'according to' figures or a document is according to whoever keeps them", """
                        OUTLET | narrator || Flood damage counted
                        Red Lantern Relief | reported | organization || Red Lantern Relief, a charity that runs shelters in the valley, said the water was still rising.
                        Red Lantern Relief | reported | organization || About 3,000 people have left their homes, according to data released by the charity.
                        interior ministry | reported | organization || Roads to six villages are closed, according to interior ministry figures.
                        OUTLET | narrator || The Valley Water Agency has opened two spillways.
                        Valley Water Agency | reported | organization || The river rose by two metres overnight, according to the agency's own records.
                        OUTLET | narrator || Rain will ease on Friday, according to the forecast.
                        """),
                Arguments.of("'To Jo Roe, …' opening a sentence gives it as that person's view", """
                        OUTLET | narrator || Ferry timetable agreed
                        Rhona Baird | reported || To Rhona Baird, the islands' councillor, the winter timetable is a first step and no more.
                        OUTLET | narrator || To be fair to the operator, the boats are old.
                        OUTLET | narrator || To the north, the crossing is rougher.
                        """),
                Arguments.of("a word before a longer name in a Title Case heading, or two longer names, is no short form", """
                        OUTLET | narrator || Kelmar Wins Reprieve As Rivals Wait
                        Kelmar | reported | organization || Kelmar said on Tuesday that the lease would be renewed.
                        OUTLET | narrator || Ships of Pellow Sea Freight and of Pellow Tanker Lines share the quay.
                        Pellow | reported | organization || Pellow says the quay is too short for both.
                        """),
                Arguments.of("a person's first name is not the short form of the full name", """
                        OUTLET | narrator || Orchestra finds new home
                        Ruth Aldane | reported || Ruth Aldane, the orchestra's manager, said the lease ran for ten years.
                        Ruth Aldane | reported || Aldane added that rehearsals would begin in May.
                        """),
                Arguments.of("a quotation no one is credited with, after a sentence about a named person, is theirs", """
                        Growers | reported || Growers reject grain offer
                        OUTLET | narrator || Tomas Ekdal, who chairs the growers' cooperative, was scathing about the offer.
                        Tomas Ekdal | direct || “We will not sell at that price.
                        Tomas Ekdal | direct || + Not this year, and not next year.”
                        OUTLET | narrator || The offer was published on Monday.
                        UNKNOWN | direct || “It is a fair price for a poor harvest.”
                        """),
                Arguments.of("a colon after the subject introduces that subject's quotation", """
                        OUTLET | narrator || Ferry crews set terms
                        Lena Ostby | direct || Lena Ostby, who represents the crews, gave their terms in one line: “Pay the overtime, and the boats sail.”
                        OUTLET | narrator || The crossings resumed on Friday.
                        UNKNOWN | direct || The slogan on the banners was longer: “Pay the crews what the crossings are worth.”
                        """),
                Arguments.of("'put it' and 'in the words of' report words; 'put it on hold' is an action", """
                        OUTLET | narrator || Silo plan stalls
                        Marta Juhl | direct || Marta Juhl, a grain trader in Arnhold, put it more plainly: “The price is a fantasy.”
                        OUTLET | narrator || The district council put it on hold until the spring.
                        one trader | direct || Whether the silo opens in May is, as one trader put it, “a coin toss at best, and a loaded coin.”
                        Pia Lund | direct || The deal is, in the words of Pia Lund of the farmers' union, “a floor, not a ceiling.”
                        """),
                Arguments.of("a position the narrator recounts as past, and a participle modifying a noun, are no statements", """
                        OUTLET | narrator || Dock pay deal
                        OUTLET | narrator || Three of the port operators wanted a one-year freeze instead.
                        OUTLET | narrator || The Harbour Pilots Union had refused any rise below 5% until Friday.
                        Harbour Pilots Union | reported || The Harbour Pilots Union has refused to give way on the night shifts.
                        Harbour Pilots Union | reported || The union wants the night shifts paid at double time.
                        OUTLET | narrator || The settlement, announced by the mediator Jo Farr on Monday, gives pilots a 6% rise.
                        Jo Farr | reported || The settlement was announced by Jo Farr, the mediator.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void attributesLikeTheCodingGuide(String name, String spec) {
        VoiceSpec.assertVoices(name, spec);
    }
}
