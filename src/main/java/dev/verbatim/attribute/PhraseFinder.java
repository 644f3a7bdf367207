package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;
import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the noun phrase next to a cue, from part-of-speech tags and named-entity classes: "Putin",
 * "Kremlin spokesman Dmitry Peskov", "he", "the Kremlin", "a senior official", "a spokesman for
 * the ministry". Works on one document's tokens; not shared between threads.
 */
final class PhraseFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");
    private static final Set<String> PP_LINKS = Set.of("of", "for", "at", "from", "with", "in");
    private static final int MAX_PHRASE = 12;
    /** Words that make a quantity with "than" and a number: "more than 4,000 nurses". */
    static final Set<String> COMPARATIVES = Set.of("more", "fewer", "less");
    /** An adjective and its preposition that tie unnamed sources to what they know: "sources close to the campaign". */
    private static final Set<String> CLOSENESS = Set.of("close to", "familiar with", "knowledgeable about", "briefed on");
    /** Determiners before a proper noun that make it a description, not a name: "one Republican", "a Democrat". */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
    private static final Set<String> QUANTIFIERS = Set.of("some", "another", "others", "many", "several", "both",
            "all", "one", "few", "most", "each", "half");

    private final List<Token> tokens;
    private final boolean[] quoted;
    private final Set<String> titles;
    private final Set<String> orgWords;
    /** Common nouns for people ("son", "witness", "supporters"): {@link Lexicons#personNoun}. */
    private final Predicate<String> personNoun;
    /** The words tagged a location in the document; see {@link #locationWords()}. */
    private Set<String> locationWords;

    PhraseFinder(List<Token> tokens, boolean[] quoted, Set<String> titles, Set<String> orgWords, Predicate<String> personNoun) {
        this.tokens = tokens;
        this.quoted = quoted;
        this.titles = titles;
        this.orgWords = orgWords;
        this.personNoun = personNoun;
    }

    private boolean usable(int i, int lo, int hi) {
        return i >= lo && i < hi && !quoted[i];
    }

    private static boolean isNpToken(Token t) {
        String p = t.pos();
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$") || p.equals("CD")
                || p.equals("POS") || p.equals("HYPH") || t.text().equals("&") || t.text().equals("-")
                || p.equals("VBN") || proper(t);
    }

    /**
     * A token inside a noun phrase that the tags alone would break it at: a participle between a
     * determiner and a noun ("the returning officer", "the presiding judge"), a word written
     * together with a hyphen ("the laid-back resident"), or "only" after a determiner ("the town's only grocer").
     */
    private boolean npInside(int k, int lo, int hi) {
        if (k - 1 < lo || k + 1 >= hi || quoted[k]) {
            return false;
        }
        Token t = tokens.get(k);
        Token before = tokens.get(k - 1);
        Token after = tokens.get(k + 1);
        boolean participle = t.pos().equals("VBG") && (before.pos().equals("DT") || before.pos().startsWith("JJ"))
                && after.isNoun();
        boolean hyphenated = (before.text().equals("-") || before.pos().equals("HYPH")) && before.end() == t.begin()
                || (after.text().equals("-") || after.pos().equals("HYPH")) && t.end() == after.begin();
        // "the Tarnside Fire and Rescue Service": a word the recogniser put inside one organisation's name
        boolean inName = (t.is("and") || t.is("of") || t.is("for")) && t.ner().equals("ORGANIZATION")
                && before.ner().equals("ORGANIZATION") && after.ner().equals("ORGANIZATION") && proper(before) && proper(after);
        // "the town's only grocer", "its only pharmacy": "only" tagged an adverb
        boolean only = t.is("only") && (before.pos().equals("POS") || before.pos().equals("DT") || before.pos().equals("PRP$"))
                && (after.isNoun() || after.pos().startsWith("JJ"));
        return participle || inName || only || hyphenated && Character.isLetter(t.text().codePointAt(0));
    }

    /** Dashes written between words: a signature's ("— Vladimir Putin"), a dateline's ("BRENNOCK — …"). */
    static final Set<String> DASHES = Set.of("―", "—", "–", "-", "--", "---");

    /** A proper noun by its tag, or a capitalised word the entity recogniser put in a class. */
    /** Whether {@code lowerCase} is a word that stands alone for some of a group ("some", "most", "half"). */
    static boolean quantifier(String lowerCase) {
        return QUANTIFIERS.contains(lowerCase);
    }

    static boolean proper(Token t) {
        return t.isProperNoun() || !t.ner().equals("O") && Character.isUpperCase(t.text().codePointAt(0));
    }

    boolean isTitle(Token t) {
        return isTitle(t.text());
    }

    /**
     * The person's name the recogniser tagged from token {@code at} on, outside quotation marks
     * (from a mention the entity model found), as a phrase; null when token {@code at} is no such name.
     */
    Phrase personNameAt(int at) {
        int end = at;
        while (end < tokens.size() && tokens.get(end).ner().equals("PERSON") && !quoted[end]) {
            end++;
        }
        return end == at ? null : new Phrase(at, end, at, end, SpeakerKind.PERSON, false, -1, -1);
    }

    /** Whether {@code word} is a title or role that may stand before a name (titles.txt), in any case. */
    boolean isTitle(String word) {
        return titles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether every token of {@code [from, to]} is a title word the recogniser tagged no name ("Prime Minister", "Senator"). */
    private boolean titlesOnly(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!isTitle(tokens.get(k)) || !tokens.get(k).ner().equals("O")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the two or three capitalised words in tokens {@code [from, to)}, which the recogniser
     * tagged a name (an organisation, say), follow a person's title at once or after its comma ("A university
     * spokesperson, Morgan Tell, said", "party leader, Marine Le Pen,"): a person's name.
     */
    boolean titledName(int from, int to) {
        if (to - from < 2 || to - from > 3 || from < 1) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (quoted[k] || !Character.isUpperCase(tokens.get(k).text().codePointAt(0)) || tokens.get(k).ner().equals("O")) {
                return false;
            }
        }
        int t = from - 1;
        if (t > 0 && tokens.get(t).text().equals(",")) {
            t--;
        }
        Token title = tokens.get(t);
        boolean closed = to >= tokens.size() || tokens.get(to).isPunctuation() || tokens.get(to).isVerb();
        return closed && !quoted[t] && title.sentence() == tokens.get(from).sentence() && title.isNoun()
                && !title.isProperNoun() && isTitle(title) && Character.isLowerCase(title.text().codePointAt(0));
    }

    /**
     * Whether the capitalised word at {@code k}, which opens its sentence (or follows a comma inside
     * it) and which the tagger did not read as a noun, is a name: "Small, who attended the rally,
     * said" (a relative "who" follows), "Husted continued by saying", "Informed of it, Early
     * described it as …" (a finite verb follows).
     */
    boolean sentenceInitialName(int k) {
        Token t = tokens.get(k);
        String w = t.text();
        // also mid-sentence after a comma, where only a name is capitalised: "Informed of it, Early described it as …"
        boolean afterComma = k > 0 && tokens.get(k - 1).sentence() == t.sentence() && !quoted[k - 1]
                && tokens.get(k - 1).text().equals(",");
        if (quoted[k] || t.isNoun() || t.isPronoun() || k + 2 >= tokens.size() || QUANTIFIERS.contains(w.toLowerCase(Locale.ROOT))
                || k > 0 && tokens.get(k - 1).sentence() == t.sentence() && !afterComma
                || w.length() < 2 || !Character.isUpperCase(w.codePointAt(0)) || w.codePoints().skip(1).anyMatch(Character::isUpperCase)
                || !t.pos().startsWith("JJ") && !t.pos().equals("VBN") && !t.pos().equals("VBD") && !t.pos().startsWith("RB")) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (quoted[k + 1] || next.sentence() != t.sentence()) {
            return false;
        }
        return next.text().equals(",") && tokens.get(k + 2).is("who")
                || (next.pos().equals("VBD") || next.pos().equals("VBZ")) && (!t.pos().startsWith("RB") || afterComma)
                || next.pos().equals("VBN") && (t.pos().equals("VBN") || afterComma); // "Husted/VBN continued/VBN": no sentence opens with two participles
    }

    /** Verbs whose participle after a plural names the people a poll asked: "those polled", "voters surveyed". */
    private static final Set<String> SURVEYED = Set.of("survey", "poll", "question", "interview", "sample");

    /**
     * Whether token {@code k} is a participle that is a verb, no modifier: "been", or after "has"
     * ("has stirred mixed feelings", "have been black voters"); not after "were" ("were retired teachers").
     */
    private boolean afterAuxiliary(int k, int lo) {
        if (!tokens.get(k).pos().equals("VBN")) {
            return false;
        }
        return tokens.get(k).is("been") || usable(k - 1, lo, tokens.size()) && tokens.get(k - 1).lemma().equals("have");
    }

    /** Nouns of quantity: "a dozen Carrier workers" is one phrase. */
    private static final Set<String> QUANTITY_NOUNS = Set.of("dozen", "dozens", "couple", "handful", "number", "score",
            "scores", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "lot", "lots", "group", "majority",
            "minority", "percent", "per", "cent");

    /**
     * Whether the lower-case common noun at {@code j} heads a noun phrase of its own that a relative
     * clause without "that" follows, whose subject starts at {@code j + 1}: a capitalised word (no
     * acronym) and a plural common noun after it up to {@code last}, no person's name among them
     * ("a move Veskarian officials", "the place Pentagon officials"; not "campaign chairman John Podesta").
     */
    private boolean relativeHeadBefore(int j, int last) {
        Token t = tokens.get(j);
        Token next = tokens.get(j + 1);
        if (!(t.pos().equals("NN") || t.pos().equals("NNS")) || !Character.isLowerCase(t.text().codePointAt(0))
                || !Character.isUpperCase(next.text().codePointAt(0)) || isTitle(next)
                || j > 0 && tokens.get(j - 1).end() == t.begin() // "right-wing Israeli leaders"
                || QUANTITY_NOUNS.contains(t.text().toLowerCase(Locale.ROOT))) { // "a dozen Carrier workers"
            return false;
        }
        for (int k = j + 1; k <= last; k++) {
            if (tokens.get(k).ner().equals("PERSON") || isTitle(tokens.get(k))) {
                return false;
            }
        }
        String head = tokens.get(last).text();
        return tokens.get(last).pos().equals("NNS") && Character.isLowerCase(head.codePointAt(0))
                && !next.text().equals(next.text().toUpperCase(Locale.ROOT)); // a group, not "the reality TV star"
    }

    /** The phrase that ends with token {@code last}, not reaching before {@code lo}. */
    Phrase endingAt(int last, int lo) {
        if (!usable(last, lo, tokens.size())) {
            return null;
        }
        Token t = tokens.get(last);
        if (t.isPronoun() && PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return Phrase.pronoun(last);
        }
        if ((t.pos().equals("WP") || t.pos().equals("WDT")) && (t.is("who") || t.is("that") || t.is("which"))) {
            return Phrase.pronoun(last); // "Lynch, who said"
        }
        if (sentenceInitialName(last)) {
            return new Phrase(last, last + 1, last, last + 1, SpeakerKind.PERSON, false, -1, -1);
        }
        if (t.pos().equals("VBN") && SURVEYED.contains(t.lemma()) && last - 1 >= lo && usable(last - 1, lo, tokens.size())) {
            // "those polled said", "Americans surveyed say": the people a poll asked
            Token before = tokens.get(last - 1);
            if (before.is("those")) {
                return new Phrase(last - 1, last + 1, last - 1, last + 1, SpeakerKind.DESCRIPTION, false, -1, -1);
            }
            Phrase head = before.pos().equals("NNS") || before.pos().equals("NNPS") ? endingAt(last - 1, lo) : null;
            if (head != null && !head.pronoun()) {
                return new Phrase(head.start(), last + 1, head.mentionStart(), last + 1, SpeakerKind.DESCRIPTION, false, -1, -1);
            }
        }
        int j = last;
        while (j >= lo && last - j < MAX_PHRASE && usable(j, lo, tokens.size())
                && (isNpToken(tokens.get(j)) || j < last && npInside(j, lo, tokens.size()))
                && !afterAuxiliary(j, lo)) {
            if (tokens.get(j).pos().equals("DT") || tokens.get(j).pos().equals("PRP$")) {
                j--;
                break;
            }
            if (j < last - 1 && relativeHeadBefore(j, last)) {
                break; // "a move Veskarian officials say …", "the place Pentagon officials say …": the subject of a relative clause
            }
            j--;
        }
        int start = j + 1;
        if (start > last) {
            return null;
        }
        if (start - 1 >= lo && start < last && usable(start - 1, lo, tokens.size()) && tokens.get(start - 1).is("at")
                && (tokens.get(start).is("least") || tokens.get(start).is("most"))) {
            start--; // "at least half": a quantity, no place
        }
        if (start - 2 >= lo && usable(start - 2, lo, tokens.size()) && usable(start - 1, lo, tokens.size())
                && tokens.get(start - 1).is("than") && tokens.get(start).pos().equals("CD")
                && COMPARATIVES.contains(tokens.get(start - 2).text().toLowerCase(Locale.ROOT))) {
            start -= 2; // "(a study of) more than 4,000 nurses": one quantity
            j = start - 1;
        }
        // "sources close to the campaign", "a person familiar with the talks": the people, not what they are close to
        if (j - 1 >= lo && usable(j, lo, tokens.size()) && usable(j - 1, lo, tokens.size())
                && CLOSENESS.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT) + " " + tokens.get(j).text().toLowerCase(Locale.ROOT))) {
            Phrase head = endingAt(j - 1, lo); // the adjective may close the phrase before it ("A person familiar")
            if (head == null || head.end() < j) {
                head = j - 2 >= lo ? endingAt(j - 2, lo) : null;
            }
            if (head != null && !head.pronoun() && head.kind() == SpeakerKind.DESCRIPTION) {
                return new Phrase(head.start(), last + 1, head.start(), last + 1, SpeakerKind.DESCRIPTION, false, -1, -1);
            }
        }
        // "a spokesman for the ministry": one prepositional link back to a common-noun head;
        // "the Federal Office for the Environment", "the University of Iowa": one proper name
        if (j - 1 >= lo && usable(j, lo, tokens.size()) && PP_LINKS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
            Phrase head = endingAt(j - 1, lo);
            Token linked = tokens.get(j - 1);
            int personRun = last;
            while (personRun - 1 >= start && tokens.get(personRun - 1).ner().equals("PERSON")) {
                personRun--;
            }
            if (head != null && !head.pronoun() && t.ner().equals("PERSON") && !linked.ner().equals("PERSON")
                    && !speakingHead(linked) && !speakingHead(tokens.get(firstHead(head)))
                    && personRun > start + (tokens.get(start).pos().equals("DT") ? 1 : 0)) {
                // "Director of rugby Siân Howells", "Speaker of the House Rawiri Manahi", "Chair of the Board
                // Linda Park", "in a way FBI Director James Comey": a titled person, named by the words the
                // recogniser tagged a person's (not "a spokeswoman for Alvorada", where the name is the whole
                // object, nor "the son of Sen. Tom Hale" or "supporters of Democrat Ana Ruiz", who speak themselves)
                Phrase person = classify(start, last + 1);
                if (person != null && (person.kind() == SpeakerKind.PERSON || isTitle(linked))) {
                    int name = Math.max(person.mentionStart(), personRun);
                    return new Phrase(head.start(), last + 1, name, last + 1, SpeakerKind.PERSON, false, head.start(), name);
                }
            }
            if (head != null && !head.pronoun() && head.kind() == SpeakerKind.PERSON && linked.ner().equals("PERSON")) {
                // "Analyst Rohan Mistry of Castlegate Securities": a person, whatever the affiliation
                return new Phrase(head.start(), last + 1, head.mentionStart(), head.mentionEnd(), SpeakerKind.PERSON,
                        false, head.roleStart(), head.roleEnd());
            }
            if (head != null && !head.pronoun() && head.kind() == SpeakerKind.ORGANIZATION && !proper(linked)
                    && t.ner().equals("LOCATION") && (tokens.get(j).is("in") || tokens.get(j).is("at"))) {
                // "the state environment ministry in Dresden": the organisation, where it sits no part of it
                return new Phrase(head.start(), last + 1, head.mentionStart(), head.mentionEnd(), SpeakerKind.ORGANIZATION,
                        false, -1, -1);
            }
            if (head != null && !head.pronoun() && linked.pos().startsWith("NN") && !proper(linked)) {
                return new Phrase(head.start(), last + 1, head.start(), last + 1, SpeakerKind.DESCRIPTION, false, -1, -1);
            }
            if (head != null && !head.pronoun() && proper(linked) && proper(t) && isOrganization(head.start(), last + 1)) {
                return new Phrase(head.start(), last + 1, head.start(), last + 1, SpeakerKind.ORGANIZATION, false, -1, -1);
            }
        }
        Phrase classified = classify(start, last + 1);
        if (classified == null && t.is("those") && last + 1 < tokens.size() && usable(last + 1, lo, tokens.size())
                && tokens.get(last + 1).is("who")) {
            return new Phrase(last, last + 1, last, last + 1, SpeakerKind.DESCRIPTION, false, -1, -1); // "those who oversaw it"
        }
        return classified;
    }

    /**
     * Whether {@code t} is a common noun for people or an organisation, no title, that may speak
     * itself ("the son", "supporters", "the first witness", "the government"), as the head of a
     * phrase with a prepositional phrase naming someone else.
     */
    boolean speakingHead(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return !proper(t) && !isTitle(t) && (personNoun.test(w) || orgWords.contains(w) || Families.familyNoun(w));
    }

    /** The last token of phrase {@code p} before its first prepositional link: "witness" in "the first witness in the trial". */
    int firstHead(Phrase p) {
        for (int k = p.start() + 1; k < p.end(); k++) {
            if (PP_LINKS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return k - 1;
            }
        }
        return p.end() - 1;
    }

    /**
     * The person named at the end of a description with a prepositional phrase on a head that does not
     * speak itself ("the endorsement of former Sen. Gordon Humphrey", "a symbolic victory for Obama"):
     * the words the recogniser tagged a person's, with the titles right before them; null when {@code p}
     * does not end so.
     */
    Phrase trailingPerson(Phrase p) {
        if (p == null || p.pronoun() || p.kind() != SpeakerKind.DESCRIPTION || !tokens.get(p.end() - 1).ner().equals("PERSON")) {
            return null;
        }
        int run = p.end() - 1;
        while (run - 1 > p.start() && tokens.get(run - 1).ner().equals("PERSON")) {
            run--;
        }
        int titled = run;
        while (titled - 1 > p.start() && isTitle(tokens.get(titled - 1))) {
            titled--;
        }
        boolean linked = false;
        for (int k = p.start(); k < titled; k++) {
            linked |= PP_LINKS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
        }
        Token head = tokens.get(firstHead(p));
        if (!linked || speakingHead(head) || isTitle(head)) {
            return null; // "supporters of Ana Ruiz, who", "a campaign official for Berthier, who": they
        }
        Phrase person = classify(titled, p.end());
        return person != null && person.kind() == SpeakerKind.PERSON ? person : null;
    }

    private boolean isOrganization(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.ner().equals("ORGANIZATION") || orgWords.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The phrase that starts at token {@code first}, not reaching {@code hi}. */
    Phrase startingAt(int first, int hi) {
        if (!usable(first, 0, hi)) {
            return null;
        }
        Token t = tokens.get(first);
        if (t.isPronoun() && PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return Phrase.pronoun(first);
        }
        int j = first;
        while (j < hi && j - first < MAX_PHRASE && usable(j, 0, hi) && (isNpToken(tokens.get(j)) || j > first && npInside(j, 0, hi))
                && (j == first || !tokens.get(j).pos().equals("DT")) && !spacedDash(j) // "by Ana Ruiz – many believe"
                && !(j > first && tokens.get(j).pos().equals("VBN") && (tokens.get(j - 1).isNoun() || !beforeNoun(j + 1, hi)))) {
            j++; // "a senior diplomat based in …" and "one Republican involved in …" end before the participle
        }
        if (j == first) {
            return null;
        }
        // a possessive ends a phrase only inside a bigger one: "Clinton's spokesman Brian Fallon"
        Phrase p = classify(first, j);
        if (p == null) {
            return null;
        }
        if (j + 1 < hi && usable(j, 0, hi) && tokens.get(j).is("of") && titlesOnly(first, j - 1)) {
            // "said Speaker of the House Rep. Tom Hale": the title's person, whom the phrase ending there names
            int k = j + 1;
            while (k < hi && k - first < MAX_PHRASE && usable(k, 0, hi) && (isNpToken(tokens.get(k)) || npInside(k, 0, hi))
                    && (k == j + 1 || !tokens.get(k).pos().equals("DT"))) {
                k++;
            }
            Phrase titled = k > j + 1 ? endingAt(k - 1, first) : null;
            if (titled != null && titled.start() == first && titled.kind() == SpeakerKind.PERSON) {
                return titled;
            }
        }
        if (p.kind() == SpeakerKind.DESCRIPTION && j + 1 < hi && usable(j, 0, hi)
                && PP_LINKS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)) && !manner(j)) {
            int k = j + 1;
            while (k < hi && k - first < MAX_PHRASE && usable(k, 0, hi) && isNpToken(tokens.get(k))
                    && (k == j + 1 || !tokens.get(k).pos().equals("DT"))) {
                k++;
            }
            if (k > j + 1) {
                return new Phrase(first, k, first, k, SpeakerKind.DESCRIPTION, false, -1, -1);
            }
        }
        return p;
    }

    /** Whether {@code p} is a relative pronoun ("who", "which"): the subject of a relative clause. */
    boolean relativePronoun(Phrase p) {
        return p != null && p.pronoun() && tokens.get(p.mentionStart()).pos().startsWith("W");
    }

    /** Whether token {@code k} is a noun or an adjective, as after a participle that modifies the noun it precedes. */
    private boolean beforeNoun(int k, int hi) {
        return k < hi && (tokens.get(k).isNoun() || tokens.get(k).pos().startsWith("JJ") || tokens.get(k).pos().equals("HYPH")
                || tokens.get(k).text().equals("-")); // "the laid-back resident"
    }

    /** Nouns of a gesture or tone that "with a …" adds to how something was said ("says the founder with a shrug"). */
    private static final Set<String> MANNER = Set.of("shrug", "smile", "grin", "laugh", "chuckle", "sigh", "nod", "wink",
            "smirk", "frown", "wave", "shake");

    /** Whether the "with" at token {@code k} opens a manner phrase ("with a shrug", "with a wry smile"), no part of a source. */
    private boolean manner(int k) {
        if (!tokens.get(k).is("with")) {
            return false;
        }
        for (int m = k + 1; m < tokens.size() && m - k <= 4 && !quoted[m]; m++) {
            if (MANNER.contains(tokens.get(m).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!isNpToken(tokens.get(m))) {
                return false;
            }
        }
        return false;
    }

    /** The hyphen of "Ruiz-Cole": written together with proper nouns on both sides. */
    private boolean hyphenInName(int k, int start) {
        Token t = tokens.get(k);
        return (t.text().equals("-") || t.pos().equals("HYPH")) && k - 1 >= start && k + 1 < tokens.size()
                && proper(tokens.get(k - 1)) && tokens.get(k - 1).end() == t.begin() && t.end() == tokens.get(k + 1).begin();
    }

    /** Whether token {@code k} is a dash with a space on both sides ("Berg – a teacher –"), not a hyphen ("well-known"). */
    boolean spacedDash(int k) {
        Token t = tokens.get(k);
        return DASHES.contains(t.text()) && (k == 0 || tokens.get(k - 1).end() < t.begin())
                && (k + 1 >= tokens.size() || t.end() < tokens.get(k + 1).begin());
    }

    /** Splits a noun phrase into role and mention and decides its kind. */
    private Phrase classify(int start, int end) {
        // "BRENNOCK — Tarrow Valley Health", "- Norvik Air": a dateline or a dash before a name is no part of it
        for (int k = end - 2; k >= start; k--) {
            if (spacedDash(k)) {
                start = k + 1;
                break;
            }
        }
        int last = end - 1;
        while (last >= start && (tokens.get(last).pos().equals("POS") || tokens.get(last).isPunctuation())) {
            last--;
        }
        if (last < start) {
            return null;
        }
        Token head = tokens.get(last);
        if (last == start && QUANTIFIERS.contains(head.text().toLowerCase(Locale.ROOT))) {
            return new Phrase(start, end, start, end, SpeakerKind.DESCRIPTION, false, -1, -1); // "Some chanted"
        }
        boolean adjectiveHead = head.pos().startsWith("JJ") && last > start
                && (tokens.get(start).pos().equals("DT") || tokens.get(start).pos().equals("CD"));
        if (!head.isNoun() && !head.pos().equals("CD") && !proper(head) && !adjectiveHead) {
            return null; // an adjective heads a phrase only after a determiner: "the 46-year-old"
        }
        if (proper(head)) {
            int runStart = last;
            while (runStart - 1 >= start && (proper(tokens.get(runStart - 1)) || hyphenInName(runStart - 1, start))) {
                runStart--;
            }
            boolean org = false;
            boolean person = false;
            for (int k = runStart; k <= last; k++) {
                Token t = tokens.get(k);
                org |= t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION")
                        || orgWords.contains(t.text().toLowerCase(Locale.ROOT));
                person |= t.ner().equals("PERSON");
            }
            int nameStart = runStart;
            while (nameStart < last && isTitle(tokens.get(nameStart))) {
                nameStart++;
            }
            // "Finance Minister Karl Brandt": the name starts after the last title of the run
            for (int k = last - 1; k > nameStart; k--) {
                if (isTitle(tokens.get(k)) && !tokens.get(k).ner().equals("PERSON")) {
                    nameStart = k + 1;
                    break;
                }
            }
            boolean titled = nameStart > runStart || runStart > start && isTitle(tokens.get(runStart - 1));
            if (org && !person || teamOf(runStart, last) || companySuffix(head) || placeCompany(runStart, last)) {
                return new Phrase(start, end, start, last + 1, SpeakerKind.ORGANIZATION, false, -1, -1);
            }
            int roleStart = start;
            while (roleStart < nameStart && tokens.get(roleStart).pos().equals("DT")) {
                roleStart++;
            }
            if (!person && !titled && head.pos().equals("NNPS")) {
                return new Phrase(start, end, start, last + 1, SpeakerKind.DESCRIPTION, false, -1, -1); // "many Democrats"
            }
            if (!person && !titled && start < runStart && INDEFINITE.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
                return new Phrase(start, end, start, last + 1, SpeakerKind.DESCRIPTION, false, -1, -1); // "one Republican"
            }
            boolean definite = start < runStart && tokens.get(start).is("the");
            boolean possessed = start < runStart && (tokens.get(runStart - 1).pos().equals("POS")
                    || tokens.get(runStart - 1).pos().equals("PRP$"));
            if ((definite || possessed) && !person && titlesOnly(runStart, last)) {
                // "the Senator said", "the Prime Minister", "Millbrook's MP": a role written with capitals, not a name
                return new Phrase(start, end, start, last + 1, SpeakerKind.DESCRIPTION, false, -1, -1);
            }
            SpeakerKind kind = person || titled || !definite ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION;
            return new Phrase(start, end, nameStart, last + 1, kind, false,
                    roleStart < nameStart ? roleStart : -1, roleStart < nameStart ? nameStart : -1);
        }
        // "the ministry", "the state environment ministry": the head names an organisation; "a campaign official" does not
        if (orgWords.contains(head.text().toLowerCase(Locale.ROOT))) {
            return new Phrase(start, end, start, last + 1, SpeakerKind.ORGANIZATION, false, -1, -1);
        }
        return new Phrase(start, end, start, last + 1, SpeakerKind.DESCRIPTION, false, -1, -1);
    }

    /**
     * Whether a name ends in a word of company names that no surname is: a plural ("Harlan
     * Textiles", "Vantage Airlines", "Orbis Holdings") or an abbreviation ("Acme Corp.", "Tellis
     * Ltd."), even when the recogniser tagged the name a person's.
     */
    private static boolean companySuffix(Token head) {
        String w = head.text().toLowerCase(Locale.ROOT);
        return Organizations.companyWord(w) && (w.endsWith("s") || w.endsWith(".") || w.equals("llc") || w.equals("plc")
                || w.equals("gmbh"));
    }

    /**
     * Whether the name in tokens {@code [runStart, last]} is a place and a word of company names
     * ("Nova Scotia Power", "Manitoba Hydro"), the place's words tagged a location elsewhere in the
     * document, even when the recogniser tagged the name a person's here.
     */
    private boolean placeCompany(int runStart, int last) {
        if (last == runStart || !Organizations.companyWord(tokens.get(last).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = runStart; k < last; k++) {
            if (!locationWords().contains(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the recogniser tagged {@code word}, in any case, a location's somewhere in the document. */
    boolean locationWord(String word) {
        for (String w : locationWords()) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The words the recogniser tagged a location's anywhere in the document, read once. */
    private Set<String> locationWords() {
        if (locationWords == null) {
            locationWords = new java.util.HashSet<>();
            for (Token t : tokens) {
                if (t.ner().equals("LOCATION")) {
                    locationWords.add(t.text());
                }
            }
        }
        return locationWords;
    }

    /**
     * "Team Trump", "Campaign Okonkwo": a word for a kind of organisation before a name of one or two
     * words, no title among them, is the group around the person.
     */
    private boolean teamOf(int runStart, int last) {
        if (last - runStart < 1 || last - runStart > 2 || !orgWords.contains(tokens.get(runStart).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = runStart; k <= last; k++) {
            if (isTitle(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }
}
