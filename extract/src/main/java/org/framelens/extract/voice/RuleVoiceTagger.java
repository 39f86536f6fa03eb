package org.framelens.extract.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.ReportingCue;
import org.framelens.extract.tag.PreparedSentence;
import org.framelens.extract.tag.VoiceTagger;
import org.framelens.extract.text.QuotedModifier;
import org.framelens.extract.text.Token;
import org.framelens.extract.text.WordSet;
import org.framelens.model.Article;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.framelens.model.SpeakerType;
import org.framelens.model.Voice;
import org.framelens.model.Words;

/**
 * Speaker attribution by rules, as {@code ANNOTATION.md} defines it.
 *
 * <ol>
 *   <li>Quotations are found across the article ({@link Quotes}); a quotation of one to three
 *       words in a sentence that reports no one is a scare quote, not a quotation, unless it is
 *       the whole sentence ({@code “Not yet.”}).</li>
 *   <li>In each sentence, the codebook's reporting cues outside quotations are found
 *       ({@link CueFinder}); the first one whose source resolves to a speaker decides the
 *       attribution (the main clause usually comes first). The source is the verb's subject —
 *       walking back over auxiliaries and adverbs, past an appositive
 *       ({@code Jane Roe, the union's negotiator, told}) — or follows it when inverted
 *       ({@code “…,” said Jane Roe}, {@code said the union's head, Jane Roe}, or set between
 *       commas: {@code …, argues Jane Roe, …}), after {@code according to} or a passive
 *       {@code by}; a participle after a comma ({@code …, saying that}) and a verb joined by
 *       {@code and} / {@code but} take the main clause's subject; a relative clause's verb
 *       phrase ({@code an official who asked not to be named said}) is skipped for the noun it
 *       follows. Cues that state nothing are passed over: passives with no agent, votes,
 *       {@code add} / {@code write} with an object, cues in clauses that only qualify the
 *       narrator's sentence ({@code which …}, {@code …, as …}, {@code …, where …}), and a mood
 *       the narrator sums up ({@code few believe …}).</li>
 *   <li>The source is resolved to a canonical speaker ({@link Speakers}): full names as first
 *       introduced, pronouns and descriptions to the person in focus, places and aliases to their
 *       institutions, groups by their description.</li>
 *   <li>A quotation that runs over several sentences belongs to the speaker its attribution names,
 *       wherever in the run that attribution stands; a quotation with no attribution of its own
 *       belongs to the speaker of the sentence just before it, when that one was attributed, or
 *       to the named person that sentence is about ({@code Jo Roe was blunt.} then
 *       {@code “…”}); a colon ending a sentence about someone introduces their quotation
 *       ({@code Jo Roe gave her terms in one line: “…”}).</li>
 *   <li>A heading left with the narrator that repeats a quotation of the running text (a pull
 *       quote) belongs to that quotation's speaker.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe: per-article state lives in the call.
 */
public final class RuleVoiceTagger implements VoiceTagger {
    private static final int SCARE_QUOTE_MAX_WORDS = 3;
    /** The longest appositive walked over between a subject and its verb, in tokens. */
    private static final int APPOSITIVE_WORDS = 32;
    private static final Set<String> INTRO_WORDS = WordSet.of(
            "in", "on", "at", "despite", "after", "before", "while", "however", "meanwhile", "earlier", "later",
            "also", "but", "and", "yet", "still", "separately", "crucially", "for", "with", "during", "following",
            "under", "amid", "according", "asked", "speaking", "turning", "adding", "as", "since", "when", "if",
            "unlike", "like", "instead", "by", "from", "over", "last", "this", "next", "on", "moreover", "indeed",
            "without", "through", "beyond", "once", "until", "unless", "although", "though", "because", "whatever");

    /** Subjects that make a belief the narrator's summary of a mood, not anyone's statement. */
    private static final Set<String> FEW = WordSet.of("few", "fewer", "nobody", "no", "none", "almost", "hardly", "scarcely");
    /** Cues that state a wish or belief rather than report words: a plain reporting verb outranks them. */
    private static final Set<String> WEAK_CUES = WordSet.of("want", "seek", "believe", "suggest", "expect", "doubt", "suspect");
    /**
     * Doubt and suspicion: a named person's or body's view ("Jo Roe doubts the figures"), but the
     * narrator's summary of a mood when a whole group holds it ("Critics doubt that …").
     */
    private static final Set<String> NAMED_ONLY = WordSet.of("doubt", "suspect");
    /** Words before "doubts" that make it a noun ("has doubts", "no doubts"). */
    private static final Set<String> HAVE_FORMS = WordSet.of("has", "have", "had", "having", "no", "any", "own", "real");
    /** Object relatives: "which the director said would …", "whom officials described as …". */
    private static final Set<String> RELATIVES = WordSet.of("which", "whom");
    private static final Set<String> INNER_DETERMINERS = WordSet.of("the", "its", "their", "his", "her", "a", "an");
    private static final Set<String> PREPOSITIONS = WordSet.of(
            "of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "over", "under", "into", "between",
            "among", "against", "within", "without", "across", "behind", "beyond", "during", "through", "toward",
            "towards", "upon", "after", "before", "around", "near");

    /** Lower-case words inside names ("Port of Spain", "Ludwig van Beethoven"). */
    private static final Set<String> NAME_JOINERS = WordSet.of("of", "and", "for", "the", "de", "van", "von", "der", "da", "al", "bin", "la", "le", "du", "del", "di");

    private final Codebook codebook;
    private final CueFinder cues;
    /**
     * The compiled name patterns of "the union"-style descriptions, by head noun, shared by every
     * article: compiling one per lookup was a large part of the stage's time. Bounded by the
     * codebook's speaker nouns; safe for concurrent use.
     */
    private final Speakers.OrganizationNames organizationNames = new Speakers.OrganizationNames();

    /** @param codebook the codebook whose reporting cues, speaker nouns, aliases and places to use */
    public RuleVoiceTagger(Codebook codebook) {
        this.codebook = codebook;
        this.cues = new CueFinder(codebook.reportingCues(), codebook.speakerNouns().keySet());
    }

    /** What the first pass found in one sentence. */
    private record Found(Speakers.Resolved speaker, ReportingCue cue, String evidence, boolean quoted,
                         boolean scare, Speakers.Resolved subject, boolean opensWithQuote) {
    }

    @Override
    public List<Voice> voices(Article article, List<Sentence> sentences) {
        List<PreparedSentence> prepared = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            prepared.add(new PreparedSentence(article.text(), s));
        }
        return voicesOf(article, prepared);
    }

    @Override
    public List<Voice> voicesOf(Article article, List<PreparedSentence> prepared) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>(prepared.size());
        for (PreparedSentence p : prepared) {
            sentences.add(p.sentence());
        }
        Quotes quotes = Quotes.find(text, sentences);
        Speakers speakers = new Speakers(codebook, text, organizationNames);
        List<Found> found = new ArrayList<>(sentences.size());
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            found.add(null);
            tokens.add(titleDotsJoined(prepared.get(k).tokens())); // cut once per sentence, for both passes
            speakers.sentence(s.index(), false);
            List<Token> t = tokens.get(tokens.size() - 1);
            if (s.kind() == Kind.BODY) {
                speakers.noteNames(t, insideQuotes(t, quotes));
            } else if (s.kind() == Kind.BOILERPLATE) {
                // a photo caption names people with their titles ("Economy Minister Jo Roe at …"),
                // which "the minister" in the text may point to
                speakers.noteTitledNames(t, insideQuotes(t, quotes));
            }
        }
        // running text first, headings last: a heading names its speaker by a name the body introduces
        for (boolean headings : new boolean[] {false, true}) {
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                boolean heading = s.kind() == Kind.HEADLINE || s.kind() == Kind.SUBHEAD;
                if (s.kind() != Kind.BOILERPLATE && heading == headings) {
                    speakers.sentence(i, heading);
                    found.set(i, firstPass(text, s, tokens.get(i), quotes, speakers));
                }
            }
        }
        // a description before the name ("the country's trade minister has insisted …", then the
        // minister's name): the person introduced in the next two sentences
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f != null && f.speaker() != null && f.speaker().how().startsWith(Speakers.PENDING)) {
                Speakers.Resolved next = speakers.introducedAfter(i, 2);
                if (next != null) {
                    found.set(i, new Found(new Speakers.Resolved(next.name(), next.type(), f.speaker().how() + " \u2192 "
                            + next.name()), f.cue(), f.evidence() + " \u2192 " + next.name(), f.quoted(), f.scare(),
                            f.subject(), f.opensWithQuote()));
                }
            }
        }
        // quotation runs: sentences joined by a quotation crossing the boundary between them
        int[] run = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            run[i] = i > 0 && quotes.crosses(sentences.get(i - 1).end(), sentences.get(i).start()) ? run[i - 1] : i;
        }
        List<Voice> out = new ArrayList<>(sentences.size());
        Found[] assigned = new Found[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Found f = found.get(i);
            if (f == null) {
                out.add(Voice.NARRATOR);
                continue;
            }
            Found source = f.speaker() != null ? f : null;
            String how = f.evidence();
            if (source == null && f.quoted()) {
                source = runSource(found, run, i);
                if (source != null) {
                    how = "quotation attributed in the same run: " + source.evidence();
                } else if (i > 0 && assigned[i - 1] != null && sentences.get(i).kind() == Kind.BODY
                        && sentences.get(i).paragraph() - sentences.get(i - 1).paragraph() <= 1) {
                    source = assigned[i - 1];
                    how = "quotation after an attributed sentence: " + source.evidence();
                } else if (i > 0 && f.opensWithQuote() && found.get(i - 1) != null && found.get(i - 1).speaker() == null
                        && found.get(i - 1).subject() != null && sentences.get(i).kind() == Kind.BODY
                        && sentences.get(i - 1).kind() == Kind.BODY
                        && sentences.get(i).paragraph() - sentences.get(i - 1).paragraph() <= 1) {
                    // "Jo Roe, who chairs the growers, was scathing." then "“We are done waiting.”": a
                    // quotation no one is credited with, after a sentence about a named person, is theirs
                    Found before = found.get(i - 1);
                    source = new Found(before.subject(), QUOTE_LABEL_CUE, "the sentence before is about " + before.subject().name(),
                            true, false, null, false);
                    how = "quotation after a sentence about its speaker: " + before.subject().how();
                }
            }
            assigned[i] = source;
            boolean heading = sentences.get(i).kind() == Kind.HEADLINE || sentences.get(i).kind() == Kind.SUBHEAD;
            if (source == null && heading) {
                out.add(Voice.NARRATOR); // an unattributed pull quote in a heading is the outlet's choice
                continue;
            }
            if (source == null) {
                out.add(f.quoted()
                        ? new Voice(Voice.UNKNOWN, SpeakerType.UNKNOWN, Attribution.DIRECT, "", "quotation with no attribution")
                        : Voice.NARRATOR);
                continue;
            }
            String name = source.speaker().type() == SpeakerType.PERSON
                    ? speakers.finalName(source.speaker().name()) : source.speaker().name();
            out.add(new Voice(name, source.speaker().type(), f.quoted() ? Attribution.DIRECT : Attribution.REPORTED,
                    source.cue().lemma(), how));
        }
        pullQuotes(text, sentences, quotes, out);
        return out;
    }

    /**
     * A heading that repeats a quotation of the running text ("‘We said no weapons’" above the
     * paragraph quoting it) gives that quotation's speaker: a pull quote is the speaker's words,
     * chosen by the outlet. Only headings left with the narrator are changed.
     */
    private static void pullQuotes(String text, List<Sentence> sentences, Quotes quotes, List<Voice> out) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence h = sentences.get(i);
            if (h.kind() != Kind.HEADLINE && h.kind() != Kind.SUBHEAD || out.get(i).attribution() != Attribution.NARRATOR) {
                continue;
            }
            for (Span q : quotes.within(h.span())) {
                String words = letters(q.of(text));
                if (words.split(" ").length < PULL_QUOTE_MIN_WORDS) {
                    continue;
                }
                Voice found = null;
                for (int j = 0; j < sentences.size() && found == null; j++) {
                    Sentence b = sentences.get(j);
                    Voice v = out.get(j);
                    if (b.kind() == Kind.BODY && v.attribution() == Attribution.DIRECT && !v.speaker().equals(Voice.UNKNOWN)) {
                        for (Span bq : quotes.within(b.span())) {
                            if ((" " + letters(bq.of(text)) + " ").contains(" " + words + " ")) {
                                found = v;
                                break;
                            }
                        }
                    }
                }
                if (found != null) {
                    out.set(i, new Voice(found.speaker(), found.type(), Attribution.DIRECT, found.cue(),
                            "pull quote repeated in the text: " + found.evidence()));
                    break;
                }
            }
        }
    }

    private static final int PULL_QUOTE_MIN_WORDS = 3;

    /** Lower-case words separated by single spaces, punctuation dropped, for comparing quotations. */
    private static String letters(String s) {
        String w = s.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ");
        return (" " + w + " ").replaceAll(" '+|'+ ", " ").strip();
    }

    private static Found runSource(List<Found> found, int[] run, int i) {
        for (int j = 0; j < found.size(); j++) {
            if (run[j] == run[i] && found.get(j) != null && found.get(j).speaker() != null && found.get(j).quoted()) {
                return found.get(j);
            }
            if (run[j] > run[i]) {
                break;
            }
        }
        return null;
    }

    private Found firstPass(String text, Sentence s, List<Token> tokens, Quotes quotes, Speakers speakers) {
        boolean[] skip = insideQuotes(tokens, quotes);
        speakers.notePeople(tokens, skip);
        // a sentence opening with a named person puts that person in focus before its pronouns
        // are read: "Speaker Jo Park was blunter: … ,” she said."
        List<Token> opening = mainSubject(tokens, skip);
        if (!opening.isEmpty() && opening.get(0).capitalized() && !Speakers.isPronoun(opening.get(0).lower())) {
            Speakers.Resolved r = speakers.resolve(opening);
            if (r != null && r.type() == SpeakerType.PERSON && r.how().startsWith("name")) {
                speakers.focus(r);
            }
        }
        List<Span> quoted = quotes.within(s.span());
        int quotedWords = 0;
        int longest = 0;
        for (Span q : quoted) {
            int w = Words.count(q.of(text));
            quotedWords += w;
            longest = Math.max(longest, w);
        }
        boolean crossesOut = !quoted.isEmpty() && (quoted.get(0).start() == s.start() && !Quotes.isOpening(text.charAt(s.start()))
                || quoted.get(quoted.size() - 1).end() == s.end() && !Quotes.isClosing(text.charAt(s.end() - 1)));
        Speakers.Resolved speaker = null;
        ReportingCue cue = null;
        String evidence = "";
        Speakers.Resolved weakSpeaker = null;
        ReportingCue weakCue = null;
        String weakEvidence = "";
        for (CueFinder.Hit hit : cues.find(tokens, skip)) {
            // "would not rule it out" still states a position; "did not respond" states none
            boolean negationStates = hit.cue().lemma().equals("rule out");
            if (negated(tokens, hit.first()) && !negationStates || subordinateParticiple(tokens, hit.first())) {
                continue; // "did not respond", "declined to comment", "after threatening a strike"
            }
            if (s.kind() == Kind.BODY && insideName(tokens, hit.first())) {
                continue; // "Dukaline Express employs …", "the Patients' Voice Coalition": part of a name
            }
            if (notReporting(tokens, hit)) {
                continue; // "the figures add up", "voted to reject the deal", "will write it into law"
            }
            if (pastPosition(tokens, hit) || participleModifier(tokens, hit)) {
                continue; // "Two towns wanted a bypass instead", "had refused any delay", "The offer, announced by …, gives"
            }
            boolean weak = WEAK_CUES.contains(hit.cue().lemma());
            if (weak && hit.last() + 1 < tokens.size() && tokens.get(hit.last() + 1).lower().equals("to")
                    && !hit.cue().lemma().equals("want") || seeksOffice(tokens, hit)) {
                continue; // "seeking to settle the row", "is seeking re-election": an aim, not a statement
            }
            if (hearsay(tokens, hit)) {
                speaker = new Speakers.Resolved(Voice.UNKNOWN, SpeakerType.UNKNOWN, "hearsay 'said to'");
                cue = hit.cue();
                evidence = "'" + hit.form() + "' in 'is said to': no source named";
                break;
            }
            Source src = source(tokens, skip, hit);
            if (src == null || relativeClause(tokens, src) && !hit.cue().lemma().equals(PUT_IT)) {
                continue; // "…, a clause the mayor had pushed for", "which the treasurer said would …"
            }
            if (!src.np().isEmpty() && src.np().get(0).start() == tokens.get(0).start()
                    && CLAUSE_OPENERS.contains(src.np().get(0).lower())) {
                // "What the union wants", "Whether she is willing to write it down …", "With the board
                // insisting on …": the clause is the narrator's subject, not a source; "Without it,
                // argues Jo Roe, …" still has one in a parenthesis
                src = parenthetical(tokens, skip, hit);
                if (src == null) {
                    continue;
                }
            }
            if (weak && !src.np().isEmpty() && FEW.contains(src.np().get(0).lower())) {
                continue; // "few people believe it", "almost nobody believes the figures": the narrator's judgement
            }
            if (weak && (hit.first() == 0 || hit.first() == 1 && (tokens.get(0).lower().equals("and")
                    || tokens.get(0).lower().equals("but")) || NAMED_ONLY.contains(hit.cue().lemma())
                    && HAVE_FORMS.contains(tokens.get(hit.first() - 1).lower()))) {
                continue; // "Expect the row to go on": an imperative; "has doubts": a noun
            }
            Speakers.Resolved r = speakers.resolve(src.np());
            if (r == null && hit.cue().frame() == ReportingCue.Frame.PHRASE) {
                List<Token> main = mainSubject(tokens, skip);
                if (!main.isEmpty() && main != src.np()) {
                    src = new Source(main, "main-clause subject:");
                    r = speakers.resolve(main);
                }
            }
            if (r == null) {
                Source inside = parenthetical(tokens, skip, hit);
                r = inside == null ? null : speakers.resolve(inside.np());
                if (r != null) {
                    src = inside;
                } else if (src.np().size() == 1 && Speakers.isPronoun(src.np().get(0).lower()) && !weak
                        && src.np().get(0).start() == tokens.get(0).start()) {
                    // "It insists on …" opening a sentence, with nothing for "it" to point to: someone
                    // speaks, unnamed
                    r = new Speakers.Resolved(Voice.UNKNOWN, SpeakerType.UNKNOWN, "pronoun with nothing to point to");
                } else if (src.how().startsWith("inverted subject") && describedByWho(tokens, skip, src.np())) {
                    // "“…,” said a 52-year-old shift foreman, who asked not to be named": a person
                    // described, not named
                    String described = text.substring(src.np().get(0).start(), src.np().get(src.np().size() - 1).end());
                    r = new Speakers.Resolved(described, SpeakerType.PERSON, "description followed by 'who': '" + described + "'");
                } else {
                    continue;
                }
            }
            if (NAMED_ONLY.contains(hit.cue().lemma()) && (r.type() == SpeakerType.GROUP || r.type() == SpeakerType.UNKNOWN
                    || s.kind() != Kind.BODY)) {
                continue; // "Critics doubt that …", "Analysts suspect …", a heading's "Watchdog Doubts …": the narrator's summary
            }
            if (weak) {
                // "wants", "is seeking", "believes": taken only when no plain reporting verb names a source
                if (weakSpeaker == null) {
                    weakSpeaker = r;
                    weakCue = hit.cue();
                    weakEvidence = "'" + hit.form() + "' " + src.how() + " " + r.how();
                }
                continue;
            }
            speaker = r;
            cue = hit.cue();
            evidence = "'" + hit.form() + "' " + src.how() + " " + r.how();
            break;
        }
        if (speaker == null && weakSpeaker != null) {
            speaker = weakSpeaker;
            cue = weakCue;
            evidence = weakEvidence;
        }
        if (speaker == null && !quoted.isEmpty()) {
            Source label = quoteLabel(tokens, skip);
            Speakers.Resolved r = label == null ? null : speakers.resolve(label.np());
            if (r != null) {
                speaker = r;
                cue = QUOTE_LABEL_CUE;
                evidence = label.how() + " " + r.how();
            }
        }
        if (speaker == null && !quoted.isEmpty() && s.kind() == Kind.BODY) {
            // "The growers' leader gave her terms in one line: “…”": the subject gives the
            // quotation a colon introduces
            int colon = colonBeforeQuote(tokens, skip);
            List<Token> subject = colon < 0 ? List.of() : mainSubject(tokens, skip);
            Speakers.Resolved r = subject.isEmpty() || indexOf(tokens, subject.get(0)) >= colon
                    || Speakers.isPronoun(subject.get(0).lower()) && !subject.get(0).lower().equals("he")
                    && !subject.get(0).lower().equals("she") ? null : speakers.resolve(subject);
            if (r != null && (r.type() == SpeakerType.PERSON && !r.how().startsWith(Speakers.PENDING)
                    || r.type() == SpeakerType.ORGANIZATION && r.how().startsWith("name"))) {
                speaker = r;
                cue = QUOTE_LABEL_CUE;
                evidence = "subject before ': “quote”': " + r.how();
            }
        }
        if (speaker == null && s.kind() == Kind.BODY) {
            // "To Jo Roe, the mayor, the deal is a start": a viewpoint opener gives the sentence as
            // that person's view ("To be fair", "To date" name no one)
            List<Token> holder = viewpointHolder(tokens, skip);
            Speakers.Resolved r = holder == null ? null : speakers.resolve(holder);
            if (r != null && r.type() == SpeakerType.PERSON && r.how().startsWith("name")) {
                speaker = r;
                cue = VIEW_CUE;
                evidence = "'To …,' opening the sentence: " + r.how();
            }
        }
        if (speaker == null && (s.kind() == Kind.HEADLINE || s.kind() == Kind.SUBHEAD)) {
            // "Regulator: fares to rise", "Growers: ‘We were never asked’": a heading
            // that opens with a speaker the body knows and a colon gives that speaker's words
            List<Token> label = headingLabel(tokens, skip);
            boolean quotedLabel = label != null && skip[label.size() + 1];
            Speakers.Resolved r = label == null ? null : speakers.resolve(label);
            if (r == null && label != null && quotedLabel) {
                r = speakers.namedInBody(label);
            }
            // a person's name before a colon is as often the heading's topic ("Ana Vidal: a profile")
            if (r != null && r.type() != SpeakerType.UNKNOWN && (quotedLabel || r.type() != SpeakerType.PERSON)) {
                speaker = r;
                cue = QUOTE_LABEL_CUE;
                evidence = "'Speaker:' heading " + r.how();
            }
        }
        Speakers.Resolved about = null;
        if (speaker != null) {
            speakers.focus(speaker);
            speakers.subject(null);
        } else {
            // the sentence's subject still comes into focus: "Smith also raised …" then "he said"
            List<Token> subject = mainSubject(tokens, skip);
            Speakers.Resolved r = subject.isEmpty() ? null : speakers.resolve(subject);
            if (r != null && r.type() != SpeakerType.UNKNOWN && !subject.get(0).lower().equals("it")) {
                speakers.focus(r);
            }
            speakers.subject(r);
            if (r != null && r.type() == SpeakerType.PERSON && !r.how().startsWith(Speakers.PENDING) && !skip[0]
                    && (r.how().startsWith("name") || r.how().startsWith("pronoun"))) {
                about = r; // a named person the sentence is about: a quotation right after may be theirs
            }
        }
        // a sentence that is all quotation ("“Not before.”") is someone's words, however short
        boolean whole = quoted.size() == 1 && quoted.get(0).start() == s.start() && quoted.get(0).end() >= s.end() - 1;
        boolean scare = !quoted.isEmpty() && longest <= SCARE_QUOTE_MAX_WORDS && !crossesOut && !whole
                && (speaker == null || quoted.stream().allMatch(q -> labelled(tokens, skip, q)));
        boolean direct = quotedWords > 0 && !scare;
        boolean opensWithQuote = !quoted.isEmpty() && quoted.get(0).start() == s.start() && Quotes.isOpening(text.charAt(s.start()));
        return new Found(speaker, cue, evidence, direct, scare, about, opensWithQuote);
    }

    private static final String PUT_IT = "put it";

    /** The cue recorded for a viewpoint opener ("To Jo Roe, …"), which has no reporting verb. */
    private static final ReportingCue VIEW_CUE = new ReportingCue("view", List.of(), ReportingCue.Frame.VERB, "neutral", "");

    /**
     * The capitalised name after "To" that opens a sentence and ends at a comma ("To Jo Roe, …",
     * "And to Jo Roe, the union's leader, …"), or null.
     */
    private static List<Token> viewpointHolder(List<Token> t, boolean[] skip) {
        int i = 0;
        if (i < t.size() && (t.get(i).lower().equals("and") || t.get(i).lower().equals("but"))) {
            i++;
        }
        if (i + 3 >= t.size() || skip[i] || !t.get(i).lower().equals("to")) {
            return null;
        }
        int from = i + 1;
        int e = from;
        while (e < t.size() && !skip[e] && t.get(e).isWord() && t.get(e).capitalized()) {
            e++;
        }
        return e - from >= 2 && e < t.size() && isComma(t, e) ? t.subList(from, e) : null;
    }

    /**
     * The colon that introduces a quotation running to the end of the sentence ("… in one line:
     * “…”"), outside quotations; -1 when there is none.
     */
    private static int colonBeforeQuote(List<Token> t, boolean[] skip) {
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!skip[i] && t.get(i).text().equals(":")) {
                int j = i + 1;
                if (!skip[j] && t.get(j).isQuote()) {
                    j++; // the opening mark
                }
                if (j >= t.size() || !skip[j]) {
                    return -1;
                }
                while (j < t.size() && skip[j]) {
                    j++;
                }
                for (int k = j; k < t.size(); k++) {
                    if (t.get(k).isWord()) {
                        return -1; // "…: “…,” she said": the quotation does not end the sentence
                    }
                }
                return i;
            }
        }
        return -1;
    }

    /** The cue recorded for "Name: ‘quote’" headings, which have no reporting verb. */
    private static final ReportingCue QUOTE_LABEL_CUE =
            new ReportingCue("say", List.of(), ReportingCue.Frame.VERB, "neutral", "");

    private static boolean[] insideQuotes(List<Token> tokens, Quotes quotes) {
        boolean[] skip = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            skip[i] = quotes.inside(tokens.get(i).start());
        }
        return skip;
    }

    /** Object words after "add" or "write" that make it an action, not a report ("added a review"). */
    private static final Set<String> ACTION_OBJECTS = WordSet.of(
            "up", "to", "a", "an", "another", "the", "its", "their", "his", "her", "new", "more", "some");
    /** Words after "put it" that say how something was said ("put it more plainly", "put it to the press"). */
    private static final Set<String> PUT_IT_MANNER = WordSet.of("more", "this", "that", "best", "another", "most", "so", "to");
    /** What a proposal is "put to" when it is an action, not words said to someone. */
    private static final Set<String> BALLOTS = WordSet.of("vote", "ballot", "referendum", "members", "test");
    private static final Set<String> VOTE_FORMS = WordSet.of("vote", "votes", "voted", "voting");
    private static final Set<String> BE_FORMS = WordSet.of("is", "are", "was", "were", "be", "been", "being");

    /**
     * Cue words used for something other than reporting: "add" and "write" with an object
     * ("the numbers add up", "added a review", "will write the exemption into the bill"), a cue
     * after "voted to" (a vote is an action: "voted to reject the deal"), and a passive participle
     * with no agent ("is written into law", "were told to wait"), whose subject is not the source.
     */
    private boolean notReporting(List<Token> t, CueFinder.Hit hit) {
        String lemma = hit.cue().lemma();
        int next = hit.last() + 1;
        String after = next < t.size() ? t.get(next).lower() : "";
        if (lemma.equals(PUT_IT) && next < t.size() && t.get(next).isWord()
                && (!PUT_IT_MANNER.contains(after) && !after.endsWith("ly") || after.equals("to") && next + 2 < t.size()
                && (BALLOTS.contains(t.get(next + 2).lower()) || BALLOTS.contains(t.get(next + 1).lower())))) {
            return true; // "put it on hold", "put it to a ballot": an action; "put it plainly", "as the pilot put it" report words
        }
        if (lemma.equals("say") && NOTHING.contains(after)) {
            return true; // "has said little in public", "said nothing about the offer"
        }
        if ((lemma.equals("add") || lemma.equals("write")) && ACTION_OBJECTS.contains(after)
                && !(lemma.equals("write") && after.equals("to"))) {
            return true;
        }
        int v = hit.first();
        if (v > 0 && t.get(v - 1).lower().equals("to")) {
            for (int k = v - 2; k >= Math.max(0, v - 6); k--) {
                if (VOTE_FORMS.contains(t.get(k).lower())) {
                    return true;
                }
                if (!t.get(k).isWord()) {
                    break;
                }
            }
        }
        if (hit.cue().frame() == ReportingCue.Frame.VERB && hit.first() == hit.last() && participleForm(t.get(v).lower())
                && !after.equals("by") && !after.equals("to")) {
            int k = v - 1;
            while (k >= 0 && Speakers.isAuxiliaryOrAdverb(t.get(k).lower()) && !BE_FORMS.contains(t.get(k).lower())) {
                k--;
            }
            return k >= 0 && BE_FORMS.contains(t.get(k).lower());
        }
        return false;
    }

    /**
     * A position the narrator recounts as past, not a statement reported: "wanted" ("Three
     * towns wanted a bypass instead"), and "had refused" ("The board had refused any delay a week
     * earlier"). "wants", "has refused" and "refused to comment … saying" still report a stand.
     */
    private static boolean pastPosition(List<Token> t, CueFinder.Hit hit) {
        String form = t.get(hit.first()).lower();
        if (form.equals("wanted")) {
            int k = hit.first() - 1;
            while (k >= 0 && Speakers.isAuxiliaryOrAdverb(t.get(k).lower()) && !t.get(k).lower().equals("has")
                    && !t.get(k).lower().equals("have")) {
                k--;
            }
            return k < 0 || !t.get(k).lower().equals("has") && !t.get(k).lower().equals("have");
        }
        if (form.equals("refused")) {
            for (int k = hit.first() - 1; k >= 0 && Speakers.isAuxiliaryOrAdverb(t.get(k).lower()); k--) {
                if (t.get(k).lower().equals("had")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The settlement, announced by the mediator on Friday, raises pay": an announcement
     * as a participle with its agent between commas only dates the thing announced; the sentence
     * is the narrator's. ("The U-turn, confirmed by three aides, …" still names a source.)
     */
    private static boolean participleModifier(List<Token> t, CueFinder.Hit hit) {
        int v = hit.first();
        return hit.cue().lemma().equals("announce") && v >= 2 && hit.last() + 1 < t.size()
                && t.get(hit.last() + 1).lower().equals("by") && t.get(v).lower().endsWith("ed")
                && isComma(t, v - 1) && t.get(v - 2).isWord();
    }

    private static boolean participleForm(String w) {
        return w.endsWith("ed") || w.equals("said") || w.equals("told") || w.equals("written") || w.equals("sought")
                || w.equals("made");
    }

    /**
     * Whether a cue word in running text is written with a capital after the sentence's start,
     * next to another capitalised word: a word of a name ("Dukaline Express", "Voice" in "the
     * Patients' Voice Coalition"), not a verb.
     */
    private static boolean insideName(List<Token> t, int at) {
        if (at == 0 || !t.get(at).capitalized()) {
            return false;
        }
        Token before = t.get(at - 1);
        boolean nameBefore = before.isWord() && before.capitalized() || before.text().equals("'") || before.text().equals("\u2019");
        boolean nameAfter = at + 1 < t.size() && t.get(at + 1).isWord() && t.get(at + 1).capitalized();
        return nameBefore || nameAfter;
    }

    /** Words after "said" that report that nothing was said ("has said little in public"). */
    private static final Set<String> NOTHING = WordSet.of("little", "nothing");

    /** "after threatening", "before announcing": a participle in a time clause, not the main statement. */
    private static boolean subordinateParticiple(List<Token> t, int at) {
        if (at == 0 || !t.get(at).lower().endsWith("ing")) {
            return false;
        }
        String w = t.get(at - 1).lower();
        return w.equals("after") || w.equals("before") || w.equals("since") || w.equals("without") || w.equals("by");
    }

    /** "are said to have", "was reported to be": hearsay with no source. */
    private static boolean hearsay(List<Token> t, CueFinder.Hit hit) {
        int v = hit.first();
        if (v == 0 || hit.last() + 1 >= t.size() || !t.get(hit.last() + 1).lower().equals("to")) {
            return false;
        }
        String be = t.get(v - 1).lower();
        return be.equals("is") || be.equals("are") || be.equals("was") || be.equals("were") || be.equals("been");
    }

    private static boolean negated(List<Token> t, int at) {
        for (int k = Math.max(0, at - 3); k < at; k++) {
            String w = t.get(k).lower();
            if (w.equals("not") && k + 2 < at && t.get(k + 1).lower().equals("to") && t.get(k + 2).lower().equals("be")) {
                continue; // "who asked not to be named conceded": the negation is the source's anonymity
            }
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.endsWith("n't")
                    || (w.equals("declined") || w.equals("refused") || w.equals("failed")) && k == at - 2) {
                return true;
            }
        }
        // "refused to comment": a refusal to speak is no statement
        return t.get(at).lower().startsWith("refus") && at + 2 < t.size() && t.get(at + 1).lower().equals("to")
                && (t.get(at + 2).lower().equals("comment") || t.get(at + 2).lower().equals("say"));
    }

    /**
     * A short quotation used as a label inside a noun phrase ("the minister's ‘compromise’ offer",
     * "a so-called ‘deal’"): a determiner, possessive or "so-called" stands just before it.
     */
    private boolean labelled(List<Token> t, boolean[] skip, Span q) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() == q.start()) {
                boolean phrase = i + 2 < t.size() && (t.get(i + 2).start() < q.end() - 1
                        || INNER_DETERMINERS.contains(t.get(i + 1).lower()));
                for (int k = i - 1; phrase && k >= Math.max(0, i - 4); k--) {
                    if (QuotedModifier.naming(t.get(k).lower())) {
                        return false; // "called the mayor's plan “a fiscal fantasy”": the speaker's words
                    }
                }
                for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
                    String w = t.get(k).lower();
                    if (w.endsWith("'s") || w.equals("so-called")) {
                        return true;
                    }
                    if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its") || w.equals("their")
                            || w.equals("his") || w.equals("her")) {
                        // "branded the review a “delaying tactic”" quotes the speaker; "the ‘peace’ plan" labels
                        boolean[] none = new boolean[t.size()];
                        return cues.find(t.subList(Math.max(0, k - 4), k), java.util.Arrays.copyOf(none, k - Math.max(0, k - 4)))
                                .isEmpty();
                    }
                }
                return modifiesNoun(t, i, q);
            }
        }
        return false;
    }

    /**
     * A quoted word or two that modifies the noun right after it ("tenants reject 'final' rent deal"), with
     * no naming word just before: the writer's label, not a quotation.
     */
    private static boolean modifiesNoun(List<Token> t, int open, Span q) {
        int next = open;
        while (next < t.size() && t.get(next).start() < q.end()) {
            next++;
        }
        if (next >= t.size() || next - open != 3 || !t.get(next).isWord() || t.get(next).start() == q.end()) {
            return false;
        }
        return QuotedModifier.modifiesNoun(open, next, k -> t.get(k).lower(), k -> t.get(k).isWord());
    }

    /**
     * Headings that name the speaker with a colon: "Name: ‘quote’ …" or "‘quote’: Name …".
     */
    /** The one to three capitalised words before a colon that opens a heading, or null. */
    private static List<Token> headingLabel(List<Token> t, boolean[] skip) {
        int colon = -1;
        for (int i = 1; i < t.size() && i <= 3; i++) {
            if (t.get(i).text().equals(":")) {
                colon = i;
                break;
            }
            if (skip[i] || !t.get(i).isWord() || !t.get(i).capitalized()) {
                return null;
            }
        }
        if (colon < 0 || skip[0] || !t.get(0).isWord() || !t.get(0).capitalized() || colon + 1 >= t.size()) {
            return null;
        }
        return t.subList(0, colon);
    }

    private static Source quoteLabel(List<Token> t, boolean[] skip) {
        int colon = -1;
        for (int i = 0; i < t.size() && i < 14; i++) {
            if (t.get(i).text().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon <= 0 || colon + 1 >= t.size()) {
            return null;
        }
        if (!skip[0] && skip[colon + 1] && t.subList(0, colon).stream().allMatch(Token::capitalized)) {
            return new Source(t.subList(0, colon), "'Name:' before a quotation:");
        }
        if (skip[0] && !skip[colon + 1]) {
            int e = colon + 1;
            while (e < t.size() && !skip[e] && t.get(e).capitalized() && e - colon <= 3) {
                e++;
            }
            if (e > colon + 1) {
                return new Source(t.subList(colon + 1, e), "name after '‘quote’:':");
            }
            // "‘Not one more cent’: the tolls row as Vidal holds out": a capitalised word further on
            for (int k = colon + 2; k < t.size(); k++) {
                if (!skip[k] && t.get(k).isWord() && t.get(k).capitalized()) {
                    return new Source(t.subList(k, k + 1), "name in a '‘quote’:' heading:");
                }
            }
            return null;
        }
        return null;
    }

    /**
     * Whether a cue's subject stands in a relative clause that only qualifies something the
     * narrator says: "which the city treasurer Ana Vidal said would fund …", "…, a clause the
     * mayor had pushed for", "…, an exemption the farmers had lobbied for".
     */
    private static boolean relativeClause(List<Token> t, Source src) {
        if (src.np().isEmpty() || !src.how().startsWith("subject before")) {
            return false;
        }
        int start = indexOf(t, src.np().get(0));
        for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
            String w = t.get(k).lower();
            if (RELATIVES.contains(w)) {
                return true;
            }
            if (!t.get(k).isWord()) {
                break;
            }
        }
        // "Strike set for May as union rejects offer": the "as" clause only times the narrator's news
        if (start >= 2 && t.get(start - 1).lower().equals("as") && !t.get(start - 2).lower().equals("such")
                && !t.get(start - 2).lower().equals("well") && t.get(start - 2).isWord()) {
            return true;
        }
        // "…, as crews rejected it and scientists questioned …", "…, where the agency believes …":
        // a clause that only qualifies the narrator's sentence
        for (int k = start - 1; k > 0 && !isClauseBreak(t.get(k)); k--) {
            if (isComma(t, k - 1)) {
                String w = t.get(k).lower();
                if (w.equals("as") || w.equals("where")) {
                    return true;
                }
                break;
            }
        }
        List<Token> np = src.np();
        String first = np.get(0).lower();
        if ((first.equals("a") || first.equals("an")) && np.size() >= 4) {
            for (int i = 2; i < np.size() - 1; i++) {
                if (INNER_DETERMINERS.contains(np.get(i).lower()) && !Speakers.isPostModifier(np.get(i - 1).lower())
                        && !PREPOSITIONS.contains(np.get(i - 1).lower())) {
                    return true; // "a clause the mayor": a noun, then a new subject
                }
            }
        }
        return false;
    }

    private static boolean possessive(String lower) {
        return lower.endsWith("'s") || lower.endsWith("\u2019s") || lower.endsWith("s'");
    }

    /** What candidates seek: "is seeking re-election" is a campaign, not a demand. */
    private static final Set<String> OFFICES = WordSet.of(
            "term", "office", "election", "re-election", "reelection", "nomination", "seat", "post", "job",
            "mandate", "presidency", "leadership", "candidacy");

    private static boolean seeksOffice(List<Token> t, CueFinder.Hit hit) {
        if (!hit.cue().lemma().equals("seek")) {
            return false;
        }
        for (int k = hit.last() + 1; k < Math.min(t.size(), hit.last() + 5); k++) {
            if (OFFICES.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** A comma that is not a thousands separator ("3,000"). */
    private static boolean isComma(List<Token> t, int k) {
        if (!t.get(k).text().equals(",")) {
            return false;
        }
        return !(k > 0 && k + 1 < t.size() && t.get(k - 1).end() == t.get(k).start() && t.get(k + 1).start() == t.get(k).end()
                && Character.isDigit(t.get(k - 1).text().charAt(t.get(k - 1).text().length() - 1))
                && Character.isDigit(t.get(k + 1).text().charAt(0)));
    }

    private static int indexOf(List<Token> t, Token x) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() == x.start()) {
                return i;
            }
        }
        return -1;
    }

    /** Where a cue's source was found. */
    private record Source(List<Token> np, String how) {
    }

    private Source source(List<Token> t, boolean[] skip, CueFinder.Hit hit) {
        ReportingCue.Frame frame = hit.cue().frame();
        if (frame == ReportingCue.Frame.SOURCE) {
            List<Token> after = phraseAfter(t, skip, hit.last() + 1);
            int next = hit.last() + 1 + after.size();
            if (!after.isEmpty() && next + 1 < t.size() && t.get(next).text().equals(",") && !skip[next + 1]) {
                // "according to the league's mediator, Piet Smit": the appositive name is the source
                int e = next + 1;
                while (e < t.size() && !skip[e] && Speakers.nameWord(t, e)) {
                    e++;
                }
                if (e - next - 1 >= 2 && (e == t.size() || !t.get(e).isWord())) {
                    return new Source(t.subList(next + 1, e), "source after it, named in apposition:");
                }
            }
            List<Token> keeper = after.isEmpty() ? null : keeperOf(after);
            if (keeper != null && keeper.size() == 1 && keeper.get(0).text().equals(keeper.get(0).lower())
                    && (keeper.get(0).lower().equals("it") || keeper.get(0).lower().equals("they"))
                    && !t.get(indexOf(t, keeper.get(0))).lower().equals(keeper.get(0).lower())) {
                // "The agency has 270 staff, according to its annual report": the report of the
                // sentence's subject, when that is no person
                List<Token> main = mainSubject(t, skip);
                if (!main.isEmpty() && Speakers.isPronoun(main.get(0).lower())) {
                    boolean body = main.get(0).lower().equals("it") || main.get(0).lower().equals("they");
                    return body ? new Source(keeper, "source after it, whose figures or document it is:") : null;
                }
                boolean named = !main.isEmpty() && (main.get(0).lower().equals("the") || main.get(main.size() - 1).capitalized()
                        || main.stream().anyMatch(x -> possessive(x.lower())));
                // "About a million people visited, according to its report": no body to own it
                return named ? new Source(main, "source after it, the document of the sentence's subject:") : null;
            }
            if (keeper != null) {
                return new Source(keeper, "source after it, whose figures or document it is:");
            }
            return after.isEmpty() ? null : new Source(after, "source after it:");
        }
        if (frame == ReportingCue.Frame.PHRASE) {
            List<Token> before = subjectBefore(t, skip, hit.first());
            if (before.isEmpty()) {
                before = mainSubject(t, skip);
            }
            return before.isEmpty() ? null : new Source(before, "subject:");
        }
        int v = hit.first();
        // passive "questioned by Smith"
        if (hit.last() + 1 < t.size() && t.get(hit.last() + 1).lower().equals("by") && t.get(v).lower().endsWith("ed")) {
            List<Token> after = phraseAfter(t, skip, hit.last() + 2);
            if (!after.isEmpty()) {
                return new Source(after, "agent after 'by':");
            }
        }
        // a participle or infinitive: "…, saying that", "While reiterating …, he", "went on TV to
        // declare" take the main clause's subject
        if (v > 0 && t.get(v - 1).lower().equals("to")
                || t.get(v).lower().endsWith("ing")
                && (v == 0 || t.get(v - 1).text().equals(",") || Speakers.isClauseWord(t.get(v - 1).lower()))) {
            List<Token> main = mainSubject(t, skip);
            return main.isEmpty() ? null : new Source(main, "main-clause subject:");
        }
        if (v > 2 && t.get(v - 1).lower().equals("then") && isComma(t, v - 2) && !skip[v - 1]) {
            // "Ms. Roe paused, then said …": the verb joined to the one before the comma
            List<Token> main = mainSubject(t, skip);
            if (!main.isEmpty() && main.get(main.size() - 1).start() < t.get(v).start()) {
                return new Source(main, "subject of the verb it is joined to:");
            }
        }
        List<Token> before = subjectBefore(t, skip, v);
        if (!before.isEmpty()) {
            return new Source(before, "subject before it:");
        }
        if (joinedVerb(t, skip, v)) {
            // "Kelvaria has dropped a demand … and says inspectors can return": the first verb's subject
            List<Token> main = mainSubject(t, skip);
            if (!main.isEmpty() && main.get(main.size() - 1).start() < t.get(v).start()) {
                return new Source(main, "subject of the verb it is joined to:");
            }
            return null;
        }
        if (!invertedPosition(t, skip, v)) {
            return null;
        }
        List<Token> after = phraseAfter(t, skip, hit.last() + 1);
        if (after.isEmpty()) {
            return null;
        }
        List<Token> named = appositiveName(t, skip, hit.last() + 1 + after.size());
        return named != null ? new Source(named, "inverted subject, named in apposition:") : new Source(after, "inverted subject:");
    }

    /** Figures and documents that speak for whoever keeps them ("according to police figures"). */
    private static final Set<String> DATA_NOUNS = WordSet.of(
            "figures", "data", "statistics", "numbers", "estimates", "count", "records", "report", "annex", "filings",
            "survey", "study", "tally", "statement", "website", "summary", "finding", "findings", "ruling", "poll",
            "papers", "filing", "accounts", "analysis", "audit", "release");
    /** Participles between figures and their keeper ("data released by the charity"). */
    private static final Set<String> KEPT = WordSet.of(
            "compiled", "published", "released", "collected", "gathered", "issued", "produced", "kept");

    /**
     * Who keeps the figures or document a source phrase names: "data released by the charity"
     * → "the charity", "interior ministry figures" → "interior ministry", "the agency's own
     * records" → "the agency". Null when the phrase names no figures or document, or no
     * keeper.
     */
    private static List<Token> keeperOf(List<Token> np) {
        int k = 0;
        while (k < np.size() && !DATA_NOUNS.contains(np.get(k).lower())) {
            k++;
        }
        if (k == np.size()) {
            return null;
        }
        int j = k + 1;
        if (j < np.size() && KEPT.contains(np.get(j).lower())) {
            j++;
        }
        if (j < np.size() - 1 && (np.get(j).lower().equals("by") || np.get(j).lower().equals("from") && j == k + 1)) {
            return np.subList(j + 1, np.size()); // "data released by the charity", "figures from the agency"
        }
        for (int p = k + 1; p + 2 < np.size() && p <= k + 6; p++) {
            if (KEPT.contains(np.get(p).lower()) && np.get(p + 1).lower().equals("by")) {
                return np.subList(p + 2, np.size()); // "a summary of the terms released by the company"
            }
        }
        for (int i = 0; i < k; i++) {
            if (possessive(np.get(i).lower())) {
                return np.subList(0, i + 1); // "the agency's own records"
            }
            String w = np.get(i).lower();
            if (w.equals("its") || w.equals("their")) {
                // "its annual report": the body the article last spoke of
                Token x = np.get(i);
                String pronoun = w.equals("its") ? "it" : "they";
                return List.of(new Token(pronoun, pronoun, x.start(), x.end()));
            }
        }
        int from = np.get(0).lower().equals("the") ? 1 : 0;
        boolean named = k > from && k == np.size() - 1 && np.subList(from, k).stream().allMatch(x -> x.capitalized()
                || !x.isWord() || x.lower().equals("of") || x.lower().equals("and"));
        boolean body = k == from + 1 && k == np.size() - 1 && BODY_MODIFIERS.contains(np.get(from).lower())
                || k == from + 2 && k == np.size() - 1 && BODY_MODIFIERS.contains(np.get(from + 1).lower());
        return named || body ? np.subList(0, k) : null; // "Red Cross figures", "interior ministry figures"
    }

    /** Nouns that name a body when they modify figures ("ministry figures", "police data"). */
    private static final Set<String> BODY_MODIFIERS = WordSet.of(
            "ministry", "government", "police", "army", "agency", "office", "council", "union", "company", "bank",
            "treasury", "department", "commission", "regulator", "authority", "industry", "court");

    /**
     * The noun phrase a relative clause follows, ending at {@code end}: "A port official [who …]".
     * Empty when it is the object of a preposition ("set by a board [that …]"): no subject then.
     */
    private static List<Token> antecedent(List<Token> t, boolean[] skip, int end) {
        int i = end;
        while (i >= 0 && end - i < 6 && !skip[i] && t.get(i).isWord() && !PREPOSITIONS.contains(t.get(i).lower())
                && !Speakers.isAuxiliaryOrAdverb(t, i) && !Speakers.isClauseWord(t.get(i).lower())) {
            i--;
        }
        if (i == end || i >= 0 && (PREPOSITIONS.contains(t.get(i).lower()) || Speakers.isAuxiliaryOrAdverb(t, i))) {
            return List.of();
        }
        return t.subList(i + 1, end + 1);
    }

    /**
     * The tokens with an abbreviated title's period kept on the title ("Dr." "Ms." before a
     * capitalised word), so the name after it reads as one phrase with the title ("said Dr. Jo
     * Roe, who …") rather than stopping at the period.
     */
    static List<Token> titleDotsJoined(List<Token> t) {
        List<Token> out = null;
        for (int i = 0; i + 2 < t.size(); i++) {
            Token w = t.get(i);
            Token dot = t.get(i + 1);
            if (w.isWord() && w.capitalized() && w.text().length() <= 5 && Speakers.isTitle(w.lower())
                    && dot.text().equals(".") && dot.start() == w.end() && t.get(i + 2).isWord()
                    && t.get(i + 2).capitalized()) {
                if (out == null) {
                    out = new ArrayList<>(t.subList(0, i));
                }
                out.add(new Token(w.text() + ".", w.lower() + ".", w.start(), dot.end()));
                i++;
                continue;
            }
            if (out != null) {
                out.add(w);
            }
        }
        if (out == null) {
            return t;
        }
        int last = out.get(out.size() - 1).end();
        for (Token w : t) {
            if (w.start() >= last) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words that open a sentence with a clause the narrator talks about: no source stands there. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("what", "whether", "with", "without");

    /** Common irregular past forms, which open the verb phrase of a relative clause ("a body that spent …"). */
    private static final Set<String> IRREGULAR_PAST = WordSet.of(
            "spent", "took", "made", "gave", "sent", "won", "lost", "held", "kept", "put", "set", "met", "led", "left",
            "paid", "sold", "bought", "brought", "thought", "fought", "ran", "came", "went", "saw", "found", "became",
            "began", "built", "drew", "grew", "knew", "wrote", "spoke", "struck", "stood", "broke", "chose", "cut");

    /**
     * "a shift foreman, who …", "one resident, who …": an indefinite phrase of two to six words
     * followed by a comma and "who" describes a person.
     */
    private static boolean describedByWho(List<Token> t, boolean[] skip, List<Token> np) {
        String first = np.get(0).lower();
        int end = indexOf(t, np.get(np.size() - 1)) + 1;
        return np.size() >= 2 && np.size() <= 6 && (first.equals("a") || first.equals("an") || first.equals("one"))
                && end + 1 < t.size() && !skip[end + 1] && isComma(t, end) && t.get(end + 1).lower().equals("who");
    }

    /** A verb joined by "and" or "but" to an earlier one, with no subject of its own: "…, and said". */
    private static boolean joinedVerb(List<Token> t, boolean[] skip, int v) {
        int j = v - 1;
        while (j >= 0 && !skip[j] && Speakers.isAuxiliaryOrAdverb(t, j)) {
            j--;
        }
        return j > 0 && !skip[j] && (t.get(j).lower().equals("and") || t.get(j).lower().equals("but"));
    }

    /**
     * "said the group's director, Jo Roe": two or more capitalised words after the comma at
     * {@code comma}, ending the sentence or the clause, name the source the description introduced.
     */
    private static List<Token> appositiveName(List<Token> t, boolean[] skip, int comma) {
        if (comma + 1 >= t.size() || !t.get(comma).text().equals(",") || skip[comma + 1]) {
            return null;
        }
        int e = comma + 1;
        while (e < t.size() && !skip[e] && Speakers.nameWord(t, e)) {
            e++;
        }
        return e - comma - 1 >= 2 && (e == t.size() || !t.get(e).isWord()) ? t.subList(comma + 1, e) : null;
    }

    /**
     * "Without it, argues Jo Roe, a former inspector, the agency …": a cue between commas with its
     * source after it, set in the narrator's sentence as a parenthesis.
     */
    private static Source parenthetical(List<Token> t, boolean[] skip, CueFinder.Hit hit) {
        int v = hit.first();
        if (v == 0 || !isComma(t, v - 1) || hit.cue().frame() != ReportingCue.Frame.VERB) {
            return null;
        }
        List<Token> after = phraseAfter(t, skip, hit.last() + 1);
        int end = hit.last() + 1 + after.size();
        if (after.isEmpty() || end < t.size() && !t.get(end).text().equals(",") && !t.get(end).text().equals(".")) {
            return null;
        }
        return new Source(after, "inverted subject in a parenthesis:");
    }

    /** "“…,” said Smith": the verb follows a closing quotation (and its comma) or opens the sentence. */
    private static boolean invertedPosition(List<Token> t, boolean[] skip, int v) {
        int j = v - 1;
        if (j >= 0 && t.get(j).text().equals(",")) {
            j--;
        }
        return j < 0 || skip[j] || t.get(j).isQuote();
    }

    /** The subject of the verb at {@code v}: walks back over auxiliaries and adverbs, past an appositive. */
    private static List<Token> subjectBefore(List<Token> t, boolean[] skip, int v) {
        int j = v - 1;
        while (j >= 0 && !skip[j] && Speakers.isAuxiliaryOrAdverb(t, j)) {
            j--;
        }
        if (j < 0 || skip[j] || Speakers.isClauseWord(t.get(j).lower())) {
            return List.of();
        }
        if (t.get(j).text().equals(",")) {
            int k = j - 1;
            while (k >= 0 && !skip[k] && !isComma(t, k) && k > j - APPOSITIVE_WORDS && !isClauseBreak(t.get(k))) {
                k--;
            }
            if (k < 0 || skip[k] || !isComma(t, k) || k == j - 1) {
                // "the minister reiterated," as a parenthesis: the phrase between the commas is the subject
                return k >= -1 && k < j - 1 ? npEndingAt(t, skip, j - 1) : List.of();
            }
            if (Speakers.isClauseWord(t.get(k + 1).lower()) && k > 0) {
                // "Ana Vidal, head of the guild, which speaks for dock pilots, warned": skip the relative
                int k2 = k - 1;
                while (k2 >= 0 && !skip[k2] && !isComma(t, k2) && k2 > k - APPOSITIVE_WORDS && !isClauseBreak(t.get(k2))) {
                    k2--;
                }
                if (k2 >= 0 && !skip[k2] && isComma(t, k2) && k2 < k - 1) {
                    j = k;
                    k = k2;
                }
            }
            List<Token> between = t.subList(k + 1, j);
            boolean name = true;
            for (int b = k + 1; b < j && name; b++) {
                name = t.get(b).capitalized() || !t.get(b).isWord() || Speakers.nameParticle(t, b);
            }
            if (name) {
                return between; // "the union's negotiator, Jane Roe, said"
            }
            if (between.size() >= 3 && (between.get(0).lower().equals("and") || between.get(0).lower().equals("but"))
                    && capitalisedTail(between).size() == between.size() - 1) {
                return between.subList(1, between.size()); // "…, and Jo Roe, who chairs the guild, said"
            }
            List<Token> before = npEndingAt(t, skip, k - 1);
            boolean describedBefore = !before.isEmpty() && !before.get(before.size() - 1).capitalized()
                    && !PREPOSITIONS.contains(between.get(0).lower()) && !Speakers.isClauseWord(between.get(0).lower());
            if (describedBefore) {
                // "the country's oldest charity, the Harbour Trust, has warned"; "One skipper,
                // 54-year-old Lena Novak, said": the name in the appositive names the source
                List<Token> tail = capitalisedTail(between);
                if (tail.size() >= 2 || tail.size() == between.size() - 1 && between.get(0).lower().equals("the")) {
                    return tail.size() == between.size() - 1 ? between : tail;
                }
            }
            int b = before.isEmpty() ? -1 : indexOf(t, before.get(0));
            if (b >= 2 && (t.get(b - 1).lower().equals("who") || t.get(b - 1).lower().equals("which")) && isComma(t, b - 2)) {
                // "Jo Roe, who runs research at the Fair Levy Coalition, a pressure group, said": the
                // relative clause and the appositive after it describe the noun before "who"
                List<Token> owner = npEndingAt(t, skip, b - 3);
                if (!owner.isEmpty()) {
                    return owner;
                }
            }
            return before; // "Jane Roe, the union's negotiator, said"
        }
        if (!t.get(j).isWord()) {
            return List.of();
        }
        List<Token> np = npEndingAt(t, skip, j);
        if (np.isEmpty()) {
            return np;
        }
        if (acrossClause(t, np)) {
            // "The province has withdrawn its call for …", "Why did the growers want …", "… is the
            // point they asked for": a verb before the phrase belongs to another clause, and the cue
            // only qualifies a noun of the narrator's sentence
            return List.of();
        }
        String opener = np.get(0).lower();
        if (np.size() > 1 && Speakers.isPronoun(t.get(j).lower())
                && (INTRO_WORDS.contains(opener) || PREPOSITIONS.contains(opener))) {
            return t.subList(j, j + 1); // "On Thursday it said": the opening phrase is no part of the subject
        }
        int start = indexOf(t, np.get(0));
        String relative = start >= 2 ? t.get(start - 1).lower() : "";
        String first = np.get(0).lower();
        boolean verbPhrase = relative.equals("who") && !np.get(0).capitalized() && !INNER_DETERMINERS.contains(first)
                || relative.equals("that") && (first.endsWith("ed") || IRREGULAR_PAST.contains(first)
                || Speakers.isAuxiliaryOrAdverb(first)) && t.get(start - 2).isWord() && !t.get(start - 2).capitalized();
        if (verbPhrase) {
            // "An official who asked not to be named said": the words after "who" are its verb
            // phrase; the subject is the noun phrase the relative clause follows
            return antecedent(t, skip, start - 2);
        }
        return np;
    }

    /** The capitalised words that end a phrase ("54-year-old Lena Novak" → "Lena Novak"). */
    private static List<Token> capitalisedTail(List<Token> np) {
        int i = np.size();
        while (i > 0 && Speakers.nameWord(np, i - 1)) {
            i--;
        }
        return np.subList(i, np.size());
    }

    private static boolean isClauseBreak(Token x) {
        String s = x.text();
        return s.equals(";") || s.equals(":") || s.equals("\u2014") || s.equals("\u2013") || s.equals("(") || s.equals(")");
    }

    /** The noun phrase ending at {@code j}, walking back to a clause boundary; at most 12 words. */
    private static List<Token> npEndingAt(List<Token> t, boolean[] skip, int j) {
        if (j < 0 || skip[j] || !t.get(j).isWord()) {
            return List.of();
        }
        int i = j;
        while (i - 1 >= 0 && j - i < 12) {
            Token p = t.get(i - 1);
            if (skip[i - 1] || !p.isWord() && !p.text().equals("'") && !p.text().equals("\u2019")
                    || Speakers.isClauseWord(p.lower())) {
                break;
            }
            i--;
        }
        return t.subList(i, j + 1);
    }

    /**
     * Whether a phrase walked back from a verb ran over a question word or a finite auxiliary
     * written in lower case (not "Is" in a name), other than one opening a relative clause's verb
     * ("who had requested").
     */
    private static boolean acrossClause(List<Token> t, List<Token> np) {
        int start = indexOf(t, np.get(0));
        for (int i = 0; i < np.size() - 1; i++) {
            String w = np.get(i).lower();
            boolean lowerCase = !np.get(i).capitalized() || start + i == 0;
            String before = start + i > 0 ? t.get(start + i - 1).lower() : "";
            if (lowerCase && (QUESTION_WORDS.contains(w) || FINITE_AUXILIARIES.contains(w) && !RELATIVE_PRONOUNS.contains(before))) {
                return true;
            }
        }
        return false;
    }

    /** Finite auxiliaries: a phrase walked back from a verb never runs over one. */
    private static final Set<String> FINITE_AUXILIARIES = WordSet.of(
            "is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "will", "would", "can", "could",
            "should", "may", "might", "must", "shall");
    private static final Set<String> QUESTION_WORDS = WordSet.of("what", "why", "how");
    private static final Set<String> RELATIVE_PRONOUNS = WordSet.of("who", "that", "which");

    /** A noun phrase starting at {@code from}, up to punctuation or a clause word; at most 10 words. */
    private static List<Token> phraseAfter(List<Token> t, boolean[] skip, int from) {
        int i = from;
        while (i < t.size() && !skip[i] && t.get(i).isWord() && i - from < 10 && !Speakers.isClauseWord(t.get(i).lower())) {
            i++;
        }
        return t.subList(from, i);
    }

    /**
     * The subject of the sentence's main clause: after an opening phrase closed by a comma
     * ("In response, …", "Speaking on Monday, …"), the words up to the first auxiliary, adverb or
     * verb-like word.
     */
    private List<Token> mainSubject(List<Token> t, boolean[] skip) {
        int start = 0;
        while (start < t.size() && skip[start]) {
            start++;
        }
        if (start < t.size() && (INTRO_WORDS.contains(t.get(start).lower()) || t.get(start).lower().endsWith("ing")
                || t.get(start).lower().endsWith("ly"))) {
            int c = start;
            while (c < t.size() && !t.get(c).text().equals(",")) {
                c++;
            }
            start = c + 1;
        }
        int i = start;
        while (i < t.size() && !skip[i] && t.get(i).isWord() && i - start < 10) {
            String w = t.get(i).lower();
            // a word after a possessive is a noun ("Keady's crews", "the government's deal"), and a
            // possessive is no verb
            boolean noun = possessive(t.get(i - (i > start ? 1 : 0)).lower()) && i > start || possessive(w);
            if (i > start && (Speakers.isAuxiliaryOrAdverb(t, i) || Speakers.isClauseWord(w)
                    || !noun && !t.get(i).capitalized() && (w.endsWith("ed") || w.endsWith("s") && !codebook.speakerNouns().containsKey(w)
                    && !w.endsWith("ss")))) {
                break;
            }
            if (i > start && !noun && !t.get(i).capitalized() && !codebook.speakerNouns().containsKey(w)
                    && (cues.startsCue(w) || i - start >= 2 && t.get(i - 1).capitalized() && t.get(i - 2).capitalized()
                    && !NAME_JOINERS.contains(w))) {
                break; // "the company said …"; "Minister Ana Vidal put it …": the name ends at the verb
            }
            i++;
            // a speaker noun ends the phrase unless a modifier follows: "European governments | remain"
            if (codebook.speakerNouns().containsKey(w) && i < t.size() && !t.get(i).capitalized()
                    && !Speakers.isPostModifier(t.get(i).lower()) && !codebook.speakerNouns().containsKey(t.get(i).lower())) {
                break;
            }
        }
        // "Corvania's main candidate, Jana Roe, refused …": the appositive name is the subject
        if (i < t.size() && t.get(i).text().equals(",") && i > start) {
            int e = i + 1;
            while (e < t.size() && !skip[e] && Speakers.nameWord(t, e)) {
                e++;
            }
            if (e - i - 1 >= 2 && e < t.size() && t.get(e).text().equals(",")) {
                return t.subList(i + 1, e);
            }
        }
        return start < t.size() ? t.subList(start, Math.min(i, t.size())) : List.of();
    }
}
