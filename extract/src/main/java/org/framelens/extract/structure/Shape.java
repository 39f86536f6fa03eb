package org.framelens.extract.structure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.framelens.model.Words;

/**
 * The shape of one paragraph: the features {@link ShapeStructureTagger} decides on. Built from
 * the text alone (punctuation, capitals, length, page-furniture patterns). Immutable in effect
 * (Title Case is read on first use); used by one thread, within one classification.
 */
final class Shape {
    /** Short words that stay lower case in Title Case headings. */
    private static final Set<String> SMALL_WORDS = Set.of(
            "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "on", "at", "to", "from",
            "by", "of", "in", "into", "with", "as", "vs", "via", "amid", "over", "per", "up", "off",
            "out", "is", "are", "be", "its", "than", "after", "before", "about", "against", "under", "if");

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?,?";

    /** A date or time at the start of a line: "Nov 28, 2025 …", "28 November 2025", "2025-11-28", "11/28/2025". */
    private static final Pattern DATE_START = Pattern.compile(
            "^(?:" + WEEKDAY + "\\s+)?(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}:\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?))",
            Pattern.CASE_INSENSITIVE);
    /** A date or clock time anywhere: for stamps that end with "a.m." or a period. */
    private static final Pattern DATE_ANYWHERE = Pattern.compile(
            "\\b(?:" + MONTH + "\\s+\\d{1,2}\\b|\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2})", Pattern.CASE_INSENSITIVE);
    /** Relative publication times: "3 days ago", "an hour ago". */
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "\\b(?:\\d+|an?|one|two|three|few)\\s+(?:sec(?:ond)?|min(?:ute)?|hr|hour|day|week|month|year)s?\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);
    /** Bylines and credits. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|posted by|written by|words by|reporting by|additional reporting by|edited by|editing by|"
                    + "compiled by|story by|photo(?:graph)?s?(?: by)?|images?(?: by)?|credit|source|author)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Time stamps of the page: "Updated 3:45 p.m. ET", "Published: …". */
    private static final Pattern STAMP = Pattern.compile(
            "^(?:last\\s+)?(?:updated|published|posted|modified|first published|created)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Page prompts: share, subscribe, comment, read more, related, tags, advertising. */
    private static final Pattern PROMPT = Pattern.compile(
            "^(?:share(?:\\s+(?:this|on|via|the|article|story|post))?|tweet|email this|print(?: this)?|"
                    + "follow(?:\\s+us)?|subscribe|sign\\s+up|sign\\s+in|log\\s*in|register|click\\s+here|"
                    + "read\\s+(?:more|next|also|the full)|see\\s+also|also\\s+read|more\\s+from|most\\s+(?:read|popular)|"
                    + "related(?:\\s+(?:articles?|stories|posts|coverage|content|topics))?|recommended|trending|"
                    + "tags?|filed\\s+under|categor(?:y|ies)|topics?|advertisement|sponsored|skip\\s+to|"
                    + "leave\\s+a\\s+(?:reply|comment)|post\\s+a\\s+comment|add\\s+a\\s+comment|comments?|"
                    + "\\d+\\s+comments?|join\\s+the\\s+(?:conversation|discussion)|cancel\\s+reply|"
                    + "you\\s+must\\s+be\\s+logged|what\\s+do\\s+you\\s+think|download\\s+the|watch(?:\\s+the)?\\s+video|"
                    + "listen\\s+to\\s+(?:this|the)\\s+(?:article|story)|newsletter|copy\\s+link|"
                    + "all\\s+rights\\s+reserved|copyright|\\(c\\)|\u00A9)(?=\\b|\\W|$)",
            Pattern.CASE_INSENSITIVE);
    /**
     * Editorial notes and reader prompts that read as sentences but are page furniture: comment
     * and tip prompts, newsletter offers, update and editing notes, video labels.
     */
    private static final Pattern NOTE = Pattern.compile(
            "^(?:what do you think\\b|(?:have|got) a (?:news )?tip\\b|let us know\\b|you must be logged in|"
                    + "comments are (?:closed|disabled)|your email address will not be published|required fields are marked|"
                    + "loading\\W*$|this (?:story|article|report|post|piece) (?:has been|was|is being) (?:updated|corrected|amended|edited)|"
                    + "this (?:interview|transcript|conversation|story) (?:has been|was) (?:edited|condensed|lightly edited)|"
                    + "(?:video )?ad feedback|(?:watch|video|listen|photos?|image|caption|corrections?|editor'?s note)\\s*:|"
                    + "get (?:the|our)\\b.{0,60}\\b(?:delivered|inbox|newsletter)|sign up\\b|subscribe\\b|follow us\\b|"
                    + "read more\\b|related\\s*:|click here\\b|for more (?:news|stories|coverage)\\b|explore more\\b|"
                    + "(?:also|read) (?:read|also)\\s*:|see also\\s*:|more on\\b|save (?:this|for later)\\b|our standards\\b|"
                    + "this (?:article|story) (?:appears|appeared)\\b|the comments below\\b|"
                    + "(?:additional )?(?:reporting|editing|writing) by\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Phrases that mark furniture wherever they stand in a short paragraph. */
    private static final Pattern NOTE_ANYWHERE = Pattern.compile(
            "\\bcontributed (?:reporting|to this (?:report|story|article)|from)\\b|\\blet us know in the comments|"
                    + "\\b(?:delivered|straight) to your inbox|\\(\\d{1,2}:\\d{2}\\)$|\\bdownload (?:the|our) app\\b|"
                    + "\\breach (?:him|her|them|me|us) at\\b|\\bfollow (?:him|her|them) on\\b|"
                    + "\\((?:file )?(?:photo|image|picture|supplied|credit|video)s?\\s*:[^)]*\\)?$|\\bphotograph(?:ed)? by\\b|"
                    + "\\bis an? (?:[\\w-]+ )?(?:writer|reporter|correspondent|editor|columnist|contributor) (?:at|for|with)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A call to write in, with an address: "Contact Jo Lee at jo@example.com." */
    private static final Pattern CONTACT = Pattern.compile(
            "^(?:contact|email|e-mail|write to|reach|send)\\b.*(?:\\S+@\\S+\\.\\w+|\\d{3}[-.]\\d{3,4}[-.]\\d{4})",
            Pattern.CASE_INSENSITIVE);
    /** A byline without "By": a name and a job title ("Jo Lee Transport correspondent"). */
    private static final Pattern TITLE_BYLINE = Pattern.compile(
            "\\b(?:correspondent|editor|reporter|writer|columnist|contributor|bureau chief|staff)$",
            Pattern.CASE_INSENSITIVE);
    /** A time on its own, as live blogs stamp their entries: "10:42 a.m.", "18:45 GMT". */
    private static final Pattern TIME_ONLY = Pattern.compile(
            "^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4})?$", Pattern.CASE_INSENSITIVE);
    /** A list item: "- text", "• text". */
    private static final Pattern BULLET = Pattern.compile("^[-\u2022*\u00B7\u2013\u25AA\u25CF]\\s+\\S");
    /** A transcript line opening with a speaker label: "WHITAKER: And then?" */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^[A-Z][A-Z .'-]{1,30}:\\s");
    private static final Pattern COPYRIGHT_ANYWHERE = Pattern.compile(
            "\u00A9|\\ball rights reserved\\b|\\bcopyright\\s+(?:\u00A9\\s*)?\\d{4}", Pattern.CASE_INSENSITIVE);
    /** Breadcrumbs and menus: items separated by », ›, | or •. */
    private static final Pattern SEPARATED_ITEMS = Pattern.compile("\\s[\u00BB\u203A|\u2022\u00B7/>]\\s");
    /** Opening brackets, quotes and bullets before a paragraph, closing brackets after it. */
    private static final Pattern WRAPPERS = Pattern.compile("^[\\s(\\[\"'\u201C\u2018*#>\u2022-]+|[\\s)\\]]+$");
    private static final Pattern URL_OR_EMAIL = Pattern.compile(
            "^(?:https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+)$", Pattern.CASE_INSENSITIVE);

    final String text;
    final int words;
    final char last;
    final boolean endsSentence;
    final boolean endsWithPeriod;
    final boolean endsWithEllipsis;
    /** {@link #titleCase()}, once read: 0 not yet, 1 false, 2 true. */
    private byte titleCase;
    final boolean furniture;
    final String furnitureWhy;
    private final String core;

    Shape(String text) {
        this.text = text;
        this.words = Words.count(text);
        this.core = stripWrappers(text);
        this.last = lastMeaningful(text);
        this.endsWithEllipsis = text.endsWith("...") || last == '\u2026';
        this.endsWithPeriod = last == '.' && !endsWithEllipsis;
        this.endsSentence = last == '.' || last == '!' || last == '?' || last == '\u2026';
        this.furnitureWhy = furniture();
        this.furniture = furnitureWhy != null;
    }

    /** Could be a heading: short, and no sentence-final period, comma, colon or semicolon. */
    boolean headingLike() {
        if (furniture || words == 0 || words > 30 || transcript() || bullet()) {
            return false;
        }
        if (".,;:\u2026".indexOf(last) >= 0 || endsWithEllipsis) {
            return false;
        }
        if (last == '?' || last == '!') {
            return titleCase() || words <= 10;
        }
        return true;
    }

    /** Running text: ends a sentence, is not page furniture, and is not a Title Case question. */
    boolean prose() {
        if (furniture) {
            return false;
        }
        if (transcript() || bullet()) {
            return true; // list items and transcript lines are running text, stop or no stop
        }
        if (words < 3) {
            return false;
        }
        if (last == '?' || last == '!') {
            return !(titleCase() && words <= 12); // "Will It Last?" is a heading
        }
        return endsWithPeriod;
    }

    /** @return whether the paragraph is a list item */
    boolean bullet() {
        return BULLET.matcher(text).find();
    }

    /** A transcript line: "SPEAKER: words." (a headline "KICKER: words" has no final stop). */
    boolean transcript() {
        return endsSentence && SPEAKER_LABEL.matcher(text).find();
    }

    /** A short stand-alone question without quotation marks: "What happens next?" */
    boolean shortQuestion() {
        return last == '?' && words <= 6 && !transcript() && text.chars().noneMatch(c -> c == '"' || c == '\u201C'
                || c == '\u201D' || c == '\u2018');
    }

    private String furniture() {
        boolean unterminated = !endsSentence;
        if (URL_OR_EMAIL.matcher(core).matches()) {
            return "link";
        }
        // The patterns that search the whole paragraph run only when the words they need are in it:
        // every one of them needs one of these literals, which case-insensitive (ASCII) matching
        // finds in the lower-cased text too. Patterns anchored with ^ are tried at the start only
        // (lookingAt), which is where find would match them.
        String lower = words <= 30 ? core.toLowerCase(Locale.ROOT) : "";
        if (words <= 25 && mayBeCopyright(lower) && COPYRIGHT_ANYWHERE.matcher(core).find()) {
            return "copyright";
        }
        if (words <= 30 && (NOTE.matcher(core).lookingAt() || mayBeNote(lower) && NOTE_ANYWHERE.matcher(core).find())) {
            return "editorial note or reader prompt";
        }
        if (words <= 25 && CONTACT.matcher(core).lookingAt()) {
            return "contact line";
        }
        if (TIME_ONLY.matcher(core).matches()) {
            return "time stamp";
        }
        if (words <= 8 && unterminated && TITLE_BYLINE.matcher(core).find()) {
            return "byline";
        }
        if (words <= 12 && (unterminated || last == ':') && PROMPT.matcher(core).lookingAt()) {
            return "page prompt";
        }
        if (words <= 14 && unterminated && BYLINE.matcher(core).lookingAt()) {
            return "byline";
        }
        if (words <= 16 && lower.contains("ago") && RELATIVE_TIME.matcher(core).find() && (unterminated || words <= 8)) {
            return "time stamp";
        }
        if (words <= 20 && STAMP.matcher(core).lookingAt()
                && (unterminated || DATE_ANYWHERE.matcher(core).find())) {
            return "time stamp";
        }
        if (unterminated && DATE_START.matcher(core).lookingAt()) {
            return "dateline strip";
        }
        if (unterminated && words <= 20 && SEPARATED_ITEMS.matcher(core).find()) {
            return "menu or breadcrumb";
        }
        return null;
    }

    /** Whether {@link #COPYRIGHT_ANYWHERE} can match: it needs ©, "all rights reserved" or "copyright". */
    private static boolean mayBeCopyright(String lower) {
        return lower.indexOf('\u00A9') >= 0 || lower.contains("all rights reserved") || lower.contains("copyright");
    }

    /** Whether {@link #NOTE_ANYWHERE} can match: each of its alternatives needs one of these words. */
    private static boolean mayBeNote(String lower) {
        return lower.indexOf('(') >= 0 || lower.contains("contributed ") || lower.contains("let us know in the comments")
                || lower.contains(" to your inbox") || lower.contains("download ") || lower.contains("reach ")
                || lower.contains("follow ") || lower.contains("photograph") || lower.contains("is a") && mayBeByNote(lower);
    }

    /** The job words "is a(n) … writer at" needs: "is a" alone is in a good part of all news paragraphs. */
    private static boolean mayBeByNote(String lower) {
        return lower.contains("writer") || lower.contains("reporter") || lower.contains("correspondent")
                || lower.contains("editor") || lower.contains("columnist") || lower.contains("contributor");
    }

    /**
     * @return whether most significant words are capitalised (Title Case). Read on first use: most
     *     paragraphs are running text whose kind never asks. A pure function of the text, so a
     *     second thread reading it at once would only compute the same answer again.
     */
    boolean titleCase() {
        if (titleCase == 0) {
            titleCase = titleCase(text) ? (byte) 2 : (byte) 1;
        }
        return titleCase == 2;
    }

    /**
     * Most significant words capitalised. Words are the runs between white space, dashes and
     * slashes, stripped of leading and trailing characters that are neither letters nor numbers;
     * a word that then does not start with a letter, or is a {@link #SMALL_WORDS small word}, is
     * not significant. Read in place, without a regular expression: it runs for every paragraph.
     */
    static boolean titleCase(String text) {
        int significant = 0;
        int capital = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isWordSeparator(text.charAt(i))) {
                i++;
            }
            int tokenEnd = i;
            while (tokenEnd < n && !isWordSeparator(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            // strip by code point, as \p{L} and \p{N} read them
            int s = i;
            while (s < tokenEnd) {
                int cp = text.codePointAt(s);
                if (isLetterOrNumber(cp)) {
                    break;
                }
                s += Character.charCount(cp);
            }
            int e = tokenEnd;
            while (e > s) {
                int cp = text.codePointBefore(e);
                if (isLetterOrNumber(cp)) {
                    break;
                }
                e -= Character.charCount(cp);
            }
            i = tokenEnd;
            if (e <= s || !Character.isLetter(text.charAt(s))) {
                continue;
            }
            // no small word is longer than 7 letters, and lower case has no fewer characters than code points
            if (e - s <= 14 && SMALL_WORDS.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
                continue;
            }
            significant++;
            if (Character.isUpperCase(text.charAt(s))) {
                capital++;
            }
        }
        return significant >= 2 && capital >= 0.75 * significant;
    }

    /** White space as {@code \s} reads it (ASCII only), a dash, a hyphen or a slash. */
    private static boolean isWordSeparator(char c) {
        return isRegexSpace(c) || c == '\u2014' || c == '\u2013' || c == '/' || c == '-';
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The paragraph without its wrappers: what {@link #WRAPPERS} removes, read in place. The
     * pattern's {@code $} also matches before a final line terminator; the three that white space
     * trimming does not cover (U+0085, U+2028, U+2029) are left to the pattern itself.
     */
    static String stripWrappers(String text) {
        int n = text.length();
        if (n > 0) {
            char lastChar = text.charAt(n - 1);
            if (lastChar == '\u0085' || lastChar == '\u2028' || lastChar == '\u2029') {
                return WRAPPERS.matcher(text).replaceAll("");
            }
        }
        int s = 0;
        while (s < n && isOpeningWrapper(text.charAt(s))) {
            s++;
        }
        int e = n;
        while (e > s && isClosingWrapper(text.charAt(e - 1))) {
            e--;
        }
        return s == 0 && e == n ? text : text.substring(s, e);
    }

    /** {@code [\\s(\\["'\u201C\u2018*#>\u2022-]}. */
    private static boolean isOpeningWrapper(char c) {
        return isRegexSpace(c) || c == '(' || c == '[' || c == '"' || c == '\'' || c == '\u201C' || c == '\u2018'
                || c == '*' || c == '#' || c == '>' || c == '\u2022' || c == '-';
    }

    /** {@code [\\s)\\]]}. */
    private static boolean isClosingWrapper(char c) {
        return isRegexSpace(c) || c == ')' || c == ']';
    }

    /** {@code \\s} without the Unicode flag: ASCII white space only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The last character that is not a closing quote, bracket or space. */
    private static char lastMeaningful(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ("\"'\u201D\u2019)]* ".indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return ' ';
    }
}
