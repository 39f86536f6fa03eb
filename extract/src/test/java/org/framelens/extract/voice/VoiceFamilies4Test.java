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
                        """),
                Arguments.of("a plain verb before 'of' after its subject, in a heading and in text, is a verb", """
                        Hauliers | reported || Hauliers warn of empty shelves as border checks begin
                        OUTLET | narrator || Customs checks began at the border crossing on Monday.
                        Hauliers | reported || Hauliers said queues stretched for twelve kilometres.
                        Grocers | reported || Grocers warn of shortages of fresh fruit by the weekend.
                        OUTLET | narrator || The warning of delays came too late for many drivers.
                        """),
                Arguments.of("a capitalised cue word inside a name, and 'said little', report nothing", """
                        OUTLET | narrator || Courier arm to be split off
                        OUTLET | narrator || Marlow Parcel Express carries about half of the country's online orders.
                        Ines Raab | reported || Ines Raab, who heads the Shoppers' Voice Association, said the split was overdue.
                        OUTLET | narrator || The Competition Board has said little in public about the timetable.
                        OUTLET | narrator || The parent company has said nothing about job losses.
                        Competition Board | reported | organization || The Competition Board said on Friday that the split must be finished within a year.
                        """),
                Arguments.of("'the minister' and 'Minister' in a heading are a minister before the prime minister", """
                        OUTLET | narrator || Fishing quota row
                        OUTLET | narrator || The quota plan of Prime Minister Lotte van Aken's government is due before parliament next week.
                        OUTLET | narrator || It was drafted by Fisheries Minister Arne Holt.
                        Arne Holt | reported || Holt says the cut is the only way to save the cod.
                        Arne Holt | reported || Minister Refuses to Wait
                        Arne Holt | reported || Holt said on Friday that the plan would not be delayed.
                        Lotte van Aken | reported || Van Aken said talks with the fleets would go on.
                        """),
                Arguments.of("findings, expectations and a named person's doubts are statements; a group's doubts are not", """
                        OUTLET | narrator || Paper mill to close
                        OUTLET | narrator || The paper mill at Dorne will close in June.
                        Harrow Policy Institute | reported || An audit by the Harrow Policy Institute, a research group in the capital, found that the closure would cost 900 jobs.
                        regulator | reported || The regulator found that the mill had dumped waste in the river.
                        OUTLET | narrator || Police found the body of a worker near the river.
                        OUTLET | narrator || Critics doubt that the mill can be sold.
                        Tomas Birk | reported || Tomas Birk, an economist at the university, doubts that a buyer will come forward.
                        OUTLET | narrator || Even the union has doubts.
                        Forecasters | reported || Forecasters expect the river to flood again in spring.
                        OUTLET | narrator || Few in the town expect the mill to reopen.
                        OUTLET | narrator || Expect the row to go on.
                        """),
                Arguments.of("'according to' a body's statement, summary, website or accounts is according to that body", """
                        OUTLET | narrator || Stadium sale agreed
                        OUTLET | narrator || Harbour Athletic, the city's football club, has agreed to sell its stadium.
                        Harbour Athletic | reported | organization || Ridgeway Capital will take a 90 percent stake, according to a statement from the club.
                        Harbour Athletic | reported | organization || The club has about 40,000 members, according to its website.
                        Harbour Athletic | reported | organization || The buyer will pay in three instalments, according to a summary of the terms released by the club.
                        OUTLET | narrator || He also dropped a demand for a seat on the board, according to its website.
                        OUTLET | narrator || Rain will ease on Friday, according to the forecast.
                        """),
                Arguments.of("a heading's plural group that the text writes in lower case speaks in the heading", """
                        Shipping Lines | reported || Shipping Lines Question Toll Rise as Canal Doubles Fees
                        OUTLET | narrator || The canal authority raised its tolls by 18 percent on Monday.
                        Several shipping lines | reported || Several shipping lines said the rise was not justified.
                        OUTLET | narrator || Skippers Warn of Rough Seas
                        OUTLET | narrator || The pilots will work at night from May.
                        """),
                Arguments.of("a lower-case group in a heading after a semicolon", """
                        shipowners | reported || Canal raises tolls; shipowners warn of higher freight costs
                        OUTLET | narrator || The canal authority raised its tolls by 18 percent on Monday.
                        Two shipowners | reported || Two shipowners said the rise would be passed on to customers.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void attributesLikeTheCodingGuide(String name, String spec) {
        VoiceSpec.assertVoices(name, spec);
    }
}
