package org.framelens.extract.voice;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Speaker attribution for the families of misses measured on text nobody had seen: bodies named
 * by one word or described by a noun ("the group" for a rights group named earlier), sources in
 * relative clauses ("an official who asked not to be named said"), verbs joined to an earlier
 * one ("… and says"), passives and actions that are no statement ("is written into law",
 * "voted to reject"), inverted and parenthetical sources with a name in apposition, pull quotes
 * in headings, and one person out of a group. Articles written for these tests. Each line is
 * {@code speaker | attribution | type || sentence} (type optional); a leading {@code +}
 * continues the paragraph; the first line is the headline.
 */
class VoiceFamiliesTest {
    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("one capitalised word that is no person's name is a body", """
                        OUTLET | narrator || Border talks resume in Geneva
                        Ostravia | reported | organization || Ostravia said on Monday it would reopen two crossings.
                        Dalmen | reported | organization || Dalmen insists the crossings stay shut until the census is done.
                        Petra Holm | reported | person || Its envoy, Petra Holm, told reporters the census would take a year.
                        Petra Holm | reported | person || Dalmen, she claimed, had never blocked a single lorry.
                        """),
                Arguments.of("a name described by a noun is an organization, and the noun points back to it", """
                        OUTLET | narrator || Smelter licence renewed
                        Clear Water Watch | reported | organization || Clear Water Watch, the environmental group that sued over the spill in 2021, said the checks were too weak.
                        Clear Water Watch | reported | organization || The group said it would appeal.
                        Hollin Metals | reported | organization || The mining company Hollin Metals said output would rise.
                        Hollin Metals | reported | organization || The firm added that 200 jobs were safe.
                        """),
                Arguments.of("a firm named in full once, then by its first word or as 'the company'", """
                        OUTLET | narrator || Shipyard order cut
                        OUTLET | narrator || The navy cut its order with Halvard Marine Systems to six patrol boats.
                        Halvard Marine Systems | reported | organization || Halvard, which builds the boats at Tarne, warned that 300 jobs were at risk.
                        Halvard Marine Systems | reported | organization || The company said it would appeal to the defence committee.
                        """),
                Arguments.of("a union named by another noun of its kind", """
                        OUTLET | narrator || Bus drivers weigh offer
                        OUTLET | narrator || The offer was sent to the Regional Drivers' Association on Friday.
                        Regional Drivers' Association | reported || The union representing the city's bus drivers says it will put the offer to a ballot.
                        """),
                Arguments.of("'the union' is a named federation before a named association", """
                        OUTLET | narrator || Nurses weigh pay offer
                        OUTLET | narrator || The Hospital Employers Association tabled the offer to the Coastal Nurses Federation on Monday.
                        Coastal Nurses Federation | reported || The union representing the region's nurses says it will ballot its members.
                        """),
                Arguments.of("a source in a relative clause of its own", """
                        OUTLET | narrator || Canal deal close
                        A port official | reported || A port official who asked not to be named said the fees would be halved.
                        OUTLET | narrator || The levy was set by a board that spent a year arguing about it.
                        a shipping executive | reported || The schedule slips every winter, a shipping executive who asked not to be identified conceded.
                        """),
                Arguments.of("a verb joined to an earlier one takes its subject", """
                        OUTLET | narrator || Port authority drops dredging plan
                        Harbour Board | reported || The Harbour Board has shelved its dredging plan for a second year, and says the channel is deep enough.
                        Mina Okafor | reported || Mina Okafor, the board's chair, visited the quay on Monday but stressed that no decision was final.
                        """),
                Arguments.of("passives, votes and additions are no statements", """
                        OUTLET | narrator || Fishing quota vote
                        OUTLET | narrator || Crews at Tullan voted on Sunday to reject the quota deal.
                        OUTLET | narrator || The compensation will be written into the budget in May.
                        OUTLET | narrator || The ministry has added a review clause for 2030.
                        OUTLET | narrator || Few economists think the sums add up.
                        """),
                Arguments.of("an inverted or parenthetical source with a name in apposition", """
                        OUTLET | narrator || Rail strike looms
                        Arne Dahl | direct || "We will not run a single train," said the union's general secretary, Arne Dahl.
                        Lucia Ferri | reported || Without a deal, argues Lucia Ferri, a transport economist at Turin, the freight lines will lose a third of their customers.
                        Lucia Ferri | direct || She has spoken of it before, warning of "a lost decade" for the railways.
                        """),
                Arguments.of("a heading that repeats a quotation of the text is the quoted speaker's", """
                        OUTLET | narrator || Mayor signs housing pact
                        Teodor Vass | direct || 'Nobody gets evicted this winter'
                        Teodor Vass | direct || "Nobody gets evicted this winter, whatever the courts say," Mayor Teodor Vass told the council.
                        """),
                Arguments.of("one person of a group", """
                        Donors | reported || Donors pledge aid
                        one of the donors | reported | person || The fund will open in June, one of the donors said.
                        OUTLET | narrator || The Green League has five seats in the assembly.
                        a Green League deputy | reported | person || One of its deputies admitted that the party was split.
                        a Green League deputy | direct | person || "We argue every night," the deputy said.
                        """),
                Arguments.of("the same description again is the same anonymous source", """
                        OUTLET | narrator || Reactor inspections
                        a Nordic diplomat | direct || "They have done this before," said a Nordic diplomat who follows the talks.
                        Alba Moretti | reported || Alba Moretti, the agency's head, said the cameras would return.
                        a Nordic diplomat | direct || "Cameras are not inspectors," says the Nordic diplomat.
                        """),
                Arguments.of("a clause with 'as' or 'where' only qualifies the narrator's sentence", """
                        OUTLET | narrator || Dam deal frays
                        OUTLET | narrator || The river pact was already fraying on Friday, as farmers downstream rejected it and engineers questioned the flow figures.
                        OUTLET | narrator || The sluice at Varn, where the commission believes the leak began, stays closed.
                        """),
                Arguments.of("cues that state a position even when negated or phrasal", """
                        OUTLET | narrator || Strike law looms
                        Ida Rowe | reported || Premier Ida Rowe has not ruled out emergency legislation.
                        Ida Rowe | reported || She brushed off the warnings from the unions.
                        Omar Sall | reported || Omar Sall, a hydrologist at the polytechnic, calculates that the lake would take nine years to refill.
                        Omar Sall | direct || "It is a slow lake," Sall said of the reservoir.
                        """),
                Arguments.of("a country's government, and a full title", """
                        OUTLET | narrator || Tariff row
                        OUTLET | narrator || Velmora has taxed imported steel since 2019.
                        Velmora | reported | organization || Its government denies that the tariff breaks trade rules.
                        OUTLET | narrator || Prime Minister Hana Kroll and Trade Minister Ivo Maric met on Monday.
                        Ivo Maric | reported || Ivo Maric said the tariff would stay.
                        Hana Kroll | reported || The prime minister will argue that the tariff protects jobs.
                        """),
                Arguments.of("'it' after a sentence whose subject is a body", """
                        OUTLET | narrator || Turbine maker retreats
                        OUTLET | narrator || Nordvik Turbines lobbied for a larger order for months.
                        Nordvik Turbines | direct | organization || On Monday it said in a statement that it would "accept the smaller contract".
                        """),
                Arguments.of("a short sentence that is all quotation, and single quotes over paragraphs", """
                        OUTLET | narrator || Union sets terms
                        Rosa Lind | direct || "Scrap the bill, then we talk," Rosa Lind said.
                        Rosa Lind | direct || "Not sooner."
                        Tomas Eng | direct || ‘The levy stays,’ said Tomas Eng, the city treasurer.
                        Tomas Eng | direct || +‘We need every cent of it.
                        Tomas Eng | direct || ‘Nobody likes it, but the buses must run.’
                        """),
                Arguments.of("a heading labelled with a body's noun or a described person's noun", """
                        OUTLET | narrator || Ferry crews walk out as union rejects offer
                        Harbour Crews Union | reported || The Harbour Crews Union said the strike would last a week.
                        Harbour Crews Union | direct || Union: ‘We Were Given No Choice’
                        Pavel Dost | reported || Pavel Dost, Mira's father, said the family had waited a year.
                        Pavel Dost | direct || Father: ‘We Stopped Believing Them’
                        OUTLET | narrator || The talks resume in Oslo next week.
                        """),
                Arguments.of("a mood the narrator sums up, and a thing of a person's, are no sources", """
                        OUTLET | narrator || Budget gamble
                        Lea Brandt | reported || Finance Minister Lea Brandt said the deficit would close by 2027.
                        OUTLET | narrator || Few traders in the capital believe the forecast.
                        OUTLET | narrator || The minister sounded calmer than her memos suggest.
                        Lea Brandt's aides | reported | group || Her aides insist the numbers are sound.
                        """),
                Arguments.of("speaker types for communities, irregular plurals and bodies 'of' their members", """
                        OUTLET | narrator || Quarry permit contested
                        Tarn valley community | reported | group || The Tarn valley community says blasting has cracked its wells.
                        Quarrymen | reported | group || Quarrymen insist the cracks are decades old.
                        Federation of Valley Workers | reported | organization || The Federation of Valley Workers said it would back the permit.
                        """),
                Arguments.of("a sentence that opens with a pronoun nothing points to still reports someone", """
                        OUTLET | narrator || Water talks
                        OUTLET | narrator || The growers' demands are set out in a letter seen by this newspaper.
                        UNKNOWN | reported | unknown || It insists on a seat on the monitoring board.
                        """),
                Arguments.of("a bare title in a heading is the person the article gives it", """
                        Jonas Lind | reported || Minister vows tolls will start in May
                        Jonas Lind | reported || Transport Minister Jonas Lind said the tolls would start in May.
                        Ana Berg | reported || The mayor, Ana Berg, said the city had not been asked.
                        """),
                Arguments.of("an abbreviated title with its period keeps the name after it", """
                        OUTLET | narrator || Ferry fares to rise
                        Tomas Orvik | reported | person || Transport Minister Tomas Orvik said fares would rise by a tenth.
                        Helga Brunn | direct | person || "Nobody on the islands can pay that," said Dr. Helga Brunn, who chairs the Island Travel Forum.
                        Helga Brunn | direct | person || "It is a tax on distance," she said.
                        Piet Sande | direct | person || "The ferries lose money every winter," argued Prof. Piet Sande of the Northern Transport Institute.
                        Piet Sande | reported | person || He added that the state had never covered the losses.
                        """),
                Arguments.of("a noun the codebook does not list points back to the body named with it", """
                        OUTLET | narrator || Quarry extension approved
                        OUTLET | narrator || Planners approved the extension sought by Dunvale Quarry on Friday.
                        Dunvale Quarry | reported | organization || The quarry says the extension will keep 80 jobs for a decade.
                        Dunvale Quarry | reported | organization || The quarry claims that dust will fall by half.
                        Dunvale Quarry | reported | organization || Blasting will stop at six in the evening, the quarry said.
                        OUTLET | narrator || The quarry plan runs to 400 pages.
                        """),
                Arguments.of("a sentence that opens with a clause the narrator talks about has no source there", """
                        OUTLET | narrator || Ferry crews hold out
                        OUTLET | narrator || What the crews want
                        OUTLET | narrator || What the operator has not offered is the one thing the crews asked for.
                        OUTLET | narrator || Whether Ms. Ada Lund is willing to sign anything remains unclear.
                        OUTLET | narrator || With the crews insisting on a rota and the operator offering cash, no deal is near.
                        Ada Lund | reported || Without a rota, argues Ada Lund, the operator's director, the ferries cannot sail.
                        """),
                Arguments.of("an estimate in the present tense is reported", """
                        OUTLET | narrator || Bridge repairs to cost more
                        roads agency | reported || The roads agency estimates that the repairs will take two years.
                        Analysts at Fellgate Research | reported || Analysts at Fellgate Research estimate the closure will cost shops 30 million a year.
                        OUTLET | narrator || The estimates were published on Monday.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void attributesLikeTheCodingGuide(String name, String spec) {
        VoiceSpec.assertVoices(name, spec);
    }
}
