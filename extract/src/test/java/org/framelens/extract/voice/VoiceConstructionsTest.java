package org.framelens.extract.voice;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Speaker attribution for constructions beyond the basic ones of {@link RuleVoiceTaggerTest}:
 * reporting verbs inside relative clauses, names in apposition to a description, wishes that a
 * plain reporting verb outranks, headings that name their speaker before a colon, title-and-name
 * phrases with "of", and the newer reporting cues. Articles written for these tests; same line
 * format as {@link RuleVoiceTaggerTest} ({@code speaker | attribution || sentence}, a leading
 * {@code +} continues the paragraph).
 */
class VoiceConstructionsTest {
    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("a reporting verb in a relative clause leaves the sentence with the narrator", """
                        OUTLET | narrator || The council approved the harbour budget on Tuesday.
                        OUTLET | narrator || The plan trims spending by $20 million, which treasurer Omar Diallo said would close most of the gap.
                        OUTLET | narrator || The vote moves to March, a delay the port authority had requested.
                        Omar Diallo | reported || Diallo said the harbour would still need a loan.
                        """),
                Arguments.of("a name in apposition to a description names the source", """
                        OUTLET | narrator || The fishing quota was cut again this spring.
                        Lena Novak | reported || A veteran skipper, 54-year-old Lena Novak, said the quota had emptied the harbour.
                        Harbour Trust | reported || The region's oldest conservation charity, the Harbour Trust, has warned against new dredging.
                        Karl Weiss | reported || The talks stalled on Friday, according to the mediator from Geneva, Karl Weiss.
                        Ana Ruiz | reported || Ana Ruiz, head of the Dockers Guild, which represents 3,000 workers, warned that ports would close.
                        """),
                Arguments.of("a plain reporting verb outranks a wish; an aim is no statement", """
                        OUTLET | narrator || Grain prices rose for a third week.
                        a senior official | reported || The ministry is also seeking a loan guarantee, a senior official said.
                        OUTLET | narrator || Mayor Ines Vidal is seeking a second term in the autumn.
                        """),
                Arguments.of("title and name after an 'of' phrase; an opening preposition is no name", """
                        Francesca Bellini | reported || Port of Genoa director Francesca Bellini said cargo volumes had halved.
                        Francesca Bellini | reported || Without new cranes, she said, the terminal would lose its biggest client.
                        """),
                Arguments.of("a phrase cue falls back to the main subject; the speaker stays in focus", """
                        Nadia Haddad | direct || Energy Minister Nadia Haddad put it plainly in an interview with local radio: “The subsidy ends in May.”
                        Nadia Haddad | reported || She also insisted that no household would be cut off.
                        """),
                Arguments.of("newer reporting cues", """
                        Fishermen | reported || Fishermen complained that the quota was set in secret.
                        Senate | reported || The Senate has made clear it will not pass the bill.
                        Smallholders | reported || Smallholders have voiced doubts that the rebate will reach them.
                        """),
                Arguments.of("a one-word label the article names, before a colon, gives the heading its speaker", """
                        Growers | direct || Growers: ‘We Were Never Consulted’
                        OUTLET | narrator || The new water levy takes effect in June.
                        OUTLET | narrator || Growers across the valley have campaigned against it for a year.
                        """),
                Arguments.of("a person's name before a colon with no quotation is the heading's topic", """
                        OUTLET | narrator || Jo Marren: The Quiet Negotiator
                        Jo Marren | reported || Jo Marren, the union's lead negotiator, said talks would resume on Monday.
                        """),
                Arguments.of("a quoted word that modifies the next noun is a scare quote", """
                        OUTLET | narrator || Drivers were sold ‘interim’ toll rises twice in a decade.
                        OUTLET | narrator || The regional rail operator raised fares again in January.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void attributesLikeTheCodingGuide(String name, String spec) {
        VoiceSpec.assertVoices(name, spec);
    }
}
