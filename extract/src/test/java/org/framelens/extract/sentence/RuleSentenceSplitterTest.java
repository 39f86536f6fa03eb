package org.framelens.extract.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.framelens.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven segmentation cases written for the news constructions the splitter must handle.
 * Each row is a paragraph and its expected sentences, separated by {@code " | "} in the table.
 */
class RuleSentenceSplitterTest {
    private final SentenceSplitter splitter = new RuleSentenceSplitter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
        # abbreviations and titles never end a sentence
        title before name	Sen. Maria Lopez voted no. Gov. Tom Reyes signed it.	Sen. Maria Lopez voted no. | Gov. Tom Reyes signed it.
        military ranks	Lt. Col. Anna Berg and Gen. Paul Okafor met on Monday. They agreed.	Lt. Col. Anna Berg and Gen. Paul Okafor met on Monday. | They agreed.
        honorifics	Mr. Hale and Mrs. Hale left. Dr. Imai stayed.	Mr. Hale and Mrs. Hale left. | Dr. Imai stayed.
        middle initial	The award went to Robert J. Ellison of Ohio. He accepted.	The award went to Robert J. Ellison of Ohio. | He accepted.
        two initials	J. R. Tolliver wrote the memo. It leaked.	J. R. Tolliver wrote the memo. | It leaked.
        e.g. and i.e.	Some states, e.g. Ohio, objected. Others, i.e. the rest, did not.	Some states, e.g. Ohio, objected. | Others, i.e. the rest, did not.
        # acronyms: name-like after, sentence after an opener
        U.S. mid-sentence	The U.S. Senate passed the bill. It now goes to the House.	The U.S. Senate passed the bill. | It now goes to the House.
        U.S. sentence-final	Tariffs rose in the U.S. The increase hit farmers.	Tariffs rose in the U.S. | The increase hit farmers.
        U.K. sentence-final then pronoun	Prices fell in the U.K. She called it a relief.	Prices fell in the U.K. | She called it a relief.
        U.N. before organ	The U.N. Security Council met. No vote was held.	The U.N. Security Council met. | No vote was held.
        D.C. final before But	Talks moved to Washington, D.C. But nothing changed.	Talks moved to Washington, D.C. | But nothing changed.
        party-state in parentheses	Rep. Ann Cole (D-Va.) objected. The chair overruled her.	Rep. Ann Cole (D-Va.) objected. | The chair overruled her.
        party-state in commas	"Sen. Jim Ruiz, R-Texas, said the deal was dead. Aides agreed."	"Sen. Jim Ruiz, R-Texas, said the deal was dead. | Aides agreed."
        party-state sentence-final	The bill's sponsor is Rep. Dee Marsh, D-Calif. The vote is Friday.	The bill's sponsor is Rep. Dee Marsh, D-Calif. | The vote is Friday.
        company suffix mid-sentence	Acme Corp. said profits fell. Shares slid.	Acme Corp. said profits fell. | Shares slid.
        # dates and times
        month before day	The vote is set for Jan. 14 in the capital. It may slip.	The vote is set for Jan. 14 in the capital. | It may slip.
        Sept. before day	On Sept. 9 the strike began. It lasted a week.	On Sept. 9 the strike began. | It lasted a week.
        p.m. mid-sentence	The session opens at 3 p.m. on Friday. Doors close early.	The session opens at 3 p.m. on Friday. | Doors close early.
        p.m. before time zone	It starts at 9 a.m. ET and runs late. Bring water.	It starts at 9 a.m. ET and runs late. | Bring water.
        p.m. sentence-final	The polls closed at 8 p.m. Counting began at once.	The polls closed at 8 p.m. | Counting began at once.
        # numbers
        decimals and money	Spending rose 3.2% to $4.5 billion. Debt hit 1,200 billion.	Spending rose 3.2% to $4.5 billion. | Debt hit 1,200 billion.
        No. before number	He was ranked No. 2 in the poll. His rival led.	He was ranked No. 2 in the poll. | His rival led.
        sentence starting with a digit	The count ended late. 42 ballots were rejected.	The count ended late. | 42 ballots were rejected.
        year final	The war began in 2022. Talks stalled.	The war began in 2022. | Talks stalled.
        # ellipses
        ellipsis mid-sentence	We will wait ... and see what they do. Then we decide.	We will wait ... and see what they do. | Then we decide.
        ellipsis final	The minister paused… Then she left.	The minister paused… | Then she left.
        three dots final	"He said the deal was close... Nobody believed him."	"He said the deal was close... | Nobody believed him."
        # quotations
        multi-sentence quote closed by said	“We will not move. This is final. Nobody should doubt it,” she said.	“We will not move. | This is final. | Nobody should doubt it,” she said.
        straight multi-sentence quote	"We are ready. We always were," he said. "The rest is up to them."	"We are ready. | We always were," he said. | "The rest is up to them."
        question quote with lower-case attribution	“Why now?” he asked. Nobody answered.	“Why now?” he asked. | Nobody answered.
        question quote with named attribution	“Is it over?” Smith asked reporters. The room fell silent.	“Is it over?” Smith asked reporters. | The room fell silent.
        exclamation quote	“Enough!” shouted the chairman. The hearing ended.	“Enough!” shouted the chairman. | The hearing ended.
        period quote then new sentence	He called the plan “a disgrace.” The vote went ahead.	He called the plan “a disgrace.” | The vote went ahead.
        period quote then a new sentence by the same speaker	“I doubt it.”  She added, “Ask me in June.”	“I doubt it.” | She added, “Ask me in June.”
        question quote with a titled name	“Why here?” Ms. Reyes asked reporters. They laughed.	“Why here?” Ms. Reyes asked reporters. | They laughed.
        initial P is not a page	The chief, Anna P. Lund, quit. Her deputy stayed.	The chief, Anna P. Lund, quit. | Her deputy stayed.
        page reference	See p. 14 for the table. It is long.	See p. 14 for the table. | It is long.
        Jr. sentence-final	The motion was seconded by Carl Ames Jr. Two members abstained.	The motion was seconded by Carl Ames Jr. | Two members abstained.
        Inc. sentence-final	The contract went to Norland Systems Inc. Town officials approved it.	The contract went to Norland Systems Inc. | Town officials approved it.
        state sentence-final before a name	She lives in Fresno, Calif. Ms. Ortega moved there in 2010.	She lives in Fresno, Calif. | Ms. Ortega moved there in 2010.
        acronym sentence-final before a name	The fund is backed by Japan and the U.K. Canada declined.	The fund is backed by Japan and the U.K. | Canada declined.
        acronym before a title	The U.S. Sen. Jo Park spoke. Nobody left.	The U.S. Sen. Jo Park spoke. | Nobody left.
        street before a quote	They met on Elm St. “It was cold,” he said.	They met on Elm St. | “It was cold,” he said.
        street abbreviation before a name	The parade reached St. Paul by noon. It rained.	The parade reached St. Paul by noon. | It rained.
        initials before a surname	He wrote to Dr. R.K. Yadav on Monday. No reply came.	He wrote to Dr. R.K. Yadav on Monday. | No reply came.
        state initials after a comma end a sentence	The pilot starts in Meerut, U.P. Urea is scarce there.	The pilot starts in Meerut, U.P. | Urea is scarce there.
        currency abbreviation	A bag costs Rs. 266 today. Prices may rise.	A bag costs Rs. 266 today. | Prices may rise.
        address ends a sentence	The vote is at City Hall, 300 W. Grant Ave. Residents may attend.	The vote is at City Hall, 300 W. Grant Ave. | Residents may attend.
        exclamation quote then a new sentence by name	“He does not exist!” Ms. Iyer said the ministry should act.	“He does not exist!” | Ms. Iyer said the ministry should act.
        quote opening a new sentence	The mayor spoke first. “We won,” she said.	The mayor spoke first. | “We won,” she said.
        colon before quote	She said: “The deal is off. We walk.”	She said: “The deal is off. | We walk.”
        single quotes	'We will not sign,' the envoy said. 'Not now.'	'We will not sign,' the envoy said. | 'Not now.'
        quote inside sentence with question	"She asked whether “anyone believes this?” and sat down. Silence."	"She asked whether “anyone believes this?” and sat down. | Silence."
        # brackets, dashes, links
        parenthetical sentence	The board met. (The chair was absent.) A vote followed.	The board met. | (The chair was absent.) | A vote followed.
        link and email	Details are at www.example.org and news@example.com today. Read them.	Details are at www.example.org and news@example.com today. | Read them.
        hyphenated acronym	The U.S.-led coalition held. Critics doubted it.	The U.S.-led coalition held. | Critics doubted it.
        dash after period	He left. — Reporting by staff	He left. — Reporting by staff
        lower-case after period	He cited the Acme Inc. report and left.	He cited the Acme Inc. report and left.
        trailing spaces trimmed	  One sentence here.   Another one.  	One sentence here. | Another one.
        no final punctuation	A heading with no stop	A heading with no stop
        """)
    void splitsLikeAnEditor(String name, String paragraph, String expected) {
        List<Span> spans = splitter.split(paragraph, new Span(0, paragraph.length()));
        List<String> got = spans.stream().map(s -> s.of(paragraph)).toList();
        assertEquals(Arrays.asList(expected.split(" \\| ")), got, name);
    }

    @ParameterizedTest(name = "offsets inside a larger text: {0}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
        prefix and suffix	HEADER\\n	One. Two!	\\nFOOTER
        crlf around	X\\r\\n	First one. Second one?	\\r\\nY
        """)
    void offsetsPointIntoTheWholeText(String name, String before, String paragraph, String after) {
        String b = before.replace("\\n", "\n").replace("\\r", "\r");
        String a = after.replace("\\n", "\n").replace("\\r", "\r");
        String text = b + paragraph + a;
        List<Span> spans = splitter.split(text, new Span(b.length(), b.length() + paragraph.length()));
        assertEquals(2, spans.size());
        for (Span s : spans) {
            assertEquals(s.of(text).strip(), s.of(text), "trimmed");
        }
        assertEquals(b.length(), spans.get(0).start());
        assertEquals(b.length() + paragraph.length(), spans.get(1).end());
    }
}
