package org.framelens.extract.structure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.framelens.model.Words;

/**
 * The shape of one paragraph: the features {@link ShapeStructureTagger} decides on. Built from
 * the text alone (punctuation, capitals, length, page-furniture patterns). Immutable.
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
    private static final Pattern URL_OR_EMAIL = Pattern.compile(
            "^(?:https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+)$", Pattern.CASE_INSENSITIVE);

    final String text;
    final int words;
    final char last;
    final boolean endsSentence;
    final boolean endsWithPeriod;
    final boolean endsWithEllipsis;
    final boolean titleCase;
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
        this.titleCase = titleCase(text);
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
            return titleCase || words <= 10;
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
            return !(titleCase && words <= 12); // "Will It Last?" is a heading
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
        if (words <= 25 && COPYRIGHT_ANYWHERE.matcher(core).find()) {
            return "copyright";
        }
        if (words <= 30 && (NOTE.matcher(core).find() || NOTE_ANYWHERE.matcher(core).find())) {
            return "editorial note or reader prompt";
        }
        if (words <= 25 && CONTACT.matcher(core).find()) {
            return "contact line";
        }
        if (TIME_ONLY.matcher(core).matches()) {
            return "time stamp";
        }
        if (words <= 8 && unterminated && TITLE_BYLINE.matcher(core).find()) {
            return "byline";
        }
        if (words <= 12 && (unterminated || last == ':') && PROMPT.matcher(core).find()) {
            return "page prompt";
        }
        if (words <= 14 && unterminated && BYLINE.matcher(core).find()) {
            return "byline";
        }
        if (words <= 16 && RELATIVE_TIME.matcher(core).find() && (unterminated || words <= 8)) {
            return "time stamp";
        }
        if (words <= 20 && STAMP.matcher(core).find()
                && (unterminated || DATE_ANYWHERE.matcher(core).find())) {
            return "time stamp";
        }
        if (unterminated && DATE_START.matcher(core).find()) {
            return "dateline strip";
        }
        if (unterminated && words <= 20 && SEPARATED_ITEMS.matcher(core).find()) {
            return "menu or breadcrumb";
        }
        return null;
    }

    /** Most significant words capitalised. */
    private static boolean titleCase(String text) {
        int significant = 0;
        int capital = 0;
        for (String token : text.split("[\\s\u2014\u2013/-]+")) {
            String w = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            significant++;
            if (Character.isUpperCase(w.charAt(0))) {
                capital++;
            }
        }
        return significant >= 2 && capital >= 0.75 * significant;
    }

    private static String stripWrappers(String text) {
        return text.replaceAll("^[\\s(\\[\"'\u201C\u2018*#>\u2022-]+|[\\s)\\]]+$", "");
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
