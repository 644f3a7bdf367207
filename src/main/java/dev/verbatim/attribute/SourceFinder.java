package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;
import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the source phrase of a cue: its subject on the left ("Putin said", "Peskov, the Kremlin
 * spokesman, said", "Obama on Friday declared"), the phrase after it ("said Putin", "according to
 * the Kremlin"), or the subject of the clause a participle hangs on ("He …, stating").
 */
final class SourceFinder {

    private static final Set<String> SKIP_BEFORE_CUE = Set.of("also", "later", "then", "has", "have", "had",
            "was", "is", "were", "are", "did", "does", "will", "would", "once", "previously", "recently",
            "further", "again", "repeatedly", "publicly", "privately", "often", "quickly", "simply", "flatly",
            "just", "still", "never", "always", "earlier", "subsequently", "'s", "’s", "'re", "’re", "'ve", "’ve",
            "been", "being", "be", "'d", "’d", "both", "each", "all", "himself", "herself", "itself", "themselves",
            "myself", "ourselves", "yourself", "since");
    /** Prepositions whose phrase stands between a subject and its verb: "Obama on Friday declared". */
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "after", "before", "over",
            "from", "with", "for", "by", "of", "into", "throughout", "via", "to", "across", "around", "among", "within",
            "under", "near");
    private static final int MAX_APPOSITION = 45;
    /** Reflexives that stand after a name for emphasis: "Sanders himself, who …, said". */
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");
    /** Longest relative clause read between a subject and its cue: "who spoke anonymously to discuss the plan". */
    private static final int MAX_RELATIVE = 10;
    /** Days and times that stand bare between a subject and its verb: "Priebus later Thursday told". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight");

    /** Whether token {@code t} is a day or time that may stand bare in a clause ("Thursday", "today"). */
    static boolean bareTimeWord(Token t) {
        return TIME_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    private final List<Token> tokens;
    private final boolean[] quotedTok;
    private final PhraseFinder phrases;

    private final DocumentView doc;
    private final Lexicons lexicons;

    SourceFinder(DocumentView doc, Lexicons lexicons) {
        this.doc = doc;
        this.lexicons = lexicons;
        this.tokens = doc.tokens;
        this.quotedTok = doc.quotedTok;
        this.phrases = doc.phrases;
    }

    /**
     * The speaker phrase of the cue of {@code len} tokens at {@code c}, looked for within tokens
     * {@code lo} to {@code hi}; {@code rightAfterQuote} when the cue follows a quote at once.
     */
    Phrase subjectOf(int c, int len, boolean rightAfterQuote, int lo, int hi) {
        if (len > 1 && tokens.get(c).is("according")) {
            return phrases.startingAt(c + len, hi);
        }
        Phrase agent = passiveAgent(c, len, lo, hi);
        if (agent != null) {
            return agent; // "has been called “strategic ambiguity” by Joshua Hendrick", "“…” – as described by Comey –"
        }
        if (rightAfterQuote && !tokens.get(c).pos().equals("VBG")) { // “…,” referencing X: X does not speak
            Phrase p = phrases.startingAt(skipAdverbs(c + len, hi), hi);
            if (p != null && !objectOfPredicate(p, c, lo)) {
                return withApposition(p, hi);
            }
        }
        Token cueTok = tokens.get(c);
        if (cueTok.pos().equals("VBG")) {
            Phrase opening = openingParticipleSubject(c);
            if (opening != null) {
                return opening; // "Citing “obligations in Tennessee,” the spokeswoman told …"
            }
            Phrase interrupted = interruptedSubject(c);
            if (interrupted != null) {
                return interrupted; // "Ms. Okafor, after initially saying she would not run, announced …"
            }
            Phrase before = previousSentenceSubject(c, len);
            if (before != null) {
                return before; // "Maher stated that …. Adding, “…”"
            }
            Phrase p = participleSubject(c, lo);
            if (p != null) {
                return p;
            }
        }
        int before = skipAdverbsBack(c - 1, lo);
        if (before >= lo && !quotedTok[before] && tokens.get(before).text().equals(",") && !cueTok.pos().equals("VBG")) {
            Phrase named = namedAfterCue(c, len, hi);
            if (named != null && named.kind() != SpeakerKind.DESCRIPTION && !TIME_WORDS.contains(
                    tokens.get(named.mentionStart()).text().toLowerCase(Locale.ROOT))) {
                return named; // "…, and it has used “soft hands” there, said Marta Ilves": not an apposition before the comma
            }
        }
        Phrase p = left(c, lo);
        if (p != null) {
            return p;
        }
        Phrase name = capitalisedWordAfterQuote(c, lo);
        if (name != null) {
            return name;
        }
        int k = skipAdverbsBack(c - 1, lo);
        if (k >= lo && !quotedTok[k] && (tokens.get(k).pos().equals("CC") || tokens.get(k).text().equals(",")
                || tokens.get(k).pos().equals("TO"))) {
            if (tokens.get(k).text().equals(",") && !cueTok.pos().equals("VBG")) {
                Phrase named = namedAfterCue(c, len, hi); // "…, and it has used “velvet gloves” there, said Ilves"
                if (named != null) {
                    return named;
                }
            }
            Phrase subject = jointSubject(k, c, lo);
            if (subject != null || !tokens.get(k).text().equals(",")) {
                return subject;
            }
        }
        while (k >= lo && !quotedTok[k] && tokens.get(k).isPunctuation()) {
            k--;
        }
        if ((k < lo || quotedTok[k] || tokens.get(c - 1).text().equals(",")) && !cueTok.pos().equals("VBG")) {
            // “A,” said X. “B.”, "Continued Stone: “…”", "In other words, explained X: “…”"
            // — nothing on the left, the speaker follows the cue (not after a participle: “…,” adding the council …)
            Phrase inverted = phrases.startingAt(skipAdverbs(c + len, hi), hi);
            if (inverted != null && objectOfPredicate(inverted, c, lo)) {
                return clauseSubject(c, lo); // "Ortega described the plan as “reckless,” denounced its cost"
            }
            return inverted == null ? null : withApposition(inverted, hi);
        }
        return null;
    }

    /**
     * Whether phrase {@code p} after the cue at {@code c}, which follows a quotation at once, is the
     * cue's object, not its inverted subject: a thing that cannot speak after a quotation that a
     * clause with a finite verb leads up to ("Ortega described the plan as “reckless,” denounced its
     * cost"), where the verb is one more predicate of that clause's subject.
     */
    private boolean objectOfPredicate(Phrase p, int c, int lo) {
        if (p.kind() != SpeakerKind.DESCRIPTION || p.pronoun() || namesSomeoneWhoSpeaks(p) && !ownedThing(p)) {
            return false; // "said a source close to the campaign"
        }
        int k = c - 1;
        while (k >= lo && quotedTok[k]) {
            k--;
        }
        for (; k >= lo && !quotedTok[k]; k--) {
            String pos = tokens.get(k).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code p} is someone's thing: a possessive pronoun before nouns none of which names
     * people ("her record", "their statement"; not "her aide").
     */
    private boolean ownedThing(Phrase p) {
        if (!tokens.get(p.start()).pos().equals("PRP$")) {
            return false;
        }
        for (int k = p.mentionStart(); k < p.mentionEnd(); k++) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (tokens.get(k).isNoun() && (lexicons.personNoun(w) || lexicons.titles().contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a noun of description {@code p} names people or a source of statements ("a source close to", "another economist"). */
    boolean namesSomeoneWhoSpeaks(Phrase p) {
        for (int k = p.mentionStart(); k < p.mentionEnd(); k++) {
            if (tokens.get(k).isNoun() && lexicons.canSpeak(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the cue at {@code c} that a conjunction, an infinitive's "to" or a comma at
     * {@code k} joins to what goes before: the subject of a subordinate clause's verb the cue is
     * coordinated with ({@link #subordinateSubject}), of the verb before "to", or else of the clause
     * ("… and called it “unheard of”", "… went on to say"); null when there is none.
     */
    Phrase jointSubject(int k, int c, int lo) {
        Token joint = tokens.get(k);
        Phrase subject = joint.pos().equals("CC") ? subordinateSubject(k, lo)
                : joint.pos().equals("TO") ? infinitiveSubject(k, lo) : null;
        if (subject == null && joint.pos().equals("TO")) {
            subject = catenativeSubject(k, lo);
        }
        return subject != null ? subject : clauseSubject(c, lo);
    }

    /**
     * "after the two delegations failed to agree", "when the union refused to promise": the subject
     * of the finite verb right before the infinitive's "to" at {@code to}, when that subject opens a
     * subordinate clause (so is not the main clause's); else null.
     */
    private Phrase catenativeSubject(int to, int lo) {
        int v = skipAdverbsBack(to - 1, lo);
        if (v <= lo || quotedTok[v] || !tokens.get(v).isFiniteVerb()) {
            return null;
        }
        Phrase p = left(v, lo);
        return p != null && p.start() - 1 >= lo && !quotedTok[p.start() - 1]
                && ReportedClauseRule.subordinator(tokens.get(p.start() - 1)) ? p : null;
    }

    /**
     * "Wilkerson started the row when he brought up the bombing and later said": the subject of the
     * finite verb that the verb after the conjunction at {@code and} is coordinated with, when that
     * verb is the nearest before it and its subject opens a subordinate clause inside the sentence
     * (after "when", "while", "as", "because" …); else null.
     */
    private Phrase subordinateSubject(int and, int lo) {
        for (int v = and - 1; v > lo && v >= and - MAX_APPOSITION; v--) {
            if (quotedTok[v]) {
                continue; // "while Hale proposed we “wake up and smell the coffee” and said": over the quotation
            }
            Token t = tokens.get(v);
            if (t.text().equals(",") || t.text().equals(";") || t.pos().equals("CC")) {
                return null;
            }
            if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP")) {
                Phrase p = left(v, lo);
                if (p == null || p.start() - 1 <= lo || quotedTok[p.start() - 1]) {
                    return null;
                }
                return ReportedClauseRule.subordinator(tokens.get(p.start() - 1)) ? p : null;
            }
            if (t.pos().equals("VB") && v - 1 > lo && !quotedTok[v - 1] && tokens.get(v - 1).pos().equals("TO")) {
                Phrase caused = causedSpeaker(v - 1, lo);
                if (caused != null) {
                    return caused; // "prompted Rubio to make a joke about yoga and call Trump “very flexible”"
                }
            }
        }
        return null;
    }

    /**
     * The name, or description of someone who speaks, right after a cue that a comma precedes, when
     * it closes the sentence or a comma or an apposition follows it ("…, said Marta Ilves, an
     * economist", "…, said another economist"): the inverted subject, not the subject of the clause
     * before the comma. Not after a verb whose object is the person addressed ("…, told Jones
     * that"), nor a phrase that names nobody ("…, denounced its cost").
     */
    private Phrase namedAfterCue(int c, int len, int hi) {
        if (lexicons.reporting().takesRecipient(tokens.get(c).lemma())) {
            return null;
        }
        Phrase p = phrases.startingAt(c + len, hi);
        if (p == null || p.pronoun() || !(p.kind() == SpeakerKind.DESCRIPTION ? namesSomeoneWhoSpeaks(p)
                : tokens.get(p.mentionStart()).isProperNoun())) {
            return null;
        }
        if (p.end() < hi && !quotedTok[p.end()] && !tokens.get(p.end()).text().equals(",")
                && !tokens.get(p.end()).text().equals(".")) {
            return null;
        }
        return withApposition(p, hi);
    }

    /**
     * “…,” Will wrote / “…,” Shook said: a capitalised word alone between a quote's closing mark and
     * its cue is the speaker's name, whatever tag the tagger gave it (a modal, a verb, a preposition).
     */
    private Phrase capitalisedWordAfterQuote(int c, int lo) {
        int k = c - 1;
        if (k - 1 < lo || quotedTok[k] || !quotedTok[k - 1] || !tokens.get(k - 1).isPunctuation()) {
            return null;
        }
        String w = tokens.get(k).text();
        boolean capitalised = w.length() > 1 && Character.isUpperCase(w.codePointAt(0))
                && w.codePoints().skip(1).anyMatch(Character::isLowerCase);
        return capitalised && !tokens.get(k).isPronoun() ? new Phrase(k, k + 1, k, k + 1, SpeakerKind.PERSON, false, -1, -1)
                : null;
    }

    int skipAdverbs(int k, int hi) {
        while (k < hi && !quotedTok[k] && (tokens.get(k).pos().startsWith("RB"))) {
            k++;
        }
        return k;
    }

    /** {@code k}, moved back over adverbs outside quotation marks. */
    int skipAdverbsBack(int k, int lo) {
        while (k >= lo && !quotedTok[k] && tokens.get(k).pos().startsWith("RB")) {
            k--;
        }
        return k;
    }

    /** The phrase before the cue, over adverbs, auxiliaries and an apposition. */
    Phrase left(int c, int lo) {
        Phrase found = leftOverPrepositions(c, lo);
        found = found != null ? found : lastStepped;
        // "The Brotherhood of Locomotive Engineers and Trainmen (BLET) called": the organisation, not its last words
        return found == null || found.pronoun() ? found : namedOrganizationEndingAt(found, lo);
    }

    /** Longest title in quotation marks read inside an apposition, in tokens with its marks. */
    private static final int MAX_TITLE = 10;

    /**
     * Whether token {@code k} closes a short title in quotation marks, with the comma that ends an
     * apposition inside its marks, after a word of that apposition ("Ortiz, host of the podcast
     * “Night Shift,” said"): not a quotation that follows a comma or a verb.
     */
    private boolean titleEndingApposition(int k, int lo) {
        int q = doc.quoteOfToken[k];
        if (!quotedTok[k] || q < 0 || doc.lastTok[q] != k || !TrailingCue.commaInside(doc, k)) {
            return false;
        }
        int open = doc.firstTok[q];
        if (k - open > MAX_TITLE || open + 1 >= k || !Character.isUpperCase(tokens.get(open + 1).text().codePointAt(0))
                || open - 1 < lo || quotedTok[open - 1]) {
            return false;
        }
        String pos = tokens.get(open - 1).pos();
        String lemma = tokens.get(open - 1).lemma().toLowerCase(Locale.ROOT);
        // "Leduc, the goaltender fans called “The Wall,” announced": a name given in the apposition
        boolean naming = pos.startsWith("VB") && (lemma.equals("call") || lemma.equals("dub") || lemma.equals("nickname"));
        return pos.startsWith("NN") || pos.equals("POS") || pos.equals("IN") || pos.startsWith("JJ") || naming;
    }

    /** Pronouns that, after a preposition, are its object and not a subject: "the head of it", "one of them". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "him", "her", "us", "me");

    /** The prepositional phrase {@link #leftOverPrepositions} stepped over last: "after Jones assured" speaks. */
    private Phrase lastStepped;

    private Phrase leftOverPrepositions(int c, int lo) {
        return leftOverPrepositions(c, c - 1, lo);
    }

    /** Whether token {@code k} is the "but" of "all but" before a verb: "he all but accused the board". */
    private boolean allBut(int k, int lo) {
        return k > lo && tokens.get(k).is("but") && tokens.get(k - 1).is("all") && !quotedTok[k - 1];
    }

    /** {@link #leftOverPrepositions(int, int)} from token {@code from} back, for the cue at {@code c}. */
    private Phrase leftOverPrepositions(int c, int from, int lo) {
        lastStepped = null;
        boolean stepped = false;
        int k = from;
        boolean auxiliary = false;
        for (int round = 0; round < 3; round++) {
            while (k >= lo && !quotedTok[k] && (tokens.get(k).pos().startsWith("RB") || tokens.get(k).pos().equals("MD")
                    || SKIP_BEFORE_CUE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) || allBut(k, lo)
                    || ReportedClauseRule.longAfterAuxiliary(doc, k))) {
                auxiliary |= round == 0 && (tokens.get(k).pos().equals("MD") || tokens.get(k).isFiniteVerb());
                k--;
            }
            k = skipParenthesis(k, lo);
            int time = timePhraseStart(k, lo);
            if (time >= 0) {
                k = time - 1; // "Feinstein (D-Calif.) last week said", "The State Department two weeks ago said"
                stepped = true;
                continue;
            }
            // "Obama on Friday declared", "Trump in his speech called": step over the phrase
            if (k - 1 >= lo && !quotedTok[k] && !quotedTok[k - 1] && (tokens.get(k).is("all") || tokens.get(k).is("both"))
                    && tokens.get(k - 1).pos().equals("PRP")) {
                k--; // "at the head of it all admits"
            }
            Phrase pp = k >= lo && !quotedTok[k] ? phrases.endingAt(k, lo) : null;
            boolean objectPronoun = pp != null && pp.pronoun() && pp.start() == k
                    && OBJECT_PRONOUNS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
            if (pp == null || pp.pronoun() && !objectPronoun || pp.start() - 1 < lo || quotedTok[pp.start() - 1]
                    || !PREPOSITIONS.contains(tokens.get(pp.start() - 1).text().toLowerCase(Locale.ROOT))) {
                break;
            }
            Phrase organization = wholeOrganization(pp, lo);
            if (organization != pp && round == 0) {
                return organization; // "The City of Cambridge plans": a name, not a phrase after its head
            }
            boolean subordinator = tokens.get(pp.start() - 1).is("after") || tokens.get(pp.start() - 1).is("before");
            if (subordinator && headSpeaks(pp) && tokens.get(c).isFiniteVerb() || round == 0 && subordinator && auxiliary) {
                // "three days after Trump told The Post he was …", "a fine after the man had posted that …",
                // "before its senior vice president boasted", "after a man in Duluth told": the clause's subject,
                // not what comes before it
                return pp;
            }
            lastStepped = pp.kind() == SpeakerKind.DESCRIPTION && !subordinator ? null : pp;
            stepped = true;
            k = pp.start() - 2;
        }
        boolean titleComma = k >= lo && titleEndingApposition(k, lo);
        if (k < lo || quotedTok[k] && !titleComma) {
            return null;
        }
        if (tokens.get(k).text().equals(",") && k - 1 >= lo && !quotedTok[k - 1] && tokens.get(k - 1).text().equals(")")) {
            // "Gov. John Kasich (R-OH), said": the name before its party and state
            Phrase named = phrases.endingAt(skipParenthesis(k - 1, lo), lo);
            if (named != null && !named.pronoun() && named.kind() == SpeakerKind.PERSON && !objectOfPreposition(named, lo)) {
                return named;
            }
        }
        if (!titleComma && phrases.spacedDash(k)) {
            // "A former candidate -- John McCain, who lost in 2008 -- said": an apposition between dashes
            for (int j = k - 1; j > lo && j >= k - MAX_APPOSITION; j--) {
                if (quotedTok[j] || !phrases.spacedDash(j)) {
                    continue;
                }
                Phrase head = phrases.endingAt(j - 1, lo);
                if (head == null || head.pronoun() || objectOfPreposition(head, lo)) {
                    break;
                }
                Phrase apposition = phrases.startingAt(j + 1, k);
                return apposition != null && apposition.start() == j + 1 ? withRole(head, apposition) : head;
            }
        }
        if (tokens.get(k).text().equals(",") || titleComma) {
            // "Peskov, the Kremlin spokesman, said" / "Trump, speaking in Ohio, said" / "Hale, 88, who …, said"
            // / "Ortiz, host of “Night Shift,” said"
            for (int j = k - 1; j >= lo && j >= k - MAX_APPOSITION; j--) {
                if (quotedTok[j] || !tokens.get(j).text().equals(",")) {
                    continue;
                }
                if (placeAfterPlace(j, k) || prepositionalBetween(j, k)) {
                    Phrase named = namedBeforeApposition(j, k, lo);
                    if (named != null) {
                        return named; // "Dale Whitehorse, a fishing guide from Kenora, Ont., with 40,000 followers, posted"
                    }
                    Phrase place = placeAfterPlace(j, k) ? phrases.endingAt(j - 1, lo) : null;
                    if (place != null && objectOfPreposition(place, lo)) {
                        // "after a man in Duluth, Minnesota, told her": the region closes the place's phrase,
                        // which a speaker before it with no comma between has; not "Clinton, during a town
                        // hall in Columbus, Ohio, said", nor the place itself
                        Phrase outerStepped = lastStepped;
                        Phrase before = leftOverPrepositions(c, j - 1, lo);
                        if (before == null) {
                            before = lastStepped;
                        }
                        lastStepped = outerStepped;
                        if (before != null && !before.pronoun() && (before.kind() == SpeakerKind.PERSON
                                || before.kind() == SpeakerKind.DESCRIPTION && headSpeaks(before))
                                && doc.nextComma(before.start(), j) == j && doc.nextVerb(before.start(), j) == j
                                && (before.end() <= place.start() || prepositionInside(before, j))) {
                            return before;
                        }
                    }
                }
                int headEnd = skipParenthesis(j - 1, lo);
                if (headEnd > lo && !quotedTok[headEnd] && (REFLEXIVES.contains(tokens.get(headEnd).text().toLowerCase(Locale.ROOT))
                        || tokens.get(headEnd).is("there") && tokens.get(headEnd - 1).isNoun())) {
                    headEnd--; // "Sanders himself, who was not there, has …", "her editor there, Ptolemy Grange, said"
                }
                Phrase head = phrases.endingAt(headEnd, lo);
                if (head == null && headEnd - 1 >= lo && !quotedTok[headEnd] && tokens.get(headEnd - 1).is("of")
                        && OBJECT_PRONOUNS.contains(tokens.get(headEnd).text().toLowerCase(Locale.ROOT))) {
                    Phrase named = phrases.startingAt(j + 1, k);
                    if (named != null && named.start() == j + 1 && named.end() == k && named.kind() == SpeakerKind.PERSON
                            && !named.pronoun()) {
                        return named; // "One of them, LaShonda Grimes, said": the one named
                    }
                }
                if (head == null || isNumber(head)) {
                    continue;
                }
                Phrase relative = copulaRelativeSubject(head, lo);
                if (relative != null) {
                    return relative; // "Maria Lopez, who was a member of the Alliance, a group of landlords, said"
                }
                head = wholeOrganization(head, lo);
                Phrase apposition = phrases.startingAt(j + 1, k);
                Phrase described = apposition != null && apposition.start() == j + 1 && apposition.kind() == SpeakerKind.PERSON
                        && !apposition.pronoun() ? relativeAntecedent(head.start(), lo) : null;
                if (described != null && described.kind() == SpeakerKind.DESCRIPTION) {
                    head = described; // "The member who voted against the plan, Ted Valdés, warned": not the plan
                }
                // "Another analyst, Marc Bisson of Laurentian Capital, said": a name and its prepositional phrase
                boolean appositive = apposition != null && (apposition.end() == k || apposition.start() == j + 1
                        && apposition.kind() == SpeakerKind.PERSON && !apposition.pronoun() && apposition.end() < k
                        && tokens.get(apposition.end()).pos().equals("IN") && phraseWordsOnly(apposition.end(), k));
                if (objectOfPreposition(head, lo) && !(appositive && apposition.kind() == SpeakerKind.PERSON
                        && !apposition.pronoun())) {
                    continue; // "Clinton, during a town hall in Columbus, Ohio, said": past the place
                }
                return appositive ? withRole(head, apposition) : head;
            }
            // "Sen. Jack Reed (D-R.I.), said": a comma between the sentence's subject and its verb
            Phrase subject = phrases.endingAt(skipParenthesis(k - 1, lo), lo);
            return subject != null && subject.start() == lo && subject.end() < k - 1 && !subject.pronoun() && !isNumber(subject) ? subject : null;
        }
        if ((lastStepped != null && tokens.get(k).pos().equals("VBG") || stepped && tokens.get(k).pos().equals("VBN"))
                && k - 1 >= lo && !quotedTok[k - 1]) {
            // "Another source speaking to Fox News said": the phrase before the participle speaks, not its object;
            // "A memo drafted for the firm in May concluded": the noun a past participle modifies
            Phrase subject = phrases.endingAt(k - 1, lo);
            if (subject != null && !objectOfPreposition(subject, lo)) {
                return subject;
            }
        }
        Phrase subject = subjectOfRelative(k, lo);
        if (subject != null) {
            return subject; // "The official who oversaw it said", "A recount that ended late on Friday confirmed"
        }
        Phrase p = phrases.endingAt(k, lo);
        Phrase modified = p != null && !p.pronoun() ? subjectOfParticiple(p.start() - 1, lo) : null;
        if (modified != null) {
            return modified; // "House Republicans supporting the bill have said": not the bill
        }
        if (p != null && p.pronoun()) {
            Phrase issuer = phrases.relativePronoun(p) ? issuerOfMedium(p.start(), lo) : null;
            return issuer != null ? issuer : p;
        }
        // the object of the relative clause: a phrase, or one word the finder has no phrase for ("fivethirtyeight.com")
        Phrase antecedent = relativeAntecedent(p != null ? p.start() : tokens.get(k).isPunctuation() ? -1 : k, lo);
        return antecedent != null ? antecedent : p;
    }

    /**
     * The noun phrase that the participle at token {@code v} modifies when the participle is of a
     * verb whose complement is a noun phrase ({@link ReportingVerbs#takesObject}) and follows it
     * without a comma: "House Republicans supporting the bill" are House Republicans. Null
     * otherwise, and for the object of a preposition.
     */
    private Phrase subjectOfParticiple(int v, int lo) {
        if (v - 1 < lo || quotedTok[v] || quotedTok[v - 1] || !tokens.get(v).pos().equals("VBG")
                || !doc.clauses.verbs().takesObject(tokens.get(v).lemma()) || !tokens.get(v - 1).isNoun()) {
            return null;
        }
        Phrase subject = phrases.endingAt(v - 1, lo);
        return subject != null && !subject.pronoun() && !objectOfPreposition(subject, lo) ? subject : null;
    }

    /**
     * A person's name with its apposition before the comma at {@code j}, when the words from
     * {@code j} to the comma at {@code k} only add to that apposition: the region of its place, or a
     * prepositional phrase ("Dale Whitehorse, a fishing guide from Kenora, Ont., with about 40,000
     * followers, posted"); null when no such name stands within reach.
     */
    private Phrase namedBeforeApposition(int j, int k, int lo) {
        int end = j;
        for (int m = j - 1; m >= lo && m >= k - MAX_APPOSITION; m--) {
            if (quotedTok[m] || !tokens.get(m).text().equals(",")) {
                continue;
            }
            if (placeAfterPlace(m, end) || prepositionalBetween(m, end)) {
                end = m;
                continue;
            }
            Phrase head = m - 1 >= lo ? phrases.endingAt(m - 1, lo) : null;
            Phrase apposition = phrases.startingAt(m + 1, end);
            if (head == null || head.pronoun() || head.kind() != SpeakerKind.PERSON || objectOfPreposition(head, lo)
                    || apposition == null || apposition.start() != m + 1 || apposition.kind() != SpeakerKind.DESCRIPTION
                    || !phraseWordsOnly(apposition.end(), end)) {
                return null; // the description may end before the rest of its name: "an expert at the University of California"
            }
            return withRole(head, apposition);
        }
        return null;
    }

    /** Whether tokens {@code [from, to)} hold no verb, punctuation, quotation or wh-word: words of one phrase. */
    private boolean phraseWordsOnly(int from, int to) {
        for (int m = from; m < to; m++) {
            if (quotedTok[m] || tokens.get(m).isVerb() || tokens.get(m).isPunctuation() || tokens.get(m).pos().startsWith("W")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words between the commas at {@code j} and {@code end} are a prepositional phrase
     * without a verb ("with about 40,000 followers", "in a statement"), after a noun.
     */
    private boolean prepositionalBetween(int j, int end) {
        if (j - 1 < 0 || end - j < 3 || quotedTok[j - 1] || !tokens.get(j - 1).isNoun() || quotedTok[j + 1]
                || !tokens.get(j + 1).pos().equals("IN") || tokens.get(j + 1).is("that")) {
            return false;
        }
        return phraseWordsOnly(j + 2, end);
    }

    /**
     * Whether the words between the commas at {@code j} and {@code end} are the region of the place
     * right before {@code j} ("Kenora, Ont.", "Halifax, Nova Scotia") or the place of the organisation
     * there ("the University of California, Irvine"): proper nouns the recogniser tagged a location,
     * after a location or an organisation.
     */
    boolean placeAfterPlace(int j, int end) {
        if (j - 1 < 0 || end - j < 2 || end - j > 4 || quotedTok[j - 1]
                || !tokens.get(j - 1).ner().equals("LOCATION") && !tokens.get(j - 1).ner().equals("ORGANIZATION")) {
            return false;
        }
        for (int m = j + 1; m < end; m++) {
            if (quotedTok[m] || !tokens.get(m).isProperNoun() || !tokens.get(m).ner().equals("LOCATION")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a preposition stands inside phrase {@code p} before token {@code j}: "a man in Duluth". */
    private boolean prepositionInside(Phrase p, int j) {
        for (int k = p.start() + 1; k < Math.min(p.end(), j); k++) {
            if (tokens.get(k).pos().equals("IN")) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words for the body that governs a place, before "of" and its name: "the City of Cambridge". */
    private static final Set<String> PLACE_BODIES = Set.of("city", "town", "county", "state", "province", "borough",
            "village", "municipality", "district", "commonwealth");

    /**
     * The whole name of the organisation whose "of" phrase {@code p} is ("The Office of the
     * Auditor-General" for "the Auditor-General", "the Ministry of Health" for "Health", "The City of
     * Cambridge"): when the word before the "of" is a capitalised word for an organisation
     * (organization-words.txt) or for the body that governs a place ({@link #PLACE_BODIES}), an
     * organisation's phrase from the capitalised words before it, with their determiner; else {@code p}.
     */
    private Phrase wholeOrganization(Phrase p, int lo) {
        int s = p.start();
        if (s - 2 < lo || quotedTok[s - 1] || quotedTok[s - 2] || !tokens.get(s - 1).is("of")
                || !Character.isUpperCase(tokens.get(s - 2).text().codePointAt(0))
                || !lexicons.organizationWords().contains(tokens.get(s - 2).text().toLowerCase(Locale.ROOT))
                && !PLACE_BODIES.contains(tokens.get(s - 2).text().toLowerCase(Locale.ROOT))) {
            return namedOrganizationEndingAt(p, lo);
        }
        s -= 2;
        while (s - 1 >= lo && !quotedTok[s - 1] && tokens.get(s - 1).isProperNoun()) {
            s--;
        }
        if (s - 1 >= lo && !quotedTok[s - 1] && tokens.get(s - 1).pos().equals("DT")) {
            s--;
        }
        return new Phrase(s, p.end(), s, p.end(), SpeakerKind.ORGANIZATION, false, -1, -1);
    }

    /**
     * The organisation the article named whose name ends with {@code p} and takes in capitalised
     * words joined by "and", "of", "&" or commas before it ("The Brotherhood of Locomotive
     * Engineers and Trainmen", "Immigration, Refugees and Citizenship Canada"), as a phrase; else
     * {@code p}.
     */
    private Phrase namedOrganizationEndingAt(Phrase p, int lo) {
        int s = p.start();
        Phrase found = p;
        boolean comma = false;
        for (int k = s - 1; k >= lo && s - k <= MAX_ORGANIZATION_WORDS && !quotedTok[k]; k--) {
            Token t = tokens.get(k);
            boolean joiner = t.is("and") || t.is("of") || t.text().equals("&") || t.text().equals(",");
            if (!joiner && !(t.isProperNoun() && Character.isUpperCase(t.text().codePointAt(0)))) {
                break;
            }
            comma |= t.text().equals(",");
            if (joiner) {
                continue;
            }
            String name = doc.text.substring(t.begin(), tokens.get(p.end() - 1).end()).replaceAll("\\s+", " ");
            EntityModel.Entity e = doc.resolver.existing(SpeakerKind.ORGANIZATION, name);
            // one name, not a list ("CNN, Trump", "Professors Foner and Alba"): introduced with its acronym, or
            // opening with a word for an organisation and no comma inside
            if (e != null && (!e.aliases.isEmpty()
                    || !comma && lexicons.organizationWords().contains(t.text().toLowerCase(Locale.ROOT)))) {
                int start = k - 1 >= lo && !quotedTok[k - 1] && tokens.get(k - 1).pos().equals("DT") ? k - 1 : k;
                found = new Phrase(start, p.end(), start, p.end(), SpeakerKind.ORGANIZATION, false, -1, -1);
            }
        }
        return found;
    }

    /** Most words read back over for {@link #namedOrganizationEndingAt}. */
    private static final int MAX_ORGANIZATION_WORDS = 10;

    /**
     * The first token of a time phrase ending at token {@code k} ("last week", "this morning",
     * "earlier this month", "less than two weeks ago", or a bare day after an adverb or the subject:
     * "Priebus later Thursday told"), or -1.
     */
    private int timePhraseStart(int k, int lo) {
        if (k - 1 < lo || quotedTok[k] || quotedTok[k - 1]) {
            return -1;
        }
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (TIME_WORDS.contains(w)) {
            String before = tokens.get(k - 1).pos();
            // "Obama Friday said", "The poll released Wednesday found"
            return before.startsWith("RB") || before.equals("NNP") || before.equals("PRP") || before.equals("VBN") ? k : -1;
        }
        boolean agoAfter = k + 1 < tokens.size() && tokens.get(k + 1).is("ago"); // "ago" went over as an adverb
        if (w.equals("ago") || agoAfter) {
            int j = w.equals("ago") ? k - 1 : k;
            while (j >= lo && k - j <= 4 && !quotedTok[j] && (tokens.get(j).pos().equals("CD")
                    || AGO_WORDS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)))) {
                j--;
            }
            return j + 1 < k ? j + 1 : -1;
        }
        if (!TIME_NOUNS.contains(w) || !TIME_DETERMINERS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int start = k - 1;
        if (start - 1 >= lo && !quotedTok[start - 1] && (tokens.get(start - 1).is("earlier") || tokens.get(start - 1).is("later"))) {
            start--;
        }
        return start;
    }

    private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "morning", "afternoon", "evening",
            "night", "weekend", "spring", "summer", "fall", "autumn", "winter");
    /** Words of a time phrase ending in "ago": "less than two weeks ago", "a few days ago". */
    private static final Set<String> AGO_WORDS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "hour", "hours", "minute", "minutes", "decade", "decades", "than", "less", "more", "about",
            "nearly", "almost", "just", "only", "a", "an", "few", "several", "couple", "of");
    private static final Set<String> TIME_DETERMINERS = Set.of("last", "this", "next", "that", "late", "early");

    /** Pronouns that can only be a clause's subject ("it" and "you" may be an object). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "he", "she", "we", "they");

    /**
     * The subject of a cue when a relative clause on it ends at token {@code k}, right before the cue:
     * "who", "that" or "which" with a finite verb after it (a subject relative: "The official who
     * oversaw it said", "A recount that ended late on Friday confirmed"), no punctuation or quotation
     * in the clause, after a noun phrase that opens the clause (at {@code lo}, or after a comma or a
     * subordinator; after a comma and a person's name, that name with the phrase as its role). Null
     * otherwise.
     */
    private Phrase subjectOfRelative(int k, int lo) {
        if (k >= lo && !quotedTok[k] && SUBJECT_PRONOUNS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return null; // "… who gained attention when he yelled": the cue's own subject
        }
        for (int j = k; j > lo && j >= k - MAX_RELATIVE; j--) {
            Token t = tokens.get(j);
            if (quotedTok[j] || t.isPunctuation() || ReportedClauseRule.subordinator(t) && !t.is("as")) {
                return null;
            }
            if (!(t.is("who") || t.is("that") || t.is("which"))) {
                continue;
            }
            int verb = skipAdverbs(j + 1, k + 1);
            if (verb > k || !tokens.get(verb).isFiniteVerb() && !tokens.get(verb).pos().equals("VBN")) {
                return null; // "that the mayor": a clause with a subject of its own, or no verb ("that ended" may be read VBN)
            }
            Phrase antecedent = phrases.endingAt(j - 1, lo);
            if (antecedent == null || antecedent.pronoun() && tokens.get(antecedent.start()).pos().equals("PRP")
                    || antecedent.end() != j || isNumber(antecedent)) {
                return null; // "Those who oversaw the count said" still is
            }
            int before = antecedent.start() - 1;
            boolean subordinate = before >= lo && !quotedTok[before] && ReportedClauseRule.subordinator(tokens.get(before));
            if (!subordinate && objectOfPreposition(antecedent, lo)) {
                return null; // not "after a recount that ended … confirmed", where "after" opens a clause
            }
            if (before < lo || subordinate || !quotedTok[before] && tokens.get(before).pos().equals("CC") && before - 1 < lo
                    || !quotedTok[before] && (tokens.get(before).is("that") || tokens.get(before).is("which"))) {
                // also "But progressive groups that have endorsed him say", "a decision that members who backed it called"
                return antecedent;
            }
            if (!quotedTok[before] && tokens.get(before).pos().equals("CC") && before - 2 < lo && !quotedTok[before - 1]
                    && tokens.get(before - 1).pos().startsWith("JJ")) {
                // "Current and former officials who spoke with the paper said"
                return new Phrase(before - 1, antecedent.end(), before - 1, antecedent.mentionEnd(), antecedent.kind(),
                        false, -1, -1);
            }
            if (quotedTok[before] || !tokens.get(before).text().equals(",")) {
                return null; // "bans in 2003 and 2005 that included …": an object, not the subject
            }
            // "Kopachko, a pollster who cooperated with him and called him …": the name the apposition is on
            Phrase head = before - 1 >= lo ? phrases.endingAt(skipParenthesis(before - 1, lo), lo) : null;
            return head != null && head.kind() == SpeakerKind.PERSON && !head.pronoun() ? withRole(head, antecedent) : antecedent;
        }
        return null;
    }

    /**
     * "Nate Silver, the polling guru who founded the site tweeted": when the phrase before the cue is
     * the object of a relative clause that no comma closes, the person the clause describes.
     */
    private Phrase relativeAntecedent(int objectStart, int lo) {
        if (objectStart < 0) {
            return null;
        }
        int who = -1;
        for (int j = objectStart - 1; j > lo && j >= objectStart - MAX_RELATIVE; j--) {
            if (quotedTok[j] || tokens.get(j).isPunctuation()) {
                return null;
            }
            if (tokens.get(j).is("who")) {
                who = j;
                break;
            }
        }
        int verb = who < 0 ? -1 : skipAdverbs(who + 1, objectStart);
        if (verb < 0 || verb >= objectStart || !tokens.get(verb).isFiniteVerb()) {
            return null; // "who founded …", "who spoke anonymously to discuss …"
        }
        Phrase antecedent = phrases.endingAt(who - 1, lo);
        if (antecedent == null || antecedent.pronoun()) {
            return null;
        }
        int comma = antecedent.start() - 1;
        if (tokens.get(objectStart).pos().equals("CC") && comma - 1 >= lo && !quotedTok[comma] && !quotedTok[comma - 1]
                && tokens.get(comma).pos().startsWith("VB") && !tokens.get(comma).lemma().equals("be")
                && !tokens.get(comma - 1).isPunctuation()) {
            // "He praised those who left but said": the verb after "but" is the clause's, not the relative's
            // (not "…,” said a driver who has worked there and asked not to be named", an inverted subject)
            return null;
        }
        if (comma - 1 >= lo && !quotedTok[comma] && tokens.get(comma).text().equals(",")) {
            Phrase head = phrases.endingAt(skipParenthesis(comma - 1, lo), lo);
            if (head != null && head.kind() == SpeakerKind.PERSON && !head.pronoun()) {
                return withRole(head, antecedent);
            }
        }
        return antecedent;
    }

    /**
     * "Trump released a marketing video that said, “…”", "Pelletier hoisted a sign that read “…”":
     * when the relative pronoun at {@code relative} stands for a thing people put their words on
     * ({@code medium-nouns.txt}) that the clause's subject put out ({@code issuing-verbs.txt}), that
     * subject, a person or organisation; else null.
     */
    private Phrase issuerOfMedium(int relative, int lo) {
        Phrase thing = relative - 1 >= lo ? phrases.endingAt(relative - 1, lo) : null;
        if (thing == null || thing.pronoun() || thing.kind() == SpeakerKind.PERSON
                || !lexicons.media().contains(tokens.get(thing.end() - 1).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int verb = skipAdverbsBack(thing.start() - 1, lo);
        if (verb < lo || quotedTok[verb] || !tokens.get(verb).pos().startsWith("VB")
                || !lexicons.issuing().contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int k = ReportedClauseRule.skipAuxiliariesBack(doc, verb - 1, lo); // "is releasing", "has posted"
        Phrase subject = k >= lo && !quotedTok[k] ? phrases.endingAt(k, lo) : null;
        return subject != null && !phrases.relativePronoun(subject) && !objectOfPreposition(subject, lo)
                && (subject.kind() == SpeakerKind.PERSON || subject.kind() == SpeakerKind.ORGANIZATION) ? subject : null;
    }

    /** Whether a preposition stands right before the phrase: "during a town hall meeting", "in Columbus". */
    boolean objectOfPreposition(Phrase p, int lo) {
        int b = p.start() - 1;
        return b >= lo && !quotedTok[b] && PREPOSITIONS.contains(tokens.get(b).text().toLowerCase(Locale.ROOT));
    }

    /** Skips back over a parenthesis ending at {@code k}: "Harry Reid (D-Nev.) said". */
    int skipParenthesis(int k, int lo) {
        int party = partyAffiliationStart(k, lo);
        if (party - 2 >= lo && !quotedTok[party - 1] && tokens.get(party - 1).text().equals(",")) {
            return party - 2; // "Sen. Luis Ortega, D-N.M., one of the bill's authors, said": the name before its party
        }
        if (k >= lo && !quotedTok[k] && (tokens.get(k).text().equals(")") || tokens.get(k).text().equals("-RRB-"))) {
            for (int j = k - 1; j >= lo && j >= k - 10 && !quotedTok[j]; j--) {
                if (tokens.get(j).text().equals("(")) {
                    return j - 1;
                }
            }
        }
        return k;
    }

    /**
     * The first token of a party and state that ends at token {@code k} ("R-Ariz.", "D-N.M.", "I-Vt.",
     * as one token or three), or -1.
     */
    private int partyAffiliationStart(int k, int lo) {
        if (k < lo || quotedTok[k]) {
            return -1;
        }
        String w = tokens.get(k).text();
        if (w.length() > 2 && "RDI".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == '-' && Character.isUpperCase(w.charAt(2))) {
            return k;
        }
        boolean party = k - 2 >= lo && !quotedTok[k - 2] && tokens.get(k - 1).text().equals("-")
                && tokens.get(k - 2).text().length() == 1 && "RDI".contains(tokens.get(k - 2).text());
        return party && Character.isUpperCase(w.codePointAt(0)) && tokens.get(k).isProperNoun() ? k - 2 : -1;
    }

    /**
     * The token after a parenthesis that opens at {@code k} ("Rep. Dana Whitfield (D-Portland) said"),
     * at most ten tokens long, or {@code k} when none opens there.
     */
    int skipParenthesisForward(int k, int hi) {
        if (k < hi && !quotedTok[k] && (tokens.get(k).text().equals("(") || tokens.get(k).text().equals("-LRB-"))) {
            for (int j = k + 1; j < hi && j <= k + 10 && !quotedTok[j]; j++) {
                if (tokens.get(j).text().equals(")") || tokens.get(j).text().equals("-RRB-")) {
                    return j + 1;
                }
            }
        }
        return k;
    }

    /**
     * "…, with Cruz recently promising to …", "… – Ryan saying …": the subject of a participle in
     * an absolute phrase after "with", or a name right before it after a dash, a comma or "and"; or null.
     */
    private Phrase absoluteSubject(int c, int lo) {
        int k = skipAdverbsBack(c - 1, lo);
        Phrase p = k >= lo && !quotedTok[k] ? phrases.endingAt(k, lo) : null;
        if (p == null) {
            return null;
        }
        int of = p.start() - 1;
        if (of - 2 >= lo && !quotedTok[of - 1] && tokens.get(of).is("of") && !quotedTok[of]
                && (tokens.get(of - 1).pos().equals("CD") || QUANTITIES.contains(tokens.get(of - 1).text().toLowerCase(Locale.ROOT)))) {
            // "with one of her ads asking", "with two of her aides saying": the part of the group
            p = new Phrase(of - 1, p.end(), of - 1, p.end(), SpeakerKind.DESCRIPTION, false, -1, -1);
        }
        if (p.start() - 1 < lo || quotedTok[p.start() - 1]) {
            return null;
        }
        Token before = tokens.get(p.start() - 1);
        if (before.is("with")) {
            return p;
        }
        if (before.is("and") && p.start() - 2 >= lo && !quotedTok[p.start() - 2]) {
            Phrase first = phrases.endingAt(p.start() - 2, lo);
            if (first != null && !first.pronoun() && first.start() - 1 >= lo && !quotedTok[first.start() - 1]
                    && tokens.get(first.start() - 1).is("with")) {
                // "with many marchers and spectators chanting", "with Fox News and NBC News calling": both speak
                return new Phrase(first.start(), p.end(), first.start(), p.end(), SpeakerKind.DESCRIPTION, false, -1, -1);
            }
        }
        // "… a statement – Ryan saying he was “very encouraged” and Trump calling it …": a name, not
        // a verb's object, right before the participle after a dash, a comma or "and"
        boolean coordinated = before.is("and") && p.start() - 2 >= lo && !tokens.get(p.start() - 2).isProperNoun(); // not "Fox News and NBC News calling"
        boolean opens = coordinated || before.text().equals(",") || before.text().equals("–")
                || before.text().equals("—") || before.text().equals("--");
        return opens && !p.pronoun() && p.kind() != SpeakerKind.DESCRIPTION && p.end() == k + 1
                && tokens.get(p.mentionStart()).isProperNoun() ? p : null;
    }

    /**
     * Who speaks the cue of an infinitive whose "to" is at {@code to}: the object of a verb that
     * caused the speech ("prompted Mayor Ames to accuse", "leading advisers like Gene Sperling to
     * counter that …"), else the subject of a participle that governs the infinitive (see
     * {@link #infinitiveOfParticiple}); null when neither.
     */
    Phrase infinitiveSubject(int to, int lo) {
        Phrase caused = causedSpeaker(to, lo);
        return caused != null ? caused : infinitiveOfParticiple(to, lo);
    }

    /** Words that make a subject a share of the people asked: "28 percent of voters", "a majority of Democrats". */
    private static final Set<String> PROPORTIONS = Set.of("percent", "%", "majority", "plurality");

    /** Nouns of a poll that speaks for the people it asked. */
    private static final Set<String> POLLS = Set.of("poll", "survey");

    /**
     * The poll that frames the answer of a share of its respondents: in "In a September Fox News
     * poll, 75 percent of Republicans said …" the poll reports what they said, and is the source
     * (an artifact speaks for those it asked, as in the golden corpus and PolNeAR's manual). Only
     * when the sentence opens with "In" and the poll's phrase, and a comma (and adverbs such as
     * "just") stand between it and the subject. {@code subject} itself otherwise, also when null.
     */
    Phrase framingPoll(Phrase subject, int begin) {
        if (subject == null || subject.pronoun() || !proportion(subject)) {
            return subject;
        }
        int comma = skipAdverbsBack(subject.start() - 1, begin);
        int in = begin < tokens.size() && !quotedTok[begin] && tokens.get(begin).pos().equals("CC") ? begin + 1 : begin;
        if (comma <= in + 1 || quotedTok[comma] || !tokens.get(comma).text().equals(",") || quotedTok[in]
                || !tokens.get(in).text().equalsIgnoreCase("in")) {
            return subject;
        }
        Phrase poll = phrases.startingAt(in + 1, comma);
        if (poll == null || poll.start() != in + 1 || poll.pronoun()
                || !POLLS.contains(tokens.get(poll.mentionEnd() - 1).text().toLowerCase(Locale.ROOT))) {
            return subject;
        }
        for (int k = poll.end(); k < comma; k++) {
            if (quotedTok[k] || tokens.get(k).isFiniteVerb() || tokens.get(k).text().equals(",")) {
                return subject; // "In a poll that asked …, 40 percent": not a phrase of the poll alone
            }
        }
        return poll;
    }

    /** Whether a phrase names a share of people: a word of {@link #PROPORTIONS} among its first words. */
    private boolean proportion(Phrase p) {
        for (int k = p.start(); k < p.end() && k < p.start() + 4; k++) {
            if (PROPORTIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that make their object do what the infinitive after it says: "led Priebus to declare". */
    private static final Set<String> CAUSATIVE = Set.of("lead", "prompt", "cause", "force", "spur", "inspire", "push",
            "drive", "compel", "provoke", "get", "persuade", "convince");

    /**
     * The object of a causative verb right before the "to" at {@code to}, over "like" or "including"
     * and the names after it ("advisers like Gene Sperling"), when it can speak; else null.
     */
    private Phrase causedSpeaker(int to, int lo) {
        Phrase p = to - 1 >= lo && !quotedTok[to - 1] ? phrases.endingAt(to - 1, lo) : null;
        if (p == null || p.end() != to) {
            return null;
        }
        int before = p.start() - 1;
        if (before - 1 >= lo && !quotedTok[before] && (tokens.get(before).is("like") || tokens.get(before).is("including"))) {
            Phrase group = phrases.endingAt(before - 1, lo); // "advisers like Gene Sperling": the advisers, Sperling among them
            if (group == null || group.end() != before) {
                return null;
            }
            p = new Phrase(group.start(), p.end(), group.mentionStart(), p.end(), SpeakerKind.DESCRIPTION, false, -1, -1);
            before = group.start() - 1;
        }
        if (before < lo || quotedTok[before] || !tokens.get(before).isVerb() || !CAUSATIVE.contains(tokens.get(before).lemma())) {
            return null;
        }
        return p.pronoun() || speaks(p) ? p : null;
    }

    /**
     * The subject of a participle that governs the infinitive whose "to" is at {@code to} ("with
     * Lewandowski taking to Twitter to call Fields “delusional”"), or null when the verb before it
     * is no participle.
     */
    Phrase infinitiveOfParticiple(int to, int lo) {
        for (int k = to - 1; k >= lo && k >= to - 6 && !quotedTok[k] && !tokens.get(k).isPunctuation(); k--) {
            if (tokens.get(k).isVerb()) {
                return tokens.get(k).pos().equals("VBG") ? participleSubject(k, lo) : null;
            }
        }
        return null;
    }

    /** Verbs whose gerund is the verb of their own subject: "keeps talking", "began insisting". */
    private static final Set<String> ASPECTUAL = Set.of("keep", "continue", "begin", "start", "stop", "resume", "quit");

    /** Words of quantity before "of" and a group: "one of her ads", "some of his aides". */
    private static final Set<String> QUANTITIES = Set.of("one", "some", "many", "most", "several", "few", "each", "both",
            "all", "none");

    /** Verbs of seeing and showing, whose object may be someone seen speaking ("shows a man telling …"). */
    static final Set<String> SEEING = Set.of("show", "see", "hear", "find", "notice", "observe", "watch", "feature", "capture");

    /**
     * The subject of a participle: in an absolute phrase after "with" ("with Cruz recently
     * promising"), of the finite cue right before its comma ("…, Nefzi said, adding, “…”", "“…,” he
     * said, adding"), else of the clause ("He expressed support …, stating").
     */
    Phrase participleSubject(int c, int lo) {
        int aspect = skipAdverbsBack(c - 1, lo);
        if (aspect >= lo && !quotedTok[aspect] && tokens.get(aspect).isVerb() && ASPECTUAL.contains(tokens.get(aspect).lemma())) {
            Phrase p = left(aspect, lo); // "as he keeps talking about", "when the governor began insisting that"
            if (p != null && speaks(p)) {
                // not "He sent an email as the meeting began vowing to …": a meeting does not vow
                return p;
            }
        }
        if (aspect >= lo + 1 && !quotedTok[aspect] && tokens.get(aspect).is("by") && !quotedTok[aspect - 1]
                && tokens.get(aspect - 1).isVerb()) {
            Phrase p = left(aspect - 1, lo); // "When he returned he began by saying", "Trump responded by calling"
            if (p != null) {
                return p;
            }
        }
        Phrase absolute = absoluteSubject(c, lo);
        if (absolute != null) {
            return absolute;
        }
        Phrase surfaced = surfacedDocument(c, lo);
        if (surfaced != null) {
            return surfaced;
        }
        Phrase document = c - 1 >= lo && !quotedTok[c - 1] && tokens.get(c - 1).isNoun() ? phrases.endingAt(c - 1, lo) : null;
        int before = document == null ? -1 : document.start() - 1;
        if (document != null && !document.pronoun() && document.end() == c && headSpeaks(document) && before >= lo
                && !quotedTok[before] && tokens.get(before).isVerb() && SEEING.contains(tokens.get(before).lemma())
                && doc.cues.cueAt(c, doc.sentenceEnd(tokens.get(c).sentence())) > 0) {
            return document; // "The video shows a flight attendant telling the father, “…”": the one seen speaking
        }
        if (document != null && !document.pronoun() && document.end() == c && before >= lo && !quotedTok[before]
                && tokens.get(before).pos().equals("IN") && !tokens.get(before).is("in") && !tokens.get(before).is("with")
                && lexicons.sources().contains(WordList.singular(tokens.get(c - 1).text().toLowerCase(Locale.ROOT)))) {
            // "the week after the newspaper's editorial telling him to …": no one issued it in this clause
            return document;
        }
        Phrase people = document == null ? null : peopleAfterPreposition(document, c, lo);
        if (people != null) {
            return people; // "he will be met by hundreds of farmers protesting against the levy": the farmers protest
        }
        int and = skipAdverbsBack(c - 1, lo);
        if (and >= lo && !quotedTok[and] && tokens.get(and).is("and")) {
            // "with Trump tweeting that … and asking, “…”": the subject of the participle it is coordinated with
            for (int v = and - 1; v >= lo && v >= and - MAX_APPOSITION; v--) {
                if (!quotedTok[v] && tokens.get(v).pos().equals("VBG")) {
                    Phrase first = absoluteSubject(v, lo);
                    if (first != null) {
                        return first;
                    }
                    break;
                }
            }
        }
        int k = c - 1;
        if (k >= lo && !quotedTok[k] && tokens.get(k).text().equals(",")) {
            k = skipAdverbsBack(k - 1, lo);
            if (k >= lo && !quotedTok[k] && tokens.get(k).isFiniteVerb() && doc.cues.cueAt(k, c) > 0) {
                Phrase p = left(k, lo);
                if (p != null) {
                    return p;
                }
            }
        }
        return clauseSubject(c, lo);
    }

    /** Words before "of" that count the people after it: "hundreds of farmers", "62 percent of voters". */
    private static final Set<String> COUNTS = Set.of("hundreds", "thousands", "dozens", "millions", "scores", "percent",
            "%", "trio", "pair", "group", "crowd", "number", "majority", "handful", "couple", "flood", "wave", "lot", "army",
            "proportion", "share");

    /**
     * The people a participle at {@code c} modifies when {@code p}, right before it, ends in a plural
     * common noun for people that a preposition governs ("met by hundreds of farmers protesting", "the
     * largesse of hedge fund executives supporting her"), as a relative clause would: {@code p} when
     * the words before its "of" count them, else the phrase after its last preposition; null
     * otherwise, and after "to" or "for" ("a text message to supporters saying", "a letter to the board of
     * directors urging": the message says).
     */
    private Phrase peopleAfterPreposition(Phrase p, int c, int lo) {
        Token head = tokens.get(c - 1);
        if (p.pronoun() || p.end() != c || !head.pos().equals("NNS") || Character.isUpperCase(tokens.get(c).text().codePointAt(0))
                || !lexicons.animate().contains(WordList.singular(head.text().toLowerCase(Locale.ROOT)))) {
            return null; // not a headline's "Sick Of Men Telling Us"
        }
        int before = p.start() - 1;
        boolean addressed = before >= lo && !quotedTok[before] && (tokens.get(before).is("to") || tokens.get(before).is("for"));
        if (addressed && before - 1 >= lo && !quotedTok[before - 1]
                && lexicons.sources().contains(WordList.singular(tokens.get(before - 1).text().toLowerCase(Locale.ROOT)))) {
            return null; // "a letter to the board of directors urging them": the letter urges
        }
        for (int k = c - 2; k > p.start(); k--) {
            if (tokens.get(k).pos().equals("IN")) {
                if (tokens.get(k).is("to") || tokens.get(k).is("for")) {
                    return null;
                }
                boolean counted = tokens.get(k).is("of") && COUNTS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
                Phrase after = counted ? null : phrases.startingAt(k + 1, c);
                return after != null && after.end() == c ? after : p;
            }
        }
        return before >= lo && !quotedTok[before] && tokens.get(before).pos().equals("IN") && !tokens.get(before).is("with")
                && !addressed ? p : null;
    }

    /** Verbs of a document coming to light, after which a participle is the document's: "emails surfaced showing". */
    private static final Set<String> SURFACING = Set.of("surface", "emerge", "appear", "circulate", "leak", "come", "release",
            "publish", "unseal", "obtain", "uncover");

    /**
     * "a day after emails surfaced showing she had pressed …", "after documents were released suggesting that …":
     * the source the verb right before the participle says came to light, with no comma between; else null.
     */
    private Phrase surfacedDocument(int c, int lo) {
        int v = skipAdverbsBack(c - 1, lo);
        if (v < lo || quotedTok[v] || !tokens.get(v).isVerb() || !SURFACING.contains(tokens.get(v).lemma())) {
            return null;
        }
        int s = ReportedClauseRule.skipAuxiliariesBack(doc, v - 1, lo); // "were released", "have surfaced"
        Phrase p = s >= lo && !quotedTok[s] ? phrases.endingAt(s, lo) : null;
        if (p == null || p.pronoun() || p.end() != s + 1
                || !lexicons.sources().contains(WordList.singular(tokens.get(p.mentionEnd() - 1).text().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        return p;
    }

    /**
     * The agent of a passive cue ("was called “…” by Hendrick", "as described by Comey", "measures
     * added by Republicans"): a person,
     * an organisation or someone who speaks after "by", right after the cue or after the quotation
     * that follows it; null when the cue is not passive or names no agent.
     */
    Phrase passiveAgent(int c, int len, int lo, int hi) {
        Token t = tokens.get(c);
        if (!t.pos().equals("VBN")) {
            return null;
        }
        int before = skipAdverbsBack(c - 1, lo);
        boolean as = before >= lo && !quotedTok[before] && tokens.get(before).is("as");
        // a participle right after its noun, "by" right after it: "“poison pill” measures added by Republicans"
        boolean reduced = before == c - 1 && before >= lo && !quotedTok[before] && tokens.get(before).isNoun()
                && c + len < hi && !quotedTok[c + len] && tokens.get(c + len).is("by");
        // or in apposition after its noun's comma or dash: "The plan, described as “a giveaway” by critics, …"
        boolean appositive = before - 1 >= lo && !quotedTok[before - 1] && ReportedClauses.openingCommaOrDash(doc, before, lo)
                && tokens.get(before - 1).isNoun();
        if (!as && !reduced && !appositive && !ReportedClauseRule.passive(doc, c)) {
            return null;
        }
        int k = skipAdverbs(c + len, hi);
        int object = k;
        if (object < hi && !quotedTok[object] && tokens.get(object).is("as")) {
            object++; // "described as “…” by"
        }
        if (object < hi && !quotedTok[object] && tokens.get(object).pos().equals("DT")) {
            object++; // "labeled a “witch hunt” by"
        }
        if (object < hi && quotedTok[object] && doc.quoteOfToken[object] >= 0) {
            k = skipAdverbs(doc.lastTok[doc.quoteOfToken[object]] + 1, hi);
        }
        if (k + 1 >= hi || quotedTok[k] || !tokens.get(k).is("by")) {
            return null;
        }
        Phrase p = phrases.startingAt(k + 1, hi);
        if (p == null || p.start() != k + 1 || p.pronoun() && !tokens.get(p.start()).isPronoun()) {
            return null;
        }
        return speaks(p) ? p : null;
    }

    /** Whether the phrase names someone who can speak: a name, or a description whose head can ("the senator", not "the meeting"). */
    boolean speaks(Phrase p) {
        return p.kind() != SpeakerKind.DESCRIPTION || lexicons.canSpeak(tokens.get(p.mentionEnd() - 1).text().toLowerCase(Locale.ROOT));
    }

    /** {@link #speaks}, judged by the head before a prepositional phrase inside {@code p} ("a woman in a red coat"). */
    boolean headSpeaks(Phrase p) {
        for (int k = p.mentionStart() + 1; k < p.mentionEnd(); k++) {
            if (tokens.get(k).pos().equals("IN")) {
                return p.kind() != SpeakerKind.DESCRIPTION || lexicons.canSpeak(tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
            }
        }
        return speaks(p);
    }

    /**
     * The subject of the sentence before, in the same paragraph, when the cue participle at {@code c}
     * opens its sentence and a comma or colon and a quotation follow it ("Adding, “…”"), or null.
     */
    private Phrase previousSentenceSubject(int c, int len) {
        int s = doc.sentenceOf(c);
        int begin = doc.sentenceBegin(s);
        int k = c + len;
        if (s == 0 || c != begin || k + 1 >= tokens.size() || quotedTok[k] || !quotedTok[k + 1]
                || !tokens.get(k).text().equals(",") && !tokens.get(k).text().equals(":")) {
            return null;
        }
        int prevBegin = doc.sentenceBegin(s - 1);
        if (doc.paragraphOf(tokens.get(prevBegin).begin()) != doc.paragraphOf(tokens.get(c).begin())) {
            return null;
        }
        Phrase p = clauseSubject(begin, Math.max(prevBegin, begin - DocumentView.MAX_REACH));
        return p != null && !phrases.relativePronoun(p) ? p : null;
    }

    /** Words that may stand before a participle that opens its sentence: "And in explaining why …". */
    private static final Set<String> BEFORE_OPENING_PARTICIPLE = Set.of("and", "but", "in", "by", "after", "while",
            "when", "upon", "before", "since", "on", "so", "yet");
    /** At most this many words before a participle that opens its sentence: "One month after announcing", "In addition to stating". */
    private static final int MAX_PARTICIPLE_LEAD = 4;
    /** Nouns of a time span or a quantity of it in the words before an opening participle: "Eight years after backing", "After months of refusing". */
    private static final Set<String> SPAN_NOUNS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "addition", "spite");
    /** At most this many tokens in a dateline before the story's first sentence: "SAN JOSE, Calif. —". */
    private static final int MAX_DATELINE = 6;

    /**
     * The subject of the main clause of a sentence that a participle phrase opens ("Considering the
     * scale of it, Wonderlich said", "Remarking on his “genuine empathy,” Starr said", "And in
     * explaining why …, Clinton described", "Despite challenging …, the mayor said", "Eight years
     * after backing …, Banks calls"), for the participle at {@code c}; null when {@code c} does not
     * open its sentence (see {@link #participleLead}) or no subject with a verb follows the comma that
     * closes the phrase. A comma inside a closing mark (“…,”) closes it as one outside does;
     * quotations inside the phrase are passed over; the subject may have an apposition or a relative
     * clause between commas ("Recalling that winter, Renwick, who ran the clinic, said").
     */
    Phrase openingParticipleSubject(int c) {
        int s = doc.sentenceOf(c);
        if (!participleLead(leadStart(afterDateline(doc.sentenceBegin(s), c), c), c)) {
            return null;
        }
        return subjectAfterParticiple(c, doc.sentenceEnd(s));
    }

    /**
     * Where the lead of a participle at {@code c} starts: after an opening adverbial without a verb
     * that a comma closes ("On Tuesday on a radio show, while discussing …", "Last week, while
     * discussing …", "Tuesday on KXL's “Morning Drive,” while discussing …": a short title in
     * quotation marks may stand in it, the comma inside its marks), else at {@code from}.
     */
    private int leadStart(int from, int c) {
        if (from >= c || quotedTok[from] || !(tokens.get(from).pos().equals("IN") || tokens.get(from).pos().startsWith("RB")
                || ReportedClauses.TIME_WORDS.contains(tokens.get(from).text().toLowerCase(Locale.ROOT)))) {
            return from;
        }
        int titleWords = 0;
        for (int k = from; k < c - 1; k++) {
            if (quotedTok[k]) {
                if (++titleWords > MAX_TITLE_IN_LEAD) {
                    return from;
                }
                if (TrailingCue.commaInside(doc, k)) {
                    return k + 1;
                }
            } else if (tokens.get(k).text().equals(",")) {
                return k + 1;
            } else if (tokens.get(k).pos().startsWith("VB")) {
                return from;
            }
        }
        return from;
    }

    /**
     * The comma that closes the participle phrase at {@code c} before its subject (see
     * {@link #openingParticipleSubject} and {@link #interruptedSubject}): where the phrase's content
     * ends; -1 when the participle has no such subject.
     */
    int participlePhraseEnd(int c) {
        int s = doc.sentenceOf(c);
        int end = doc.sentenceEnd(s);
        if (participleLead(leadStart(afterDateline(doc.sentenceBegin(s), c), c), c)) {
            return commaBeforeSubject(c, end);
        }
        return interruptedSubject(c) != null ? closingComma(c, end) : -1;
    }

    /**
     * Whether only a lead that a participle may open with stands between {@code from} and the
     * participle at {@code c}: nothing; up to two words such as "and", "in", "after" or adverbs; or
     * up to {@link #MAX_PARTICIPLE_LEAD} words of a preposition's phrase that ends with the preposition
     * governing the participle ("Despite", "Instead of", "In addition to", "After months of", "One
     * month after").
     */
    private boolean participleLead(int from, int c) {
        if (c - from > MAX_PARTICIPLE_LEAD) {
            return false;
        }
        boolean shortLead = c - from <= 2;
        boolean phrase = c > from;
        for (int k = from; k < c; k++) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (quotedTok[k]) {
                return false;
            }
            shortLead &= BEFORE_OPENING_PARTICIPLE.contains(w) || t.pos().startsWith("RB");
            phrase &= t.pos().startsWith("RB") || t.pos().equals("IN") || t.pos().equals("TO") || t.pos().equals("CC")
                    || t.pos().equals("CD") || t.pos().equals("DT") || SPAN_NOUNS.contains(w);
        }
        String last = c > from ? tokens.get(c - 1).pos() : "";
        return shortLead || phrase && (last.equals("IN") || last.equals("TO")) && !tokens.get(c - 1).is("that");
    }

    /**
     * The first token of a sentence after its dateline ("WASHINGTON —", "SAN JOSE, Calif. --"):
     * capitalised words, commas and full stops before a dash; {@code begin} when there is none.
     */
    private int afterDateline(int begin, int c) {
        for (int k = begin; k < c && k - begin <= MAX_DATELINE; k++) {
            Token t = tokens.get(k);
            if (quotedTok[k]) {
                return begin;
            }
            if (k > begin && (t.text().equals("—") || t.text().equals("--") || t.text().equals("―") || t.text().equals("–"))) {
                return k + 1;
            }
            if (!t.text().equals(",") && !t.text().equals(".") && !Character.isUpperCase(t.text().codePointAt(0))) {
                return begin;
            }
        }
        return begin;
    }

    /**
     * The next comma after {@code k} (outside a quotation, or inside the closing mark of one: “…,”)
     * before {@code end} and within reach of it, or -1 at a semicolon, colon or dash first.
     */
    private int closingComma(int k0, int end) {
        for (int k = k0 + 1; k < end && k < k0 + DocumentView.MAX_REACH; k++) {
            if (quotedTok[k]) {
                int q = doc.quoteOfToken[k];
                int last = q >= 0 ? doc.lastTok[q] : k;
                if (last - 1 > k && tokens.get(last - 1).text().equals(",") && last + 1 < end && !quotedTok[last + 1]) {
                    return last;
                }
                if (last + 1 < end && doc.clauses.subjectWithSpeechCue(last + 1, end)) {
                    return last; // "Conceding that a deal was likely “down the line” she warned": a comma left out
                }
                k = last;
                continue;
            }
            String t = tokens.get(k).text();
            if (t.equals(";") || t.equals(":") || t.equals("--") || t.equals("—")) {
                return -1;
            }
            if (t.equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The person a relative clause with a copula describes when {@code predicate} is what it says
     * they are ("Maria Lopez, who at the time was a member of the Alliance"): the named phrase before
     * ", who", or null. The predicate is no subject of the verb after it.
     */
    private Phrase copulaRelativeSubject(Phrase predicate, int lo) {
        int v = skipAdverbsBack(predicate.start() - 1, lo);
        if (v <= lo || quotedTok[v] || !tokens.get(v).lemma().equals("be") || !tokens.get(v).isFiniteVerb()) {
            return null;
        }
        int w = skipAdverbsBack(v - 1, lo);
        if (w - 2 > lo && tokens.get(w).is("time") && tokens.get(w - 1).is("the") && tokens.get(w - 2).is("at")) {
            w = skipAdverbsBack(w - 3, lo); // "who at the time was"
        }
        if (w - 2 < lo || quotedTok[w] || quotedTok[w - 1] || !tokens.get(w).is("who") || !tokens.get(w - 1).text().equals(",")) {
            return null;
        }
        Phrase named = phrases.endingAt(skipParenthesis(w - 2, lo), lo);
        return named != null && !named.pronoun() && named.kind() == SpeakerKind.PERSON && !objectOfPreposition(named, lo)
                ? named : null;
    }

    /** {@code from}, or the token after a connective between commas there ("…, though, Allen said"). */
    private int afterConnective(int from, int end) {
        if (from + 1 < end && !quotedTok[from] && ReportedClauses.CONNECTIVES.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))
                && tokens.get(from + 1).text().equals(",")) {
            return from + 2;
        }
        return from;
    }

    /**
     * The subject with its verb after the comma that closes the participle phrase at {@code c}, or
     * null: the first comma after which a phrase starts (“Citing A, B and C, the spokeswoman said”),
     * and that phrase with a verb after it.
     */
    private Phrase subjectAfterParticiple(int c, int end) {
        int comma = commaBeforeSubject(c, end);
        return comma < 0 ? null : subjectWithVerb(phrases.startingAt(afterConnective(comma + 1, end), end), end);
    }

    /**
     * The comma that closes the participle phrase at {@code c}: the first one, within reach, after
     * which a phrase starts, when a verb follows that phrase; -1 otherwise.
     */
    private int commaBeforeSubject(int c, int end) {
        for (int comma = closingComma(c, end); comma >= 0 && comma < c + DocumentView.MAX_REACH;
             comma = closingComma(comma, end)) {
            Phrase p = phrases.startingAt(afterConnective(comma + 1, end), end);
            if (p != null && listItem(p, end)) {
                continue; // "featuring an image of the mayor, money and a garage, Speaker … said": a list's items
            }
            if (p != null) {
                return subjectWithVerb(p, end) != null ? comma : -1;
            }
        }
        return -1;
    }

    /** Whether "and", "or" or a comma and another phrase follow {@code p}: an item of a list. */
    private boolean listItem(Phrase p, int end) {
        int k = p.end();
        if (k + 1 >= end || quotedTok[k]) {
            return false;
        }
        Token t = tokens.get(k);
        return t.is("and") || t.is("or") || t.text().equals(",") && !quotedTok[k + 1] && tokens.get(k + 1).is("and");
    }

    /**
     * {@code p} (with its apposition) when a verb follows it, after adverbs, a parenthesis or an
     * insertion between commas; else null.
     */
    private Phrase subjectWithVerb(Phrase p, int end) {
        if (p.end() >= end) {
            return null;
        }
        int v = verbAfterInsertion(skipParenthesisForward(p.end(), end), end); // "Maria Vance (Ward 4) said"
        if (v < end && !quotedTok[v] && (tokens.get(v).isVerb() || tokens.get(v).pos().equals("MD"))) {
            return p.pronoun() ? p : withApposition(p, end);
        }
        return null;
    }

    /**
     * The first token after adverbs at {@code k}, or after an apposition or relative clause between
     * commas that opens there ("Renwick, who ran the clinic, said", "her lawyer, Marta Ilves, argued").
     */
    private int verbAfterInsertion(int k, int end) {
        if (k + 1 >= end || quotedTok[k] || !tokens.get(k).text().equals(",")) {
            return skipAdverbs(k, end);
        }
        String w = tokens.get(k + 1).text().toLowerCase(Locale.ROOT);
        Phrase apposition = w.equals("who") || w.equals("which") ? null : phrases.startingAt(k + 1, end);
        if (apposition != null) {
            int after = apposition.end();
            return after + 1 < end && !quotedTok[after] && tokens.get(after).text().equals(",") ? skipAdverbs(after + 1, end) : end;
        }
        if (!w.equals("who") && !w.equals("which")) {
            return end; // "…, Theranos, has come under scrutiny": no insertion, a verb of its own
        }
        for (int m = k + 2; m < end && m <= k + DocumentView.MAX_REACH; m++) {
            if (quotedTok[m] || tokens.get(m).text().equals(";") || tokens.get(m).text().equals(":")) {
                return end;
            }
            if (tokens.get(m).text().equals(",")) {
                return skipAdverbs(m + 1, end);
            }
        }
        return end;
    }

    /** Words that may open a participle phrase set off by commas after its subject: "Okafor, after initially saying …, announced". */
    private static final Set<String> INTERRUPTING = Set.of("after", "before", "while", "when", "since", "despite",
            "without", "upon", "in", "by");

    /**
     * The subject of a sentence whose participle phrase at {@code c} stands between commas right
     * after it, before its verb: "Ms. Okafor, after initially saying she would not run, announced",
     * "Hartley, while apparently feeling the need …, called"; null otherwise. The subject opens the
     * sentence (a conjunction aside).
     */
    Phrase interruptedSubject(int c) {
        int s = doc.sentenceOf(c);
        int begin = doc.sentenceBegin(s);
        int end = doc.sentenceEnd(s);
        int k = skipAdverbsBack(c - 1, begin);
        if (k >= begin && !quotedTok[k] && INTERRUPTING.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k = skipAdverbsBack(k - 1, begin);
        }
        if (k - 1 < begin || quotedTok[k] || !tokens.get(k).text().equals(",")) {
            return null;
        }
        Phrase p = phrases.endingAt(k - 1, begin);
        int first = begin < end && tokens.get(begin).pos().equals("CC") ? begin + 1 : begin;
        if (p == null || p.start() != first || p.end() != k) {
            return null;
        }
        int comma = closingComma(c, end);
        int v = comma < 0 ? end : skipAdverbs(comma + 1, end);
        return v < end && !quotedTok[v] && tokens.get(v).isFiniteVerb() ? p : null;
    }

    /**
     * "He expressed support …, stating, “…”": the subject of the first finite verb of the main clause
     * before the cue; a subordinate clause that opens the sentence is passed over ("When I asked him
     * …, he looked at the camera and said"), and a clause after a dash or semicolon with a subject of
     * its own is the cue's ("For that she drew his ire - he called her “weak” and said …").
     */
    Phrase clauseSubject(int c, int lo) {
        for (int d = c - 1; d > lo; d--) {
            if (quotedTok[d]) {
                continue;
            }
            if (phrases.spacedDash(d) || tokens.get(d).text().equals(";")) {
                Phrase p = clauseSubjectFrom(c, d + 1);
                if (p != null && p.start() == d + 1) {
                    return p;
                }
                break;
            }
        }
        return clauseSubjectFrom(c, lo);
    }

    private Phrase clauseSubjectFrom(int c, int lo) {
        int start = mainClauseStart(c, lo);
        Phrase found = subjectOfFiniteVerb(c, lo, start, false);
        if (found == null) {
            found = subjectOfFiniteVerb(c, lo, start, true); // only a modal: "Clinton would do better to say"
        }
        if (found != null) {
            Phrase conjunct = coordinatedSubject(found.end(), c);
            return conjunct != null ? conjunct : found;
        }
        for (int k = start; k < c; k++) {
            if (!quotedTok[k] && tokens.get(k).pos().equals("VBN") && !phrases.sentenceInitialName(k)) {
                // "The prince called for Trump to drop out, calling him …": no finite verb, so a cue
                // read as a participle right after the phrase that opens the clause is its main verb
                if (doc.clauses.cueAt(k, c) == 0 && doc.cues.cueAt(k, c) == 0) {
                    return null;
                }
                Phrase p = left(k, lo);
                return p != null && opensClause(p, start) && p.end() == k && !phrases.relativePronoun(p) ? p : null;
            }
        }
        return null;
    }

    /**
     * The subject of the last clause joined by "and" or "but" between {@code from} and the cue at
     * {@code c}, with a name or pronoun of its own and a finite verb: "As the debate went on and
     * Hollis stood by his comment …, refusing to …" is Hollis's participle, not the debate's; null
     * when there is none.
     */
    private Phrase coordinatedSubject(int from, int c) {
        Phrase last = null;
        for (int k = from; k + 1 < c; k++) {
            Token t = tokens.get(k);
            if (quotedTok[k] || !(t.is("and") || t.is("but")) || quotedTok[k + 1]) {
                continue;
            }
            Phrase p = phrases.startingAt(k + 1, c);
            if (p == null || p.start() != k + 1 || p.kind() == SpeakerKind.DESCRIPTION || phrases.relativePronoun(p)
                    || coordinatedNoun(k, from)) {
                continue;
            }
            int v = skipAdverbs(p.end(), c);
            if (v < c && !quotedTok[v] && tokens.get(v).isFiniteVerb()) {
                last = p;
            }
        }
        return last;
    }

    /**
     * Whether the "and" at {@code and} joins two nouns of one subject ("that Trump and Lewandowski had
     * helped", "The top Republicans in the House and the Senate went"): the noun phrase before it,
     * with the phrases it is the object of a preposition in, opens a clause (after the sentence's
     * start, "that", a colon, a comma or a subordinator) no earlier than {@code lo}.
     */
    private boolean coordinatedNoun(int and, int lo) {
        int end = and - 1;
        for (int step = 0; step < 3 && end >= lo && !quotedTok[end]; step++) {
            Phrase x = phrases.endingAt(end, lo);
            if (x == null) {
                return false;
            }
            int before = x.start() - 1;
            if (before < lo || before < doc.sentenceBegin(doc.sentenceOf(and))) {
                return true;
            }
            Token b = tokens.get(before);
            if (quotedTok[before] || b.is("that") || b.text().equals(":") || b.text().equals(",")
                    || ReportedClauseRule.subordinator(b)) {
                return true;
            }
            if (!b.pos().equals("IN")) {
                return false;
            }
            end = before - 1; // "in the House of Representatives": the noun the phrase belongs to
        }
        return false;
    }

    /**
     * The subject of the first finite verb (a tensed verb; only a modal when {@code modal}) of the
     * clause from {@code start} before {@code c}, outside brackets, or null.
     */
    private Phrase subjectOfFiniteVerb(int c, int lo, int start, boolean modal) {
        for (int k = start; k < c; k++) {
            Token t = tokens.get(k);
            if (!quotedTok[k] && t.text().equals("(")) {
                int close = closingBracket(k, c);
                if (close < c) {
                    k = close; // "Politifact (which is not known as …) examined …": not the bracket's clause
                    continue;
                }
            }
            // also "De Blasio, speaking on the radio, called …": the tagger reads the verb after the comma as a participle
            boolean afterApposition = t.pos().equals("VBN") && k > lo && tokens.get(k - 1).text().equals(",");
            boolean finite = modal ? t.pos().equals("MD") : t.isFiniteVerb() && !t.pos().equals("MD");
            if (!quotedTok[k] && (finite || afterApposition && !modal)) {
                Phrase p = left(k, lo);
                if (afterApposition && (p == null || p.kind() == SpeakerKind.DESCRIPTION || p.pronoun() || p.end() >= k - 1
                        || !opensClause(p, start))) { // also "The challenger, Antoine Berthier, a pharmacist, conceded"
                    continue; // "The ferry, delayed by fog, …", "…, said Kassenova": no subject before an apposition
                }
                if (p != null && !(phrases.relativePronoun(p) && doc.nextComma(k + 1, c) < c)) {
                    // not "Clinton, who was speaking to the mayors, did not …, but told them": the
                    // relative clause closed before the cue, which is the main clause's
                    return p;
                }
            }
        }
        return null;
    }

    /** The ")" that closes the "(" at {@code open} before {@code c}, or {@code c}. */
    private int closingBracket(int open, int c) {
        int depth = 0;
        for (int k = open; k < c; k++) {
            if (quotedTok[k]) {
                continue;
            }
            String w = tokens.get(k).text();
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")") && --depth == 0) {
                return k;
            }
        }
        return c;
    }

    /** Whether phrase {@code p} opens the clause from {@code start}, or follows an opening phrase without a verb ("In December, the prince"). */
    private boolean opensClause(Phrase p, int start) {
        if (p.start() == start) {
            return true;
        }
        int comma = p.start() - 1;
        return comma > start && !quotedTok[comma] && tokens.get(comma).text().equals(",")
                && doc.nextComma(start, comma) == comma && noVerb(start, comma);
    }

    /** Tokens, marks included, that a title in quotation marks may have in the lead of an opening participle. */
    private static final int MAX_TITLE_IN_LEAD = 8;

    private boolean noVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).pos().startsWith("VB")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first token of the main clause before the cue at {@code c} when the sentence from {@code lo}
     * opens with a subordinate clause, also after an introductory phrase ("In June, after Clinton fell
     * ill, …"): after the last comma before the cue that a subject and its finite verb follow ("When
     * Mook, her manager was asked …, he laughed"), else after the comma that closes the opening
     * clause; after an opening participle phrase the same last comma ("Filling in at the event where
     * O'Malley spoke, West landed …"); {@code lo} when the sentence opens with neither.
     */
    private int mainClauseStart(int c, int lo) {
        int opener = lo;
        int open = ReportedClauseRule.openingClauseEnd(doc, opener, c);
        int intro = doc.nextComma(lo + 1, c);
        if (open < 0 && intro + 1 < c && doc.nextFiniteVerb(lo, intro) >= intro) {
            opener = intro + 1;
            open = ReportedClauseRule.openingClauseEnd(doc, opener, c);
        }
        boolean participle = open < 0 && openingParticiple(lo, c);
        if (participle) {
            open = lo; // "Filling in for Sanders at the event where O'Malley appeared, West landed …"
        } else if (open < 0 || !passedOver(opener, open)) {
            return lo;
        }
        for (int j = c - 1; j > open; j--) {
            if (quotedTok[j] || !tokens.get(j).text().equals(",")) {
                continue;
            }
            Phrase p = phrases.startingAt(j + 1, c);
            if (p != null && !phrases.relativePronoun(p)) {
                int v = skipAdverbs(p.end(), c);
                if (v < c && !quotedTok[v] && tokens.get(v).isFiniteVerb()) {
                    return j + 1;
                }
            }
        }
        return participle ? lo : open + 1;
    }

    /** Whether the sentence from {@code lo} opens with a participle, after a conjunction at most ("And speaking of …,"). */
    private boolean openingParticiple(int lo, int c) {
        int k = lo < c && !quotedTok[lo] && tokens.get(lo).pos().equals("CC") ? lo + 1 : lo;
        return k < c && !quotedTok[k] && tokens.get(k).pos().equals("VBG");
    }

    /** Subordinators that "even" opens a clause with: "Even as …", "even though …". */
    private static final Set<String> AFTER_EVEN = Set.of("as", "though", "if", "when", "after", "before", "while");

    /**
     * Whether the opening clause from its subordinator at {@code opener} to the comma {@code open} is
     * one to pass over: not "even" alone ("Even a top strategist said, …"), nor an attribution of its
     * own ("As Pollak observed, …").
     */
    private boolean passedOver(int opener, int open) {
        String w = tokens.get(opener).text().toLowerCase(Locale.ROOT);
        if (w.equals("even")) {
            return opener + 1 < open && AFTER_EVEN.contains(tokens.get(opener + 1).text().toLowerCase(Locale.ROOT));
        }
        if (w.equals("as")) {
            for (int m = Math.max(opener + 1, open - 3); m < open; m++) {
                if (!quotedTok[m] && tokens.get(m).isFiniteVerb() && doc.cues.cueAt(m, open) > 0) {
                    return false; // "As Pollak observed,": the clause ends with its cue
                }
            }
        }
        return true;
    }

    /** "said Dmitry Peskov, the Kremlin spokesman": take the apposition as the role. */
    Phrase withApposition(Phrase p, int hi) {
        int k = p.end();
        if (p.pronoun() || k + 1 >= hi || quotedTok[k] || !tokens.get(k).text().equals(",")) {
            return p;
        }
        Phrase apposition = phrases.startingAt(k + 1, hi);
        if (apposition == null) {
            return p;
        }
        int after = apposition.end();
        boolean closed = after >= hi || tokens.get(after).isPunctuation();
        return closed ? withRole(p, apposition) : p;
    }

    /**
     * A phrase and its apposition: "Dmitry Peskov, the Kremlin spokesman" keeps the name and takes
     * the description as role; "her son, Luis Dominguez" turns round, the name speaks.
     */
    Phrase withRole(Phrase head, Phrase apposition) {
        if (head.pronoun() || apposition.pronoun()
                || SpeakerNamer.TIME_HEADS.contains(tokens.get(apposition.mentionEnd() - 1).text().toLowerCase(Locale.ROOT))) {
            return head; // "The report, released Thursday, found": a day, not someone
        }
        if (isNumber(apposition)) {
            return head; // "Bell, 71, said": an age, not a role
        }
        if (head.kind() == SpeakerKind.PERSON && apposition.kind() != SpeakerKind.PERSON && !head.hasRole()) {
            return head.withRole(skipDeterminer(apposition.start(), apposition.end()), apposition.end());
        }
        if (head.kind() == SpeakerKind.DESCRIPTION && apposition.kind() == SpeakerKind.PERSON && !apposition.hasRole()) {
            return apposition.withRole(skipDeterminer(head.start(), head.end()), head.end());
        }
        if (head.kind() == SpeakerKind.DESCRIPTION && apposition.kind() == SpeakerKind.PERSON && !listGoesOn(apposition.end())) {
            return apposition; // "One of her former supporters, former Rep. Pat Schroeder, wrote": the person, with a role of her own
        }
        if (head.kind() == SpeakerKind.DESCRIPTION && apposition.kind() == SpeakerKind.ORGANIZATION && !apposition.hasRole()
                && head.mentionEnd() == apposition.start() - 1 && phrases.titledName(apposition.mentionStart(), apposition.mentionEnd())) {
            // "A university spokesperson, Morgan Tell, said": a person's title, so a person's name, whatever the tagger read
            return new Phrase(apposition.start(), apposition.end(), apposition.mentionStart(), apposition.mentionEnd(),
                    SpeakerKind.PERSON, false, skipDeterminer(head.start(), head.end()), head.end());
        }
        if (head.kind() == SpeakerKind.DESCRIPTION && apposition.kind() == SpeakerKind.ORGANIZATION
                && tokens.get(apposition.mentionStart()).ner().equals("ORGANIZATION")
                && tokens.get(apposition.mentionEnd() - 1).ner().equals("ORGANIZATION") && !listGoesOn(apposition.end())) {
            return apposition; // "The developer, Harbourline Properties, said": the organisation the description names
        }
        return head;
    }

    /** Whether a comma at token {@code k} goes on to another name: a list ("MSNBC, CNN and Fox News"), not an apposition's end. */
    private boolean listGoesOn(int k) {
        return k + 1 < tokens.size() && tokens.get(k).text().equals(",") && tokens.get(k + 1).isProperNoun();
    }

    int skipDeterminer(int from, int to) {
        return from + 1 < to && tokens.get(from).pos().equals("DT") ? from + 1 : from;
    }

    boolean isNumber(Phrase p) {
        for (int i = p.mentionStart(); i < p.mentionEnd(); i++) {
            if (!tokens.get(i).pos().equals("CD")) {
                return false;
            }
        }
        return true;
    }

}
