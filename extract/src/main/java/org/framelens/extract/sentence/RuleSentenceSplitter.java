package org.framelens.extract.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.framelens.model.Span;

/**
 * Splits news text into sentences by rules on punctuation, capitals and known abbreviations.
 *
 * <p>A sentence ends at {@code .}, {@code ?}, {@code !} or an ellipsis, together with any closing
 * quotes and brackets after it, when white space and a sentence start follow. It does not end
 * <ul>
 *   <li>before a lower-case word ({@code “Why now?” she asked}, {@code 3 p.m. on Friday});</li>
 *   <li>after a title or other abbreviation that never ends a sentence ({@code Sen.}, {@code Gen.},
 *       {@code Mr.}, {@code e.g.}), an initial ({@code John F. Kennedy}), a month before a number
 *       ({@code Jan. 5}), or {@code No.} before a number;</li>
 *   <li>after an acronym or state abbreviation ({@code U.S.}, {@code D.C.}, {@code Calif.},
 *       {@code D-Va.}) unless the next word is one that typically opens a sentence ({@code The},
 *       {@code He}, {@code But} …), since a capitalised word after them is usually a name
 *       ({@code U.S. Senate});</li>
 *   <li>after a closed quotation followed by its attribution ({@code “Is it over?” Smith asked.}),
 *       where the attribution is a name and a reporting verb.</li>
 * </ul>
 * A quotation of several sentences is therefore split into its sentences, the last one keeping
 * {@code ,” he said}. Spans are trimmed. Immutable and thread-safe.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {

    /** Abbreviations that practically never end a sentence (titles, Latin, references). */
    private static final Set<String> NEVER_FINAL = words(
            "mr", "mrs", "ms", "mx", "dr", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col", "sgt",
            "cpl", "pvt", "capt", "cmdr", "cdr", "adm", "maj", "brig", "prof", "rev", "hon", "pres", "supt", "det",
            "insp", "atty", "amb", "fr", "msgr", "st", "ste", "mt", "ft", "vs", "v", "e.g", "i.e", "cf", "approx",
            "dept", "univ", "assn", "gens", "messrs", "mme", "mlle", "nos", "vol", "vols", "fig", "figs", "pp",
            "viz", "rs", "smt", "shri", "sri", "hon");
    /** Abbreviations that end a sentence only before a word that usually starts one. */
    private static final Set<String> NAME_LIKE = words(
            "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "ph.d", "esq", "ala", "ariz", "ark",
            "calif", "cal", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass",
            "mich", "minn", "miss", "mo", "mont", "neb", "nebr", "nev", "okla", "ore", "pa", "penn", "tenn",
            "tex", "va", "vt", "wash", "wis", "wyo", "wva", "alta", "ont", "que",
            // street types end addresses, which often end sentences
            "ave", "blvd", "rd", "sq", "bldg", "hwy", "pkwy");
    /** Month abbreviations: not final before a number ({@code Jan. 5}). */
    private static final Set<String> MONTHS = words(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Words after a.m./p.m. that continue the time rather than start a sentence. */
    private static final Set<String> TIME_CONTINUATIONS = words(
            "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "bst", "cet",
            "cest", "utc", "local", "eastern", "central", "pacific", "mountain", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday", "tonight");
    /**
     * Capitalised words that continue a name after an acronym, state or company abbreviation
     * ({@code U.S. Senate}, {@code U.N. Security Council}, {@code Calif. Gov. Reyes}); any other
     * capitalised word after one starts a new sentence ({@code … in Fresno, Calif. Ms. Ortega …}).
     */
    private static final Set<String> NAME_CONTINUATIONS = words(
            "senate", "house", "congress", "capitol", "army", "navy", "air", "marine", "marines", "coast", "guard",
            "space", "force", "forces", "military", "treasury", "embassy", "embassies", "consulate", "supreme",
            "court", "courts", "district", "circuit", "appeals", "president", "presidential", "vice", "government",
            "administration", "department", "secretary", "ambassador", "attorney", "attorneys", "justice", "state",
            "commerce", "trade", "representative", "representatives", "federal", "central", "security", "council",
            "general", "assembly", "defense", "defence", "foreign", "prime", "minister", "ministry", "parliament",
            "commission", "commissioner", "special", "envoy", "envoys", "agency", "census", "bureau", "chamber",
            "postal", "border", "customs", "immigration", "intelligence", "bank", "dollar", "dollars", "mission",
            "peacekeeping", "peacekeepers", "human", "rights", "high", "olympic", "open", "national", "steel",
            "park", "patent", "office", "chief", "official", "officials", "troops", "soldiers", "forces", "navy",
            "economy", "markets", "stocks", "team", "women", "men", "citizens", "citizenship", "dept", "day",
            "school", "university", "college", "pacific", "atlantic", "highway", "route", "interstate", "cup",
            "championship", "league", "open", "ltd", "inc", "corp", "co", "plc", "llc", "group", "holdings",
            "marshals", "service", "services", "mint", "forest", "geological", "district", "attorney's",
            // titles that follow a country or state: "U.S. Sen. Park", "Calif. Gov. Reyes"
            "sen", "rep", "gov", "gen", "lt", "col", "adm", "amb", "atty");
    /** Reporting verbs that may follow a closed quotation as its attribution. */
    public static final Set<String> DEFAULT_ATTRIBUTION_VERBS = words(
            "said", "says", "asked", "asks", "added", "adds", "told", "tells", "replied", "replies", "shouted",
            "wrote", "writes", "tweeted", "insisted", "continued", "exclaimed", "wondered", "quipped", "noted",
            "declared", "demanded", "joked", "cried", "answered", "responded", "countered", "warned", "argued",
            "claimed", "stressed", "explained", "concluded", "remarked", "retorted", "snapped", "posted");

    private final Set<String> attributionVerbs;

    private static Set<String> words(String... words) {
        return org.framelens.extract.text.WordSet.of(words);
    }

    /** A splitter with {@link #DEFAULT_ATTRIBUTION_VERBS}. */
    public RuleSentenceSplitter() {
        this(DEFAULT_ATTRIBUTION_VERBS);
    }

    /**
     * @param attributionVerbs lower-case verb forms that, after a closed quotation, mark its
     *     attribution (e.g. from the codebook's reporting verbs)
     */
    public RuleSentenceSplitter(Set<String> attributionVerbs) {
        this.attributionVerbs = Set.copyOf(Objects.requireNonNull(attributionVerbs, "attributionVerbs"));
    }

    @Override
    public List<Span> split(CharSequence text, Span range) {
        List<Span> out = new ArrayList<>();
        int end = range.end();
        int start = skipSpace(text, range.start(), end);
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int termEnd = i;
            while (termEnd < end && isTerminal(text.charAt(termEnd))) {
                termEnd++;
            }
            int close = termEnd;
            while (close < end && isCloser(text.charAt(close))) {
                close++;
            }
            if (close < end && !isSpace(text.charAt(close))) {
                i = close; // "3.2", "U.S.-led", "example.com", "?!"
                continue;
            }
            int next = skipSpace(text, close, end);
            if (next >= end) {
                break;
            }
            if (isBoundary(text, start, i, termEnd, close, next, end)) {
                out.add(trim(text, start, close));
                start = next;
            }
            i = Math.max(close, i + 1);
        }
        if (start < end) {
            Span last = trim(text, start, end);
            if (last.length() > 0) {
                out.add(last);
            }
        }
        return out;
    }

    private boolean isBoundary(CharSequence text, int sentenceStart, int termStart, int termEnd, int close,
                               int next, int end) {
        String nextWord = wordAt(text, next, end);
        char nc = firstLetterOrDigit(text, next, end);
        if (nc == 0) {
            return false; // dash, bullet or other punctuation continues the sentence
        }
        if (Character.isLowerCase(nc)) {
            return false;
        }
        String terminal = text.subSequence(termStart, termEnd).toString();
        boolean quoted = hasQuote(text, termEnd, close);
        if (quoted && !terminal.equals(".") && isAttribution(text, next, end)) {
            return false; // “Is it over?” Smith asked.
        }
        if (!terminal.equals(".")) {
            return true; // ?, !, ellipsis, or several terminals
        }
        if (close > termEnd) {
            return true; // '."' or '.)' — the period closes a quotation or parenthesis
        }
        String before = tokenBefore(text, sentenceStart, termStart);
        if (before.isEmpty()) {
            return true;
        }
        String lower = before.toLowerCase(Locale.ROOT);
        String nextLower = nextWord.toLowerCase(Locale.ROOT);
        boolean nextIsNumber = Character.isDigit(nc);
        if (before.equals("No") || before.equals("p") || before.equals("pp")) {
            return !nextIsNumber; // "No. 2", "p. 14"
        }
        if (before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
            return false; // an initial: "John F. Kennedy"
        }
        if (NEVER_FINAL.contains(lower)) {
            return isOpeningQuote(text.charAt(next)); // "on Pleasant St. “Who …" ends; "St. Louis" does not
        }
        if (MONTHS.contains(lower)) {
            return !nextIsNumber;
        }
        if (lower.equals("a.m") || lower.equals("p.m")) {
            return !TIME_CONTINUATIONS.contains(nextLower);
        }
        if (isInitials(text, before, termStart) && !CLOSED_CLASS.contains(nextLower)) {
            return false; // "Dr. R.K. Yadav", "J.D. Okonkwo": initials before a surname
        }
        if (isAcronym(before) || NAME_LIKE.contains(lower) || isPartyState(before)) {
            // "U.S. Senate", "Calif. Gov. Reyes" continue; "in the U.S. Neither …" ends
            return !NAME_CONTINUATIONS.contains(nextLower);
        }
        return true;
    }

    /**
     * After a quotation closed by {@code ?} or {@code !}: is the text from {@code at} its
     * attribution — up to four capitalised name words, titles or a pronoun, then a reporting verb
     * ({@code Smith asked}, {@code Ms. Vilkas asked}), or the verb first ({@code said Smith})?
     */
    private boolean isAttribution(CharSequence text, int at, int end) {
        int i = at;
        for (int w = 0; w < 5 && i < end; w++) {
            int s = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '-'
                    || text.charAt(i) == '\u2019')) {
                i++;
            }
            if (i == s) {
                return false;
            }
            String word = text.subSequence(s, i).toString();
            String lower = word.toLowerCase(Locale.ROOT);
            if (attributionVerbs.contains(lower)) {
                return endsSoon(text, i, end); // "Smith asked reporters." but not "Smith said the plan …"
            }
            if (!Character.isUpperCase(word.charAt(0)) && !lower.equals("the")) {
                return false;
            }
            if (i < end && text.charAt(i) == '.' && (NEVER_FINAL.contains(lower) || word.length() == 1)) {
                i++; // "Ms." or an initial inside the name
            }
            if (i < end && !isSpace(text.charAt(i))) {
                return false;
            }
            i = skipSpace(text, i, end);
        }
        return false;
    }

    /** The attribution ends within a few words: a comma, a period or the end follows. */
    private static boolean endsSoon(CharSequence text, int from, int end) {
        int words = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',' || c == ';' || c == '!' || c == '?') {
                return true;
            }
            if (Character.isWhitespace(c) && i + 1 < end && !Character.isWhitespace(text.charAt(i + 1))) {
                words++;
                if (words > 3) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasQuote(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201D' || c == '\u2019' || c == '\'') {
                return true;
            }
        }
        return false;
    }

    /** The letters and inner periods or hyphens right before {@code at}: "Sen", "U.S", "D-Va". */
    private static String tokenBefore(CharSequence text, int from, int at) {
        int s = at;
        while (s > from) {
            char c = text.charAt(s - 1);
            if (Character.isLetter(c) || c == '.' || c == '-') {
                s--;
            } else {
                break;
            }
        }
        while (s < at && !Character.isLetter(text.charAt(s))) {
            s++;
        }
        return text.subSequence(s, at).toString();
    }

    /** Upper-case initials: "R.K", "J.D". */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){1,3}\\p{Lu}");

    /** Closed-class words that open sentences: after initials they mean a new sentence. */
    private static final Set<String> CLOSED_CLASS = words(
            "the", "a", "an", "but", "and", "or", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
            "those", "there", "in", "on", "at", "for", "with", "after", "when", "while", "if", "as", "his", "her",
            "its", "their", "our", "some", "many", "no", "not", "yet", "so", "what", "why", "how", "who", "neither",
            "both", "all", "one", "its", "by", "from", "to", "meanwhile", "however", "still", "also");

    /**
     * Upper-case initials ("R.K", "J.D") not preceded by "the" — "the U.K." is a country — and
     * preceded by a capitalised word or a title.
     */
    private static boolean isInitials(CharSequence text, String token, int at) {
        if (!INITIALS.matcher(token).matches()) {
            return false;
        }
        int s = at - token.length();
        int e = s;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        String previous = text.subSequence(b, e).toString();
        // "Meerut, U.P." after a comma is a state, not initials
        return !previous.isEmpty() && Character.isUpperCase(previous.charAt(0)) && !previous.equals("The")
                && !previous.endsWith(",");
    }

    private static boolean isAcronym(String token) {
        // "U.S", "D.C", "a.m", "Ph.D": letters separated by periods
        return token.length() >= 3 && token.indexOf('.') > 0 && token.chars().allMatch(c -> Character.isLetter(c) || c == '.')
                && token.split("\\.").length >= 2;
    }

    private static boolean isPartyState(String token) {
        // "D-Va", "R-Texas", "I-Vt"
        return token.length() >= 3 && token.charAt(1) == '-' && "DRI".indexOf(token.charAt(0)) >= 0;
    }

    private static String wordAt(CharSequence text, int at, int end) {
        int i = at;
        while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int s = i;
        while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return text.subSequence(s, i).toString();
    }

    /** The first letter or digit at {@code at}, skipping opening quotes and brackets; 0 if another character comes first. */
    private static char firstLetterOrDigit(CharSequence text, int at, int end) {
        int i = at;
        while (i < end && (isOpeningQuote(text.charAt(i)) || text.charAt(i) == '(' || text.charAt(i) == '[')) {
            i++;
        }
        if (i >= end) {
            return 0;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) ? c : 0;
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '\u00AB';
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int skipSpace(CharSequence text, int i, int end) {
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Span trim(CharSequence text, int s, int e) {
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
