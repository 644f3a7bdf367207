package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.SpeakerKind;
import dev.verbatim.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people and organisations of one article, each an entity that its mentions link to: names
 * ("Vladimir Putin", "Putin"), titles and descriptions in apposition ("Dmitry Peskov, the Kremlin
 * spokesman", then "the spokesman"), acronyms introduced in parentheses ("… Canada (IRCC)", then
 * "IRCC"), definite descriptions of organisations ("the department"), and pronouns. An entity's
 * canonical name is the fullest name the article gives.
 *
 * <p>Gender is kept twice. {@link Entity#evidence} is what the article states: an honorific (Mr.,
 * Ms.), a gendered role or relation ("chairwoman", "her husband, Ray Sutter") or a pronoun that can
 * only refer to the entity (no other person mentioned since it); it is what users see. A prior,
 * which may also come from CoreNLP's list of first names, only helps choose between the people a
 * pronoun might refer to and is never reported.
 *
 * <p>One instance per document; not thread-safe.
 */
final class EntityModel {

    /** Sentences back over which a pronoun or a description looks for its entity. */
    private static final int REACH_TOKENS = 120;
    /**
     * Mentions back over which a name, pronoun or description looks for its person, and
     * organisation mentions back for an organisation: far more than a news article has, a bound
     * on the work per mention in a long document.
     */
    static final int MENTION_WINDOW = 1000;
    /** Honorifics and ranks left out of canonical names. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord",
            "lady", "prof", "rev", "sgt", "cpl", "pvt", "lt", "capt", "col", "gen", "maj", "det", "insp", "supt", "cllr",
            "sen", "rep", "gov", "fr", "hon", "judge", "justice", "president", "minister", "mayor", "senator",
            "councillor", "councilor", "chancellor", "premier", "sheriff", "chief", "coach", "officer", "detective",
            "inspector", "sergeant", "captain", "general", "colonel", "governor", "representative", "professor");

    /** A person or organisation of the article. */
    static final class Entity {
        final int id;
        List<String> name;
        final SpeakerKind kind;
        /** The gender the article states. */
        Gender evidence = Gender.UNKNOWN;
        /** A guess used only to choose between referents of a pronoun. */
        Gender prior = Gender.UNKNOWN;
        /** The first title or role the article gives it. */
        String role;
        /** Lower-case nouns of its titles, roles and appositions ("spokesman", "founder", "husband"). */
        final Set<String> roleWords = new LinkedHashSet<>();
        /** Lower-case acronyms and short names it goes by. */
        final Set<String> aliases = new LinkedHashSet<>();
        /** The age the article gives right after its name ("Tom Haldane, 58,"), or -1. */
        int age = -1;
        /** The token and insertion number of its last mention in {@code occurrences} order, or -1. */
        int latestToken = -1;
        long latestSeq = -1;

        Entity(int id, List<String> name, SpeakerKind kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        String canonical() {
            return String.join(" ", name);
        }

        /** The name whose words {@link #last} and {@link #first} hold, lower case. */
        private List<String> lowered;
        private String last;
        private String first;

        String last() {
            lower();
            return last;
        }

        String first() {
            lower();
            return first;
        }

        private void lower() {
            if (lowered != name) {
                last = name.get(name.size() - 1).toLowerCase(Locale.ROOT);
                first = name.get(0).toLowerCase(Locale.ROOT);
                lowered = name;
            }
        }

        /** The gender a pronoun may be checked against: the stated one, else the guess. */
        Gender gender() {
            return evidence != Gender.UNKNOWN ? evidence : prior;
        }

        void state(Gender g) {
            if (g != Gender.UNKNOWN && evidence == Gender.UNKNOWN) {
                evidence = g;
            }
        }
    }

    /**
     * A mention of a person at a token; {@code bare} when it is the surname alone of a person the
     * article names in full ("Achterberg" for "Robin Achterberg").
     */
    private record Occurrence(int token, Entity entity, boolean bare, boolean full) {
        Occurrence(int token, Entity entity) {
            this(token, entity, false, false);
        }
    }

    private final List<Token> tokens;
    private final boolean[] quoted;
    private final PhraseFinder phrases;
    private final List<Entity> entities = new ArrayList<>();
    /** Person occurrences, in token order. */
    private final List<Occurrence> occurrences = new ArrayList<>();
    /** Organisation occurrences, in token order. */
    private final List<Occurrence> organizations = new ArrayList<>();
    private final Map<String, Entity> organizationsByName = new HashMap<>();
    private final NameIndex index = new NameIndex();
    /** Occurrences added so far: their order among occurrences of one token. */
    private long occurrenceCount;

    private final Set<String> organizationWords;
    /** Common nouns that name people ("farmer", "manager"), lower case. */
    private final Set<String> personNouns;

    EntityModel(List<Token> tokens, boolean[] quoted, PhraseFinder phrases, Set<String> organizationWords,
                Set<String> personNouns) {
        this.tokens = tokens;
        this.quoted = quoted;
        this.phrases = phrases;
        this.organizationWords = organizationWords;
        this.personNouns = personNouns;
        collectPeople();
        collectUntaggedPeople();
        collectOrganizations();
        readPronouns();
    }

    /**
     * Every he, she, his, her, him, himself and herself outside quotes states the gender of the
     * person it refers to when that is plain: the person named last, within reach, whose gender
     * does not say otherwise.
     */
    private void readPronouns() {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (quoted[k] || !(t.isPronoun() || t.pos().equals("PRP$"))) {
                continue;
            }
            Gender g = GenderCues.ofPronoun(t.text());
            int i = firstFrom(occurrences, k) - 1;
            if (g == Gender.UNKNOWN || i < 0 || narration(occurrences.get(i).token, k) > REACH_TOKENS / 2) {
                continue;
            }
            boolean namedBeforeInSentence = tokens.get(occurrences.get(i).token).sentence() == t.sentence();
            if (!namedBeforeInSentence && i + 1 < occurrences.size()
                    && tokens.get(occurrences.get(i + 1).token).sentence() == t.sentence()
                    && !possessiveOfNextName(k, occurrences.get(i + 1).token)) {
                continue; // "Asked whether she would sell, Cara Haldane replied": the pronoun may point ahead
            }
            // the person named last, else (when the gender of the people named since rules them
            // out: "Margaret Doyle, whose husband Ken waited … She described") the one before
            int last = i;
            boolean found = false;
            if (rightAfterName(occurrences.get(i).token, k)) {
                occurrences.get(i).entity.state(g); // "Dana McNeely, in his 19th season": whatever the first name suggests
                continue;
            }
            while (i >= 0 && narration(occurrences.get(i).token, k) <= REACH_TOKENS / 2) {
                Entity e = occurrences.get(i).entity;
                if (GenderCues.compatible(e.gender(), g)) {
                    if (unnamedPersonBetween(occurrences.get(i).token, k) < 0) {
                        e.state(g); // not "said Ridley … One farmer, who … because he"
                    }
                    found = true;
                    break;
                }
                i--;
            }
            Entity only = occurrences.get(last).entity;
            // a subject or a possessive, not an object ("Dr. Samuel Whitacre … taught her")
            boolean subject = t.text().equalsIgnoreCase("he") || t.text().equalsIgnoreCase("she") || t.pos().equals("PRP$");
            if (!found && subject && only.evidence == Gender.UNKNOWN && onlyPersonWithinReach(last, k)
                    && t.sentence() - tokens.get(occurrences.get(last).token).sentence() <= 1
                    && unnamedPersonBetween(occurrences.get(last).token, k) < 0) {
                only.state(g); // "Grant said … ,” she noted": the text overrules the first-name guess
            }
        }
    }

    /**
     * Whether the pronoun at token {@code k} follows the name starting at token {@code name} in its
     * sentence with only a comma, prepositions, determiners, adjectives or numbers between ("Dana
     * McNeely, in his 19th season"): nothing else it could refer to.
     */
    private boolean rightAfterName(int name, int k) {
        int m = name;
        while (m < k && tokens.get(m).ner().equals("PERSON")) {
            m++;
        }
        if (m == name || k - m > 4 || tokens.get(name).sentence() != tokens.get(k).sentence()
                || !tokens.get(k).pos().equals("PRP$")) {
            return false;
        }
        for (; m < k; m++) {
            String pos = tokens.get(m).pos();
            if (quoted[m] || !(tokens.get(m).text().equals(",") || pos.equals("IN") || pos.equals("DT") || pos.startsWith("JJ")
                    || pos.equals("CD"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the possessive at token {@code k} stands in the phrase whose head the name at token
     * {@code name} is in apposition to ("His National Party opponent, Mark Ruhe"): the name is not
     * the pronoun's referent.
     */
    private boolean possessiveOfNextName(int k, int name) {
        if (!tokens.get(k).pos().equals("PRP$") || name - k > 7) {
            return false;
        }
        for (int m = k + 1; m < name; m++) {
            Token t = tokens.get(m);
            if (quoted[m] || !(premodifier(t) || t.text().equals(","))) {
                return false;
            }
        }
        return true;
    }

    /** Whether occurrence {@code i} is the only person named within reach before token {@code k}. */
    private boolean onlyPersonWithinReach(int i, int k) {
        Entity e = occurrences.get(i).entity;
        for (int j = i - 1; j >= 0 && narration(occurrences.get(j).token, k) <= REACH_TOKENS / 2; j--) {
            if (occurrences.get(j).entity != e) {
                return false;
            }
        }
        return true;
    }

    /** Unquoted tokens other than punctuation before each token. */
    private int[] wordsBefore;

    /** The words of narration (outside quotes, punctuation aside) in tokens {@code [from, to)}. */
    private int narrationWords(int from, int to) {
        if (wordsBefore == null) {
            int[] before = new int[tokens.size() + 1];
            for (int m = 0; m < tokens.size(); m++) {
                before[m + 1] = before[m] + (quoted[m] || tokens.get(m).isPunctuation() ? 0 : 1);
            }
            wordsBefore = before;
        }
        return to <= from ? 0 : wordsBefore[Math.min(to, tokens.size())] - wordsBefore[Math.max(0, from)];
    }

    /** Unquoted tokens before each token: narration distances without the quotes between. */
    private int[] unquotedBefore;

    /** The tokens of narration (outside quotes) from token {@code from} to token {@code to}. */
    private int narration(int from, int to) {
        if (unquotedBefore == null) {
            int[] before = new int[tokens.size() + 1];
            for (int m = 0; m < tokens.size(); m++) {
                before[m + 1] = before[m] + (quoted[m] ? 0 : 1);
            }
            unquotedBefore = before;
        }
        return unquotedBefore[Math.min(to, tokens.size())] - unquotedBefore[Math.max(0, from)];
    }

    /**
     * The gender a pronoun right after token {@code at} (in the rest of its sentence or the next,
     * outside quotes, before any other person is named) states for an unnamed source ("one
     * resident said … She added"), or UNKNOWN.
     */
    Gender pronounAfter(int at, int sentenceEnd) {
        int next = firstFrom(occurrences, at + 1);
        int limit = next < occurrences.size() ? Math.min(sentenceEnd, occurrences.get(next).token) : sentenceEnd;
        int other = unnamedPersonBetween(at + 1, limit);
        if (other >= 0) {
            limit = other; // "said one officer … The project manager … his arms folded"
        }
        for (int k = at + 1; k < limit && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!quoted[k] && (t.isPronoun() || t.pos().equals("PRP$"))) {
                Gender g = GenderCues.ofPronoun(t.text());
                if (g != Gender.UNKNOWN) {
                    return g;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * The first token in {@code (from, to)}, outside quotes, that heads a noun phrase naming a
     * person at the start of a sentence ("One farmer, who …", "The project manager watched") or
     * after a verb ("said one resident"), or
     * -1: a new subject, another person a pronoun after it may refer to. A description in
     * apposition ("Maribel Quint, a charge nurse who …") is the named person and does not count.
     */
    private int unnamedPersonBetween(int from, int to) {
        if (unnamedPeople == null) {
            unnamedPeople = findUnnamedPeople();
        }
        int i = java.util.Arrays.binarySearch(unnamedPeople, from + 1);
        i = i >= 0 ? i : -i - 1;
        return i < unnamedPeople.length && unnamedPeople[i] < to ? unnamedPeople[i] : -1;
    }

    /** The heads {@link #unnamedPersonBetween} looks for, in token order; found once per document. */
    private int[] unnamedPeople;

    private int[] findUnnamedPeople() {
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (quoted[k] || !t.isNoun() || t.isProperNoun()) {
                continue;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            if (!personNouns.contains(w) && !personNouns.contains(WordList.singular(w))) {
                continue;
            }
            int start = k;
            while (start - 1 >= 0 && tokens.get(start - 1).sentence() == t.sentence() && !quoted[start - 1]
                    && premodifier(tokens.get(start - 1))) {
                start--;
            }
            boolean sentenceStart = start == 0 || tokens.get(start - 1).sentence() != t.sentence();
            // "…,” said one resident, who … her name": the subject of an inverted attribution
            Token opener = tokens.get(start);
            boolean indefinite = opener.is("a") || opener.is("an") || opener.is("one") || opener.is("another");
            boolean afterVerb = start > 0 && start < k && tokens.get(start - 1).pos().startsWith("VB") && indefinite;
            boolean named = k + 1 < tokens.size() && tokens.get(k + 1).ner().equals("PERSON");
            if ((sentenceStart || afterVerb) && !named) {
                found.add(k);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A word that can stand before the head of a noun phrase: determiner, number, adjective, noun, possessive. */
    private static boolean premodifier(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("PRP$")
                || pos.equals("POS") || t.text().equals("-") || pos.equals("HYPH");
    }

    /** The entity with id {@code id}. */
    Entity entity(int id) {
        return entities.get(id);
    }

    // ---- collection

    /** Finds PERSON runs outside quotes, clusters them by name, and reads their titles and appositions. */
    private void collectPeople() {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (quoted[i] || !tokens.get(i).ner().equals("PERSON")) {
                continue;
            }
            int j = i;
            while (j < n && !quoted[j] && tokens.get(j).ner().equals("PERSON")) {
                j++;
            }
            if (firstNameBefore(i)) {
                i--; // "from Sofia Lindgren": the first name tagged a place
            }
            int nameStart = i;
            while (nameStart < j - 1 && (phrases.isTitle(tokens.get(nameStart))
                    || honorific(tokens.get(nameStart).text()))
                    && !(j - nameStart == 2 && GenderCues.ofFirstName(tokens.get(nameStart).text()) != Gender.UNKNOWN
                    && !honorific(tokens.get(nameStart).text()))) {
                nameStart++; // "Dean Malcolm Reyes-Hart", "Mrs Pickering": the recogniser took the title in (not "a Dean Hollis header")
            }
            if (organizationDescribed(i) || j - i == 1 && organizationElsewhere(i) || datelinePlace(i, j) || epithet(i, j)) {
                i = j - 1;
                continue; // "Erzland Lithium GmbH" … "Voigt said Erzland had": the company, not a person
            }
            Entity e = j - nameStart == 1 ? sharedSurname(nameStart, j) : null;
            if (e == null) {
                e = entityFor(nameStart, j);
            }
            if (e != null) {
                readTitles(e, nameStart);
                readApposition(e, i, j);
                readAge(e, j);
            }
            i = j - 1;
        }
    }

    /**
     * People the recogniser did not tag: a capitalised name of two words right after a title
     * ("Chief Executive Adaeze Whitford"), or of a first name and a capitalised word before a verb
     * or a comma ("Marcus Tell had already made 14 tackles"); and a later surname alone of a person
     * named in full ("Mensah-Bright sending the goalkeeper the wrong way"), not a modifier of a noun
     * ("an Achterberg crossword"). Each is a person pronouns and descriptions may refer to.
     */
    private void collectUntaggedPeople() {
        int n = tokens.size();
        for (int k = 1; k + 2 < n; k++) {
            if (quoted[k] || quoted[k + 1] || tokens.get(k).ner().equals("PERSON") || tokens.get(k + 1).ner().equals("PERSON")
                    || !untaggedNameWord(k) || !untaggedNameWord(k + 1) || untaggedNameWord(k + 2)
                    || tokens.get(k).sentence() != tokens.get(k + 1).sentence()) {
                continue;
            }
            Token before = tokens.get(k - 1);
            Token after = tokens.get(k + 2);
            boolean titled = !quoted[k - 1] && phrases.isTitle(before) && Character.isUpperCase(before.text().codePointAt(0));
            boolean subject = tokens.get(k).isProperNoun() && GenderCues.ofFirstName(tokens.get(k).text()) != Gender.UNKNOWN
                    && !PhraseFinder.proper(before) && (after.isFiniteVerb() || after.text().equals(","));
            if ((titled || subject) && firstFrom(occurrences, k) == firstFrom(occurrences, k + 2)) {
                Entity e = entityFor(k, k + 2);
                if (e != null && titled) {
                    readTitles(e, k);
                }
                k++;
            }
        }
        for (int k = 0; k < n; k++) {
            if (quoted[k] || tokens.get(k).ner().equals("PERSON") || !untaggedNameWord(k)
                    || k > 0 && !quoted[k - 1] && untaggedNameWord(k - 1)) {
                continue;
            }
            for (Entity e : surnamesAt(k)) {
                int end = wordAt(k, e.last());
                if (end < 0 || end < n && (untaggedNameWord(end) || tokens.get(end).isNoun() || tokens.get(end).ner().equals("PERSON"))
                        || firstFrom(occurrences, k) != firstFrom(occurrences, end)) {
                    continue;
                }
                entityFor(k, List.of(e.name.get(e.name.size() - 1)));
                k = end - 1;
                break;
            }
        }
    }

    /**
     * The people named in more than one word whose surname is written at token {@code k} (alone or
     * with the tokens written together after it: "Rees", "-", "Bevan"), in entity order.
     */
    private List<Entity> surnamesAt(int k) {
        List<Entity> found = new ArrayList<>(1);
        StringBuilder sb = new StringBuilder();
        for (int m = k; m < tokens.size() && sb.length() < index.longestLast()
                && (m == k || tokens.get(m - 1).end() == tokens.get(m).begin()); m++) {
            sb.append(tokens.get(m).text());
            for (Entity e : index.byLast(sb.toString())) {
                if (e.name.size() > 1 && wordAt(k, e.last()) >= 0) {
                    found.add(e); // the first of the people so named: the others end at the same token
                    break;
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.id, b.id));
        return found;
    }

    /** A capitalised word of a name the recogniser left untagged: no organisation, place, title or honorific. */
    private boolean untaggedNameWord(int k) {
        Token t = tokens.get(k);
        if (quoted[k] || !Character.isUpperCase(t.text().codePointAt(0)) || t.ner().equals("ORGANIZATION")
                || t.ner().equals("LOCATION") || phrases.isTitle(t) || organizationWords.contains(t.text().toLowerCase(Locale.ROOT))
                || honorific(t.text())) {
            return false;
        }
        boolean sentenceStart = k == 0 || tokens.get(k - 1).sentence() != t.sentence();
        return t.isProperNoun() || !sentenceStart && Character.isLetter(t.text().codePointAt(0)) && !t.pos().equals("CD");
    }

    /**
     * Whether the token before the person's name starting at token {@code i} is a first name the
     * recogniser put in another class ("12 rebounds from Sofia Lindgren", Sofia tagged a place):
     * a capitalised proper noun that names people, alone before the name.
     */
    private boolean firstNameBefore(int i) {
        if (i == 0 || quoted[i - 1] || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) {
            return false;
        }
        Token t = tokens.get(i - 1);
        boolean alone = i - 2 < 0 || !PhraseFinder.proper(tokens.get(i - 2)) || tokens.get(i - 2).sentence() != t.sentence();
        return alone && t.isProperNoun() && !t.ner().equals("PERSON") && !t.ner().equals("ORGANIZATION")
                && Character.isUpperCase(t.text().codePointAt(0)) && !phrases.isTitle(t)
                && GenderCues.ofFirstName(t.text()) != Gender.UNKNOWN;
    }

    /**
     * Whether the one word tagged a person in tokens {@code [from, to)} is a word for people after
     * "the" and adjectives ("the unflappable Scot", "the Dutchman") rather than a name: no person
     * of the article goes by it (not "the younger Harnett").
     */
    boolean epithet(int from, int to) {
        if (to - from != 1 || from == 0 || knownWord(tokens.get(from).text())) {
            return false;
        }
        int m = from - 1;
        while (m > 0 && !quoted[m] && tokens.get(m).pos().startsWith("JJ")) {
            m--;
        }
        return !quoted[m] && tokens.get(m).is("the") && personNouns.contains(tokens.get(from).text().toLowerCase(Locale.ROOT));
    }

    /** Lower-case words of the article's dateline ("BRENTON, Iowa —", "PORT SELIM, Almara (Reuters) -"). */
    private Set<String> datelineWords;

    /**
     * Whether the words of tokens {@code [from, to)} are all words of the place in the article's
     * dateline: the place the article is filed from, whatever the recogniser tagged it elsewhere
     * ("at the Brenton 1-yard line", "Almara will cut piped water").
     */
    private boolean datelinePlace(int from, int to) {
        if (datelineWords == null) {
            Set<String> found = new HashSet<>();
            for (int k = 0; k < Math.min(tokens.size(), 80) && found.isEmpty(); k++) {
                String w = tokens.get(k).text();
                boolean opens = k == 0 || tokens.get(k - 1).sentence() != tokens.get(k).sentence();
                if (!opens || quoted[k] || w.length() < 3 || !w.equals(w.toUpperCase(Locale.ROOT)) || !Character.isLetter(w.codePointAt(0))) {
                    continue;
                }
                Set<String> words = new HashSet<>();
                for (int m = k; m < tokens.size() && m - k < 10; m++) {
                    String t = tokens.get(m).text();
                    if (PhraseFinder.DASHES.contains(t) || t.equals("(")) {
                        if (m > k) {
                            found = words; // up to the dash or the agency: the dateline
                        }
                        break;
                    }
                    if (!t.equals(",") && !Character.isUpperCase(t.codePointAt(0))) {
                        break;
                    }
                    if (!t.equals(",")) {
                        words.add(t.toLowerCase(Locale.ROOT));
                    }
                }
            }
            datelineWords = found;
        }
        for (int k = from; k < to; k++) {
            if (!datelineWords.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * "Dana and Ruben Whitcomb", "Ray and Colleen Sutter": a first name alone at token
     * {@code k}, joined by "and" to a full name, shares its surname. The entity so named, or null
     * when the text is not so.
     */
    private Entity sharedSurname(int k, int end) {
        int n = tokens.size();
        if (end + 2 >= n || !tokens.get(end).is("and") || quoted[end]) {
            return null;
        }
        int j = end + 1;
        while (j < n && !quoted[j] && tokens.get(j).ner().equals("PERSON")) {
            j++;
        }
        if (j - (end + 1) < 2) {
            return null;
        }
        List<String> other = words(end + 1, j);
        String first = tokens.get(k).text();
        if (other.size() < 2 || GenderCues.ofFirstName(first) == Gender.UNKNOWN || surnames().contains(first)) {
            return null; // not "Clinton and Bernie Sanders"
        }
        List<String> name = new ArrayList<>(words(k, k + 1));
        name.add(other.get(other.size() - 1));
        return entityFor(k, name);
    }

    /**
     * Whether the one-word person name at token {@code k} is a word the recogniser tagged as part
     * of an organisation elsewhere in the article at least as often as it tagged it a person, and
     * never as part of a longer person's name: its tags disagree, and the surer context says
     * organisation ("Erzland Lithium GmbH" … "Voigt said Erzland had"). Not "Clinton" beside one
     * "Clinton Foundation" in an article that names her a dozen times.
     */
    private boolean organizationElsewhere(int k) {
        if (organizationOnly == null) {
            Map<String, Integer> balance = new HashMap<>();
            Set<String> longerName = new HashSet<>();
            for (int m = 0; m < tokens.size(); m++) {
                Token t = tokens.get(m);
                if (t.ner().equals("ORGANIZATION") || describedRun(m)) {
                    balance.merge(t.text(), 1, Integer::sum);
                } else if (t.ner().equals("PERSON")) {
                    if (m > 0 && tokens.get(m - 1).ner().equals("PERSON")
                            || m + 1 < tokens.size() && tokens.get(m + 1).ner().equals("PERSON")) {
                        longerName.add(t.text()); // "Jonah Pratt": a person's name after all
                    } else {
                        balance.merge(t.text(), -1, Integer::sum);
                    }
                }
            }
            Set<String> only = new HashSet<>();
            balance.forEach((w, b) -> {
                if (b >= 0 && !longerName.contains(w)) {
                    only.add(w);
                }
            });
            organizationOnly = only;
        }
        return organizationOnly.contains(tokens.get(k).text());
    }

    private Set<String> surnames;

    /** Words the article uses after another word of a person's name (surnames, middle names). */
    private Set<String> surnames() {
        if (surnames == null) {
            Set<String> found = new HashSet<>();
            for (int m = 1; m < tokens.size(); m++) {
                if (tokens.get(m).ner().equals("PERSON") && tokens.get(m - 1).ner().equals("PERSON")) {
                    found.add(tokens.get(m).text());
                }
            }
            surnames = found;
        }
        return surnames;
    }

    /** Whether token {@code m} is in a capitalised run that {@link #organizationDescribed} makes an organisation. */
    private boolean describedRun(int m) {
        int start = m;
        while (start > 0 && m - start < 6 && !quoted[start - 1] && PhraseFinder.proper(tokens.get(start - 1))
                && tokens.get(start - 1).sentence() == tokens.get(m).sentence()) {
            start--;
        }
        return PhraseFinder.proper(tokens.get(m)) && organizationDescribed(start);
    }

    /**
     * Whether the name starting at token {@code k} follows a common noun that names a kind of
     * organisation and never a person ("carmaker Vossberg Automobilwerke", "the airline Norvik
     * Air"): an organisation whatever the recogniser tagged it.
     */
    private boolean organizationDescribed(int k) {
        if (k == 0 || quoted[k - 1]) {
            return false;
        }
        Token before = tokens.get(k - 1);
        String w = before.text().toLowerCase(Locale.ROOT);
        return before.isNoun() && !before.isProperNoun() && organizationWords.contains(w) && !personNouns.contains(w);
    }

    /** Words tagged in organisations at least as often as alone as persons, and never in a longer person's name. */
    private Set<String> organizationOnly;

    /** "Kremlin spokesman Dmitry Peskov", "Mrs Pickering": titles, honorifics and roles right before a name. */
    private void readTitles(Entity e, int nameStart) {
        for (int k = nameStart - 1; k >= 0 && k >= nameStart - 4 && !quoted[k]; k--) {
            Token t = tokens.get(k);
            if (!phrases.isTitle(t) && !t.isNoun()) {
                break;
            }
            e.state(GenderCues.ofHonorific(t.text()));
            e.state(GenderCues.ofNoun(t.text()));
            String w = t.text().toLowerCase(Locale.ROOT);
            if (phrases.isTitle(t) || t.isNoun() && !t.isProperNoun() || personNouns.contains(w) && !organizationWords.contains(w)) {
                addRoleWord(e, w); // "Warden Philip Doucette": a capitalised word for people is a role too
            }
        }
    }

    /**
     * "Rowan Adebayo-Kerr, the 39-year-old founder of Paneltown Press," and "her husband, Ray
     * Sutter": the description in apposition is one of the entity's roles.
     */
    private void readApposition(Entity e, int from, int to) {
        if (to + 1 < tokens.size() && !quoted[to] && tokens.get(to).text().equals(",")) {
            Phrase after = phrases.startingAt(to + 1, Math.min(tokens.size(), to + 16));
            if (after != null && after.kind() == SpeakerKind.DESCRIPTION && !after.pronoun()) {
                addRole(e, after.start(), after.end());
            }
        }
        while (from - 1 >= 0 && !quoted[from - 1] && (phrases.isTitle(tokens.get(from - 1))
                || honorific(tokens.get(from - 1).text()))
                && Character.isUpperCase(tokens.get(from - 1).text().codePointAt(0))) {
            from--; // "The dean of arts, Professor Malcolm Reyes-Hart": over the title to the comma
        }
        if (from - 2 >= 0 && !quoted[from - 1] && tokens.get(from - 1).text().equals(",")) {
            Phrase before = phrases.endingAt(from - 2, Math.max(0, from - 16));
            // not "Asked about her nephew's remarks, Gloria Petrakis smiled": a clause before its subject
            boolean clauseBefore = before != null && before.start() > 0 && tokens.get(before.start() - 1).pos().equals("IN")
                    && to < tokens.size() && tokens.get(to).isFiniteVerb();
            if (before != null && before.kind() == SpeakerKind.DESCRIPTION && !before.pronoun() && !clauseBefore) {
                addRole(e, before.start(), before.end());
            }
        }
    }

    /** Records the head noun of the description in tokens {@code [from, to)} as a role of {@code e}, and its gender. */
    private void addRole(Entity e, int from, int to) {
        int head = -1;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && (t.is("of") || t.is("for") || t.is("at") || t.is("in") || t.is("with") || t.text().equals(","))) {
                break; // "the founder of Paneltown Press": founder
            }
            boolean possessor = k + 1 < to && tokens.get(k + 1).pos().equals("POS");
            if (t.isNoun() && !t.isProperNoun() && !possessor) {
                head = k;
            }
        }
        if (head >= 0) {
            e.state(GenderCues.ofNoun(tokens.get(head).text())); // the head's gender: "chairwoman", not "her nephew's remarks"
            addRoleWord(e, tokens.get(head).text().toLowerCase(Locale.ROOT));
        }
    }

    private void addRoleWord(Entity e, String w) {
        if (e.roleWords.add(w)) {
            index.addRole(e, w);
        }
    }

    /** Finds ORGANIZATION runs outside quotes and the acronyms introduced after them in parentheses. */
    private void collectOrganizations() {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (quoted[i] || !PhraseFinder.proper(tokens.get(i))) {
                continue;
            }
            int j = i;
            boolean recognised = false;
            while (j < n && !quoted[j] && (PhraseFinder.proper(tokens.get(j))
                    || (joiner(j) || tokens.get(j).pos().equals("POS")) && j + 1 < n && PhraseFinder.proper(tokens.get(j + 1)))) {
                recognised |= tokens.get(j).ner().equals("ORGANIZATION"); // "Maple Producers' Board of Quebec": over the possessive
                j++;
            }
            // "the Canadian Horticultural Employers Council": a capitalised adjective opens the name
            while (i > 0 && !quoted[i - 1] && tokens.get(i - 1).pos().startsWith("JJ") && tokens.get(i - 1).sentence() == tokens.get(i).sentence()
                    && Character.isUpperCase(tokens.get(i - 1).text().codePointAt(0)) && i - 1 > 0
                    && tokens.get(i - 2).sentence() == tokens.get(i).sentence() && tokens.get(i - 2).pos().equals("DT")) {
                i--;
            }
            // an organisation by the recogniser, or a capitalised name ending in "Club", "District", "Ministry"
            boolean orgWord = organizationWords.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT));
            boolean described = organizationDescribed(i); // "German carmaker Vossberg Automobilwerke"
            if (!described && (!recognised && !orgWord || tokens.get(i).ner().equals("PERSON") && !orgWord)) {
                i = j - 1;
                continue;
            }
            Entity e = organization(i, j);
            // "Immigration, Refugees and Citizenship Canada (IRCC)"
            if (e != null && j + 2 < n && tokens.get(j).text().equals("(") && tokens.get(j + 2).text().equals(")")
                    && acronym(tokens.get(j + 1).text())) {
                e.aliases.add(tokens.get(j + 1).text().toLowerCase(Locale.ROOT));
                organizationsByName.put(tokens.get(j + 1).text().toLowerCase(Locale.ROOT), e);
            }
            i = j - 1;
        }
    }

    private boolean joiner(int k) {
        String w = tokens.get(k).text();
        return w.equals("and") || w.equals("of") || w.equals("for") || w.equals("&") || w.equals(",");
    }

    private static boolean acronym(String w) {
        if (w.length() < 2 || w.length() > 8) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i)) && w.charAt(i) != '&') {
                return false;
            }
        }
        return true;
    }

    /** The organisation named by tokens {@code [from, to)}, created when new. */
    Entity organization(int from, int to) {
        List<String> w = words(from, to, true);
        while (!w.isEmpty() && w.get(0).equalsIgnoreCase("the")) {
            w.remove(0);
        }
        if (w.isEmpty()) {
            return null;
        }
        String key = String.join(" ", w).toLowerCase(Locale.ROOT);
        Entity e = organizationsByName.get(key);
        if (e == null) {
            e = index.organizationEndingIn(key); // "the Kremlin" after "the Moscow Kremlin"
        }
        if (e == null && w.size() == 1) {
            e = index.organizationByFirst(key); // "Northwind" after "Northwind Footwear", "Alpenstrom" after "Alpenstrom AG"
        }
        if (e == null) {
            e = new Entity(entities.size(), w, SpeakerKind.ORGANIZATION);
            entities.add(e);
            index.add(e);
            organizationsByName.put(key, e);
        }
        addOccurrence(organizations, from, e);
        return e;
    }

    /**
     * The organisation a bare definite description names ("the department", "the company", "the
     * club"): the most recent organisation before token {@code at} whose name holds the head word,
     * else the one the article has named most often before it (the most recent of those); null
     * when it has named none.
     */
    Entity organizationFor(int at, String head) {
        String h = head.toLowerCase(Locale.ROOT);
        int i = firstFrom(organizations, at) - 1;
        Map<Entity, Integer> counts = new HashMap<>();
        Entity best = null;
        for (int k = i; k >= 0 && i - k < MENTION_WINDOW; k--) {
            Entity e = organizations.get(k).entity;
            if (e.canonical().toLowerCase(Locale.ROOT).contains(h)) {
                return e;
            }
            int c = counts.merge(e, 1, Integer::sum);
            if (best == null || c > counts.get(best)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * The organisation a definite description with {@code head} refers to when the article has
     * named one with that word in its name ("the district" after "the Upper Snake Water District",
     * "the club" after "Harrowdale County Cricket Club"): the most recent such one before token
     * {@code at}, or null.
     */
    Entity organizationNamedWith(int at, String head) {
        String h = head.toLowerCase(Locale.ROOT);
        int i = firstFrom(organizations, at) - 1;
        for (int k = i; k >= 0 && i - k < MENTION_WINDOW; k--) {
            Entity e = organizations.get(k).entity;
            for (String w : e.canonical().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (w.equals(h)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The organisation whose name the one word at token {@code k} is the first word of ("Northwind"
     * for "Northwind Footwear"), when no person the recogniser found there or elsewhere goes by it;
     * null otherwise.
     */
    Entity organizationByFirstWord(int k) {
        int i = firstFrom(occurrences, k);
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (i < occurrences.size() && occurrences.get(i).token == k || knownWord(w)) {
            return null;
        }
        return index.organizationByFirst(w);
    }

    /** The organisation introduced with the acronym or short name {@code word} ("CHEC"), or null. */
    Entity organizationAlias(String word) {
        Entity e = organizationsByName.get(word.toLowerCase(Locale.ROOT));
        return e != null && e.aliases.contains(word.toLowerCase(Locale.ROOT)) ? e : null;
    }

    /** The organisation "it" at token {@code at} refers to: the most recent one within reach, or null. */
    Entity resolveIt(int at) {
        int i = firstFrom(organizations, at) - 1;
        if (i < 0 || at - organizations.get(i).token > REACH_TOKENS) {
            return null;
        }
        int people = firstFrom(occurrences, at) - 1;
        if (people >= 0 && occurrences.get(people).token > organizations.get(i).token) {
            return null; // a person was named since: "it" is less likely the organisation
        }
        return organizations.get(i).entity;
    }

    // ---- people

    /** The words of a name: tokens written together ("Ruiz", "-", "Cole") make one word; a possessive goes. */
    private List<String> words(int from, int to) {
        return words(from, to, false);
    }

    /** The words of a name, keeping a possessive when {@code possessive} ("Cordova County Sheriff’s Office"). */
    private List<String> words(int from, int to, boolean possessive) {
        List<String> w = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String s = t.text();
            if ((t.pos().equals("POS") || s.equals("'s") || s.equals("’s")) && !possessive) {
                continue;
            }
            if (k > from && !w.isEmpty() && tokens.get(k - 1).end() == t.begin()) {
                w.set(w.size() - 1, w.get(w.size() - 1) + s);
            } else if (w.isEmpty() || !w.get(w.size() - 1).equals(s)) {
                w.add(s); // "McNeely McNeely" is one word said twice
            }
        }
        return w;
    }

    /** The gender of an honorific at token {@code k} or just before it ("Ms. Oyelaran"), or UNKNOWN. */
    private Gender honorificAt(int k) {
        Gender g = k < tokens.size() ? GenderCues.ofHonorific(tokens.get(k).text()) : Gender.UNKNOWN;
        if (g == Gender.UNKNOWN && k > 0) {
            g = GenderCues.ofHonorific(tokens.get(k - 1).text());
        }
        return g;
    }

    /** Whether {@code word} is an honorific or rank, with or without its full stop ("Mrs", "Dr."). */
    private static boolean honorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** The name without leading honorifics and ranks ("Mrs Joan Pickering" is "Joan Pickering"). */
    private static List<String> withoutHonorifics(List<String> w) {
        int i = 0;
        while (i < w.size() - 1 && honorific(w.get(i))) {
            i++;
        }
        return new ArrayList<>(w.subList(i, w.size()));
    }

    /** The entity for the name in tokens [from, to), created or merged as needed. */
    Entity entityFor(int from, int to) {
        return entityFor(from, withoutHonorifics(words(from, to)));
    }

    /** The entity for the name {@code w} found at token {@code from}, created or merged as needed. */
    private Entity entityFor(int from, List<String> w) {
        if (w.isEmpty()) {
            return null;
        }
        Entity found = null;
        boolean written = w.size() > 1;
        if (w.size() == 1 && !knownWord(w.get(0))) {
            List<String> full = fullName(w.get(0));
            if (full != null) {
                w = full; // "Pratt" … "Jonah Pratt": the fullest name the article gives
            }
        }
        String last = w.get(w.size() - 1).toLowerCase(Locale.ROOT);
        if (w.size() == 1) {
            // a bare surname or first name: the most recent person that has it (and, after "Ms." or
            // "Mr.", whose gender allows it: "Ms. Oyelaran" after "her husband, Tom Oyelaran")
            Gender honorific = honorificAt(from);
            found = familyMember(from, last, honorific);
            int i = firstFrom(occurrences, from) - 1;
            for (int k = i; k >= 0 && i - k < MENTION_WINDOW && found == null; k--) {
                Entity e = occurrences.get(k).entity;
                if ((e.last().equals(last) || e.first().equals(last)) && GenderCues.compatible(e.gender(), honorific)) {
                    found = e;
                }
            }
            if (found == null) {
                found = firstPerson(last, honorific);
            }

        } else {
            String first = w.get(0).toLowerCase(Locale.ROOT);
            // the last person with the surname named by it alone, by the same first name, or by the same initial
            found = index.lastNamed(last, first);
            if (found != null && w.size() > found.name.size()) {
                found.name = w;
                index.add(found);
            }
        }
        if (found == null) {
            found = new Entity(entities.size(), w, SpeakerKind.PERSON);
            entities.add(found);
            index.add(found);
        }
        if (found.prior == Gender.UNKNOWN) {
            found.prior = GenderCues.ofFirstName(found.name.get(0));
        }
        addOccurrence(occurrences, new Occurrence(from, found,
                w.size() == 1 && found.name.size() > 1 && found.last().equals(last) && !modified(from), written));
        return found;
    }

    /**
     * The first person of the article whose surname or first name is {@code w} (lower case) and
     * whose gender allows {@code honorific}, or null.
     */
    private Entity firstPerson(String w, Gender honorific) {
        Entity found = null;
        for (Entity e : index.byLast(w)) {
            if (e.last().equals(w) && GenderCues.compatible(e.gender(), honorific)) {
                found = e;
                break;
            }
        }
        for (Entity e : index.byFirst(w)) {
            if (found != null && e.id >= found.id) {
                break;
            }
            if (e.first().equals(w) && GenderCues.compatible(e.gender(), honorific)) {
                found = e;
                break;
            }
        }
        return found;
    }

    /** Whether the name at token {@code k} has a modifier before it ("the younger Brannigan", "the elder Mrs Trelawney"). */
    private boolean modified(int k) {
        int m = k - 1;
        if (m >= 0 && GenderCues.ofHonorific(tokens.get(m).text()) != Gender.UNKNOWN) {
            m--;
        }
        if (m < 0 || quoted[m]) {
            return false;
        }
        Token t = tokens.get(m);
        return t.pos().equals("DT") || t.pos().startsWith("JJ") || t.is("elder") || t.is("older") || t.is("younger");
    }

    /** Relation nouns that make a person the elder of a family ("Wade, Harnett's dad"). */
    private static final Set<String> ELDER_RELATIONS = Set.of("father", "dad", "mother", "mum", "mom", "grandmother",
            "grandfather", "gran", "granny", "grandma", "grandpa", "grandparent", "parent", "uncle", "aunt");
    /** Relation nouns that make a person the younger of a family ("His daughter, Cara Haldane"). */
    private static final Set<String> YOUNGER_RELATIONS = Set.of("son", "daughter", "grandson", "granddaughter",
            "grandchild", "child", "nephew", "niece", "kid");

    /**
     * The person a surname alone at token {@code from} names when several people of the article
     * share it: after "the elder" or "the younger", the one the ages or relations the article gave
     * make so ("Tom Haldane, 58," and "His daughter, Cara Haldane, 29,"); otherwise the person the
     * article already calls by the surname alone, not a relative introduced since ("said
     * Achterberg" … "Dana Achterberg, the constructor's older sister" … "said Achterberg"). Null
     * when fewer than two people have the surname or the text does not tell.
     */
    private Entity familyMember(int from, String surname, Gender honorific) {
        Set<Entity> members = new LinkedHashSet<>();
        int before = firstFrom(occurrences, from);
        int window = Math.max(0, before - MENTION_WINDOW);
        for (int k = window; k < before; k++) {
            Entity e = occurrences.get(k).entity;
            if (e.kind == SpeakerKind.PERSON && e.name.size() > 1 && e.last().equals(surname)
                    && GenderCues.compatible(e.gender(), honorific)) {
                members.add(e);
            }
        }
        if (members.size() < 2) {
            return null;
        }
        List<Entity> family = new ArrayList<>(members);
        int m = from - 1;
        if (m >= 0 && GenderCues.ofHonorific(tokens.get(m).text()) != Gender.UNKNOWN) {
            m--; // "the elder Mrs Trelawney"
        }
        String degree = m >= 1 && tokens.get(m - 1).is("the") ? tokens.get(m).text().toLowerCase(Locale.ROOT) : "";
        boolean elder = degree.equals("elder") || degree.equals("older");
        boolean younger = degree.equals("younger");
        Entity eldest = bySeniority(family, true);
        if (elder && eldest != null) {
            return eldest;
        }
        if (younger && eldest != null) {
            Entity youngest = bySeniority(family.stream().filter(e -> e != eldest).toList(), false);
            for (int k = before - 1; k >= window && youngest == null; k--) { // else the most recent other one
                if (members.contains(occurrences.get(k).entity) && occurrences.get(k).entity != eldest) {
                    youngest = occurrences.get(k).entity;
                }
            }
            return youngest;
        }
        for (int k = before - 1; k >= window; k--) {
            Occurrence o = occurrences.get(k);
            if (o.full && members.contains(o.entity) && tokens.get(from).sentence() - tokens.get(o.token).sentence() <= 1) {
                return null; // "Among them was Arne Solheim, 68, … said Solheim": the one just introduced
            }
            if (o.bare && members.contains(o.entity)) {
                return o.entity;
            }
        }
        return null;
    }

    /**
     * Of {@code people}, the eldest (or youngest) by {@link #seniority}, the first listed on a tie;
     * null when the article says nothing of any one's age.
     */
    private static Entity bySeniority(List<Entity> people, boolean eldest) {
        Entity best = null;
        for (Entity e : people) {
            int s = seniority(e);
            if (s != Integer.MIN_VALUE && (best == null || (eldest ? s > seniority(best) : s < seniority(best)))) {
                best = e;
            }
        }
        return best;
    }

    /**
     * How old the article makes a person, to rank a family: the age it states, else above any age
     * for a parent or grandparent and below any for a son or daughter; MIN_VALUE when it does not say.
     */
    private static int seniority(Entity e) {
        if (e.age >= 0) {
            return e.age;
        }
        for (String w : e.roleWords) {
            if (ELDER_RELATIONS.contains(w)) {
                return 1000;
            }
            if (YOUNGER_RELATIONS.contains(w)) {
                return 0;
            }
        }
        return Integer.MIN_VALUE;
    }

    /** "Tom Haldane, 58,", "said Harnett, now 17 and …": an age in apposition to the name ending before token {@code to}. */
    private void readAge(Entity e, int to) {
        int k = to + 1;
        if (k >= tokens.size() || quoted[to] || !tokens.get(to).text().equals(",")) {
            return;
        }
        if (tokens.get(k).is("now") || tokens.get(k).is("aged")) {
            k++;
        }
        if (k >= tokens.size() || quoted[k] || !tokens.get(k).text().matches("\\d{1,3}")) {
            return;
        }
        boolean closed = k + 1 >= tokens.size() || tokens.get(k + 1).isPunctuation() || tokens.get(k + 1).is("and")
                || tokens.get(k + 1).pos().startsWith("W");
        int age = Integer.parseInt(tokens.get(k).text());
        if (closed && age > 0 && age < 120 && e.age < 0) {
            e.age = age;
        }
    }

    private final Map<String, List<String>> fullNames = new HashMap<>();

    /** Whether a person the recogniser found goes by {@code word} as a surname or first name. */
    private boolean knownWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Entity e : index.byLast(w)) {
            if (e.name.size() > 1 && e.last().equals(w)) {
                return true;
            }
        }
        for (Entity e : index.byFirst(w)) {
            if (e.name.size() > 1 && e.first().equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first capitalised run of two to four words in the article (outside quotes) that ends in
     * {@code word} or starts with it ("Jonah Pratt" for "Pratt", "Dana Whitcomb" for "Dana"), or
     * null; the fullest name the article gives a person the recogniser saw only in part.
     */
    private List<String> fullName(String word) {
        return fullNames.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> {
            for (int k : capitalisedAt(w)) {
                // a capitalised word suffices: the word is a name already ("Valadares" tagged NNS)
                int wordEnd = wordAt(k, w);
                if (wordEnd < 0) {
                    continue;
                }
                int start = k;
                boolean nickname = false;
                int sentence = tokens.get(k).sentence();
                while (start - 1 >= 0 && k - start < 3 && tokens.get(start - 1).sentence() == sentence) {
                    int before = start - 1;
                    int skip = nicknameBefore(before);
                    if (skip < before && skip >= 0 && nameWord(skip) && before - skip <= 5) {
                        nickname = true; // "Jonah “Patch” Pratt", "Tommy 'The Boot' Rees-Bevan": over the nickname
                        start = skip;
                    } else if (nameWord(before)) {
                        start = before;
                    } else {
                        break;
                    }
                }
                int end = wordEnd;
                if (start == k) {
                    while (end < tokens.size() && end - k < 3 && tokens.get(end).sentence() == sentence && nameWord(end)) {
                        end++;
                    }
                }
                if (end - start >= 2) {
                    List<String> name = new ArrayList<>();
                    if (nickname) {
                        name.addAll(words(start, start + 1));
                        name.addAll(words(k, end));
                    } else {
                        name = words(start, end);
                    }
                    name = withoutHonorifics(name);
                    if (name.size() >= 2) {
                        return name;
                    }
                }
            }
            return null;
        });
    }

    /** Longest word, in characters, that {@link #capitalisedAt} finds. */
    private static final int LONGEST_WORD = 64;
    /** Where each capitalised word outside quotes starts, by its folded text. */
    private Map<String, List<Integer>> capitalised;

    /**
     * The tokens, in order, where a capitalised word outside quotes written as {@code w} but for
     * case starts: one token or several written together ("Rees", "-", "Bevan"), at most
     * {@link #LONGEST_WORD} characters long. Indexed once per document.
     */
    private List<Integer> capitalisedAt(String w) {
        if (capitalised == null) {
            capitalised = new HashMap<>();
            for (int k = 0; k < tokens.size(); k++) {
                if (quoted[k] || !Character.isUpperCase(tokens.get(k).text().codePointAt(0))) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int m = k; m < tokens.size() && sb.length() < LONGEST_WORD
                        && (m == k || tokens.get(m - 1).end() == tokens.get(m).begin()); m++) {
                    sb.append(tokens.get(m).text());
                    List<Integer> at = capitalised.computeIfAbsent(NameIndex.fold(sb.toString()), x -> new ArrayList<>(1));
                    if (at.isEmpty() || at.get(at.size() - 1) != k) {
                        at.add(k);
                    }
                }
            }
        }
        return capitalised.getOrDefault(NameIndex.fold(w), List.of());
    }

    /**
     * The end of the word {@code w} (lower case) when it starts at token {@code k}, written as one
     * token or as several written together ("Rees", "-", "Bevan"), else -1.
     */
    private int wordAt(int k, String w) {
        StringBuilder sb = new StringBuilder();
        int m = k;
        while (m < tokens.size() && sb.length() < w.length() && (m == k || tokens.get(m - 1).end() == tokens.get(m).begin())) {
            sb.append(tokens.get(m).text());
            m++;
        }
        return sb.toString().equalsIgnoreCase(w) ? m : -1;
    }

    /**
     * The token before a nickname that ends at token {@code last} (quoted by the detector, or
     * between quotation marks of its own: “Patch”, 'The Boot'), or {@code last} when there is none.
     */
    private int nicknameBefore(int last) {
        int skip = last;
        while (skip >= 0 && last - skip < 6 && quoted[skip]) {
            skip--;
        }
        if (skip < last) {
            return skip;
        }
        if (!QUOTE_MARKS.contains(tokens.get(last).text())) {
            return last;
        }
        for (int m = last - 1; m >= 0 && last - m <= 5; m--) {
            if (QUOTE_MARKS.contains(tokens.get(m).text())) {
                return m - 1 >= 0 && m < last - 1 ? m - 1 : last;
            }
        }
        return last;
    }

    private static final Set<String> QUOTE_MARKS = Set.of("“", "”", "\"", "'", "‘", "’", "``", "''", "`");

    /** A capitalised word of a person's name: a proper noun, not quoted, no title, organisation or place. */
    private boolean nameWord(int k) {
        Token t = tokens.get(k);
        return !quoted[k] && PhraseFinder.proper(t) && !phrases.isTitle(t) && !t.ner().equals("ORGANIZATION")
                && !t.ner().equals("LOCATION") && Character.isUpperCase(t.text().codePointAt(0))
                && !honorific(t.text());
    }

    private void addOccurrence(List<Occurrence> list, int token, Entity e) {
        addOccurrence(list, new Occurrence(token, e));
    }

    /** Adds {@code o} after the occurrences at or before its token; a person's records it as its latest when it is. */
    private void addOccurrence(List<Occurrence> list, Occurrence o) {
        list.add(firstFrom(list, o.token + 1), o);
        long seq = occurrenceCount++;
        Entity e = o.entity;
        if (list == occurrences && (o.token > e.latestToken || o.token == e.latestToken && seq > e.latestSeq)) {
            e.latestToken = o.token;
            e.latestSeq = seq;
        }
    }

    /** Index of the first occurrence at or after token {@code token} in {@code list} (kept in token order). */
    private static int firstFrom(List<Occurrence> list, int token) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).token < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The person of the name in tokens [from, to): the one found there by NER, else by its words. */
    Entity lookup(int from, int to) {
        int i = firstFrom(occurrences, from);
        if (i < occurrences.size() && occurrences.get(i).token < to) {
            return occurrences.get(i).entity;
        }
        return entityFor(from, to);
    }

    /**
     * The person a pronoun at token {@code at} refers to: the speaker of the attribution before it
     * in its paragraph (entity {@code previousSpeaker}, or -1) when the gender allows, else the
     * most recent person before it whose gender allows it, or null. The pronoun states the gender
     * of that person when no other person was mentioned in between.
     */
    Entity resolvePronoun(int at, String pronoun, int previousSpeaker) {
        return resolvePronoun(at, pronoun, previousSpeaker, true);
    }

    /** As {@link #resolvePronoun(int, String, int)}; states no gender unless {@code state}. */
    private Entity resolvePronoun(int at, String pronoun, int previousSpeaker, boolean state) {
        Gender g = GenderCues.ofPronoun(pronoun);
        if (g == Gender.UNKNOWN) {
            return null;
        }
        if (previousSpeaker >= 0 && previousSpeaker < entities.size()) {
            Entity e = entities.get(previousSpeaker);
            if (e.kind == SpeakerKind.PERSON && GenderCues.compatible(e.gender(), g) && !newSubjectBefore(at, e, g)) {
                int k = firstFrom(occurrences, at) - 1;
                if (state && k >= 0 && occurrences.get(k).entity == e) {
                    e.state(g);
                }
                return e; // the speaker of the quote before goes on speaking
            }
        }
        Entity mostRecent = null;
        int clause = frontedClause(at);
        int last = firstFrom(occurrences, at) - 1;
        for (int k = last; k >= 0 && last - k < MENTION_WINDOW; k--) {
            Occurrence o = occurrences.get(k);
            if (o.token >= clause) {
                continue; // "Asked when Valadares might make his debut, he said": not the one asked about
            }
            if (mostRecent == null) {
                mostRecent = o.entity;
            }
            if (GenderCues.compatible(o.entity.gender(), g)) {
                if (state && o.entity.prior == Gender.UNKNOWN) {
                    o.entity.prior = g;
                }
                if (state && o.entity == mostRecent && unnamedPersonBetween(o.token, at) < 0) {
                    o.entity.state(g);
                }
                return o.entity;
            }
        }
        return null;
    }

    /**
     * The first token of a participial clause that opens the sentence of the subject pronoun at
     * token {@code at} and ends in the comma right before it ("Asked when Valadares might make his
     * debut, he said"), or {@code at} when there is none: the people named in it are what the
     * subject was asked about, not the subject.
     */
    private int frontedClause(int at) {
        if (at < 2 || !tokens.get(at - 1).text().equals(",")) {
            return at;
        }
        int start = at - 1;
        while (start > 0 && tokens.get(start - 1).sentence() == tokens.get(at).sentence()) {
            start--;
        }
        Token first = tokens.get(start);
        boolean participle = first.pos().equals("VBN") || first.pos().equals("VBG") || first.is("asked") || first.is("pressed");
        for (int m = start; m < at - 1; m++) {
            if (quoted[m] || tokens.get(m).text().equals(",") && m > start && tokens.get(m + 1).isFiniteVerb()) {
                return at;
            }
        }
        return participle && !quoted[start] ? start : at;
    }

    /**
     * Whether the person named last before the pronoun at token {@code at} is another person than
     * {@code speaker}, whose gender allows {@code g}, named as the subject of a sentence (the name
     * right before a verb) at most twenty words of narration before the pronoun: "Asked by Brandt why …, Kwan
     * paused. “…,” she replied" is Kwan, though Brandt spoke last.
     */
    private boolean newSubjectBefore(int at, Entity speaker, Gender g) {
        int k = firstFrom(occurrences, at) - 1;
        if (k < 0) {
            return false;
        }
        Occurrence o = occurrences.get(k);
        if (o.entity == speaker || o.entity.kind != SpeakerKind.PERSON || !GenderCues.compatible(o.entity.gender(), g)) {
            return false;
        }
        if (narrationWords(o.token + 1, at) > 20) {
            return false; // the narration between name and pronoun, quotes aside: a sentence or so
        }
        int before = o.token - 1; // the name opens its clause: not "asked Kwan whether Hale had ever …"
        boolean opens = before < 0 || tokens.get(before).sentence() != tokens.get(o.token).sentence()
                || tokens.get(before).text().equals(",") || tokens.get(before).is("and") || tokens.get(before).is("but");
        if (!opens) {
            return false;
        }
        int after = o.token;
        while (after < tokens.size() && tokens.get(after).ner().equals("PERSON")) {
            after++;
        }
        if (after >= tokens.size() || quoted[after]) {
            return false;
        }
        return tokens.get(after).isFiniteVerb();
    }

    /** The first token of the last person's name found by the recogniser before token {@code at}, or -1. */
    int lastOccurrenceBefore(int at) {
        int k = firstFrom(occurrences, at) - 1;
        return k >= 0 ? occurrences.get(k).token : -1;
    }

    /** The most recently seen person whose last (or else first) name is {@code word}, or null. */
    Entity byName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Entity found = latestMentioned(index.byLast(w), w, true);
        return found != null ? found : latestMentioned(index.byFirst(w), w, false);
    }

    /** Of {@code people}, the one mentioned last whose surname (else first name) is {@code w}, or null. */
    private static Entity latestMentioned(List<Entity> people, String w, boolean surname) {
        Entity found = null;
        for (Entity e : people) {
            if (e.latestToken >= 0 && (surname ? e.last() : e.first()).equals(w) && (found == null
                    || e.latestToken > found.latestToken || e.latestToken == found.latestToken && e.latestSeq > found.latestSeq)) {
                found = e;
            }
        }
        return found;
    }

    /**
     * The person a definite description names ("the minister", "the rookie defenceman", "her
     * husband"): the one person the article gave that role word, or, when it gave it to several,
     * the most recent of them before token {@code at}; null when none.
     */
    Entity byRole(String word, int at) {
        String w = word.toLowerCase(Locale.ROOT);
        List<Entity> given = index.byRole(w);
        Entity only = given.isEmpty() ? null : given.get(given.size() - 1);
        if (given.size() <= 1) {
            return only;
        }
        int last = firstFrom(occurrences, at) - 1;
        for (int k = last; k >= 0 && last - k < MENTION_WINDOW; k--) {
            if (occurrences.get(k).entity.roleWords.contains(w)) {
                return occurrences.get(k).entity;
            }
        }
        return only;
    }

    /**
     * The person a definite description with no role match refers to ("said the affable
     * proprietor" after naming him): the most recent person named within reach before token
     * {@code at} whose gender allows {@code gender}, other than the speaker of the attribution just
     * before (entity {@code previousSpeaker}, or -1); null when none.
     */
    Entity recentPerson(int at, Gender gender, int previousSpeaker) {
        for (int k = firstFrom(occurrences, at) - 1; k >= 0 && at - occurrences.get(k).token <= REACH_TOKENS * 3; k--) {
            Entity e = occurrences.get(k).entity;
            if (e.id != previousSpeaker && GenderCues.compatible(e.gender(), gender)) {
                return e; // a new description is rarely the person who spoke just before
            }
        }
        return null;
    }

    /**
     * The person "the older of the two" or "the younger of the two" before token {@code at} names:
     * of the two people named last, the one the ages or relations the article gave make so; null
     * when it gave none.
     */
    Entity ofTheTwo(int at, boolean older) {
        List<Entity> two = new ArrayList<>();
        int last = firstFrom(occurrences, at) - 1;
        for (int k = last; k >= 0 && last - k < MENTION_WINDOW && two.size() < 2; k--) {
            Entity e = occurrences.get(k).entity;
            if (e.kind == SpeakerKind.PERSON && !two.contains(e)) {
                two.add(e);
            }
        }
        return two.size() == 2 ? bySeniority(two, older) : null;
    }

    /** Family relations a possessive description names a relative by ("her husband", "his grandmother"). */
    private static final Set<String> FAMILY = Set.of("husband", "wife", "son", "daughter", "father", "mother", "dad",
            "mum", "mom", "brother", "sister", "grandmother", "grandfather", "grandson", "granddaughter", "gran",
            "granny", "grandma", "grandpa", "uncle", "aunt", "nephew", "niece", "stepson", "stepdaughter", "stepfather",
            "stepmother");

    /**
     * The person whom the possessive {@code pronoun} at token {@code at} refers to ("her" in "her
     * husband said"): as {@link #resolvePronoun}, but stating no gender; null when none.
     */
    Entity possessor(int at, String pronoun, int previousSpeaker) {
        return resolvePronoun(at, pronoun, previousSpeaker, false);
    }

    /**
     * The relative of {@code possessor} that a family noun names ("her husband" after "Mrs.
     * Pruitt", "his grandmother" after "Sam Trelawney"): another person of the possessor's surname
     * whose gender allows the noun, the one given that relation if any, else for a parent or
     * grandparent the eldest and for a son or daughter the youngest by the ages and relations the
     * article gives, else the most recent before token {@code at}; null when the noun is no family
     * relation or the article names no such person.
     */
    Entity relative(Entity possessor, String noun, int at) {
        String w = noun.toLowerCase(Locale.ROOT);
        if (!FAMILY.contains(w) || possessor.kind != SpeakerKind.PERSON) {
            return null;
        }
        Gender g = GenderCues.ofNoun(w);
        List<Entity> family = new ArrayList<>();
        for (Entity e : index.byLast(possessor.last())) {
            if (e != possessor && e.name.size() > 1 && e.last().equals(possessor.last())
                    && GenderCues.compatible(e.gender(), g)) {
                family.add(e);
            }
        }
        List<Entity> given = family.stream().filter(e -> e.roleWords.contains(w)).toList();
        if (given.size() == 1) {
            return given.get(0);
        }
        boolean elder = ELDER_RELATIONS.contains(w) || w.startsWith("grand") && !YOUNGER_RELATIONS.contains(w);
        boolean younger = YOUNGER_RELATIONS.contains(w);
        Entity best = elder || younger ? bySeniority(family, elder) : null;
        Set<Entity> members = new HashSet<>(family);
        int last = firstFrom(occurrences, at) - 1;
        for (int k = last; k >= 0 && last - k < MENTION_WINDOW && best == null; k--) {
            if (members.contains(occurrences.get(k).entity)) {
                best = occurrences.get(k).entity;
            }
        }
        return best != null || family.isEmpty() ? best : family.get(0);
    }

    /** Records role words and a stated gender for {@code e} from a description that names it. */
    void describe(Entity e, int from, int to) {
        addRole(e, from, to);
        int k = firstFrom(occurrences, from);
        if (e.kind == SpeakerKind.PERSON && (k >= occurrences.size() || occurrences.get(k).token >= to)) {
            addOccurrence(occurrences, from, e); // "the minister said" … “…,” she affirmed: a mention pronouns may refer to
        }
    }

    /**
     * The entity of a speaker the article gives no more than {@code name} for (an unnamed source
     * such as "a senior official", a transcript label, an unresolved "they"): one per kind and name.
     */
    Entity named(SpeakerKind kind, String name) {
        for (Entity e : index.byCanonical(kind, name)) {
            if (e.kind == kind && e.canonical().equalsIgnoreCase(name)) {
                return e;
            }
        }
        Entity e = new Entity(entities.size(), new ArrayList<>(List.of(name.split("\\s+"))), kind);
        entities.add(e);
        index.add(e);
        return e;
    }
}
