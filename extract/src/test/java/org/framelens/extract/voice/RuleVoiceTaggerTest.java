package org.framelens.extract.voice;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Speaker attribution on small articles written for each construction of the coding guide, in
 * varied wordings and domains. Each line of a case is one sentence of the article after a
 * {@code speaker | attribution ||} prefix ({@code OUTLET | narrator} for the narrator); each line is
 * a paragraph of its own unless its text starts with {@code +}, which continues the paragraph.
 */
class RuleVoiceTaggerTest {
    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("attribution after, inside and before a quotation; pronoun", """
                        Maria Lopez | reported || Union negotiator Maria Lopez said on Friday that the strike would go ahead.
                        Maria Lopez | direct || “We have waited long enough,” she said.
                        Maria Lopez | direct || “The offer is an insult,” Lopez told reporters, “and everyone here knows it.”
                        Maria Lopez | direct || She added: “We will not be bullied.”
                        """),
                Arguments.of("multi-sentence quotation attributed at its end", """
                        OUTLET | narrator || Governor Tom Reyes defended the budget on Monday.
                        Tom Reyes | direct || “This plan is balanced.
                        Tom Reyes | direct || +It protects schools.
                        Tom Reyes | direct || +Nobody should pretend otherwise,” the governor said.
                        """),
                Arguments.of("quotation continuing after an attributed sentence", """
                        Ana Berg | direct || "We are not leaving," Ana Berg told the crowd.
                        Ana Berg | direct || +"Not today.
                        Ana Berg | direct || +Not ever."
                        """),
                Arguments.of("inverted attribution with an appositive after", """
                        Jane Doe | direct || “Nobody voted for this,” said Jane Doe, a senator from Ohio.
                        OUTLET | narrator || The vote is set for Thursday.
                        """),
                Arguments.of("appositive between the source and the verb, both ways", """
                        Karl Weiss | reported || Karl Weiss, chief of staff to the chancellor, told lawmakers the deal was off.
                        Lena Fox | reported || The party's chief whip, Lena Fox, insisted the vote would proceed.
                        """),
                Arguments.of("according to, anonymous source, group and capital", """
                        a senior official familiar with the talks | reported || The deadline could slip, according to a senior official familiar with the talks.
                        European diplomats | reported || European diplomats warned that sanctions would follow.
                        Beijing | reported || Beijing has denied any role in the attack.
                        White House | reported || The White House said the president would not attend.
                        """),
                Arguments.of("descriptions and surnames resolve to the full name first introduced", """
                        Dana Whitfield | reported || Senator Dana Whitfield vowed to block the bill.
                        OUTLET | narrator || The bill passed the House last week.
                        Dana Whitfield | reported || The Kentucky Republican argued that it would raise costs.
                        Dana Whitfield | reported || Whitfield also claimed the vote count had been rushed.
                        """),
                Arguments.of("scare quotes are the narrator's, a quoted fragment with a cue is direct", """
                        OUTLET | narrator || The so-called 'reform' package drew crowds to the square.
                        Piet Maas | direct || Piet Maas dismissed the package as “a fraud.”
                        OUTLET | narrator || The minister's ‘compromise’ offer arrived late.
                        """),
                Arguments.of("state of mind and actions stay with the narrator", """
                        OUTLET | narrator || European governments remain wary of the offer.
                        OUTLET | narrator || The ministry offered a deal on Tuesday.
                        OUTLET | narrator || The spokesman did not respond to a request for comment.
                        """),
                Arguments.of("participle takes the main clause subject; hearsay has no source", """
                        Ines Costa | reported || Ines Costa rejected the proposal, saying it ignored nurses.
                        UNKNOWN | reported || The envoys are said to have met twice in secret.
                        """),
                Arguments.of("headline names a speaker the body introduces; a description before the name", """
                        Omar Haddad | reported || Haddad Vows to Veto Tariff Bill
                        Omar Haddad | reported || The country's trade minister has insisted that tariffs will stay.
                        OUTLET | narrator || Omar Haddad flew to Geneva on Tuesday for a final round.
                        """),
                Arguments.of("acronym and definite description of a named organization", """
                        Coastal Workers Union | reported || The Coastal Workers Union announced a walkout on Monday.
                        Coastal Workers Union | reported || The union wants a 9% rise.
                        Coastal Workers Union | direct || The CWU called the offer “a ploy to buy time.”
                        """),
                Arguments.of("an organization name never runs across a line break", """
                        OUTLET | narrator || Pay Talks Collapse
                        OUTLET | narrator || Union members walked out on Monday.
                        union | reported || The union said the strike would continue.
                        """),
                Arguments.of("relatives share a surname but not a name", """
                        Tomas Varga | reported || Tomas Varga, the detained journalist, has denied spying.
                        Eva Varga | reported || His sister, Eva Varga, said the family had lost hope.
                        Eva Varga | direct || “We stopped believing the promises long ago,” she said.
                        """),
                Arguments.of("colon headings with a quotation", """
                        Sara Lind | direct || Lind: ‘We will not sign this deal’
                        Sara Lind | reported || Sara Lind, the finance minister, repeated her refusal on Monday.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void attributesLikeTheCodingGuide(String name, String spec) {
        VoiceSpec.assertVoices(name, spec);
    }
}
