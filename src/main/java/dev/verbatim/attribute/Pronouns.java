package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.SpeakerKind;
import dev.verbatim.attribute.EntityModel.Entity;
import dev.verbatim.attribute.Mentions.Occurrence;
import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pronouns and the people they refer to: the gender that a he, she, his or her in narration
 * states for the person named last when that is plain, the person a pronoun source refers to,
 * and the gender a pronoun right after an unnamed source states for it. One instance per
 * document; not thread-safe.
 */
final class Pronouns extends ArticleReader {

    /** Verbs whose object is the one asked ("asked Sanders whether", "pressed Kwan on"): what comes after is that one's answer. */
    private static final java.util.Set<String> QUESTION_CUES = java.util.Set.of("ask", "question", "press", "quiz", "query",
            "interview");

    private final Entities entities;
    private final List<Occurrence> occurrences;

    /** Longest apposition, in tokens, between a name and the verb it is the subject of. */
    private static final int MAX_APPOSITION = 30;

    Pronouns(ArticleTokens text, Entities entities, Mentions mentions) {
        super(text);
        this.entities = entities;
        this.occurrences = mentions.people;
    }

    /**
     * Every he, she, his, her, him, himself and herself outside quotes states the gender of the
     * person it refers to when that is plain: the person named last, within reach, whose gender
     * does not say otherwise.
     */
    void readPronouns() {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (quoted[k] || !(t.isPronoun() || t.pos().equals("PRP$"))) {
                continue;
            }
            Gender g = GenderCues.ofPronoun(t.text());
            int i = Mentions.firstFrom(occurrences, k) - 1;
            if (g == Gender.UNKNOWN || i < 0 || text.narration(occurrences.get(i).token(), k) > EntityModel.REACH_TOKENS / 2) {
                continue;
            }
            boolean namedBeforeInSentence = tokens.get(occurrences.get(i).token()).sentence() == t.sentence();
            if (!namedBeforeInSentence && i + 1 < occurrences.size()
                    && tokens.get(occurrences.get(i + 1).token()).sentence() == t.sentence()
                    && !possessiveOfNextName(k, occurrences.get(i + 1).token())
                    && !afterSubjectPronoun(occurrences.get(i + 1).token(), g)) { // not "She stands behind Hale's plan"
                if (subjectAfterOpeningPhrase(k, occurrences.get(i + 1).token())) {
                    occurrences.get(i + 1).entity().state(g); // "For her part, Deering said": it is hers
                }
                continue; // "Asked whether she would sell, Cara Haldane replied": the pronoun may point ahead
            }
            // the person named last, else (when the gender of the people named since rules them
            // out: "Margaret Doyle, whose husband Ken waited … She described") the one before
            int last = i;
            boolean found = false;
            if (rightAfterName(occurrences.get(i).token(), k)) {
                occurrences.get(i).entity().state(g); // "Dana McNeely, in his 19th season": whatever the first name suggests
                continue;
            }
            boolean objectOfLast = objectInClauseOf(occurrences.get(last).token(), k);
            // "her editor, Ptolemy Grange": the possessive is not the person its phrase is in apposition to
            boolean nextInSentence = last + 1 < occurrences.size()
                    && tokens.get(occurrences.get(last + 1).token()).sentence() == t.sentence();
            Entity apposed = nextInSentence && t.pos().equals("PRP$") && apposedTo(k, occurrences.get(last + 1).token())
                    ? occurrences.get(last + 1).entity() : null;
            while (i >= 0 && text.narration(occurrences.get(i).token(), k) <= EntityModel.REACH_TOKENS / 2) {
                Entity e = occurrences.get(i).entity();
                if (e == apposed) {
                    i--;
                    continue;
                }
                if (i == last && objectOfLast || lateBeforeLiving(i, g)) {
                    i--; // "Kowalczyk hired him": not Kowalczyk (the person named last, whose clause it is); nor "the late …"
                    continue;
                }
                if (e.evidence == Gender.UNKNOWN && afterSubjectPronoun(occurrences.get(i).token(), g)) {
                    i--; // "she stands behind Mayor Hale's plan. … her adviser": the "she" goes on, not Hale
                    continue;
                }
                if (i == last && afterUnnamedPersonNoun(occurrences.get(i).token())) {
                    found = true; // "A senior aide to Gov. Nathan Pryce resigned …, showing she had": the aide's
                    break;
                }
                if (GenderCues.compatible(e.gender(), g)
                        && !(e.evidence == Gender.UNKNOWN && possessedBy(occurrences.get(i).token(), g))) {
                    if (text.unnamedPersonBetween(occurrences.get(i).token(), k) < 0) {
                        e.state(g); // not "said Ridley … One farmer, who … because he"
                    }
                    found = true;
                    break;
                }
                i--;
            }
            Entity only = occurrences.get(last).entity();
            // a subject or a possessive, not an object ("Dr. Samuel Whitacre … taught her")
            boolean subject = t.text().equalsIgnoreCase("he") || t.text().equalsIgnoreCase("she") || t.pos().equals("PRP$");
            if (!found && subject && !objectOfLast && only != apposed && only.evidence == Gender.UNKNOWN
                    && onlyPersonWithinReach(last, k)
                    && t.sentence() - tokens.get(occurrences.get(last).token()).sentence() <= 1
                    && text.unnamedPersonBetween(occurrences.get(last).token(), k) < 0) {
                only.state(g); // "Grant said … ,” she noted": the text overrules the first-name guess
            }
        }
    }

    /**
     * Whether a subject pronoun of gender {@code g}, or the possessive of a subject ("she stands fully
     * behind Mayor Hale's plan", "Her team blew a lead before Brandt scored"), stands before the name
     * at token {@code name} in its clause with its verb, and no comma or quotation between: that
     * pronoun is someone else than the name, and a later pronoun of its gender goes on with it.
     */
    private boolean afterSubjectPronoun(int name, Gender g) {
        int sentence = tokens.get(name).sentence();
        for (int j = name - 1; j >= 0 && name - j <= EntityModel.MAX_QUALIFIER * 2 && tokens.get(j).sentence() == sentence; j--) {
            Token t = tokens.get(j);
            if (quoted[j] || t.text().equals(",") || t.text().equals(";") || t.text().equals(":")) {
                return false;
            }
            boolean subject = t.is("he") || t.is("she");
            boolean possessive = t.is("his") || t.is("her") && t.pos().equals("PRP$");
            if ((subject || possessive) && GenderCues.ofPronoun(t.text()) == g) {
                int m = j + 1;
                while (possessive && m < name && (tokens.get(m).isNoun()
                        || m + 1 < name && ArticleTokens.premodifier(tokens.get(m)) && !tokens.get(m).pos().equals("PRP$"))) {
                    m++; // "Her team blew a two-goal lead before Brandt and Pike connected" (nothing between is quoted)
                }
                return m > j + (possessive ? 1 : 0) && m < name && tokens.get(m).isFiniteVerb();
            }
        }
        return false;
    }

    /**
     * Whether the pronoun at token {@code k} follows the name starting at token {@code name} in its
     * sentence with only a comma, prepositions, determiners, adjectives or numbers between ("Dana
     * McNeely, in his 19th season"), or is a reflexive right after it ("Feng herself"): nothing
     * else it could refer to.
     */
    private boolean rightAfterName(int name, int k) {
        int m = name;
        while (m < k && tokens.get(m).ner().equals("PERSON")) {
            m++;
        }
        if (m == name || k - m > 4 || tokens.get(name).sentence() != tokens.get(k).sentence()) {
            return false;
        }
        if (m == k && (tokens.get(k).is("himself") || tokens.get(k).is("herself"))) {
            return true; // "Feng herself struck a cautious note"
        }
        if (!tokens.get(k).pos().equals("PRP$")) {
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
     * Whether the pronoun at token {@code k} stands in a phrase without a finite verb that opens its
     * sentence and ends in a comma right before the name at token {@code name} (titles aside), and
     * that name is the subject of a finite verb: "While making final preparations for his summit,
     * President Obama spent …", "For her part, Deering said …". The pronoun is that person.
     */
    private boolean subjectAfterOpeningPhrase(int k, int name) {
        int sentence = tokens.get(k).sentence();
        for (int j = k - 1; j >= 0 && tokens.get(j).sentence() == sentence; j--) {
            if (quoted[j] || tokens.get(j).isFiniteVerb()) {
                return false;
            }
        }
        int c = name - 1;
        while (c > k && !quoted[c] && phrases.isTitle(tokens.get(c))) {
            c--;
        }
        if (c <= k || quoted[c] || !tokens.get(c).text().equals(",")) {
            return false;
        }
        for (int j = k + 1; j < c; j++) {
            if (quoted[j] || tokens.get(j).isFiniteVerb() || tokens.get(j).text().equals(",")) {
                return false;
            }
        }
        return finiteVerbAfter(name);
    }

    /** Whether a finite verb follows the name the recogniser tagged from token {@code name} on: the name is its subject. */
    private boolean finiteVerbAfter(int name) {
        int after = nameEnd(name);
        return after > name && after < tokens.size() && !quoted[after] && tokens.get(after).isFiniteVerb();
    }

    /** The token after the run of words the recogniser tagged a person from token {@code name} on, outside quotes. */
    private int nameEnd(int name) {
        int k = name;
        while (k < tokens.size() && !quoted[k] && tokens.get(k).ner().equals("PERSON")) {
            k++;
        }
        return k;
    }

    /**
     * Whether the pronoun at token {@code k}, in a later sentence than token {@code at}, refers ahead
     * to occurrence {@code next}, the subject named after the opening phrase it stands in ("For her
     * part, Deering said").
     */
    private boolean pointsAhead(int k, int at, int next) {
        if (next >= occurrences.size() || tokens.get(at).sentence() == tokens.get(k).sentence()) {
            return false;
        }
        int name = occurrences.get(next).token();
        int self = Mentions.firstFrom(occurrences, at + 1) - 1; // the person at token at, named again there
        if (self >= 0 && tokens.get(occurrences.get(self).token()).sentence() == tokens.get(at).sentence()
                && occurrences.get(self).entity() == occurrences.get(next).entity()) {
            return false;
        }
        return name > k && tokens.get(name).sentence() == tokens.get(k).sentence() && subjectAfterOpeningPhrase(k, name);
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
            if (quoted[m] || !(ArticleTokens.premodifier(t) || t.text().equals(","))) {
                return false;
            }
        }
        // "For her part, Deering said": after a preposition, a name with its verb opens the clause; no apposition
        return !(k > 0 && !quoted[k - 1] && tokens.get(k - 1).pos().equals("IN") && finiteVerbAfter(name));
    }

    /** The token of the last occurrence of {@code e} before token {@code at}, within the window, or -1. */
    private int lastTokenOf(Entity e, int at) {
        int last = Mentions.firstFrom(occurrences, at) - 1;
        for (int k = last; k >= 0 && last - k < EntityModel.MENTION_WINDOW; k--) {
            if (occurrences.get(k).entity() == e) {
                return occurrences.get(k).token();
            }
        }
        return -1;
    }

    /** Prepositions that tie a person's name to a noun for another person: "an aide to", "the wife of". */
    private static final Set<String> TIES = Set.of("to", "for", "of", "with");

    /**
     * Whether the name at token {@code name} (after its titles) is the object of a preposition after a
     * noun for a person that no name of its own follows: "A senior aide to Gov. Nathan Pryce", "a
     * spokeswoman for Sen. Ruiz". A pronoun after it more likely refers to that unnamed person.
     */
    private boolean afterUnnamedPersonNoun(int name) {
        int k = name - 1;
        while (k >= 0 && !quoted[k] && (phrases.isTitle(tokens.get(k)) || Names.honorific(tokens.get(k).text()))) {
            k--;
        }
        if (k < 1 || quoted[k] || quoted[k - 1] || !TIES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Token noun = tokens.get(k - 1);
        if (!noun.isNoun() || noun.isProperNoun() || !personNouns.contains(noun.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // the noun's phrase opens the sentence, as its subject; not "had been a supporter of Trump's campaign"
        int j = k - 2;
        while (j >= 0 && !quoted[j] && tokens.get(j).sentence() == noun.sentence() && (tokens.get(j).pos().equals("DT")
                || tokens.get(j).pos().startsWith("JJ") || tokens.get(j).isNoun() && !tokens.get(j).isProperNoun())) {
            j--;
        }
        return j < 0 || tokens.get(j).sentence() != noun.sentence() || DATELINE_DASHES.contains(tokens.get(j).text());
    }

    /** Dashes that end a dateline before the first sentence: "SPRINGFIELD — A senior aide …". */
    private static final Set<String> DATELINE_DASHES = Set.of("—", "–", "--");

    /**
     * Whether the name at token {@code name} stands in apposition to a phrase whose possessive has
     * gender {@code g} ("her editor there, Ptolemy Grange"): that possessive is someone else of that
     * gender, so a later pronoun of it is unlikely to be this person when nothing states their gender.
     */
    private boolean possessedBy(int name, Gender g) {
        if (name < 0) {
            return false;
        }
        if (tokens.get(name).pos().equals("PRP$")) {
            return GenderCues.ofPronoun(tokens.get(name).text()) == g; // the mention "her editor" itself: not "her"
        }
        while (name > 0 && !quoted[name - 1] && tokens.get(name - 1).ner().equals("PERSON")) {
            name--; // the occurrence may stand on the surname
        }
        int sentence = tokens.get(name).sentence();
        for (int k = name - 1; k >= 0 && name - k <= 7 && !quoted[k] && tokens.get(k).sentence() == sentence; k--) {
            if (tokens.get(k).pos().equals("PRP$")) {
                return GenderCues.ofPronoun(tokens.get(k).text()) == g && apposedTo(k, name);
            }
        }
        return false;
    }

    /**
     * Whether only premodifiers, "there" and a comma stand between the possessive at {@code k} and
     * the name at {@code name}, which a comma closes, and the phrase names a person: an apposition,
     * not a fronted phrase ("In her speech, Rhimes declared").
     */
    private boolean apposedTo(int k, int name) {
        while (name > k + 1 && tokens.get(name - 1).ner().equals("PERSON")) {
            name--; // the occurrence may stand on the surname
        }
        int end = name;
        while (end < tokens.size() && tokens.get(end).ner().equals("PERSON")) {
            end++;
        }
        if (!tokens.get(name - 1).text().equals(",") || end >= tokens.size() || !tokens.get(end).text().equals(",")
                || k > 0 && tokens.get(k - 1).pos().equals("IN")) {
            return false;
        }
        int head = tokens.get(name - 2).is("there") ? name - 3 : name - 2;
        if (head <= k || !text.personNoun(tokens.get(head).text().toLowerCase(Locale.ROOT))) {
            return false; // "a woman who gave only her first name, Bettina,": a name, not a person
        }
        for (int m = k + 1; m < name - 1; m++) {
            Token t = tokens.get(m);
            if (quoted[m] || !(ArticleTokens.premodifier(t) || t.is("there"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the pronoun at token {@code k} is an object ("him", or "her" tagged as a personal
     * pronoun or determining nothing) in the clause of the person mentioned at token {@code person}
     * before it: a non-reflexive object does not refer to its own clause's subject ("a developer
     * offered him $2.4 million", "Kowalczyk hired him"), when the person is that subject (a verb
     * follows the name, or ", who" and a verb: "Demir, who has worked alongside her"). The clause
     * runs on while no punctuation, conjunction, quotation, relative or subordinating word, or
     * subject pronoun stands between them.
     */
    private boolean objectInClauseOf(int person, int k) {
        Token t = tokens.get(k);
        boolean object = t.text().equalsIgnoreCase("him")
                || t.text().equalsIgnoreCase("her") && (t.pos().equals("PRP") || !determinesNext(k));
        if (!object || person >= k || tokens.get(person).sentence() != t.sentence()) {
            return false;
        }
        int verb = person + 1;
        while (verb < k && tokens.get(verb).ner().equals("PERSON") && tokens.get(verb - 1).ner().equals("PERSON")) {
            verb++;
        }
        // "said Demir, who has worked alongside her": the relative pronoun is the clause's subject
        if (verb + 1 < k && !quoted[verb] && tokens.get(verb).text().equals(",") && tokens.get(verb + 1).is("who")) {
            verb += 2;
        }
        int clause = verb;
        if (verb >= k || !(tokens.get(verb).pos().startsWith("VB") || tokens.get(verb).pos().equals("MD"))) {
            return false; // the subject of the clause, right before its verb; not "Curiel's heritage made him"
        }
        for (int m = clause; m < k; m++) {
            Token b = tokens.get(m);
            String pos = b.pos();
            if (quoted[m] || pos.equals("CC") || pos.startsWith("W") || pos.equals(",") || pos.equals(":")
                    || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals("``") || pos.equals("''")
                    || b.is("that") || ReportedClauseRule.subordinator(b) || pos.equals("PRP") && !b.text().equalsIgnoreCase("it")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word after the possessive at token {@code k} is one it can determine (a noun, an
     * adjective, a number, a gerund): not "alongside her since 2009", where the tagger's PRP$ is an object.
     */
    private boolean determinesNext(int k) {
        if (k + 1 >= tokens.size() || quoted[k + 1]) {
            return false;
        }
        String pos = tokens.get(k + 1).pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("VBG") || pos.equals("VBN")
                || pos.startsWith("RB") || pos.equals("HYPH");
    }

    /**
     * The head of the last unnamed person ("one farmer", "a reporter") that opens a sentence or
     * follows a verb in the last sentence of narration before the pronoun at token {@code at}, when
     * no person is named in that sentence before it or anywhere after it up to the pronoun; -1 when
     * there is none. The pronoun may then refer to that description rather than to anyone named earlier.
     */
    int unnamedSubjectBefore(int at) {
        int to = sentenceStart(at);
        int from = narrationSentenceBefore(at);
        if (from < 0) {
            return -1;
        }
        int last = -1;
        for (int u = text.unnamedPersonBetween(from - 1, to); u >= 0; u = text.unnamedPersonBetween(u, to)) {
            last = u;
        }
        if (last < 0) {
            return -1;
        }
        int named = Mentions.firstFrom(occurrences, last);
        if (named < occurrences.size() && occurrences.get(named).token() < at) {
            return -1; // someone named since
        }
        if (named > 0 && tokens.get(occurrences.get(named - 1).token()).sentence() == tokens.get(last).sentence()) {
            return -1; // "Jolene Harnett was a barrel racer": a description of the person named before it
        }
        return last;
    }

    /**
     * The head of the unnamed person ("A Voss aide", "One farmer") that opens the pronoun's own
     * sentence, when a comma closes that description, the pronoun does not follow that comma at
     * once, and no person is named between it and the pronoun at token {@code at}: "A Voss aide,
     * speaking on condition of anonymity because he was not authorized …"; -1 otherwise.
     */
    int unnamedSubjectOfSentence(int at) {
        int start = sentenceStart(at);
        Phrase d = phrases.startingAt(start, at);
        if (d == null || d.start() != start || d.pronoun() || d.kind() != SpeakerKind.DESCRIPTION || d.end() + 1 >= at
                || !ArticleTokens.indefinite(tokens.get(d.mentionStart())) || quoted[d.end()]
                || !tokens.get(d.end()).text().equals(",")
                || !text.personNoun(tokens.get(d.mentionEnd() - 1).text().toLowerCase(Locale.ROOT))) {
            return -1; // not "A new campaign manager, he said, could …": the pronoun right after the comma speaks of it
        }
        int named = Mentions.firstFrom(occurrences, d.end());
        return named < occurrences.size() && occurrences.get(named).token() < at ? -1 : d.mentionEnd() - 1;
    }

    /**
     * The head of the definite description ("the former welder", "the rookie") that is the subject
     * of the last sentence of narration before the pronoun at token {@code at}: at the start of that
     * sentence, or after the comma that ends a phrase opening it ("Asked whether he would open a
     * second shop, the former welder laughed"), a singular common noun followed by a verb; -1 when
     * there is none, or a person is named after it before the pronoun.
     */
    int describedSubjectBefore(int at) {
        int to = sentenceStart(at);
        int from = narrationSentenceBefore(at);
        if (from < 0) {
            return -1;
        }
        int start = from;
        Token first = tokens.get(from);
        if (!first.is("the")) {
            String pos = first.pos();
            if (!(pos.equals("VBN") || pos.equals("VBG") || pos.equals("IN") || pos.equals("WRB") || pos.equals("RB"))) {
                return -1;
            }
            start = -1;
            for (int m = from + 1; m < to && m - from <= EntityModel.REACH_TOKENS; m++) {
                if (quoted[m]) {
                    return -1;
                }
                if (tokens.get(m).text().equals(",")) {
                    start = m + 1;
                    break;
                }
            }
            if (start < 0 || start >= to || !tokens.get(start).is("the")) {
                return -1;
            }
        }
        int head = -1;
        int m = start + 1;
        while (m < to && !quoted[m] && ArticleTokens.premodifier(tokens.get(m)) && !tokens.get(m).pos().equals("DT")
                && !tokens.get(m).pos().equals("PRP$") && !tokens.get(m).pos().equals("POS")) {
            head = m++;
        }
        if (head < 0 || m >= to || !tokens.get(head).pos().equals("NN") || quoted[m]) {
            return -1;
        }
        Token verb = tokens.get(m).pos().equals("RB") && m + 1 < to ? tokens.get(m + 1) : tokens.get(m);
        if (!verb.isFiniteVerb()) {
            return -1;
        }
        int named = Mentions.firstFrom(occurrences, start);
        return named < occurrences.size() && occurrences.get(named).token() < at ? -1 : head;
    }

    /**
     * Whether a person other than {@code e}, whose gender allows {@code g}, is named in the sentence
     * of token {@code at} before it or in the sentence before that one.
     */
    boolean otherPersonNamedJustBefore(Entity e, int at, Gender g) {
        int sentence = tokens.get(at).sentence();
        for (int k = Mentions.firstFrom(occurrences, at) - 1; k >= 0; k--) {
            Occurrence o = occurrences.get(k);
            if (tokens.get(o.token()).sentence() < sentence - 1) {
                return false;
            }
            if (o.entity() != e && o.entity().kind == SpeakerKind.PERSON && GenderCues.compatible(o.entity().gender(), g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of the last sentence with narration before the sentence of token {@code at}
     * (quoted sentences between are skipped), or -1: not its own sentence, since "A new campaign
     * manager, he said, could …" is what he said, not who he is.
     */
    private int narrationSentenceBefore(int at) {
        int k = sentenceStart(at) - 1;
        while (k >= 0 && quoted[k]) {
            k--;
        }
        return k < 0 ? -1 : sentenceStart(k);
    }

    private int sentenceStart(int k) {
        int from = k;
        while (from > 0 && tokens.get(from - 1).sentence() == tokens.get(k).sentence()) {
            from--;
        }
        return from;
    }

    /** Whether occurrence {@code i} is the only person named within reach before token {@code k}. */
    private boolean onlyPersonWithinReach(int i, int k) {
        Entity e = occurrences.get(i).entity();
        for (int j = i - 1; j >= 0 && text.narration(occurrences.get(j).token(), k) <= EntityModel.REACH_TOKENS / 2; j--) {
            if (occurrences.get(j).entity() != e) {
                return false;
            }
        }
        return true;
    }

    /**
     * The gender a pronoun right after token {@code at} (in the rest of its sentence or the next,
     * outside quotes, before any other person is named) states for an unnamed source ("one
     * resident said … She added"), or UNKNOWN.
     */
    Gender pronounAfter(int at, int sentenceEnd) {
        int next = Mentions.firstFrom(occurrences, at + 1);
        int limit = next < occurrences.size() ? Math.min(sentenceEnd, occurrences.get(next).token()) : sentenceEnd;
        int other = text.unnamedPersonBetween(at + 1, limit);
        if (other >= 0) {
            limit = other; // "said one officer … The project manager … his arms folded"
        }
        Gender someoneElse = Gender.UNKNOWN;
        for (int k = at + 1; k < limit && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!quoted[k] && (t.isPronoun() || t.pos().equals("PRP$"))) {
                Gender g = GenderCues.ofPronoun(t.text());
                if (pointsAhead(k, at, next)) {
                    continue; // "For her part, Deering said": the name after it in its sentence
                }
                if (objectInClauseOf(at, k)) {
                    someoneElse = g; // "a developer offered him $2.4 million. He said no.": him, then he, is someone else
                } else if (g != Gender.UNKNOWN) {
                    return g == someoneElse ? Gender.UNKNOWN : g;
                }
            }
        }
        return Gender.UNKNOWN;
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

    /**
     * The source of the report that ended the paragraph before (entity {@code reporter}, cue at
     * token {@code cue}) when the subject pronoun at token {@code at} opens the speech that follows
     * and the only people named since are named in that report's own sentence: "Rubio claimed that
     * President Obama is to blame. / “He continues to …,” he said." is Rubio, not Obama, whom
     * Rubio spoke of; "The Ohio governor said … / “…,” he said." is the governor. Null when someone
     * is named, or a new person described, after that sentence, or when the gender does not allow it.
     */
    Entity reporterBefore(int at, String pronoun, int reporter, int cue) {
        Gender g = GenderCues.ofPronoun(pronoun);
        if (g == Gender.UNKNOWN || reporter < 0 || reporter >= entities.size() || cue < 0 || cue >= at) {
            return null;
        }
        Entity e = entities.get(reporter);
        boolean described = e.kind == SpeakerKind.DESCRIPTION && text.personNouns.contains(e.last()) // "The Ohio governor"
                && !notOnePerson(e) && WordList.singular(e.last()).equals(e.last()); // not "his listeners", "they"
        // the first-name list guesses; only the text can rule out the speaker of the paragraph before
        boolean priorOnly = e.kind == SpeakerKind.PERSON && e.evidence == Gender.UNKNOWN && !GenderCues.compatible(e.prior, g);
        if (e.kind != SpeakerKind.PERSON && !described || !GenderCues.compatible(e.gender(), g) && !priorOnly
                || firstOrSecondPerson(e)) {
            return null;
        }
        if (QUESTION_CUES.contains(tokens.get(cue).lemma())) {
            return null; // "Earhardt then asked Rubio which states he could win. / “…,” he said.": the one asked answers
        }
        if (e.evidence == Gender.UNKNOWN && possessedBy(lastTokenOf(e, at), g)) {
            return null; // "her editor, Ptolemy Grange, said …. / She pauses.": "her" is someone else
        }
        int sentence = tokens.get(cue).sentence();
        boolean another = false;
        for (int k = Mentions.firstFrom(occurrences, cue + 1); k < occurrences.size() && occurrences.get(k).token() < at; k++) {
            Occurrence o = occurrences.get(k);
            if (tokens.get(o.token()).sentence() != sentence) {
                return null; // "Obama responded on Twitter. “…,” he said."
            }
            another |= o.entity() != e && GenderCues.compatible(o.entity().gender(), g);
        }
        int sentenceEnd = cue;
        while (sentenceEnd + 1 < at && tokens.get(sentenceEnd + 1).sentence() == sentence) {
            sentenceEnd++;
        }
        if (priorOnly && !another && !described && (at - sentenceEnd > EntityModel.REACH_TOKENS || pronounBetween(sentenceEnd, at, g))) {
            return null; // "… her apparent bias …, she was suspended": a chain about someone else
        }
        // a named person is found anyway when no one else is named since, unless the name list's guess rules it
        // out ("Priya" is male to it); a description is not
        return (another || described || priorOnly) && text.unnamedPersonBetween(sentenceEnd, at) < 0 ? e : null;
    }

    /**
     * Whether occurrence {@code k} is a name in the "of" phrase of a description in apposition to
     * the person named just before it in its sentence ("Erica Lind, the 30-year-old daughter of
     * Principal Dawn Hale, complained …"): the description is that person's, and so is what its
     * clause says of "her".
     */
    private boolean inApposedOfPhrase(int k) {
        if (k == 0) {
            return false;
        }
        int name = occurrences.get(k).token();
        Occurrence before = occurrences.get(k - 1);
        if (before.entity() == occurrences.get(k).entity() || tokens.get(before.token()).sentence() != tokens.get(name).sentence()) {
            return false;
        }
        int comma = before.token();
        while (comma < name && !quoted[comma] && PhraseFinder.proper(tokens.get(comma))) {
            comma++; // over the earlier name
        }
        if (comma >= name || !tokens.get(comma).text().equals(",")) {
            return false;
        }
        boolean of = false;
        for (int m = comma + 1; m < name; m++) {
            Token t = tokens.get(m);
            if (quoted[m] || t.isVerb() || t.text().equals(",") || t.pos().startsWith("W")) {
                return false;
            }
            of |= t.is("of");
        }
        return of;
    }

    /** As {@link #resolvePronoun(int, String, int)}; states no gender unless {@code state}. */
    private Entity resolvePronoun(int at, String pronoun, int previousSpeaker, boolean state) {
        Gender g = GenderCues.ofPronoun(pronoun);
        if (g == Gender.UNKNOWN) {
            return null;
        }
        if (previousSpeaker >= 0 && previousSpeaker < entities.size()) {
            Entity e = entities.get(previousSpeaker);
            boolean fits = GenderCues.compatible(e.gender(), g)
                    || e.evidence == Gender.UNKNOWN && noOtherSince(e, at, g); // the name list's guess aside
            fits &= !(e.evidence == Gender.UNKNOWN && possessedBy(lastTokenOf(e, at), g)); // "her editor, Ptolemy Grange"
            if (e.kind == SpeakerKind.PERSON && fits && !firstOrSecondPerson(e) && !newSubjectBefore(at, e, g)) {
                int k = Mentions.firstFrom(occurrences, at) - 1;
                if (state && k >= 0 && (occurrences.get(k).entity() == e || namedInSentenceOf(e, k, at))) {
                    e.state(g);
                }
                return e; // the speaker of the quote before goes on speaking
            }
        }
        Entity mostRecent = null;
        int clause = frontedClause(at);
        int last = Mentions.firstFrom(occurrences, at) - 1;
        for (int k = last; k >= 0 && last - k < EntityModel.MENTION_WINDOW; k--) {
            Occurrence o = occurrences.get(k);
            if (o.token() >= clause) {
                continue; // "Asked when Valadares might make his debut, he said": not the one asked about
            }
            if (lateBeforeLiving(k, g)) {
                continue; // "Nell Fairweather, the daughter of the late Ivor Fairweather. “…,” she wrote": the daughter
            }
            if (inApposedOfPhrase(k)) {
                continue; // "Erica Lind, the daughter of Principal Dawn Hale, complained that … her call": Erica
            }
            if (subjectOfObjectRelative(o.token(), at)) {
                continue; // "He is backing Harlan, whom he calls “…”": not Harlan
            }
            if (mostRecent == null) {
                mostRecent = o.entity();
            }
            if (GenderCues.compatible(o.entity().gender(), g) && !notOnePerson(o.entity())
                    && !(o.entity().evidence == Gender.UNKNOWN && possessedBy(o.token(), g))) {
                boolean subjectPronoun = pronoun.equalsIgnoreCase("he") || pronoun.equalsIgnoreCase("she");
                Entity subject = subjectPronoun && objectPosition(o.token()) && !relativeClauseAfter(o.token())
                        ? subjectBefore(k, at, g) : null;
                if (subject != null) {
                    return subject; // "When Rubio did take Trump on, he did it sideways": Rubio
                }
                if (state && o.entity().prior == Gender.UNKNOWN) {
                    o.entity().prior = g;
                }
                if (state && o.entity() == mostRecent && text.unnamedPersonBetween(o.token(), at) < 0) {
                    o.entity().state(g);
                }
                return o.entity();
            }
        }
        if (onlyPersonSoFar(mostRecent, last) && text.unnamedPersonBetween(occurrences.get(last).token(), at) < 0) {
            if (state) {
                mostRecent.state(g); // the first-name list guessed "Noor" a man's name: the text says otherwise
            }
            return mostRecent;
        }
        return null;
    }

    /** Plural pronouns a group speaker may be named by: "they said", "we warned". */
    static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their", "we", "us", "our", "those");

    /**
     * Whether entity {@code e} cannot be what a "he", "she", "his" or "her" refers to: an
     * organisation, or a group of people ("they" carrying signs, "the farmers"); not a description of
     * one person ("the Ohio governor").
     */
    private boolean notOnePerson(Entity e) {
        if (e.kind == SpeakerKind.ORGANIZATION) {
            return true;
        }
        String last = e.last();
        return e.kind == SpeakerKind.DESCRIPTION && last != null && (GROUP_PRONOUNS.contains(last)
                || !WordList.singular(last).equals(last) && text.personNouns.contains(WordList.singular(last)));
    }

    /**
     * Whether occurrence {@code k} is of a person the article calls "the late …", with no gender of
     * their own, after a living person whose gender allows {@code g} in the same sentence: a pronoun
     * of that gender passes over them.
     */
    private boolean lateBeforeLiving(int k, Gender g) {
        Entity late = occurrences.get(k).entity();
        if (!late.deceased || late.evidence != Gender.UNKNOWN) {
            return false;
        }
        int sentence = tokens.get(occurrences.get(k).token()).sentence();
        for (int j = k - 1; j >= 0 && tokens.get(occurrences.get(j).token()).sentence() == sentence; j--) {
            Entity e = occurrences.get(j).entity();
            if (e.kind == SpeakerKind.PERSON && !e.deceased && GenderCues.compatible(e.gender(), g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code e}, whose gender only the first-name list guessed, is the only one named in
     * occurrences 0 to {@code last} (within the window): the person a pronoun that no one else can
     * take refers to, whatever the list guessed.
     */
    private boolean onlyPersonSoFar(Entity e, int last) {
        if (e == null || e.kind != SpeakerKind.PERSON || e.evidence != Gender.UNKNOWN || firstOrSecondPerson(e)) {
            return false;
        }
        for (int k = last; k >= 0 && last - k < EntityModel.MENTION_WINDOW; k--) {
            if (occurrences.get(k).entity() != e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the people named last before the pronoun at token {@code at}, down to occurrence
     * {@code k}, are all named after the last mention of {@code e} in that mention's own sentence,
     * and the pronoun is in a later sentence: "Judge Crewe said the sentence reflected the disregard
     * Pellow had shown. He added …" (what the speaker said names them; the pronoun goes on with the speaker).
     */
    private boolean namedInSentenceOf(Entity e, int k, int at) {
        int j = k;
        while (j >= 0 && occurrences.get(j).entity() != e && at - occurrences.get(j).token() <= EntityModel.REACH_TOKENS) {
            j--;
        }
        if (j < 0 || j == k || occurrences.get(j).entity() != e) {
            return false;
        }
        int sentence = tokens.get(occurrences.get(j).token()).sentence();
        return tokens.get(occurrences.get(k).token()).sentence() == sentence && tokens.get(at).sentence() != sentence
                && text.unnamedPersonBetween(occurrences.get(j).token(), at) < 0;
    }

    /**
     * Whether the name at token {@code name} stands after a preposition or a verb (titles and
     * determiners aside): an object ("with Clinton", "take Mr. Trump on"), not a subject.
     */
    private boolean objectPosition(int name) {
        int k = name - 1;
        while (k >= 0 && !quoted[k] && tokens.get(k).sentence() == tokens.get(name).sentence()
                && (phrases.isTitle(tokens.get(k)) || tokens.get(k).pos().equals("DT"))) {
            k--;
        }
        if (k < 0 || quoted[k] || tokens.get(k).sentence() != tokens.get(name).sentence()) {
            return false;
        }
        Token before = tokens.get(k);
        if (QUESTION_CUES.contains(before.lemma())) {
            return false; // "Conroy asked Sanders whether …": the one asked answers
        }
        if (before.isVerb()) {
            // "…,” said Dr Kell", ", says Kell": the subject of an inverted attribution, not an object
            int v = k - 1;
            return v >= 0 && !quoted[v] && !tokens.get(v).isPunctuation() && tokens.get(v).sentence() == before.sentence();
        }
        return before.pos().equals("IN") && !before.is("that") || before.pos().equals("TO");
    }

    /**
     * Whether a relative clause on a person follows the name the recogniser tagged from token
     * {@code name} on: "has exasperated Mr. Obama, who has gotten less credit …". The object is
     * the subject of that clause, and what follows goes on about them.
     */
    /**
     * Whether the pronoun at token {@code at} opens a relative clause on the name at token
     * {@code name} that the name is the object of ("Harlan, whom he calls …"): it is someone else.
     */
    private boolean subjectOfObjectRelative(int name, int at) {
        int k = nameEnd(name);
        if (k < at && !quoted[k] && tokens.get(k).text().equals(",")) {
            k++;
        }
        return k + 1 == at && !quoted[k] && tokens.get(k).is("whom");
    }

    private boolean relativeClauseAfter(int name) {
        int k = nameEnd(name);
        return k + 1 < tokens.size() && !quoted[k + 1] && tokens.get(k).text().equals(",")
                && (tokens.get(k + 1).is("who") || tokens.get(k + 1).is("whose"));
    }

    /**
     * The person, other than that of occurrence {@code object}, named as a subject (a name right
     * before a finite verb) in the sentence of that occurrence or the one before it, whose gender
     * allows {@code g}, with no other subject named between: the person a subject pronoun goes on
     * with when the person named last is an object. Null when there is none.
     */
    private Entity subjectBefore(int object, int at, Gender g) {
        Entity last = occurrences.get(object).entity();
        int sentence = tokens.get(occurrences.get(object).token()).sentence();
        for (int k = object - 1; k >= 0 && object - k < EntityModel.MENTION_WINDOW; k--) {
            Occurrence o = occurrences.get(k);
            int s = tokens.get(o.token()).sentence();
            if (s < sentence - 1) {
                return null;
            }
            boolean subject = (finiteVerbAfter(o.token()) || finiteVerbAfterApposition(o.token())) && opensClause(o.token());
            if (subject) {
                return o.entity() != last && o.entity().kind == SpeakerKind.PERSON
                        && GenderCues.compatible(o.entity().gender(), g) ? o.entity() : null;
            }
        }
        return null;
    }

    /**
     * Whether the name the recogniser tagged from token {@code name} on is the subject of a finite
     * verb that follows its apposition, within the sentence: "Passenger Ilse Marrow-Quaid, 52, a
     * teacher travelling to visit her sister on Holme, said …". A verb inside the apposition ends
     * the search unless a relative pronoun opened it ("Ilse Marrow-Quaid, who lives on Holme, said").
     */
    private boolean finiteVerbAfterApposition(int name) {
        int k = nameEnd(name);
        if (k == name || k >= tokens.size() || quoted[k] || !tokens.get(k).text().equals(",")) {
            return false;
        }
        int sentence = tokens.get(name).sentence();
        boolean relative = false;
        for (int j = k + 1; j < tokens.size() && j - k <= MAX_APPOSITION && !quoted[j] && tokens.get(j).sentence() == sentence; j++) {
            Token t = tokens.get(j);
            if (t.text().equals(",")) {
                relative = false;
            } else if (t.pos().startsWith("W")) {
                relative = true;
            } else if (t.isFiniteVerb()) {
                if (tokens.get(j - 1).text().equals(",") && j - 1 > k) {
                    return true;
                }
                if (!relative) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Whether the name at token {@code name} opens its clause, titles aside: at the start of its
     * sentence or after a comma, "and", "but" or a subordinator ("When Rubio did …"), over the words
     * of a title ("Passenger Ilse Marrow-Quaid, 52, said"), not after a verb ("let daughter Ivanka have …")
     * or a noun for a thing ("The liberal gossip site Gawker set a trap").
     */
    private boolean opensClause(int name) {
        int k = name - 1;
        while (k >= 0 && !quoted[k] && tokens.get(k).sentence() == tokens.get(name).sentence()
                && (phrases.isTitle(tokens.get(k)) || tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("JJ")
                        || tokens.get(k).pos().equals("NN") && text.personNouns.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        if (k < 0 || tokens.get(k).sentence() != tokens.get(name).sentence()) {
            return true;
        }
        Token before = tokens.get(k);
        return !quoted[k] && (before.text().equals(",") || before.pos().equals("CC") || before.pos().equals("IN")
                || before.pos().equals("WRB") || before.pos().equals("RB"));
    }

    /** Whether a pronoun of gender {@code g} stands in narration in {@code (from, to)}. */
    private boolean pronounBetween(int from, int to, Gender g) {
        for (int k = from + 1; k < to; k++) {
            if (!quoted[k] && (tokens.get(k).pos().equals("PRP") || tokens.get(k).pos().equals("PRP$"))
                    && GenderCues.ofPronoun(tokens.get(k).text()) == g) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} is named within the reach of pronouns before the pronoun at token {@code at}
     * and no person other than {@code e} whose gender allows {@code g} is named since.
     */
    private boolean noOtherSince(Entity e, int at, Gender g) {
        for (int k = Mentions.firstFrom(occurrences, at) - 1; k >= 0 && at - occurrences.get(k).token() <= EntityModel.REACH_TOKENS; k--) {
            Entity o = occurrences.get(k).entity();
            if (o == e) {
                return true;
            }
            if (GenderCues.compatible(o.gender(), g)) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code e} is a speaker known only as "I", "we" or "you": no "he" or "she" refers to it. */
    private static boolean firstOrSecondPerson(Entity e) {
        String name = e.canonical().toLowerCase(java.util.Locale.ROOT);
        return name.equals("i") || name.equals("we") || name.equals("you") || name.equals("me") || name.equals("us");
    }

    /**
     * The first token of a participial clause, or of a prepositional phrase without a verb that
     * names an agent with "by" or "from", that opens the sentence of the subject pronoun at token
     * {@code at} and ends in the comma right before it ("Asked when Valadares might make his debut,
     * he said"; "Under cross-examination by the builder's lawyer, Joanne Pryce-Whitley, she said"),
     * or {@code at} when there is none: the people named in it are what the subject was asked about
     * or by, not the subject.
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
        boolean verbless = true;
        boolean agent = false;
        for (int m = start; m < at - 1; m++) {
            if (quoted[m] || tokens.get(m).text().equals(",") && m > start && tokens.get(m + 1).isFiniteVerb()) {
                return at;
            }
            verbless &= !tokens.get(m).isFiniteVerb();
            agent |= m > start && (tokens.get(m).is("by") || tokens.get(m).is("from"));
        }
        // "Under cross-examination by the builder's lawyer, Joanne Pryce-Whitley, she said": the one by whom,
        // not the subject; but "As for Trump, he said", "Since Clinton's op-ed in May, she has" are about the subject
        boolean prepositional = first.pos().equals("IN") && verbless && agent;
        return (participle || prepositional) && !quoted[start] ? start : at;
    }

    /**
     * Whether the person named last before the pronoun at token {@code at} is another person than
     * {@code speaker}, whose gender allows {@code g}, named as the subject of a sentence (the name
     * right before a verb, or before "himself" or "herself" and a verb) at most twenty words of
     * narration before the pronoun: "Asked by Brandt why …, Kwan paused. “…,” she replied" is Kwan,
     * though Brandt spoke last.
     */
    private boolean newSubjectBefore(int at, Entity speaker, Gender g) {
        int k = Mentions.firstFrom(occurrences, at) - 1;
        if (k < 0) {
            return false;
        }
        Occurrence o = occurrences.get(k);
        if (o.entity() == speaker || o.entity().kind != SpeakerKind.PERSON || !GenderCues.compatible(o.entity().gender(), g)) {
            return false;
        }
        if (text.narrationWords(o.token() + 1, at) > 20) {
            return false; // the narration between name and pronoun, quotes aside: a sentence or so
        }
        int before = o.token() - 1; // the name opens its clause: not "asked Kwan whether Hale had ever …"
        boolean opens = before < 0 || tokens.get(before).sentence() != tokens.get(o.token()).sentence()
                || tokens.get(before).text().equals(",") || tokens.get(before).is("and") || tokens.get(before).is("but");
        if (!opens) {
            return false;
        }
        int after = o.token() + 1; // the name's first word, tagged or not ("Feng herself", the recogniser missed it)
        while (after < tokens.size() && tokens.get(after).ner().equals("PERSON")) {
            after++;
        }
        if (after < tokens.size() && !quoted[after] && (tokens.get(after).is("himself") || tokens.get(after).is("herself"))) {
            after++; // "Feng herself struck a cautious note"
        }
        if (after >= tokens.size() || quoted[after]) {
            return false;
        }
        return tokens.get(after).isFiniteVerb();
    }

    /**
     * The person whom the possessive {@code pronoun} at token {@code at} refers to ("her" in "her
     * husband said"): as {@link #resolvePronoun}, but stating no gender; null when none.
     */
    Entity possessor(int at, String pronoun, int previousSpeaker) {
        return resolvePronoun(at, pronoun, previousSpeaker, false);
    }
}
