package org.framelens.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.framelens.model.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Structure of small articles written for the purpose: each line below is one paragraph of the
 * article, prefixed by its expected kind (H headline, S subhead, B body, X boilerplate, D a body
 * paragraph opening with a dateline, which becomes a boilerplate block and a body block).
 */
class ShapeStructureTaggerTest {
    private final LineParagraphSegmenter segmenter = new LineParagraphSegmenter();
    private final ShapeStructureTagger tagger = new ShapeStructureTagger();

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("blog scrape with strip, repeated title, teaser, byline and comment prompt", """
                        H|Council Approves Transit Levy After Marathon Session; Opponents Vow Referendum
                        X|Mar 3, 2026 Local Politics City Hall
                        H|Council Approves Transit Levy After Marathon Session; Opponents Vow Referendum
                        X|The city council approved a half-cent transit levy early Tuesday, ending a bitter fight that split the chamber and prompting critics to promis
                        H|Transit Levy Passes, Setting Up a Referendum Fight
                        B|The council voted 7-4 to approve the levy after nine hours of debate.
                        B|"This is the most important vote we will take," said council member Dana Pruitt.
                        S|What Happens Next
                        B|Opponents have 60 days to gather signatures.
                        X|Posted by Metro Desk 2 hours ago
                        X|Share this: Facebook Twitter Email
                        X|Leave a Reply
                        """),
                Arguments.of("wire story: sentence-case headline, dateline inside first paragraph", """
                        H|Budget talks collapse as deadline nears
                        X|By Ana Ortiz and Ben Cho
                        D|WASHINGTON (Wire) — Budget negotiations collapsed on Friday, raising the odds of a shutdown.
                        B|Leaders of both parties blamed each other.
                        X|(Reporting by Ana Ortiz; Editing by Lee Park)
                        """),
                Arguments.of("no headline: the article opens with running text", """
                        B|The union said on Monday it would strike next week.
                        B|Management called the move reckless.
                        S|Talks Resume Thursday
                        B|Both sides will meet again on Thursday.
                        """),
                Arguments.of("kicker above the headline and a time stamp", """
                        X|EXCLUSIVE
                        H|Minister Quits Over Leaked Memo
                        X|Updated 4:15 p.m. ET, Tue March 3, 2026
                        B|The minister resigned on Tuesday after a memo leaked.
                        B|She denied wrongdoing.
                        X|Copyright 2026 Example Media. All rights reserved.
                        """),
                Arguments.of("question subhead and trailing related links", """
                        H|Ceasefire holds for a third day
                        B|The ceasefire held on Sunday despite scattered reports of shelling.
                        S|Will It Last?
                        B|Diplomats were cautious.
                        X|Related Articles
                        X|Subscribe to our newsletter
                        """),
                Arguments.of("datelines of several shapes; only the first paragraph's is split off", """
                        H|Strike talks resume in port city
                        D|MILLBROOK, Mass. — Talks resumed on Monday.
                        B|NATO — and its allies — said nothing.
                        """),
                Arguments.of("agency dateline with a date", """
                        H|Rates held steady
                        D|BERLIN, Jan. 28 (Wirestream) -- The bank held rates.
                        """),
                Arguments.of("a paragraph opening with capitals but no dash is no dateline", """
                        H|Parliament votes on the bill
                        B|NATO officials said the vote mattered.
                        """),
                Arguments.of("list items are running text, not subheads; captions and bios are furniture", """
                        H|Council cuts library hours to close budget gap
                        X|Jo Park
                        B|The council approved the cuts on Tuesday.
                        B|- Closing branch libraries on Mondays
                        B|• Freezing 37 vacant posts
                        X|Smoke rises over the hall on Tuesday. (Photo: Lee Ames/Agency)
                        B|A final vote is set for October.
                        X|Jo Park is a staff writer at the Sentinel, where she covers city hall.
                        """),
                Arguments.of("breadcrumb and newsletter prompts are furniture, body ending in a quote is body", """
                        X|Home / World / Europe
                        H|Fishing Rights Deal Reached in Overnight Talks
                        B|Negotiators reached a deal on fishing quotas overnight.
                        B|"It is a fair outcome," the commissioner said.
                        X|Sign up for our daily briefing
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void classifiesByShape(String name, String spec) {
        List<String> lines = spec.lines().toList();
        String text = String.join("\n", lines.stream().map(l -> l.substring(2)).toList()) + "\n";
        List<Kind> expected = lines.stream().flatMap(l -> l.charAt(0) == 'D'
                ? Stream.of(Kind.BOILERPLATE, Kind.BODY) // a dateline split off the first paragraph
                : Stream.of(kind(l.charAt(0)))).toList();
        List<Block> blocks = tagger.classify(text, segmenter.paragraphs(text));
        List<Kind> got = blocks.stream().map(Block::kind).toList();
        assertEquals(expected, got, () -> name + "\n" + blocks.stream()
                .map(b -> b.kind() + " (" + b.why() + "): " + b.span().of(text)).reduce("", (a, b) -> a + "\n" + b));
    }

    private static Kind kind(char c) {
        return switch (c) {
            case 'H' -> Kind.HEADLINE;
            case 'S' -> Kind.SUBHEAD;
            case 'B' -> Kind.BODY;
            case 'X' -> Kind.BOILERPLATE;
            default -> throw new IllegalArgumentException("bad kind letter " + c);
        };
    }
}
