package org.framelens.extract.voice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.extract.codebook.Codebook;
import org.framelens.extract.codebook.SpeakerAlias;
import org.framelens.extract.text.Token;
import org.framelens.extract.text.WordSet;
import org.framelens.model.SpeakerType;

/**
 * Resolves the source of an attribution — a noun phrase as written — to a canonical speaker, as
 * {@code ANNOTATION.md} names them: a person by the full name first introduced in the article
 * (titles dropped), pronouns and descriptions ("the minister", "the Kentucky Republican") to the
 * person last in focus, places and aliases to the institution they stand for, groups and
 * anonymous sources by their description.
 *
 * <p>One instance serves one article and keeps its state (the people introduced so far, who is in
 * focus); not thread-safe. The codebook tables it reads are immutable.
 */
final class Speakers {
    /** A resolved speaker. {@code how} says what decided it, for the evidence column. */
    record Resolved(String name, SpeakerType type, String how) {
    }

    private static final Set<String> PERSON_PRONOUNS = WordSet.of("he", "she", "him", "her");
    private static final Set<String> COLLECTIVE_PRONOUNS = WordSet.of("they", "them", "it");
    private static final Set<String> QUANTIFIERS = WordSet.of("many", "some", "others", "most", "several", "both", "few");
    private static final Set<String> AUX_ADVERBS = WordSet.of(
            "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "would", "could",
            "should", "may", "might", "can", "did", "does", "do", "also", "then", "later", "again", "repeatedly",
            "previously", "recently", "publicly", "privately", "earlier", "further", "not", "never", "already",
            "still", "reportedly", "once", "first", "simply", "only", "just", "now", "today", "yesterday",
            "allegedly", "apparently", "even", "long", "had", "often", "twice", "since", "n't", "last");
    /** Titles and roles dropped from names ("Chilean President Ana Soto" → "Ana Soto"). */
    private static final Set<String> TITLES = WordSet.of(
            "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative", "gov",
            "governor", "gen", "general", "lt", "col", "colonel", "maj", "major", "capt", "captain", "adm", "admiral",
            "sgt", "dr", "mr", "mrs", "ms", "mx", "prof", "professor", "chancellor", "king", "queen", "prince",
            "princess", "pope", "chief", "director", "judge", "justice", "mayor", "speaker", "leader", "ambassador",
            "envoy", "deputy", "first", "foreign", "defence", "defense", "finance", "interior", "trade", "health",
            "economy", "commerce", "attorney", "chairman", "chairwoman", "chair", "commissioner", "councillor",
            "councilor", "councilman", "councilwoman", "former", "acting", "special", "senior", "executive", "ceo",
            "premier", "sheikh", "emir", "crown", "lord", "lady", "sir", "dame", "rev", "father", "bishop",
            "cardinal", "archbishop", "spokesman", "spokeswoman", "spokesperson", "secretary-general",
            "president-elect", "mp", "mep", "congressman", "congresswoman", "treasurer", "comptroller", "inspector",
            "superintendent", "commander", "marshal", "officer", "head", "opposition", "majority", "minority",
            "labor", "labour", "state", "assistant", "associate", "supreme", "federal", "national", "sergeant",
            "detective", "det", "supt", "insp", "cmdr", "hon", "gov.", "lieutenant", "chef", "coach", "manager",
            "governor-general", "minister-president", "undersecretary", "under-secretary", "mrs.", "dr.");
    /** Post-modifiers that add who leads or backs a body, not what it is: cut from its name. */
    private static final Set<String> PARTICIPLES = WordSet.of(
            "led", "headed", "chaired", "run", "backed", "appointed", "named", "elected", "overseeing");
    /** Words that end a subject phrase when walking back from a verb. */
    private static final Set<String> CLAUSE_WORDS = WordSet.of(
            "that", "which", "who", "whom", "whose", "and", "but", "or", "while", "as", "because", "if", "when",
            "after", "before", "although", "though", "so", "than", "where", "whether", "once", "until", "unless",
            "despite", "amid", "saying", "adding");
    /** Prepositions and participles after a group's head noun ("officials across the continent"). */
    private static final Set<String> POST_MODIFIERS = WordSet.of(
            "of", "across", "in", "at", "from", "with", "to", "for", "close", "familiar", "on", "inside", "within",
            "near", "around", "who", "that", "involved", "briefed", "based", "representing", "led", "headed",
            "chaired", "run", "backed", "appointed", "named", "elected", "overseeing", "quoted", "speaking", "said");

    private final Map<String, SpeakerAlias> aliases = new HashMap<>();
    private final Set<String> places;
    private final Map<String, SpeakerType> nouns;
    private final String text;
    private final List<String[]> people = new ArrayList<>(); // full names as token arrays, in order introduced
    private final Map<String, Integer> introducedIn = new java.util.LinkedHashMap<>(); // full name -> sentence, text order
    private final List<String[]> candidates = new ArrayList<>(); // name-like word runs, in text order
    private final Map<String, Set<String>> titles = new HashMap<>(); // full name -> title words
    private final OrganizationNames organizationNames;
    // lookups that scan the whole article, remembered for it (a null answer too)
    private final Map<String, Resolved> namedOrganizations = new HashMap<>();
    private final Map<String, Resolved> acronyms = new HashMap<>();
    private final Map<String, Resolved> shortNames = new HashMap<>();
    private List<String> capitalisedRuns; // CAPITALISED_RUN's matches in the text, once needed
    /** Organizations the article describes with a noun ("Open Ledger, the rights group"), by name. */
    private final Map<String, Resolved> described = new java.util.LinkedHashMap<>();
    /** The names described with each noun, in text order ("group" → [Open Ledger]). */
    private final Map<String, List<String>> describedByNoun = new HashMap<>();
    /** Speakers the running text resolved: a heading may name them by one word. */
    private final Set<String> bodySpeakers = new java.util.HashSet<>();
    /** People the article describes in apposition, by the description's noun ("brother" → Jo Roe). */
    private final Map<String, String> describedPeople = new HashMap<>();
    /** Anonymous sources described with "a" or "an", in the order they came into focus. */
    private final List<Resolved> anonymous = new ArrayList<>();
    private Resolved lastPerson;
    private Resolved previousSubject;
    private Resolved lastCollective;
    private int sentence;
    private boolean knownOnly;

    /** Words that are not people when they head a plural subject ("reports said"). */
    private static final Set<String> NOT_SPEAKERS = WordSet.of(
            "reports", "figures", "data", "documents", "polls", "surveys", "studies", "records", "papers", "statistics",
            "numbers", "talks", "estimates", "results", "plans", "minutes", "files", "emails", "messages", "rules",
            "terms", "proposals", "measures", "changes", "prices", "markets", "sales", "costs", "rates", "news",
            "details", "accounts", "claims", "tensions", "negotiations", "efforts", "signs", "concerns", "fears",
            "hopes", "doubts", "questions", "warnings", "comments", "remarks", "statements", "words", "things",
            "demands", "conditions", "offers", "promises", "pledges", "threats", "objections", "complaints", "goals",
            "interests", "needs", "rights", "views", "positions");

    Speakers(Codebook codebook, String text) {
        this(codebook, text, new OrganizationNames());
    }

    /**
     * @param codebook          the codebook whose tables to read
     * @param text              the article text
     * @param organizationNames compiled name patterns, shared by the articles of one tagger
     */
    Speakers(Codebook codebook, String text, OrganizationNames organizationNames) {
        for (SpeakerAlias a : codebook.speakerAliases()) {
            aliases.put(a.alias(), a);
        }
        this.places = codebook.places();
        this.nouns = codebook.speakerNouns();
        this.text = text;
        this.organizationNames = organizationNames;
        learnDescribedOrganizations();
    }

    // possessive quantifiers (*+, ++) below: a letter run or a space run never gives back what it
    // took, as what follows cannot start with a letter or a space; the same matches, less backtracking
    /** A capitalised name of one to five words, with "of", "for", "and", "the" inside. */
    private static final String NAME = "\\p{Lu}[\\p{L}'\u2019-]*+(?:[ \\t]++(?:of|for|and|the|\\p{Lu}[\\p{L}'\u2019-]*+)){0,4}";
    /** "Open Ledger, the human rights group whose …": a name, a comma, an article and a description. */
    static final java.util.regex.Pattern APPOSITIVE = java.util.regex.Pattern.compile(
            "(" + NAME + "),[ \\t]+(?:the|a|an)[ \\t]+([^,.;:()\\n\u2014\u2013]{1,80})");
    /** "Julien Moreau, Claire's brother,": a person's name, a comma and a description with its determiner. */
    static final java.util.regex.Pattern PERSON_APPOSITIVE = java.util.regex.Pattern.compile(
            "(" + NAME + "),[ \\t]+(?:the|a|an|his|her|its|their|[\\p{L}-]+['\u2019]s)[ \\t]+([^,.;:()\\n\u2014\u2013]{1,80})");
    /** "the environmental group Sea Commons", "developer Brightwater Offshore": a noun before the name. */
    static final java.util.regex.Pattern PREMODIFIER = java.util.regex.Pattern.compile(
            "(?<![\\p{L}'\u2019])(\\p{Ll}[\\p{Ll}-]*+)[ \\t]++(" + NAME + ")");
    /** "the country's main opposition party, the Democratic Renewal Party,": a description, then the name. */
    static final java.util.regex.Pattern DESCRIPTION_FIRST = java.util.regex.Pattern.compile(
            "(?<![\\p{L}'\u2019-])((?:\\p{Ll}[\\p{Ll}-]*+[ \\t]++){0,3}+\\p{Ll}[\\p{Ll}-]*+),[ \\t]+(?:the[ \\t]+)?(" + NAME + ")[,.]");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}'\u2019-]+|\\S");

    /**
     * Finds the organizations and groups the article describes by a noun, in apposition ("Open
     * Ledger, the human rights group whose report …", "Andes Lithium, an Australian miner that …")
     * or before the name ("the environmental group Sea Commons", "developer Brightwater
     * Offshore"). Such a name is an organization, not a person, and "the group" or "the company"
     * later in the article points to it.
     */
    private void learnDescribedOrganizations() {
        // each pattern is tried only where a plain scan says a match can start (DescriptionStarts):
        // the same matches as find() over the whole text, at a fraction of the cost
        int[] names = DescriptionStarts.beforeComma(text, false);
        DescriptionStarts.Finder m = new DescriptionStarts.Finder(APPOSITIVE, text, names);
        while (m.find()) {
            String noun = descriptionHead(m.group(2), false);
            if (noun != null) {
                learn(m.group(1), noun);
            }
        }
        // "Julien Moreau, Claire's brother,", "Sanne Brouwer, the party's leader,": the noun is the
        // person's title, for "the leader" or a heading's "Brother:" later
        m = new DescriptionStarts.Finder(PERSON_APPOSITIVE, text, names);
        while (m.find()) {
            String noun = descriptionHead(m.group(2), true);
            String name = noun == null ? null : cleanName(m.group(1));
            if (name != null && name.indexOf(' ') > 0) {
                describedPeople.putIfAbsent(noun, name);
            }
        }
        m = new DescriptionStarts.Finder(DESCRIPTION_FIRST, text, DescriptionStarts.beforeComma(text, true));
        while (m.find()) {
            // "Mongolia's main opposition party, the Democratic Renewal Party, says …"
            String[] words = SPACES.split(m.group(1).strip());
            String head = words[words.length - 1];
            SpeakerType type = nouns.get(head);
            boolean phrase = java.util.Arrays.stream(words).anyMatch(w -> POST_MODIFIERS.contains(w) || CLAUSE_WORDS.contains(w));
            if ((type == SpeakerType.ORGANIZATION || type == SpeakerType.GROUP) && !phrase) { // not "chief of staff"
                for (int i = Math.max(0, words.length - 4); i < words.length; i++) {
                    SpeakerType t = nouns.get(words[i]);
                    if (t == SpeakerType.ORGANIZATION || t == SpeakerType.GROUP) {
                        learn(m.group(2), words[i]); // "opposition" and "party" both point to it
                    }
                }
            }
        }
        m = new DescriptionStarts.Finder(PREMODIFIER, text, DescriptionStarts.lowerWordBeforeCapital(text));
        while (m.find()) {
            String noun = m.group(1);
            SpeakerType type = nouns.get(noun);
            if (type == SpeakerType.ORGANIZATION || type == SpeakerType.GROUP) {
                learn(m.group(2), noun);
            }
        }
    }

    /** The head noun of a description ("human rights group whose report …" → "group") when it names an organization or group. */
    private String descriptionHead(String description, boolean person) {
        java.util.regex.Matcher w = WORD.matcher(description);
        String last = null;
        int words = 0;
        while (w.find() && words < 6) {
            String x = w.group();
            String lower = x.toLowerCase(java.util.Locale.ROOT);
            if (!Character.isLetter(x.charAt(0)) || CLAUSE_WORDS.contains(lower) || POST_MODIFIERS.contains(lower)
                    || lower.equals("behind") || lower.equals("has") || lower.equals("have") || lower.equals("is")) {
                break;
            }
            last = lower;
            words++;
        }
        if (last == null || last.endsWith("'s") || last.endsWith("\u2019s")) {
            return null;
        }
        SpeakerType type = nouns.get(last);
        if (person) {
            return type == SpeakerType.PERSON ? last : null;
        }
        return type == SpeakerType.ORGANIZATION || type == SpeakerType.GROUP ? last : null;
    }

    /** A name as written, without leading sentence words or titles and a possessive ending; null if nothing is left. */
    private String cleanName(String rawName) {
        String[] words = SPACES.split(rawName.strip());
        int from = 0;
        while (from < words.length && (NOT_NAMES.contains(words[from].toLowerCase(java.util.Locale.ROOT))
                || isTitle(words[from].toLowerCase(java.util.Locale.ROOT)))) {
            from++;
        }
        return from >= words.length ? null : possessiveStemKeepCase(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
    }

    private void learn(String rawName, String noun) {
        String[] words = SPACES.split(rawName.strip());
        int from = 0;
        while (from < words.length && (NOT_NAMES.contains(words[from].toLowerCase(java.util.Locale.ROOT))
                || isTitle(words[from].toLowerCase(java.util.Locale.ROOT)))) {
            from++; // "The Social Liberals", "But Open Ledger": not part of the name
        }
        int to = words.length;
        while (to > from && NOT_NAMES.contains(words[to - 1].toLowerCase(java.util.Locale.ROOT))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        String name = possessiveStemKeepCase(String.join(" ", java.util.Arrays.copyOfRange(words, from, to)));
        if (name.length() < 2 || places.contains(name) || aliases.containsKey(name)) {
            return;
        }
        SpeakerType type = nouns.get(noun);
        described.putIfAbsent(name, new Resolved(name, type, "described as '" + noun + "': " + name));
        List<String> names = describedByNoun.computeIfAbsent(noun, k -> new ArrayList<>());
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    /**
     * Organization nouns that name the same kind of body, closest first: "the union" for a named
     * federation before an association, "the company" for "… Systems".
     */
    private static final List<List<String>> NOUN_KINDS = List.of(
            List.of("company", "firm", "corporation", "developer", "miner", "manufacturer", "producer", "operator",
                    "carmaker", "exporter", "importer", "systems", "industries", "holdings", "technologies",
                    "airlines", "motors", "corp", "inc", "ltd", "plc", "llc"),
            List.of("union", "federation", "confederation", "association"),
            List.of("group", "organisation", "organization", "charity", "watchdog", "campaign", "movement",
                    "foundation", "lobby", "network"));

    /**
     * "the group" or "the company" where the article names no "… Group" or "… Company": the one
     * organization the article described with that noun, or with a noun of the same kind, or
     * named with a noun of the same kind ("the union" for the "Teachers' Federation").
     */
    private Resolved describedOrganization(String head) {
        List<String> same = describedByNoun.getOrDefault(head, List.of());
        if (same.size() == 1) {
            return via(described.get(same.get(0)), "the " + head);
        }
        if (!same.isEmpty()) {
            return null;
        }
        for (List<String> kind : NOUN_KINDS) {
            if (!kind.contains(head)) {
                continue;
            }
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (String other : kind) {
                names.addAll(describedByNoun.getOrDefault(other, List.of()));
            }
            if (names.size() == 1) {
                return via(described.get(names.iterator().next()), "the " + head);
            }
            if (names.isEmpty()) {
                for (String other : kind) {
                    Resolved r = other.equals(head) ? null : namedOrganization(other);
                    if (r != null) {
                        return via(r, "the " + head); // the closest kind of body the article names
                    }
                }
                return kind == NOUN_KINDS.get(0) ? via(shortenedCompany(), "the " + head) : null;
            }
        }
        return null;
    }

    /** People in the order they came into focus, for a pronoun the last one's sex does not fit. */
    private final List<Resolved> personsInFocus = new ArrayList<>();
    /** Surname → 'f' or 'm', from the honorifics the article gives ("Ms. Roe", "Mr. Ode"); '?' when both. */
    private Map<String, Character> sexes;
    static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(Mr|Mrs|Ms|Miss)\\.?[ \\t]+((?:\\p{Lu}[\\p{L}-]*[ \\t]+){0,2}\\p{Lu}[\\p{L}-]*)");

    /**
     * The person a personal pronoun points to: the one last in focus, unless the article's
     * honorifics say that person is of the other sex ("she" after "Mr. Ode" spoke) — then the
     * last person in focus whom they say is of the pronoun's.
     */
    private Resolved personFor(String pronoun) {
        if (lastPerson == null) {
            return null;
        }
        char want = pronoun.equals("he") || pronoun.equals("him") || pronoun.equals("his") ? 'm' : 'f';
        char last = sexOf(lastPerson.name());
        if (last != 'f' && last != 'm' || last == want) {
            return lastPerson;
        }
        for (int i = personsInFocus.size() - 1; i >= 0; i--) {
            Resolved p = personsInFocus.get(i);
            if (sexOf(p.name()) == want) {
                return new Resolved(p.name(), p.type(), p.how() + ", the last " + (want == 'f' ? "woman" : "man") + " in focus");
            }
        }
        return lastPerson;
    }

    private char sexOf(String name) {
        if (sexes == null) {
            sexes = honorifics(text);
        }
        String surname = possessiveStemKeepCase(lastWord(name));
        java.util.Set<String> namesakes = new java.util.HashSet<>();
        for (List<String[]> names : List.of(people, candidates)) {
            for (String[] p : names) {
                if (p.length > 1 && p[p.length - 1].equals(surname)) {
                    namesakes.add(String.join(" ", p));
                }
            }
        }
        // "Ms. Moreau" says nothing of "Julien Moreau" when the article names two Moreaus
        return namesakes.size() > 1 ? '\0' : sexes.getOrDefault(surname, '\0');
    }

    /**
     * @param text an article's text
     * @return surname → 'f' or 'm' from its honorifics ("Ms. Roe", "Mr. Ode"); '?' when both
     */
    static Map<String, Character> honorifics(String text) {
        Map<String, Character> out = new HashMap<>();
        // every match starts with an 'M': the pattern is tried only there (the look-behind still
        // sees the text before), instead of find() at every character of the article
        java.util.regex.Matcher m = HONORIFIC.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = text.indexOf('M');
        while (from >= 0) {
            m.region(from, text.length());
            if (m.lookingAt()) {
                String[] words = SPACES.split(m.group(2));
                char sex = m.group(1).equals("Mr") ? 'm' : 'f';
                out.merge(words[words.length - 1], sex, (a, b) -> a == b ? a : '?');
                from = text.indexOf('M', m.end());
            } else {
                from = text.indexOf('M', from + 1);
            }
        }
        return out;
    }

    static boolean isPronoun(String lower) {
        return PERSON_PRONOUNS.contains(lower) || COLLECTIVE_PRONOUNS.contains(lower) || lower.equals("i")
                || lower.equals("we") || lower.equals("you");
    }

    static boolean isAuxiliaryOrAdverb(String lower) {
        return AUX_ADVERBS.contains(lower) || lower.endsWith("ly") && lower.length() > 4;
    }

    /**
     * Whether the token at {@code i} is an auxiliary or adverb: as {@link #isAuxiliaryOrAdverb(String)},
     * except that a capitalised "-ly" word inside the sentence is a name ("Graham Tully said",
     * "Emily Roe"), not an adverb; at the start it is one only before a comma ("Separately, …").
     */
    static boolean isAuxiliaryOrAdverb(List<Token> t, int i) {
        String lower = t.get(i).lower();
        if (AUX_ADVERBS.contains(lower)) {
            return true;
        }
        if (!lower.endsWith("ly") || lower.length() <= 4) {
            return false;
        }
        return !t.get(i).capitalized() || i == 0 && i + 1 < t.size() && t.get(i + 1).text().equals(",");
    }

    static boolean isPostModifier(String lower) {
        return POST_MODIFIERS.contains(lower);
    }

    static boolean isClauseWord(String lower) {
        return CLAUSE_WORDS.contains(lower);
    }

    /** Lower-case particles inside personal names ("Pieter van Wyk", "Marieke de Vos", "Omar bin Said"). */
    private static final Set<String> NAME_PARTICLES = WordSet.of(
            "van", "von", "de", "der", "den", "da", "das", "dos", "di", "du", "del", "della", "ten", "ter", "bin", "ibn");

    /**
     * Whether the token at {@code i} is a lower-case particle inside a personal name: one of the
     * particles, written in lower case, with a capitalised word right after it ("van" in "Pieter
     * van Wyk", or opening "van Wyk said").
     */
    static boolean nameParticle(List<Token> t, int i) {
        return i + 1 < t.size() && !t.get(i).capitalized() && NAME_PARTICLES.contains(t.get(i).lower())
                && t.get(i + 1).isWord() && t.get(i + 1).capitalized();
    }

    /** Whether the token at {@code i} is a capitalised word or a name's lower-case particle. */
    static boolean nameWord(List<Token> t, int i) {
        return t.get(i).isWord() && (t.get(i).capitalized() || nameParticle(t, i));
    }

    static boolean isTitle(String lower) {
        return TITLES.contains(stripDot(lower));
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Moves to the next sentence: names registered from now on are introduced in it.
     *
     * @param index   the sentence's index
     * @param heading whether it is a headline or subhead: there, only speakers the article already
     *                knows are accepted, since Title Case makes every word look like a name
     */
    void sentence(int index, boolean heading) {
        this.sentence = index;
        this.knownOnly = heading;
    }

    /**
     * @param after  a sentence index
     * @param within how many sentences to look ahead
     * @return the first person introduced by full name after that sentence, or null
     */
    Resolved introducedAfter(int after, int within) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> e : introducedIn.entrySet()) {
            int i = e.getValue();
            if (i > after && i <= after + within && i < at) {
                at = i;
                best = e.getKey();
            }
        }
        return best == null ? null : new Resolved(best, SpeakerType.PERSON, "introduced next: " + best);
    }

    /**
     * Records the subject of a sentence that reported no one, for an "it" in the next one.
     *
     * @param r the resolved subject, or null when the sentence had a speaker or no subject
     */
    void subject(Resolved r) {
        previousSubject = r;
    }

    /**
     * Puts a resolved speaker in focus, for later pronouns and descriptions.
     *
     * @param r a speaker
     */
    void focus(Resolved r) {
        if (r == null) {
            return;
        }
        if (!knownOnly) {
            bodySpeakers.add(r.name());
        }
        String lower = r.name().toLowerCase(java.util.Locale.ROOT);
        if (r.type() == SpeakerType.PERSON && (lower.startsWith("a ") || lower.startsWith("an "))) {
            anonymous.add(r);
        }
        if (r.type() == SpeakerType.PERSON) {
            lastPerson = r;
            personsInFocus.add(r);
        } else if (r.type() == SpeakerType.GROUP || r.type() == SpeakerType.ORGANIZATION) {
            lastCollective = r;
        }
    }

    /**
     * Registers the people named in a sentence with a title ("Ukrainian President Anna Kovac's
     * government"), so that a later surname alone resolves to the full name.
     *
     * @param tokens a sentence's tokens
     * @param skip   tokens inside quotations
     */
    void notePeople(List<Token> tokens, boolean[] skip) {
        titledRuns(tokens, skip, (i, j, k) -> {
            String[] full = person(names(tokens.subList(j, k)));
            for (int t = i; t < j; t++) {
                titles.computeIfAbsent(String.join(" ", full), x -> new java.util.HashSet<>())
                        .add(stripDot(tokens.get(t).lower()));
            }
        });
    }

    /** A run of titles at {@code [i, j)} followed by a name of two or more words at {@code [j, k)}. */
    @FunctionalInterface
    private interface TitledRun {
        void found(int i, int j, int k);
    }

    /** Finds each run of titles followed by a capitalised name of two or more words, outside quotations. */
    private void titledRuns(List<Token> tokens, boolean[] skip, TitledRun run) {
        for (int i = 0; i < tokens.size(); i++) {
            if (skip[i] || !isTitle(tokens.get(i).lower())) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && !skip[j] && isTitle(tokens.get(j).lower())) {
                j++;
            }
            int k = j;
            while (k < tokens.size() && !skip[k] && nameWord(tokens, k) && !isTitle(tokens.get(k).lower())) {
                k++;
            }
            if (k - j >= 2) {
                run.found(i, j, k);
            }
            i = Math.max(i, k - 1);
        }
    }

    /**
     * @param head a description's head noun ("secretary")
     * @return the person the article titled so ("Health Secretary Neil Ross"), first introduced
     */
    Resolved titled(String head) {
        Set<String> focused = lastPerson == null ? Set.of() : titles.getOrDefault(lastPerson.name(), Set.of());
        if (focused.contains(head) && java.util.Collections.disjoint(focused, OTHER_OFFICE)) {
            return new Resolved(lastPerson.name(), SpeakerType.PERSON, "titled '" + head + "': " + lastPerson.name());
        }
        // "the minister" is a minister before it is the prime minister: a title that another word
        // makes a different office ("prime", "vice", "deputy") is taken only when no one else has it
        boolean rankedOnly = false;
        for (String[] p : people) {
            String name = String.join(" ", p);
            Set<String> has = titles.getOrDefault(name, Set.of());
            if (has.contains(head) && java.util.Collections.disjoint(has, OTHER_OFFICE)) {
                return new Resolved(name, SpeakerType.PERSON, "titled '" + head + "': " + name);
            }
            rankedOnly |= has.contains(head);
        }
        if (rankedOnly) {
            String plain = null;
            for (Map.Entry<String, Set<String>> e : titles.entrySet()) {
                if (e.getValue().contains(head) && java.util.Collections.disjoint(e.getValue(), OTHER_OFFICE)) {
                    if (plain != null) {
                        plain = null;
                        break;
                    }
                    plain = e.getKey();
                }
            }
            if (plain != null) {
                return new Resolved(plain, SpeakerType.PERSON, "titled '" + head + "' (no other office): " + plain);
            }
            for (String[] p : people) {
                String name = String.join(" ", p);
                if (titles.getOrDefault(name, Set.of()).contains(head)) {
                    return new Resolved(name, SpeakerType.PERSON, "titled '" + head + "': " + name);
                }
            }
        }
        // people named only in passing or in a caption: only when one of them has the title
        String only = null;
        for (String[] p : candidates) {
            String name = String.join(" ", p);
            if (titles.getOrDefault(name, Set.of()).contains(head)) {
                if (only != null && !only.equals(name)) {
                    return null;
                }
                only = name;
            }
        }
        return only == null ? null : new Resolved(only, SpeakerType.PERSON, "titled '" + head + "': " + only);
    }

    /** Title words that make another office of the title after them ("prime minister", "vice president"). */
    private static final Set<String> OTHER_OFFICE = Set.of("prime", "vice", "deputy");

    /** The first person the article titled with all these words ("prime", "minister"), or null. */
    private Resolved titledAll(Set<String> words) {
        for (List<String[]> names : List.of(people, candidates)) {
            for (String[] p : names) {
                String name = String.join(" ", p);
                if (titles.getOrDefault(name, Set.of()).containsAll(words)) {
                    return new Resolved(name, SpeakerType.PERSON, "titled '" + String.join(" ", words) + "': " + name);
                }
            }
        }
        return null;
    }

    /**
     * Registers the people a caption or other page furniture names with a title ("Economy
     * Minister Jo Roe at the news conference"), so that "the minister" in the text finds them.
     *
     * @param tokens a sentence's tokens
     * @param skip   tokens inside quotations
     */
    void noteTitledNames(List<Token> tokens, boolean[] skip) {
        titledRuns(tokens, skip, (i, j, k) -> {
            // known by name, but introduced only where the text itself names them
            String[] words = names(tokens.subList(j, k));
            if (knownPerson(words[words.length - 1]) == null) {
                candidates.add(words);
            }
            for (int t = i; t < j; t++) {
                titles.computeIfAbsent(String.join(" ", words), x -> new java.util.HashSet<>())
                        .add(stripDot(tokens.get(t).lower()));
            }
        });
    }

    /**
     * A named organization whose head noun a definite description repeats: "the union" after
     * "the Nursing and Care Union". Names are found as capitalised runs (with "and", "of", "for")
     * ending in an organization noun. The answer depends on the article and the noun only, so it
     * is looked up once per article and noun.
     */
    private Resolved namedOrganization(String head) {
        return memo(namedOrganizations, head, this::findNamedOrganization);
    }

    private Resolved findNamedOrganization(String head) {
        String capitalised = Character.toUpperCase(head.charAt(0)) + head.substring(1);
        if (!text.contains(capitalised)) {
            return null; // the pattern ends with the capitalised noun itself: no need to scan
        }
        // tried only where a match can start (DescriptionStarts.beforeWord): the same matches as find()
        DescriptionStarts.Finder m = new DescriptionStarts.Finder(organizationNames.pattern(head), text,
                DescriptionStarts.beforeWord(text, capitalised));
        while (m.find()) {
            String name = LEADING_THE.matcher(m.group(0)).replaceFirst("");
            // a name never runs across a line break: a heading above it is not part of it
            int nl = Math.max(name.lastIndexOf('\n'), name.lastIndexOf('\r'));
            name = nl < 0 ? name : LEADING_THE.matcher(name.substring(nl + 1).strip()).replaceFirst("");
            if (name.indexOf(' ') > 0) {
                return new Resolved(name, nouns.getOrDefault(head, SpeakerType.ORGANIZATION), "the " + head + " \u2192 " + name);
            }
        }
        return null;
    }

    /** An acronym ("NCU") spelled by the initials of a name in the article ("Nursing and Care Union"). */
    private Resolved acronym(String word) {
        if (word.length() < 2 || word.length() > 6 || !allUpperCase(word)) {
            return null;
        }
        return memo(acronyms, word, this::findAcronym);
    }

    /** {@code word.chars().allMatch(Character::isUpperCase)} without a stream: read for every one-word name. */
    private static boolean allUpperCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase((int) word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Resolved findAcronym(String word) {
        if (capitalisedRuns == null) {
            // the runs do not depend on the acronym: found once per article, read for every acronym
            List<String> runs = new ArrayList<>();
            java.util.regex.Matcher m = CAPITALISED_RUN.matcher(text);
            while (m.find()) {
                runs.add(m.group());
            }
            capitalisedRuns = runs;
        }
        for (String run : capitalisedRuns) {
            StringBuilder initials = new StringBuilder();
            for (String w : SPACES.split(run)) {
                if (Character.isUpperCase(w.charAt(0))) {
                    initials.append(w.charAt(0));
                }
            }
            int at = initials.indexOf(word);
            if (at >= 0 && initials.length() == word.length() + at) {
                String[] words = SPACES.split(run);
                // drop leading capitalised words that are not part of the acronym
                int skipWords = 0;
                for (int i = 0, caps = 0; i < words.length && caps < at; i++) {
                    skipWords++;
                    if (Character.isUpperCase(words[i].charAt(0))) {
                        caps++;
                    }
                }
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, skipWords, words.length));
                return new Resolved(name, nouns.getOrDefault(words[words.length - 1].toLowerCase(java.util.Locale.ROOT),
                        SpeakerType.ORGANIZATION), "acronym '" + word + "' \u2192 " + name);
            }
        }
        return null;
    }

    /** A lookup remembered for the article, null answers included. */
    private static Resolved memo(Map<String, Resolved> memo, String key,
                                 java.util.function.Function<String, Resolved> lookup) {
        Resolved r = memo.get(key);
        if (r == null && !memo.containsKey(key)) {
            r = lookup.apply(key);
            memo.put(key, r);
        }
        return r;
    }

    /** A capitalised run of words joined by "and", "of", "for", "the": a name an acronym may spell. */
    private static final java.util.regex.Pattern CAPITALISED_RUN = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'-]*(?:\\s+(?:and|of|for|the|\\p{Lu}[\\p{L}'-]*))+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^The\\s+");

    /**
     * The name patterns of organizations by head noun ("… Union"), compiled once per noun and
     * shared by every article of a tagger: the nouns come from the codebook, so the cache is
     * bounded by it. Thread-safe.
     */
    static final class OrganizationNames {
        private final java.util.concurrent.ConcurrentHashMap<String, java.util.regex.Pattern> byHead =
                new java.util.concurrent.ConcurrentHashMap<>();

        /** A run of words and where it starts in the text. */
        record Run(int start, String text) {
        }

        /** The words after a run's first: up to four capitalised words or joiners. */
        private static final java.util.regex.Pattern RUN_TAIL = java.util.regex.Pattern.compile(
                "(?:[ \\t]+(?:of|for|and|\\p{Lu}[\\p{L}'\u2019-]*)){1,4}");

        /**
         * The capitalised runs of two to five words that start with a word, in text order, as the
         * pattern {@code (?<![\p{L}'’-])FIRST(?:[ \t]+(?:of|for|and|\p{Lu}[\p{L}'’-]*)){1,4}}
         * finds them. Why not that pattern: it was compiled for every word looked up and run over
         * the whole text, a tenth of the extractor's time; here the word is found with
         * {@code indexOf} and only the words after it go through one shared pattern (the same
         * matches, checked on every capitalised word of every corpus in the repository).
         *
         * @param first a capitalised word
         * @param text  the article's text
         * @return the runs
         */
        static List<Run> startingWith(String first, String text) {
            List<Run> out = new ArrayList<>();
            java.util.regex.Matcher tail = RUN_TAIL.matcher(text);
            for (int i = text.indexOf(first); i >= 0; ) {
                int before = i == 0 ? -1 : text.codePointBefore(i);
                if (!(Character.isLetter(before) || before == '\'' || before == '\u2019' || before == '-')) {
                    tail.region(i + first.length(), text.length());
                    if (tail.lookingAt()) {
                        out.add(new Run(i, text.substring(i, tail.end())));
                        i = text.indexOf(first, tail.end());
                        continue;
                    }
                }
                i = text.indexOf(first, i + 1);
            }
            return out;
        }

        /** @param head a lower-case head noun @return capitalised runs that end in it, capitalised */
        java.util.regex.Pattern pattern(String head) {
            return byHead.computeIfAbsent(head, h -> java.util.regex.Pattern.compile(
                    "\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:and|of|for|the|\\p{Lu}[\\p{L}'\u2019-]*))*\\s+"
                            + java.util.regex.Pattern.quote(Character.toUpperCase(h.charAt(0)) + h.substring(1)) + "\\b"));
        }
    }

    /**
     * @param np the source as written (no surrounding punctuation)
     * @return the speaker, or null when the phrase names no possible speaker ("the plan")
     */
    Resolved resolve(List<Token> np) {
        List<Token> t = trim(np);
        if (t.isEmpty()) {
            return null;
        }
        while (t.size() > 1 && LEADING_ADVERBS.contains(t.get(0).lower())) {
            t = t.subList(1, t.size()); // "Even the league's mediator"
        }
        boolean definite = false;
        if (t.get(0).lower().equals("the")) {
            definite = true;
            t = t.subList(1, t.size());
            if (t.isEmpty()) {
                return null;
            }
        }
        if (t.size() > 2 && t.get(0).lower().equals("one") && t.get(1).lower().equals("of")) {
            Resolved one = oneOf(t.subList(2, t.size()));
            if (one != null) {
                return one;
            }
        }
        if (t.size() > 2 && QUANTIFIERS.contains(t.get(0).lower()) && t.get(1).lower().equals("of")) {
            t = t.subList(2, t.size()); // "some of her allies"
            if (t.get(0).lower().equals("the") && t.size() > 1) {
                t = t.subList(1, t.size());
            }
        }
        String first = t.get(0).lower();
        if (t.size() == 2 && (first.equals("its") || first.equals("their")) && lastCollective != null
                && GOVERNMENTS.contains(t.get(1).lower()) && lastCollective.name().indexOf(' ') < 0) {
            // "Its government denies …" after a country: the capital or country stands for its government
            return via(lastCollective, "'" + phrase(t) + "'");
        }
        if (t.size() > 1 && (first.equals("his") || first.equals("her")) && lastPerson != null) {
            String rest = phrase(t.subList(1, t.size()));
            String head = possessiveStem(t.get(t.size() - 1).lower());
            SpeakerType type = nouns.get(head);
            boolean people = type == null && head.endsWith("s") && nouns.get(head.substring(0, head.length() - 1)) == SpeakerType.PERSON;
            if (type == null && !people) {
                return null; // "her briefings suggest": a thing of hers, not people who speak for her
            }
            Resolved owner = personFor(first);
            return new Resolved(owner.name() + "'s " + rest, type == null ? SpeakerType.GROUP : type,
                    "'" + phrase(t) + "' \u2192 " + owner.name());
        }
        if (t.size() == 1 && (isPronoun(first) || QUANTIFIERS.contains(first))) {
            if (PERSON_PRONOUNS.contains(first)) {
                return via(personFor(first), "pronoun '" + t.get(0).text() + "'");
            }
            if (first.equals("it") && previousSubject != null && previousSubject.type() == SpeakerType.PERSON
                    && previousSubject.how().startsWith("name '") && previousSubject.name().indexOf(' ') > 0
                    && !titles.containsKey(previousSubject.name())) {
                // "Corvin Land Systems lobbied hard …" then "it said": what the article calls "it" is
                // a body, not a person
                return new Resolved(previousSubject.name(), SpeakerType.ORGANIZATION,
                        "'it' → the sentence before's subject, a body: " + previousSubject.name());
            }
            if (COLLECTIVE_PRONOUNS.contains(first) || QUANTIFIERS.contains(first)) {
                return via(first.equals("it") ? lastCollective : (lastCollective != null ? lastCollective : lastPerson),
                        "'" + t.get(0).text() + "'");
            }
            return null;
        }
        String phrase = phrase(t);
        SpeakerAlias alias = aliases.get(phrase);
        if (alias != null) {
            return new Resolved(alias.canonical(), alias.type(), "alias '" + phrase + "'");
        }
        SpeakerAlias lastAlias = aliases.get(t.get(t.size() - 1).text());
        if (lastAlias != null && t.size() > 1 && t.stream().allMatch(Token::capitalized)) {
            // "Senate GOP" -> "Senate Republicans"
            String name = phrase(t.subList(0, t.size() - 1)) + " " + lastAlias.canonical();
            return new Resolved(name, lastAlias.type(), "alias in '" + phrase + "'");
        }
        // "Bar Council of Wales chair Ana Vidal": a title word, then the name, ends the phrase
        int tail = t.size();
        while (tail > 0 && t.get(tail - 1).isWord() && t.get(tail - 1).capitalized() && !isTitle(t.get(tail - 1).lower())) {
            tail--;
        }
        if (t.size() - tail >= 2 && tail > 1 && !t.get(tail - 1).capitalized() && isTitle(t.get(tail - 1).lower())
                && postModifier(t) > 0 && postModifier(t) < tail) {
            return properName(t.subList(tail, t.size()), phrase(t.subList(tail, t.size())), false);
        }
        // "Jane Roe of the union", "the mission led by a diplomat": the words before decide
        int modifier = postModifier(t);
        if (modifier > 0) {
            Resolved pre = resolveHead(t.subList(0, modifier), definite);
            if (pre != null) {
                boolean participle = PARTICIPLES.contains(t.get(modifier).lower());
                boolean anonymous = pre.how().startsWith("description") && !definite;
                if (anonymous && pre.type() == SpeakerType.PERSON) {
                    return new Resolved(phrase, SpeakerType.PERSON, "description '" + phrase + "'"); // "a diplomat briefed on …"
                }
                // "the union representing the teachers" is the union the article named
                boolean named = definite && pre.how().startsWith("the ") && !t.get(0).capitalized();
                return pre.type() == SpeakerType.PERSON || pre.how().startsWith("alias") || pre.how().startsWith("place")
                        || participle || named ? pre : new Resolved(phrase, pre.type(), "description '" + phrase + "'");
            }
            return null;
        }
        return resolveHead(t, definite);
    }

    /**
     * "one of the diplomats", "one of its lawmakers": one person of a group, named by the group's
     * singular noun ("a diplomat", "a Centre Party lawmaker" when "its" is the body in focus).
     */
    private Resolved oneOf(List<Token> group) {
        String head = group.get(group.size() - 1).lower();
        if (!head.endsWith("s") || head.endsWith("ss") || group.size() > 4 || NOT_SPEAKERS.contains(head)) {
            return null;
        }
        String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y" : head.substring(0, head.length() - 1);
        String det = group.get(0).lower();
        boolean owned = (det.equals("its") || det.equals("their")) && lastCollective != null;
        if (!owned || nouns.get(singular) != SpeakerType.PERSON) {
            // "one of the donors": the description as written
            String name = "one of " + phrase(group);
            return new Resolved(name, SpeakerType.PERSON, "one of a group: '" + name + "'");
        }
        String owner = lastCollective.name() + " ";
        int from = INNER_DETERMINERS.contains(det) ? 1 : 0;
        String modifiers = from < group.size() - 1 ? phrase(group.subList(from, group.size() - 1)) + " " : "";
        String name = "a " + owner + modifiers + singular;
        return new Resolved(name, SpeakerType.PERSON, "one of '" + phrase(group) + "': " + name);
    }

    private static final Set<String> INNER_DETERMINERS = WordSet.of("the", "its", "their", "his", "her", "our");

    private Resolved resolveHead(List<Token> t, boolean definite) {
        String first = t.get(0).lower();
        String phrase = phrase(t);
        SpeakerAlias alias = aliases.get(phrase);
        if (alias != null) {
            return new Resolved(alias.canonical(), alias.type(), "alias '" + phrase + "'");
        }
        if (places.contains(phrase)) {
            return new Resolved(phrase, SpeakerType.ORGANIZATION, "place '" + phrase + "'");
        }
        boolean proper = true;
        for (int i = 0; i < t.size() && proper; i++) {
            Token x = t.get(i);
            proper = x.capitalized() || !x.isWord() || x.lower().equals("of") || x.lower().equals("and")
                    || x.lower().equals("for") || nameParticle(t, i);
        }
        if (proper) {
            return properName(t, phrase, definite);
        }
        // a description that ends with a name: "special envoy Jo Lind"
        int tail = t.size();
        while (tail > 0 && (t.get(tail - 1).capitalized() || nameParticle(t, tail - 1)) && !isTitle(t.get(tail - 1).lower())) {
            tail--;
        }
        if (t.size() - tail >= 2 && tail > 0 && !t.get(tail - 1).lower().equals("of")) {
            return properName(t.subList(tail, t.size()), phrase(t.subList(tail, t.size())), false);
        }
        Token head = t.get(t.size() - 1);
        String h = possessiveStem(head.lower());
        SpeakerType type = nouns.get(h);
        boolean possessed = t.size() > 1 && t.get(0).lower().endsWith("'s");
        boolean anaphoric = (definite || possessed || first.equals("this") || first.equals("that"))
                && type == SpeakerType.PERSON || h.endsWith("-year-old");
        if (anaphoric && definite) {
            // "says the Nordic diplomat" after "said a Nordic diplomat who …": the same source
            String words = phrase.toLowerCase(java.util.Locale.ROOT);
            for (int i = anonymous.size() - 1; i >= 0; i--) {
                Resolved a = anonymous.get(i);
                String n = a.name().toLowerCase(java.util.Locale.ROOT);
                if (n.equals("a " + words) || n.equals("an " + words) || n.startsWith("a " + words + " ")
                        || n.startsWith("an " + words + " ")) {
                    return via(a, "description '" + phrase + "' as before");
                }
            }
        }
        if (anaphoric) {
            // "the prime minister": the person titled with every title word, before one titled "minister"
            Set<String> words = new java.util.HashSet<>();
            for (Token x : t) {
                if (isTitle(x.lower())) {
                    words.add(stripDot(x.lower()));
                }
            }
            words.add(h);
            Resolved byTitle = words.size() > 1 ? titledAll(words) : null;
            byTitle = byTitle != null ? byTitle : titled(h);
            if (byTitle != null) {
                return byTitle;
            }
            if (lastPerson != null && !possessed) {
                return via(lastPerson, "description '" + phrase + "'");
            }
            // "Australia's trade minister has insisted …" before the minister is named
            return new Resolved(phrase, SpeakerType.PERSON, PENDING + "'" + phrase + "'");
        }
        if (definite && t.size() == 1 && type == SpeakerType.ORGANIZATION) {
            Resolved named = namedOrganization(h);
            if (named == null) {
                named = describedOrganization(h);
            }
            if (named != null) {
                return named;
            }
        }
        if (type == null && definite && t.size() == 1 && !NOT_SPEAKERS.contains(h) && Character.isLetter(h.charAt(0))) {
            // "the airport", "the district" after "Brennock Airport", "Lowfield School District": a
            // noun the codebook does not list still points back to the body the article named with it
            Resolved named = namedOrganization(h);
            if (named != null) {
                return new Resolved(named.name(), SpeakerType.ORGANIZATION, named.how());
            }
        }
        if (type == null) {
            if (h.endsWith("s") && !h.endsWith("ss") && !NOT_SPEAKERS.contains(h) && Character.isLetter(h.charAt(0))
                    && (!knownOnly || writtenAsGroup(t))) {
                return new Resolved(phrase, SpeakerType.GROUP, "plural description '" + phrase + "'");
            }
            return null; // "the plan", "a clause": not a speaker
        }
        return new Resolved(phrase, type, "description '" + phrase + "'");
    }

    /**
     * A heading's label ("Growers: ‘…’") that the article's running text also names: a single
     * capitalised word used at least twice in the text is taken as the institution or group it
     * names.
     *
     * @param label the label's tokens
     * @return the speaker, or null
     */
    Resolved namedInBody(List<Token> label) {
        if (label.size() != 1) {
            return null;
        }
        String w = possessiveStemKeepCase(label.get(0).text());
        if (w.length() < 3 || NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT)) || isTitle(w.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int first = text.indexOf(w);
        if (first < 0 || text.indexOf(w, first + w.length()) < 0) {
            return null;
        }
        String[] known = knownPerson(w);
        if (known != null) {
            return new Resolved(String.join(" ", known), SpeakerType.PERSON, "name '" + w + "'");
        }
        return new Resolved(w, w.endsWith("s") && !w.endsWith("ss") ? SpeakerType.GROUP : SpeakerType.ORGANIZATION,
                "heading label '" + w + "' named in the text");
    }

    /**
     * The one institution's name in the article that starts with this word and ends with an
     * organization noun ("Corvin" → "Corvin Land Systems"), or null when there is none or several.
     */
    private Resolved shortFor(String w) {
        return memo(shortNames, w, this::findShortFor);
    }

    private Resolved findShortFor(String w) {
        if (!text.contains(w + " ")) {
            return null; // no longer name starts with it
        }
        String found = null;
        for (OrganizationNames.Run m : OrganizationNames.startingWith(w, text)) {
            String[] words = SPACES.split(m.text().strip());
            words[words.length - 1] = POSSESSIVE_END.matcher(words[words.length - 1]).replaceAll(""); // "Systems’ plant"
            SpeakerType type = nouns.get(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
            if (words.length < 2 || type != SpeakerType.ORGANIZATION) {
                continue;
            }
            String name = String.join(" ", words);
            if (found != null && !found.equals(name)) {
                return null;
            }
            found = name;
        }
        if (found == null) {
            found = shortenedBody(w);
        }
        return found == null ? null : new Resolved(found, SpeakerType.ORGANIZATION, "'" + w + "' short for " + found);
    }

    /**
     * The one longer name of a body that starts with this word, whatever its last word
     * ("Corvath" for "Corvath Power Transmission", "Ardel" for "Ardel Ferries"): a person
     * is shortened to the surname, a body to its first word. Names in a heading's Title Case
     * ("Ardel Wins Reprieve") are no names; a longer name that runs on from a shorter one
     * ("Ardel Ferries Group" after "Ardel Ferries") is the same body. Null when none, or when
     * two different names start with the word.
     */
    private String shortenedBody(String w) {
        String found = null;
        for (OrganizationNames.Run m : OrganizationNames.startingWith(w, text)) {
            if (titleCaseLine(m.start())) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(SPACES.split(m.text().strip())));
            for (int i = 0; i < words.size() - 1; i++) {
                if (ENDS_POSSESSIVE.matcher(words.get(i)).matches()) {
                    words.subList(i + 1, words.size()).clear(); // "Ardel Ferries’ Skerra route": the possessive ends it
                }
            }
            while (words.size() > 1 && JOINERS.contains(words.get(words.size() - 1))) {
                words.remove(words.size() - 1); // "Ardel Ferries and": the joiner belongs to the sentence
            }
            if (words.size() < 2 || words.stream().skip(1).anyMatch(x -> NOT_NAMES.contains(x.toLowerCase(java.util.Locale.ROOT))
                    || isTitle(x.toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            words.set(words.size() - 1, POSSESSIVE_END.matcher(words.get(words.size() - 1)).replaceAll(""));
            SpeakerType head = nouns.get(words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT));
            if (head == SpeakerType.PERSON) {
                return null; // a name ending in a person's noun ("… Spokeswoman") is no body
            }
            String name = String.join(" ", words);
            if (found == null || name.startsWith(found + " ")) {
                found = name;
            } else if (!found.equals(name) && !found.startsWith(name + " ")) {
                return null;
            }
        }
        return found;
    }

    /**
     * The one body the article names in full and also by its first word alone ("Corvath Power
     * Transmission" … "Corvath says"), which "the company" or "the firm" points to when the
     * article names no "… Company" and describes none: a firm is what a text shortens so. Null
     * when there is none or more than one. Once per article.
     */
    private Resolved shortenedCompany() {
        if (!shortenedCompanyLooked) {
            shortenedCompanyLooked = true;
            java.util.Set<String> bodies = new java.util.LinkedHashSet<>();
            java.util.regex.Matcher m = FIRST_OF_RUN.matcher(text);
            while (m.find()) {
                String w = m.group(1);
                String lower = w.toLowerCase(java.util.Locale.ROOT);
                if (NOT_NAMES.contains(lower) || isTitle(lower) || nouns.containsKey(lower) || places.contains(w)
                        || aliases.containsKey(w) || surname(w) || DEMONYM.matcher(lower).find() || titleCaseLine(m.start())) {
                    continue;
                }
                String body = shortenedBody(w);
                if (body == null || bodies.contains(body)) {
                    continue;
                }
                SpeakerType head = nouns.get(body.substring(body.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT));
                if (head == null && standsAlone(w)) {
                    bodies.add(body);
                }
            }
            shortenedCompany = bodies.size() == 1
                    ? new Resolved(bodies.iterator().next(), SpeakerType.ORGANIZATION, "a body shortened to its first word: " + bodies.iterator().next())
                    : null;
        }
        return shortenedCompany;
    }

    /** Whether the word stands in the text alone, not followed by another word of a name ("Corvath says"). */
    private boolean standsAlone(String w) {
        // what the pattern (?<![\p{L}'’-])W(?:['’]s)?(?![\p{L}'’-])(?![ \t]+(?:of|for|and|\p{Lu}))
        // finds, without compiling it for every word and running it over the whole text
        java.util.regex.Matcher runsOn = RUNS_ON.matcher(text);
        for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
            if (i > 0 && isNameChar(text.codePointBefore(i))) {
                continue;
            }
            int e = i + w.length();
            if (e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && text.charAt(e + 1) == 's') {
                e += 2; // a possessive; without it the apostrophe would run the word on
            }
            if (e < text.length() && isNameChar(text.codePointAt(e))) {
                continue;
            }
            if (!runsOn.region(e, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A longer name running on after a word: "of", "for", "and" or a capital after spaces. */
    private static final java.util.regex.Pattern RUNS_ON = java.util.regex.Pattern.compile("[ \\t]+(?:of|for|and|\\p{Lu})");

    /** A letter, an apostrophe or a hyphen: a character that continues a name. */
    private static boolean isNameChar(int c) {
        return Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    /**
     * Whether a name of two or more words is a body's that the article also calls by its first
     * word alone ("Corvath Power Transmission" … "Corvath says"): people are shortened to their
     * surname.
     */
    private boolean shortenedByFirstWord(String[] words) {
        return shortenedNames.computeIfAbsent(String.join(" ", words), k -> findShortenedByFirstWord(words));
    }

    private final Map<String, Boolean> shortenedNames = new HashMap<>();

    private boolean findShortenedByFirstWord(String[] words) {
        String first = words[0];
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        if (words.length < 2 || NOT_NAMES.contains(lower) || isTitle(lower) || places.contains(first) || surname(first)
                || DEMONYM.matcher(lower).find() || !standsAlone(first)) {
            return false;
        }
        return String.join(" ", words).equals(shortenedBody(first));
    }

    /** Endings of words for a people or a country's things ("European", "Chinese"), used alone as adjectives. */
    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("(?:ian|ean|can|ese|ish|ic)$");

    /** Whether some person of the article has this word as surname. */
    private boolean surname(String w) {
        for (List<String[]> names : List.of(people, candidates)) {
            for (String[] p : names) {
                if (p.length > 1 && p[p.length - 1].equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean shortenedCompanyLooked;
    private Resolved shortenedCompany;
    /** A capitalised word followed by another: the first word of a name of two or more. */
    private static final java.util.regex.Pattern FIRST_OF_RUN = java.util.regex.Pattern.compile(
            "(?<![\\p{L}'\u2019-])(\\p{Lu}[\\p{Ll}-]+)[ \\t]+\\p{Lu}");

    private static final Set<String> JOINERS = WordSet.of("of", "for", "and");

    /**
     * Whether the line holding this offset reads as a heading in Title Case: most of its words
     * of four letters or more are capitalised.
     */
    private boolean titleCaseLine(int at) {
        int from = Math.max(text.lastIndexOf('\n', at) + 1, 0);
        int to = text.indexOf('\n', at);
        return titleCase(text.substring(from, to < 0 ? text.length() : to));
    }

    /**
     * @param line a line of text
     * @return whether at least two of its words have four letters or more and seven in ten of
     *     those start with a capital
     */
    static boolean titleCase(String line) {
        int words = 0;
        int capitalised = 0;
        for (String x : SPACES.split(line.strip())) {
            // the word's letters (\p{L}) in place, as x.replaceAll("[^\\p{L}]", "") would leave them:
            // their length in chars and whether the first char is upper case
            int letters = 0;
            char initial = 0;
            for (int i = 0; i < x.length(); ) {
                int cp = x.codePointAt(i);
                int chars = Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    if (letters == 0) {
                        initial = x.charAt(i);
                    }
                    letters += chars;
                }
                i += chars;
            }
            if (letters >= 4) {
                words++;
                if (Character.isUpperCase(initial)) {
                    capitalised++;
                }
            }
        }
        return words >= 2 && capitalised * 10 >= words * 7;
    }

    /** A possessive ending ("Systems’", "Ferries's"), cut from the last word of a name. */
    private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("['\u2019]s?$");
    /** A word that ends in a possessive. */
    private static final java.util.regex.Pattern ENDS_POSSESSIVE = java.util.regex.Pattern.compile(".*['\u2019]s?");

    /** How often the word stands in the article text as a whole word. */
    private int occurrences(String w) {
        int n = 0;
        for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length())) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int e = i + w.length();
            boolean endOk = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (startOk && endOk) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a heading's phrase of one or two words ending in a plural noun ("Hauliers",
     * "Shipping Lines", "suppliers") is a group the running text writes in lower case: the heading
     * names no one the body introduced, but the body speaks of that group.
     */
    private boolean writtenAsGroup(List<Token> t) {
        List<Token> words = t.stream().filter(Token::isWord).toList();
        if (words.isEmpty() || words.size() > 2 || !Character.isLetter(words.get(0).text().charAt(0))) {
            return false; // "11 states", "58 cents": a number is no group's name
        }
        String last = words.get(words.size() - 1).lower();
        if (!last.endsWith("s") || last.endsWith("ss") || last.length() < 4 || NOT_SPEAKERS.contains(last)) {
            return false;
        }
        String lower = phrase(t).toLowerCase(java.util.Locale.ROOT);
        // the heading's own words count once when it is written in lower case
        int own = phrase(t).equals(lower) ? 1 : 0;
        return occurrences(lower) - own >= 1;
    }

    /** Marks a speaker named by one word that is no person's name in the article. */
    static final String SINGLE_NAME = "single name ";

    /** Marks a description whose person the article names only afterwards. */
    static final String PENDING = "description before the name: ";

    private static int postModifier(List<Token> t) {
        for (int i = 1; i < t.size(); i++) {
            if (POST_MODIFIERS.contains(t.get(i).lower())) {
                return i;
            }
        }
        return -1;
    }

    /** Resolves a phrase of capitalised words: an institution, a place, or a person. */
    private Resolved properName(List<Token> t, String phrase, boolean definite) {
        if (t.size() == 1) {
            Resolved expanded = acronym(t.get(0).text());
            if (expanded != null) {
                return expanded;
            }
            SpeakerType nounType = knownOnly ? nouns.get(t.get(0).lower()) : null;
            if (nounType == SpeakerType.ORGANIZATION || nounType == SpeakerType.GROUP) {
                // "Union: ‘…’" in a heading: the union the article named
                Resolved named = namedOrganization(t.get(0).lower());
                named = named != null ? named : describedOrganization(t.get(0).lower());
                if (named != null) {
                    return named;
                }
            } else if (nounType == SpeakerType.PERSON) {
                Resolved byTitle = titled(t.get(0).lower());
                String described = describedPeople.get(t.get(0).lower()); // "Brother: ‘…’" for "Jo Roe, Ana's brother,"
                if (byTitle == null && described != null) {
                    String[] known = knownPerson(SPACES.split(described)[SPACES.split(described).length - 1]);
                    byTitle = new Resolved(known != null ? String.join(" ", known) : described, SpeakerType.PERSON,
                            "described as '" + t.get(0).lower() + "': " + described);
                }
                if (byTitle != null) {
                    return byTitle;
                }
            }
            if (INDEFINITE_PRONOUNS.contains(t.get(0).lower()) || NOT_NAMES.contains(t.get(0).lower())) {
                return null; // "Nobody", "Everyone", "Without": no speaker
            }
        }
        for (int i = 0; i < t.size() - 1; i++) {
            if (t.get(i).lower().endsWith("'s")) {
                List<Token> rest = t.subList(i + 1, t.size());
                int lastTitle = -1;
                for (int k = 0; k < rest.size(); k++) {
                    lastTitle = isTitle(stripDot(rest.get(k).lower())) ? k : lastTitle;
                }
                if (lastTitle >= 0 && rest.size() - lastTitle - 1 >= 2) {
                    // "Dunmara's Foreign Minister Ilse Marrack": the country's title, then the person
                    return properName(rest, phrase(rest), false);
                }
                // "Kyiv's Legitimacy": a possessive inside is no name; its head decides
                SpeakerType type = nouns.get(t.get(t.size() - 1).lower());
                return type == null ? null : new Resolved(phrase, type, "description '" + phrase + "'");
            }
        }
        Resolved describedAs = described.get(possessiveStemKeepCase(phrase));
        if (describedAs != null) {
            return via(describedAs, "name '" + phrase + "'");
        }
        Token last = t.get(t.size() - 1);
        SpeakerType headType = nouns.get(last.lower());
        for (int i = 1; i + 1 < t.size(); i++) {
            if (t.get(i).lower().equals("of")) {
                // "Confederation of Estravian Workers" is a confederation, not workers
                SpeakerType before = nouns.get(t.get(i - 1).lower());
                if (before == SpeakerType.ORGANIZATION || before == SpeakerType.GROUP) {
                    headType = before;
                }
                break;
            }
        }
        if (t.size() >= 2 && (headType == SpeakerType.ORGANIZATION || headType == SpeakerType.GROUP)) {
            return new Resolved(phrase, headType, "name of an institution '" + phrase + "'");
        }
        if (definite) {
            // "the Ohio Democrat" points back to a person; "the Times" names an institution
            if (headType == SpeakerType.PERSON) {
                return lastPerson != null ? via(lastPerson, "description 'the " + phrase + "'")
                        : new Resolved("the " + phrase, SpeakerType.PERSON, PENDING + "'the " + phrase + "'");
            }
            return knownOnly ? null : new Resolved(phrase, SpeakerType.ORGANIZATION, "name of an institution '" + phrase + "'");
        }
        int lastTitle = -1;
        for (int i = 0; i < t.size(); i++) {
            if (isTitle(t.get(i).lower())) {
                lastTitle = i;
            }
        }
        int firstName = lastTitle + 1;
        while (firstName < t.size() - 1 && LEADING_FUNCTION_WORDS.contains(t.get(firstName).lower())) {
            firstName++; // "To Jo Roe, …": a sentence's first word is no part of the name
        }
        List<Token> name = t.subList(firstName, t.size());
        if (name.isEmpty()) {
            String word = stripDot(t.get(t.size() - 1).lower());
            SpeakerType type = nouns.get(word);
            if (t.size() == 1 && (type == SpeakerType.ORGANIZATION || type == SpeakerType.GROUP)) {
                // "Opposition demands …" in a heading: a body, not a person's title
                Resolved named = namedOrganization(word);
                named = named != null ? named : describedOrganization(word);
                return named != null ? named : new Resolved(t.get(0).text(), type, "name '" + phrase + "'");
            }
            for (int i = t.size() - 1; i >= 0; i--) {
                Resolved byTitle = titled(stripDot(t.get(i).lower()));
                if (byTitle != null) {
                    return byTitle; // "Minister: …" is the person the article titled so
                }
            }
            return via(lastPerson, "title '" + phrase + "'");
        }
        String[] words = names(name);
        if (words.length == 1) {
            String w = words[0];
            Resolved expanded = acronym(w);
            if (expanded != null) {
                return expanded;
            }
            String[] known = knownPerson(w);
            if (known != null) {
                return new Resolved(String.join(" ", known), SpeakerType.PERSON, "name '" + w + "'");
            }
            if (places.contains(w)) {
                return new Resolved(w, SpeakerType.ORGANIZATION, "place '" + w + "'");
            }
            SpeakerType type = nouns.get(w.toLowerCase(java.util.Locale.ROOT));
            if (type != null) {
                return new Resolved(w, type, "name '" + w + "'");
            }
            if (knownOnly && !bodySpeakers.contains(w) && occurrences(w) < 3 && !writtenAsGroup(t)) {
                return null; // a heading's word the text does not use again is no speaker it knows
            }
            String lw = w.toLowerCase(java.util.Locale.ROOT);
            // "Fishermen", "Tradesmen" are plurals; "Yemen", "Bremen" are not
            if (lw.endsWith("s") && !lw.endsWith("ss") || lw.endsWith("men") && lw.length() >= 8 || lw.endsWith("people")) {
                return new Resolved(w, SpeakerType.GROUP, "plural name '" + w + "'"); // "Hospitals say …", "Fishermen"
            }
            Resolved longer = shortFor(w);
            if (longer != null) {
                return longer; // "Corvin" for "Corvin Land Systems"
            }
            // a person is introduced by full name; one capitalised word that is no one's name is a
            // country, capital, party or body ("Miravia says", "Labour said")
            return new Resolved(w, SpeakerType.ORGANIZATION, SINGLE_NAME + "'" + w + "'");
        }
        if (knownOnly) {
            // a heading in Title Case: the first word the article knows as a person
            for (String w : words) {
                String[] known = knownPerson(w);
                if (known != null) {
                    return new Resolved(String.join(" ", known), SpeakerType.PERSON, "name '" + w + "'");
                }
            }
            if (writtenAsGroup(t)) {
                return new Resolved(phrase, SpeakerType.GROUP, "plural description in a heading the text writes in lower case '" + phrase + "'");
            }
            return null;
        }
        if (shortenedByFirstWord(words)) {
            return new Resolved(String.join(" ", words), SpeakerType.ORGANIZATION,
                    "name of a body the article shortens to its first word '" + phrase + "'");
        }
        String[] full = person(words);
        return new Resolved(String.join(" ", full), SpeakerType.PERSON, "name '" + phrase + "'");
    }

    /**
     * Registers a full name, or returns the one first introduced with the same surname — unless the
     * two full names differ in a given name ("Julien Moreau" is not "Claire Moreau": relatives and
     * namesakes share surnames).
     */
    private String[] person(String[] words) {
        String[] known = knownPerson(words[words.length - 1]);
        if (known != null && words.length > 1 && known.length > 1 && !sameGivenNames(words, known)) {
            known = null;
            for (String[] p : people) {
                if (java.util.Arrays.equals(p, words)) {
                    return p;
                }
            }
        }
        if (known != null && known.length >= words.length) {
            return known;
        }
        if (known != null) {
            people.remove(known);
        }
        people.add(words);
        introducedIn.putIfAbsent(String.join(" ", words), sentence);
        return words;
    }

    /** Whether the given names of the shorter name all occur, in order, in the longer one. */
    private static boolean sameGivenNames(String[] a, String[] b) {
        String[] shorter = a.length <= b.length ? a : b;
        String[] longer = shorter == a ? b : a;
        int j = 0;
        for (String w : longer) {
            if (j < shorter.length && (w.equalsIgnoreCase(shorter[j]) || initialOf(shorter[j], w) || initialOf(w, shorter[j]))) {
                j++;
            }
        }
        return j == shorter.length;
    }

    /** "J." or "J" is the initial of "Julien". */
    private static boolean initialOf(String initial, String name) {
        String i = initial.endsWith(".") ? initial.substring(0, initial.length() - 1) : initial;
        return i.length() == 1 && name.startsWith(i);
    }

    private String[] knownPerson(String word) {
        for (String[] p : people) {
            if (p[p.length - 1].equals(word) || p.length > 1 && p[0].equals(word)) {
                return p;
            }
        }
        for (String[] p : candidates) {
            if (p[p.length - 1].equals(word)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Collects the capitalised word pairs and triples of a sentence that look like a person's
     * name ("to Mirela Kostova's 49%", "incumbent Dragan Holub took"), so that a speaker named
     * later by surname alone gets the full name even where the article never made the person
     * the subject of a reporting verb. Titles, places, aliases and institution words are no
     * names.
     *
     * @param tokens a sentence's tokens
     * @param skip   tokens inside quotations
     */
    void noteNames(List<Token> tokens, boolean[] skip) {
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && !skip[j] && nameWord(tokens.get(j))) {
                j++;
                if (tokens.get(j - 1).lower().endsWith("'s")) {
                    break;
                }
            }
            if (j - i >= 2 && j - i <= 3 && !institutionAt(tokens, j)) { // "Coastal Dockworkers Union" is no person
                String[] words = names(tokens.subList(i, j));
                String[] known = knownPerson(words[words.length - 1]);
                if (known == null) {
                    candidates.add(words);
                    introducedIn.putIfAbsent(String.join(" ", words), sentence);
                } else if (java.util.Arrays.equals(known, words)) {
                    introducedIn.putIfAbsent(String.join(" ", words), sentence); // first named in a caption
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** Whether the token at {@code j} is a speaker noun of an institution or group ("Union"). */
    private boolean institutionAt(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return false;
        }
        SpeakerType type = nouns.get(tokens.get(j).lower());
        return type != null && type != SpeakerType.PERSON;
    }

    private boolean nameWord(Token t) {
        String text = t.text();
        if (!t.capitalized() || text.length() < 2 || !Character.isLowerCase(text.charAt(text.length() - 1))) {
            return false;
        }
        String lower = possessiveStem(t.lower());
        return !isTitle(lower) && !nouns.containsKey(lower) && !places.contains(possessiveStemKeepCase(text))
                && !aliases.containsKey(possessiveStemKeepCase(text)) && !NOT_NAMES.contains(lower);
    }

    /** Function words that may open a sentence before a name ("To Jo Roe, …"); never a given name, unlike "May". */
    private static final Set<String> LEADING_FUNCTION_WORDS = WordSet.of(
            "to", "by", "from", "with", "for", "at", "on", "in", "and", "but", "the", "a", "an", "as", "of");

    /** Nouns for a country's government ("its government", "their authorities"). */
    private static final Set<String> GOVERNMENTS = WordSet.of("government", "authorities", "administration", "leadership");

    /** Focusing adverbs that may open a subject phrase ("Even the envoy"). */
    private static final Set<String> LEADING_ADVERBS = WordSet.of("even", "only", "also", "just", "now");

    private static final Set<String> INDEFINITE_PRONOUNS = WordSet.of(
            "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "none", "nothing",
            "everything", "something", "all", "each", "either", "neither");

    /** Capitalised words that start sentences or name days and months, not people. */
    private static final Set<String> NOT_NAMES = WordSet.of(
            "the", "a", "an", "but", "and", "in", "on", "at", "it", "he", "she", "they", "we", "this", "that", "there",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "according", "after", "before", "when", "while", "if", "as", "for", "with", "despite", "however",
            "meanwhile", "earlier", "later", "last", "next", "his", "her", "their", "its", "our", "some", "many",
            "street", "avenue", "road", "square", "river", "island", "islands", "north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "central", "new", "old", "great", "united", "republic",
            "kingdom", "states", "union", "day", "week", "year", "news", "times", "post", "daily", "weekly",
            "without", "with", "under", "over", "from", "by", "to", "during", "since", "until", "unless", "although",
            "though", "because", "yet", "so", "still", "now", "then", "also", "instead", "even", "only", "just",
            "asked", "speaking", "writing", "under", "once", "whether", "where", "what", "who", "why", "how");

    /**
     * @param name a person's name as resolved in the article so far
     * @return the full name first introduced in the article for that surname (names introduced
     *     after a bare surname was used still count: "Smith" then "Jane Smith" gives "Jane Smith")
     */
    String finalName(String name) {
        if (name.indexOf(' ') >= 0) {
            return name;
        }
        String[] known = knownPerson(name);
        return known == null ? name : String.join(" ", known);
    }

    private static String[] names(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token x : tokens) {
            if (x.isWord()) {
                out.add(possessiveStemKeepCase(x.text()));
            }
        }
        return out.toArray(new String[0]);
    }

    private static Resolved via(Resolved r, String how) {
        return r == null ? null : new Resolved(r.name(), r.type(), how + " \u2192 " + r.name());
    }

    /** The words as written; a phrase never runs across a line break (a heading above is not part of it). */
    private String phrase(List<Token> t) {
        String p = text.substring(t.get(0).start(), t.get(t.size() - 1).end());
        int nl = Math.max(p.lastIndexOf('\n'), p.lastIndexOf('\r'));
        return nl < 0 ? p : p.substring(nl + 1).strip();
    }

    private static List<Token> trim(List<Token> np) {
        int s = 0;
        int e = np.size();
        while (s < e && !np.get(s).isWord()) {
            s++;
        }
        while (e > s && !np.get(e - 1).isWord()) {
            e--;
        }
        return np.subList(s, e);
    }

    private static String possessiveStem(String lower) {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /**
     * The last element of {@code SPACES.split(s.strip())}, without the regular expression: what
     * follows the last of the white-space characters {@code \s} stands for (strip has removed
     * any at the end). Called for every pronoun resolved.
     */
    static String lastWord(String s) {
        String t = s.strip();
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return t.substring(i + 1);
            }
        }
        return t;
    }

    private static String possessiveStemKeepCase(String s) {
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            return s.substring(0, s.length() - 2);
        }
        return s;
    }
}
