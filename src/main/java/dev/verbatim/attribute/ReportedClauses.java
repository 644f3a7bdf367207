package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;
import dev.verbatim.detect.QuotedSpan;
import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the reported-speech rules share: where a reporting cue is, where the content after a cue
 * starts ("said on Tuesday that …", "told reporters that …", "vowed to …") and where it ends (before
 * "…, officials said", "…, adding that …", "… and added that …", a semicolon or the sentence's end),
 * from part-of-speech tags alone. Work is bounded by the sentence (at most
 * {@link #MAX_SENTENCE} tokens are looked at) and linear in it.
 */
final class ReportedClauses {

    /** Sentences longer than this many tokens are not searched for reported speech (not prose). */
    static final int MAX_SENTENCE = 160;
    /** How far after a cue its "that" may stand ("said in a statement on Tuesday that"). */
    private static final int MAX_LEAD = 12;

    /**
     * After a comma, words that open a clause whose own subject and cue make it a second
     * attribution, ending the first one's content; {@link #SECOND_CLAUSE_WITHOUT_COMMA} do so
     * without the comma too.
     */
    private static final Set<String> SECOND_CLAUSE = Set.of("while", "whereas", "although", "though", "but", "when",
            "and", "which", "who", "whom");
    private static final Set<String> SECOND_CLAUSE_WITHOUT_COMMA = Set.of("but", "when");
    /**
     * Connectives set off by commas between a cue and its content ("cautioned, however, that …") or
     * between a quotation and its speaker ("…, though, Allen said").
     */
    static final Set<String> CONNECTIVES = Set.of("however", "though", "nonetheless", "nevertheless", "again", "too", "then");
    /**
     * Words that open a subordinate clause which, with a subject and a cue verb of speech ("said",
     * "accused", not "thought" or "showed"), is an attribution of its own even without a comma.
     */
    private static final Set<String> SUBORDINATE_SPEECH = Set.of("after", "before", "because", "since", "while",
            "although", "though", "whereas", "until", "once");
    private static final Set<String> WH = Set.of("whether", "if", "how", "what", "why", "when", "where", "who",
            "which");
    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "week", "weekend", "month", "year",
            "morning", "afternoon", "evening", "night", "earlier", "later", "last", "this", "next", "late", "early");
    private static final Set<String> LEAD_PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "over",
            "via", "to", "from", "with", "through", "by", "for", "outside", "inside", "ahead", "of", "into");
    /** Prepositions of place, time and medium that stand between a cue and its content, never content themselves. */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before",
            "via", "through", "outside", "inside", "from", "within", "amid", "throughout", "until");
    /** Verbs that attribute only with their particle or preposition: "pointed out", "called for". */
    private static final Set<String> NEEDS_PARTICLE = Set.of("point", "refer", "talk", "speak");

    private final DocumentView doc;
    private final List<Token> tokens;
    private final boolean[] quoted;
    private final ReportingVerbs verbs;

    /** Whether a lower-case noun may name the one a cue addresses ({@link Lexicons#addressee}). */
    private final Predicate<String> addressee;

    ReportedClauses(DocumentView doc, ReportingVerbs verbs, Predicate<String> addressee) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.quoted = doc.quotedTok;
        this.verbs = verbs;
        this.addressee = addressee;
    }

    ReportingVerbs verbs() {
        return verbs;
    }

    /**
     * Length in tokens of the reporting cue at token {@code k}, or 0: a reporting verb outside
     * quotation marks ("said", "has vowed"), with the particle some need ("pointed out", "called
     * for", "talked about"); not an adjective ("the so-called", "a written statement", "all told").
     */
    int cueAt(int k, int hi) {
        if (k >= hi || quoted[k]) {
            return 0;
        }
        Token t = tokens.get(k);
        if (doc.cues.particleCue(k, hi)) {
            return 2; // "shot back", "chimed in"
        }
        if (t.isVerb() && t.lemma().equals("make")) {
            return madeClear(k, hi); // "made clear that", "has made it clear that"
        }
        if (doc.cues.surnameBeforeCue(k, hi)) {
            return 0; // "“…,” Tell said": a surname
        }
        if (!(t.isVerb() || t.pos().equals("NN") && t.text().endsWith("ed")) || !verbs.isVerb(t.lemma())) {
            return 0;
        }
        String prev = k > 0 ? tokens.get(k - 1).text().toLowerCase(Locale.ROOT) : "";
        if ((t.pos().equals("VBN") || t.pos().startsWith("JJ") || t.pos().equals("NN")
                || t.pos().equals("VBG") && k + 1 < hi && !quoted[k + 1] && tokens.get(k + 1).isNoun() && !prev.equals("those"))
                && k > 0 && (tokens.get(k - 1).pos().equals("DT") || tokens.get(k - 1).pos().equals("PRP$"))) {
            return 0; // "a written statement", "his stated aim", "the deciding vote"
        }
        if (t.text().toLowerCase(Locale.ROOT).startsWith("so-") || prev.equals("so") || prev.equals("-")
                || prev.equals("all") && t.lemma().equals("tell") || prev.equals("as") && t.pos().equals("VBN")
                || prev.equals("than")) {
            return 0; // "so-called", "all told", "as expected", "than expected"
        }
        String next = k + 1 < hi ? tokens.get(k + 1).text().toLowerCase(Locale.ROOT) : "";
        String lemma = t.lemma();
        if (t.pos().equals("VBN") && k + 1 < hi && tokens.get(k + 1).isNoun() && k > 0
                && !tokens.get(k - 1).isNoun() && !tokens.get(k - 1).isPronoun() && !auxiliary(tokens.get(k - 1))) {
            return 0; // "pledged delegates", "the announced plan": a participle before its noun
        }
        if (NEEDS_PARTICLE.contains(lemma)) {
            boolean particle = switch (lemma) {
                case "point" -> next.equals("out") || next.equals("to");
                case "refer" -> next.equals("to");
                default -> next.equals("about") || next.equals("of") || next.equals("out");
            };
            return particle ? 2 : 0;
        }
        if (lemma.equals("call") && (next.equals("for") || next.equals("on"))) {
            return 2;
        }
        if (lemma.equals("call") && (next.equals("up") || next.equals("off"))) {
            return 0; // "was called up from the minors", "called off the strike": no telling
        }
        if (lemma.equals("vote")) {
            return next.equals("to") || next.equals("for") || next.equals("against") ? 1 : 0;
        }
        if (lemma.equals("relate") && next.equals("to")) {
            return 0; // "related to them", "relates to the budget": no telling
        }
        return 1;
    }

    private static boolean auxiliary(Token t) {
        String lemma = t.lemma();
        return lemma.equals("have") || lemma.equals("be") || lemma.equals("get") || t.pos().startsWith("RB");
    }

    /** Length of "made clear" (2) or "made it clear" (3) at {@code k}, or 0. */
    private int madeClear(int k, int hi) {
        if (k + 1 < hi && !quoted[k + 1] && tokens.get(k + 1).is("clear")) {
            return 2;
        }
        return k + 2 < hi && !quoted[k + 2] && tokens.get(k + 1).is("it") && tokens.get(k + 2).is("clear") ? 3 : 0;
    }

    /** {@link #cueAt} for a finite verb only ("said", "says", "say"), not a participle or infinitive. */
    int finiteCueAt(int k, int hi) {
        int len = cueAt(k, hi);
        if (len == 0) {
            return 0;
        }
        String pos = tokens.get(k).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") ? len : 0;
    }

    /** Whether token {@code k} is an adverb or a time word that may stand between a cue and its content. */
    private boolean adverbial(int k) {
        Token t = tokens.get(k);
        return t.pos().startsWith("RB") || TIME_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** Most words of a phrase set off by commas between a cue and its "that". */
    private static final int MAX_INTERRUPTER = 12;

    /**
     * The "that" after a phrase set off by commas that opens at the comma at token {@code k}
     * ("said, in an interview on Tuesday, that …", "suggested, without saying so directly, that …",
     * "argued, as she had before, that …"): at most {@link #MAX_INTERRUPTER} words, no quotation and
     * no "that" among them; {@code k} when there is none.
     */
    private int afterInterrupter(int k, int end) {
        if (k + 2 >= end || quoted[k] || !tokens.get(k).text().equals(",")) {
            return k;
        }
        for (int j = k + 1; j < end && j <= k + MAX_INTERRUPTER + 1; j++) {
            Token t = tokens.get(j);
            if (quoted[j] || t.is("that")) {
                return k;
            }
            if (t.text().equals(",")) {
                return j > k + 1 && j + 1 < end && !quoted[j + 1] && tokens.get(j + 1).is("that") ? j + 1 : k;
            }
        }
        return k;
    }

    /**
     * The first token of the content after the cue of {@code len} tokens at {@code c}, or -1 when
     * the cue has no content after it in its sentence (which ends at {@code end}): over adverbs,
     * the person addressed ("told reporters"), and place and time phrases before a "that" ("said in
     * a statement on Tuesday that").
     */
    int complementStart(int c, int len, int end) {
        int k = c + len;
        if (k + 3 < end && !quoted[k] && !quoted[k + 1] && !quoted[k + 2] && tokens.get(k).text().equals(",")
                && tokens.get(k + 2).text().equals(",") && CONNECTIVES.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))
                && !quoted[k + 3] && tokens.get(k + 3).is("that")) {
            k += 3; // "She cautioned, however, that …"
        } else {
            k = afterInterrupter(k, end); // "Ryan said, in an interview on Tuesday, that …"
        }
        while (k < end && !quoted[k] && adverbial(k)) {
            k++;
        }
        if (k >= end) {
            return -1;
        }
        k = afterRecipient(c, k, end);
        // over a place, time or medium ("said in a statement on Tuesday that …", "said in an interview the plan …")
        int j = k;
        while (j < end && j < k + MAX_LEAD) {
            if (quoted[j]) {
                int q = doc.quoteOfToken[j];
                int after = q >= 0 ? doc.lastTok[q] + 1 : end;
                if (j > k && after < end && !quoted[after] && tokens.get(after).is("that")) {
                    j = after; // "said on ABC's “This Week” that …": the programme's name is part of the adjunct
                    continue;
                }
                break;
            }
            Token t = tokens.get(j);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (ADJUNCT_PREPOSITIONS.contains(w) || w.equals("to") && j > k && toBeforeThat(j, end)) {
                Phrase object = doc.phrases.startingAt(j + 1, end);
                if (object == null) {
                    break;
                }
                j = object.end();
            } else if (adverbial(j) || w.equals(",") && j > k) {
                j++;
            } else if ((w.equals("that") || w.equals("this") || w.equals("last") || w.equals("next")) && j + 2 < end && !quoted[j + 1]
                    && SpeakerNamer.TIME_HEADS.contains(tokens.get(j + 1).text().toLowerCase(Locale.ROOT))
                    && !quoted[j + 2] && (tokens.get(j + 2).is("that") || tokens.get(j + 2).pos().equals("IN")
                    || tokens.get(j + 2).text().equals(","))) { // not "said that day was the worst of his life"
                j += 2; // "had written on Facebook that morning that …": a time, not the complement
            } else {
                break;
            }
        }
        if (j >= end) {
            return -1; // "said on Tuesday.": nothing but adjuncts
        }
        if (j > k + 1 && !quoted[j - 1] && tokens.get(j - 1).pos().equals("VBN") && cueAt(j - 1, end) == 0) {
            j--; // the adjunct's noun phrase took in its participle ("the divide highlighted by …")
        }
        if (j > k && !quoted[j] && tokens.get(j).pos().equals("VBN") && cueAt(j, end) == 0) {
            // the adjunct's noun goes on with a participle: "said in a statement released Tuesday that …"
            // has its content at "that"; "commenting on the damage highlighted by the floods, …" has none
            j = thatAfterParticiple(j, end);
            if (j < 0) {
                return -1;
            }
        }
        Token t = tokens.get(j);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (!quoted[j] && w.equals("that") && (t.pos().equals("IN") || t.pos().equals("WDT") || t.pos().equals("DT"))) {
            return j;
        }
        if (!quoted[j] && (w.equals(",") || w.equals(":") || w.equals("-") || w.equals("—") || w.equals("--"))) {
            return -1; // "said in a statement: “…”" belongs to the quote rules
        }
        if (j > k && !quoted[j - 1] && tokens.get(j - 1).text().equals(",") && ReportedClauseRule.subordinator(t)) {
            return -1; // "…, the company said on Tuesday, as growth slowed": the comma closed the attribution
        }
        if (quoted[j]) {
            return j; // the content is the quote (a direct quote after all)
        }
        if (t.pos().equals("VBG") && cueAt(j, end) > 0) {
            return -1; // "thanked supporters on Instagram, writing: …": the next cue's
        }
        if (colonBeforeQuote(j, end)) {
            return -1; // "tweeted late on Wednesday: “…”"
        }
        if (t.isPunctuation() || t.pos().equals("CC")) {
            return -1;
        }
        if (w.equals("to") && j + 1 < end && !tokens.get(j + 1).isVerb()
                && !(quoted[j + 1] && j + 2 < end && tokens.get(j + 2).pos().equals("VB"))) {
            return -1; // "spoke to reporters", not "vowed to fight" nor "vowed to “fight …”"
        }
        if (onlyAdjuncts(j, contentEnd(j, end))) {
            return -1;
        }
        if (j > k && tokens.get(c).pos().equals("VBG") && tokens.get(j - 1).text().equals(",") && subjectWithCue(j, end)) {
            return -1; // "while commenting on the divide, Governor Fallin said …": the main clause, with a cue of its own
        }
        return j;
    }

    /**
     * The first token after the person the cue at {@code c} addresses, when that person starts at
     * {@code k} ("told reporters", "told Chris Wallace of Fox News"), else {@code k}.
     */
    int afterRecipient(int c, int k, int end) {
        if (k >= end || !verbs.takesRecipient(tokens.get(c).lemma())) {
            return k;
        }
        if (quoted[k]) {
            return programmeAddressed(k, end); // "told “Good Morning America” on Monday the interview was …"
        }
        if (isComplementizer(k)) {
            return k;
        }
        if (objectPronoun(k) && k + 1 < end) {
            return k + 1; // "told him the building was worth …", "told her that …"
        }
        Phrase addressed = doc.phrases.startingAt(k, end);
        if (addressed == null || addressed.end() >= end) {
            return k;
        }
        int after = addressed.end();
        if (quoted[after] && (tokens.get(after - 1).is("’s") || tokens.get(after - 1).is("'s"))) {
            return programmeAddressed(after, end); // "told ABC’s “Good Morning America” that …"
        }
        Phrase affiliation = !quoted[after] && tokens.get(after).is("of") ? doc.phrases.startingAt(after + 1, end) : null;
        int rest = affiliation != null && affiliation.end() < end ? affiliation.end() : after;
        // something said must follow the one addressed: "promised emergency payments of $1,250 for each evacuee" is
        // what was promised, "told a joke" what was told
        return saysSomething(rest, end) || someone(addressed) ? rest : k;
    }

    /** Whether phrase {@code p} is a pronoun, a name, or a description headed by a proper noun or a noun for an addressee. */
    private boolean someone(Phrase p) {
        Token head = tokens.get(doc.phrases.firstHead(p));
        return p.pronoun() || p.kind() != SpeakerKind.DESCRIPTION || PhraseFinder.proper(head)
                || addressee.test(head.text().toLowerCase(Locale.ROOT));
    }

    /** Whether tokens {@code [from, to)} hold a quotation, "that", "to", a modal or a finite verb: a complement, not only adjuncts. */
    private boolean saysSomething(int from, int to) {
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (quoted[j] || t.is("that") || t.is("to") || t.pos().equals("MD") || t.isFiniteVerb()
                    || t.text().equals(":") || t.pos().startsWith("W")) {
                return true;
            }
        }
        return false;
    }

    /** Most words of a programme's name in quotation marks read as the person addressed. */
    private static final int MAX_PROGRAMME_WORDS = 6;

    /**
     * The first token after a programme's name in quotation marks that opens at {@code k} right after
     * a cue that takes a recipient ("told “Meet the Press” the race was over"), when the name is short
     * and in title case, closes without a comma or full stop inside its marks and is followed by more
     * of the sentence; else {@code k} (the quotation is the content).
     */
    private int programmeAddressed(int k, int end) {
        int q = doc.quoteOfToken[k];
        if (q < 0 || doc.firstTok[q] != k) {
            return k;
        }
        int after = doc.lastTok[q] + 1;
        QuotedSpan s = doc.quotes.get(q);
        String inner = s.pieces().get(0).textOf(doc.text).strip();
        if (after >= end || quoted[after] || tokens.get(after).isPunctuation() || s.pieces().size() > 1
                || doc.wordCount(s) > MAX_PROGRAMME_WORDS || inner.isEmpty() || ",.!?;:".indexOf(inner.charAt(inner.length() - 1)) >= 0
                || !TitleOrNicknameRule.titleCase(inner)) {
            return k;
        }
        return after;
    }

    /**
     * Whether token {@code k} is a personal pronoun in the object case: "him", "them", "us", "me",
     * "you", or "her" when it does not own the noun after it ("her story").
     */
    private boolean objectPronoun(int k) {
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (w.equals("her")) {
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            return next == null || !(next.pos().startsWith("NN") || next.pos().startsWith("JJ")) || quoted[k + 1];
        }
        return w.equals("him") || w.equals("them") || w.equals("us") || w.equals("me") || w.equals("you");
    }

    /** Whether "to" at {@code to} and its object come right before "that": "wrote in a note to clients that …". */
    private boolean toBeforeThat(int to, int end) {
        Phrase object = doc.phrases.startingAt(to + 1, end);
        return object != null && object.end() < end && !quoted[object.end()] && tokens.get(object.end()).is("that");
    }

    /** The "that" a few words after the participle at {@code from}, before any punctuation or finite verb, or -1. */
    private int thatAfterParticiple(int from, int end) {
        for (int k = from + 1; k < end && k < from + MAX_LEAD && !quoted[k]; k++) {
            Token t = tokens.get(k);
            if (t.is("that")) {
                return k;
            }
            if (t.isPunctuation() || t.isFiniteVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a colon and a quotation follow {@code from} with no verb between: the quote is the content. */
    private boolean colonBeforeQuote(int from, int end) {
        boolean relative = false;
        boolean subject = false;
        for (int k = from; k < end && k < from + 2 * MAX_LEAD && !quoted[k]; k++) {
            Token t = tokens.get(k);
            if (k > from && (t.pos().equals("WRB") || t.pos().equals("WDT") || t.pos().equals("WP"))) {
                relative = true; // "tweeted a photo of the lot where the stadium would go: “…”": its verbs are the noun's
            } else if (relative && (t.pos().equals("PRP") || t.isProperNoun())) {
                subject = true;
            }
            if (!relative && k >= from + MAX_LEAD) {
                return false;
            }
            if ((t.isVerb() || t.pos().equals("MD")) && (!relative || subject && cueAt(k, end) > 0)) {
                return false; // not "a sound bite for which she later apologized: “…”", whose subject's cue it is
            }
            if (t.text().equals(":")) {
                return k + 1 < end && quoted[k + 1];
            }
        }
        return false;
    }

    private boolean isComplementizer(int k) {
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        return w.equals("that") || w.equals("to") || WH.contains(w) || tokens.get(k).isPunctuation();
    }

    /**
     * The end (exclusive) of content that starts at {@code from} in a sentence ending at {@code end}:
     * before a semicolon, a closing bracket it did not open, a relative clause with a name and a cue
     * of its own ("a way Comey slammed as …"), a trailing attribution ("…, officials said", "…, said Smith", "…, according
     * to", "…, adding that …") or a coordinated cue ("… and added that …"), and never inside a
     * quotation that goes on past it.
     */
    int contentEnd(int from, int end) {
        int k = from;
        int brackets = 0;
        for (; k < end; k++) {
            if (quoted[k]) {
                continue;
            }
            String text = tokens.get(k).text();
            if (text.equals("(") || text.equals("-LRB-")) {
                brackets++;
            } else if ((text.equals(")") || text.equals("-RRB-")) && brackets-- == 0) {
                break; // "Politifact (which is not known as Republican-leaning) examined …": the bracket ends it
            }
            if (k > from && quoted[k - 1] && TrailingCue.commaInside(doc, k - 1) && attributionStartsAfterComma(k, end)) {
                break; // "… fundraising: “There’s a ton of it,” he said": the quotation is the next cue's
            }
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals(";")) {
                break;
            }
            if (k > from && w.equals(":") && k + 1 < end && quoted[k + 1] && quotationWithItsOwnCue(k + 1, end)) {
                break; // "… too busy to look: “Good luck with the story,” he wrote.": the quotation is the writing's
            }
            if (k > from && w.equals(":") && personWithSpeechCue(k + 1, end)) {
                break; // "… endorsed the plan sounded equivocal: Former Rep. Jane Harman called it …": her own report
            }
            if (k > from && commaOrDash(t) && attributionStartsAfterComma(k + 1, end) && !coordinatedPredicate(from, k + 1, end)) {
                break;
            }
            if (k > from && t.pos().equals("CC") && (w.equals("and") || w.equals("but")) && coordinatedCue(k + 1, end)) {
                break;
            }
            if (k > from && t.pos().equals("CC") && w.equals("and") && !nounPhraseOnly(from, k)
                    && namedSubjectWithCue(k + 1, end)) {
                break; // "Cruz accuses Obama of … and Donald Trump says he's “losing …”": Trump's own report
            }
            if (k > from && t.pos().equals("CC") && quoted[k - 1] && subjectWithSpeechCue(k + 1, end)) {
                break; // "21 percent said “not too likely” and 14 percent said “…”": a quotation closes the first
            }
            if (k > from && quoted[k - 1] && !TrailingCue.commaInside(doc, k - 1) && subjectWithSpeechCue(k, end)) {
                break; // "Conceding that a deal was likely “down the line” she warned: “…”": a comma left out
            }
            // "…, to which O'Malley interjected": a relative after a preposition and a comma
            boolean prepositionFirst = (w.equals("which") || w.equals("whom")) && k - 1 > from && !quoted[k - 1]
                    && (tokens.get(k - 1).pos().equals("IN") || tokens.get(k - 1).pos().equals("TO")) && commaOrDash(tokens.get(k - 2));
            boolean comma = k > from && (commaOrDash(tokens.get(k - 1)) || quoted[k - 1] && TrailingCue.commaInside(doc, k - 1)
                    || prepositionFirst);
            if (k > from && (comma ? SECOND_CLAUSE : SECOND_CLAUSE_WITHOUT_COMMA).contains(w)
                    && subjectWithCue(k + 1, end)) {
                // "Rubio suggested that …, while Cruz said that …", "…, and Trump vowed to …",
                // "… accreditation bodies, which he called “a cartel”": a second attribution of its own
                if (prepositionFirst) {
                    k--;
                }
                break;
            }
            if (k > from && comma && (w.equals("who") || w.equals("which")) && speechCueAt(skipAuxiliaries(k + 1, end), end)) {
                break; // "praised Ortiz, who has vowed to “fight …”": the relative clause's own attribution
            }
            if (k > from && SUBORDINATE_SPEECH.contains(w) && wordsBefore(from, k) && subjectWithSpeechCue(k + 1, end)) {
                break; // "… hours after Sanders said he was “encouraged”": what Sanders said is his
            }
            if (k > from && !quoted[k - 1] && tokens.get(k - 1).pos().startsWith("NN") && !tokens.get(k - 1).isProperNoun()
                    && t.isProperNoun() && namedSubjectWithCue(k, end) && subjectWithSpeechCue(k, end)) {
                break; // "… in a way FBI Director James Comey slammed as “extremely careless”": a relative clause's own
            }
        }
        return k;
    }

    /**
     * Whether a second attribution opens at {@code k} with a word of {@link #SECOND_CLAUSE}, a
     * subject and a finite cue verb of speech: "(…, she says,) although she admits that …"; not
     * "(…, Anthony says,) and she felt free to …", which goes on with the content.
     */
    boolean secondAttributionAt(int k, int end) {
        return k < end && !quoted[k] && SECOND_CLAUSE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                && subjectWithSpeechCue(k + 1, end);
    }

    /**
     * Whether a subject of its own and a finite cue start at {@code k}: "(while) Cruz said", "(but)
     * the mayor insisted".
     */
    private boolean subjectWithCue(int k, int end) {
        return finiteCueAfterSubject(k, end) >= 0;
    }

    /** The finite cue after a subject of its own that starts at {@code k}, or -1. */
    private int finiteCueAfterSubject(int k, int end) {
        Phrase subject = k < end && !quoted[k] ? doc.phrases.startingAt(k, end) : null;
        if (subject == null) {
            return -1;
        }
        int j = skipAuxiliaries(skipRegion(subject.end(), end), end);
        if (j >= end) {
            return -1;
        }
        String pos = tokens.get(j).pos();
        boolean modal = j > subject.end() && tokens.get(j - 1).pos().equals("MD"); // "NBC News will accuse"
        return cueAt(j, end) > 0 && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || modal && pos.equals("VB"))
                ? j : -1;
    }

    /**
     * The token after the region of a place that ends a subject at {@code k} ("a man in Duluth,
     * Minnesota, told"): the comma at {@code k}, the region ({@link SourceFinder#placeAfterPlace}) and
     * its closing comma; else {@code k}.
     */
    private int skipRegion(int k, int end) {
        if (k < 1 || k >= end || quoted[k] || !tokens.get(k).text().equals(",")) { // a subject may end the document
            return k;
        }
        int close = doc.nextComma(k + 1, Math.min(end, k + 5));
        return close < Math.min(end, k + 5) && doc.sources.placeAfterPlace(k, close) ? close + 1 : k;
    }

    /**
     * Whether the content {@code [from, k)} has a word besides "that": not "She went on to say that,
     * because Comey testified …", where the clause opens the content.
     */
    private boolean wordsBefore(int from, int k) {
        for (int j = from; j < k; j++) {
            if (!tokens.get(j).isPunctuation() && !tokens.get(j).is("that")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue verb of speech, finite or a participle after an auxiliary, stands at {@code k}: "(who has) vowed". */
    private boolean speechCueAt(int k, int end) {
        return k < end && !quoted[k] && tokens.get(k).pos().startsWith("VB") && !tokens.get(k).pos().equals("VBG")
                && cueAt(k, end) > 0 && doc.cues.lexicon().isCueVerb(tokens.get(k).lemma());
    }

    /** Whether a subject of its own and a finite cue verb of speech start at {@code k}: "(after) Sanders said". */
    boolean subjectWithSpeechCue(int k, int end) {
        int j = finiteCueAfterSubject(k, end);
        return j >= 0 && doc.cues.lexicon().isCueVerb(tokens.get(j).lemma());
    }

    /** Whether a person, named or a pronoun, and a finite verb of speech start at {@code k}: "Jane Harman called", "he said". */
    private boolean personWithSpeechCue(int k, int end) {
        Phrase subject = k < end && !quoted[k] ? doc.phrases.startingAt(k, end) : null;
        return subject != null && subject.kind() == SpeakerKind.PERSON && subjectWithSpeechCue(k, end);
    }

    /**
     * Whether token {@code k} is a comma, or a dash (see {@link #commaOrDash}) that opens an
     * interruption rather than closes one: an even number of such dashes before it in the sentence
     * that begins at token {@code begin}. "the tragedy — often labeled …" opens; in "Democrats --
     * including Clinton -- quickly accused" the second dash closes, and the verb after it is the clause's.
     */
    static boolean openingCommaOrDash(DocumentView doc, int k, int begin) {
        Token t = doc.token(k);
        if (doc.quotedTok[k] || !commaOrDash(t)) {
            return false;
        }
        if (t.text().equals(",")) {
            return true;
        }
        int dashes = 0;
        for (int j = Math.max(begin, k - DocumentView.MAX_REACH); j < k; j++) {
            if (!doc.quotedTok[j] && commaOrDash(doc.token(j)) && !doc.token(j).text().equals(",")) {
                dashes++;
            }
        }
        return dashes % 2 == 0;
    }

    /** A comma, or a dash that stands for one ("—", "--", "–", or "-" tagged as punctuation). */
    static boolean commaOrDash(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals("—") || w.equals("--") || w.equals("–") || w.equals("-") && t.pos().equals(":");
    }

    /** Whether tokens {@code [from, to)} are one noun phrase ("the mayor" in "said the mayor and Reyes told …"). */
    private boolean nounPhraseOnly(int from, int to) {
        for (int j = from; j < to; j++) {
            String pos = tokens.get(j).pos();
            if (!pos.startsWith("NN") && !pos.equals("DT") && !pos.startsWith("JJ") && !pos.equals("POS")
                    && !pos.equals("PRP$") && !pos.equals("CD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name of its own and a finite cue, or a cue participle, start at {@code k}: "(and)
     * Donald Trump says", "(and) Trump calling it", not
     * "(and) the council agreed", which may be one more subject of the content.
     */
    private boolean namedSubjectWithCue(int k, int end) {
        Phrase subject = k < end && !quoted[k] ? doc.phrases.startingAt(k, end) : null;
        if (subject == null || !tokens.get(k).pos().startsWith("NNP")
                || subject.kind() != SpeakerKind.PERSON && subject.kind() != SpeakerKind.ORGANIZATION) {
            return false;
        }
        int j = doc.sources.skipAdverbs(subject.end(), end);
        // also an absolute phrase: "… and Trump calling it a “great meeting”"
        return subjectWithCue(k, end) || j < end && tokens.get(j).pos().equals("VBG") && cueAt(j, end) > 0;
    }

    /** Whether the quotation starting at token {@code open} is followed by a cue of its own ("…,” he wrote"). */
    private boolean quotationWithItsOwnCue(int open, int end) {
        int q = doc.quoteOfToken[open];
        if (q < 0) {
            return false;
        }
        int after = doc.lastTok[q] + 1;
        if (after < end && !quoted[after] && tokens.get(after).text().equals(",")) {
            after++;
        }
        return after < end && (TrailingCue.commaInside(doc, doc.lastTok[q]) || after > doc.lastTok[q] + 1)
                && attributionStartsAfterComma(after, end);
    }

    /**
     * Whether a cue in the infinitive follows within a few words from {@code k}, before any
     * punctuation: "(taking) to Twitter to call", "(going) on air to deny".
     */
    private boolean infinitiveCueAfter(int k, int end) {
        for (int j = k; j + 1 < end && j < k + 5 && !quoted[j] && !tokens.get(j).isPunctuation(); j++) {
            if (tokens.get(j).pos().equals("TO") && tokens.get(j + 1).pos().equals("VB") && cueAt(j + 1, end) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether an attribution of its own starts at {@code k}, right after a comma. */
    boolean attributionStartsAfterComma(int k, int end) {
        if (k >= end || quoted[k]) {
            return false;
        }
        if (doc.cues.lexicon().phraseAt(tokens, k, end) > 0) {
            return true; // ", according to …"
        }
        if (secondAttributionAt(k, end)) {
            return true; // ", although she admits that …"
        }
        int len = cueAt(k, end);
        if (len > 0) {
            String pos = tokens.get(k).pos();
            return pos.equals("VBG") || pos.equals("VBD") || pos.equals("VBZ"); // ", adding that", ", said Smith"
        }
        if (tokens.get(k).is("with")) {
            // ", with Lewandowski calling Fields “delusional”": an absolute phrase with a cue of its own
            Phrase subject = doc.phrases.startingAt(k + 1, end);
            if (subject == null || subject.kind() == SpeakerKind.DESCRIPTION || tokens.get(k + 1).pos().equals("CD")) {
                return false; // not "…, with 40 percent supporting him": the poll's own figures
            }
            int j = doc.sources.skipAdverbs(subject.end(), end);
            return j < end && tokens.get(j).pos().equals("VBG") && (cueAt(j, end) > 0 || infinitiveCueAfter(j + 1, end));
        }
        // ", officials said" / ", the minister told reporters" / ", he added"
        Phrase subject = doc.phrases.startingAt(k, end);
        if (subject == null) {
            return false;
        }
        if (finiteCueAfter(subject, end)) {
            return true;
        }
        if (subject.kind() != SpeakerKind.DESCRIPTION && !subject.pronoun()) {
            // "… hope about the treaty – Chancellor Schmidt saying he was …": an absolute phrase with a cue of its own
            int j = doc.sources.skipAdverbs(subject.end(), end);
            if (j < end && !quoted[j] && tokens.get(j).pos().equals("VBG") && cueAt(j, end) > 0) {
                return true;
            }
        }
        // ", a charge (that) his campaign calls “misleading”": a noun phrase in apposition with a
        // relative clause that has a subject and a cue of its own
        if (!APPOSITION_OPENERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return false; // not "a functioning, legal system that Republicans want", "Aug. 8, 2015, affidavit that she said"
        }
        int r = subject.end();
        if (r < end && !quoted[r] && (tokens.get(r).is("that") || tokens.get(r).is("which"))) {
            r++;
        }
        Phrase relativeSubject = doc.phrases.startingAt(r, end);
        return relativeSubject != null && relativeSubject.start() == r && finiteCueAfter(relativeSubject, end);
    }

    /** Words that open a noun phrase in apposition to a whole clause: ", a charge his campaign denies", ", something she has asked". */
    static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "another", "one", "something");

    /** Whether a finite cue follows {@code subject} (after a bracket, adverbs and auxiliaries), before {@code end}. */
    private boolean finiteCueAfter(Phrase subject, int end) {
        int j = doc.sources.skipParenthesisForward(subject.end(), end); // ", Rep. Dana Whitfield (D-Portland) said"
        while (j < end && !quoted[j] && (tokens.get(j).pos().startsWith("RB") || tokens.get(j).pos().equals("MD")
                || tokens.get(j).lemma().equals("have") || tokens.get(j).lemma().equals("be"))) {
            j++;
        }
        if (j >= end || quoted[j]) {
            return false;
        }
        String pos = tokens.get(j).pos();
        boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBN");
        return finite && (cueAt(j, end) > 0 || doc.cues.cueAt(j, end) > 0); // ", Hillary shot back", ", she laughed"
    }

    /**
     * Whether a cue verb at {@code k} is one more predicate of the subject of a content that is a
     * clause from {@code from} ("According to …, X had …, shows “…”, and will be …") rather than an
     * inverted cue ("…, said Smith."): no phrase that ends the clause follows it, and "and" with a
     * verb ends the list.
     */
    private boolean coordinatedPredicate(int from, int k, int end) {
        if (doc.nextFiniteVerb(from, k) >= k) {
            return false; // the content is a verb's object ("joked about X, declined to …"): each verb attributes its own
        }
        int len = cueAt(k, end);
        String pos = tokens.get(k).pos();
        if (len == 0 || !pos.equals("VBD") && !pos.equals("VBZ") || subjectEndsClause(k + len, end)) {
            return false;
        }
        // a list of predicates ends with "and" and a verb: "…, shows “…”, and will be …"
        for (int j = k + len; j + 1 < end; j++) {
            if (!quoted[j] && tokens.get(j).is("and") && tokens.get(j - 1).text().equals(",")) {
                int v = j + 2 < end && tokens.get(j + 1).pos().equals("``") ? j + 2 : j + 1; // "and “will be …"
                String next = tokens.get(v).pos();
                return next.startsWith("VB") || next.equals("MD");
            }
        }
        return false;
    }

    /** Whether a phrase that ends its clause starts at {@code k}: the subject of an inverted cue ("…, said Smith."). */
    boolean subjectEndsClause(int k, int end) {
        Phrase after = k < end && !quoted[k] ? doc.phrases.startingAt(k, end) : null;
        if (after == null) {
            return false;
        }
        int j = after.end();
        if (j >= end) {
            return true;
        }
        String next = tokens.get(j).text();
        return next.equals(",") || next.equals(".") || next.equals(";") || next.equals("(") || next.equals(":")
                || tokens.get(j).is("who") || quoted[j];
    }

    /**
     * Whether "and"/"but" at {@code k - 1} joins a second attribution: a cue of the same subject
     * ("and added that", "and did not say", "and vowing to") or of a subject of its own ("but he
     * said that").
     */
    private boolean coordinatedCue(int k, int end) {
        if (k < end && !quoted[k] && tokens.get(k).isPronoun()) {
            k++; // "but he said"
        }
        k = skipAuxiliaries(k, end);
        if (k >= end) {
            return false;
        }
        String pos = tokens.get(k).pos();
        return cueAt(k, end) > 0 && (pos.equals("VBG") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
                || pos.equals("VB") || pos.equals("VBN"));
    }

    /**
     * Whether a participle, after adverbs, starts at {@code k}: how a cue was said, no content of it
     * ("…, he said, wiping sweat off his face", "…, Beck joked, again using a drawl, “…”").
     */
    boolean mannerParticipleAt(int k, int end) {
        int v = doc.sources.skipAdverbs(k, end);
        return v < end && !quoted[v] && tokens.get(v).pos().equals("VBG");
    }

    /** Whether a subject and a finite verb start at {@code k}: "he’s been", "the talks will". */
    boolean clauseStartsAt(int k, int end) {
        Phrase subject = k < end && !quoted[k] ? doc.phrases.startingAt(k, end) : null;
        if (subject == null) {
            return false;
        }
        int j = doc.sources.skipAdverbs(subject.end(), end);
        if (j >= end || quoted[j]) {
            return false;
        }
        String w = tokens.get(j).text();
        // "he’s" is "he is" or "he has" however the tagger reads the "’s"
        return tokens.get(j).isFiniteVerb() || subject.pronoun() && (w.equals("’s") || w.equals("'s"));
    }

    /** {@code k}, moved forward over adverbs, modals and auxiliaries ("did not", "has since", "would"). */
    private int skipAuxiliaries(int k, int end) {
        while (k < end && !quoted[k] && (tokens.get(k).pos().startsWith("RB") || tokens.get(k).pos().equals("MD")
                || auxiliary(tokens.get(k)) || tokens.get(k).lemma().equals("do") || ReportedClauseRule.longAfterAuxiliary(doc, k))) {
            k++;
        }
        return k;
    }

    /** {@code to}, moved back over punctuation and white space that ends a content. */
    int trimEnd(int from, int to) {
        while (to > from && !quoted[to - 1] && trimmable(tokens.get(to - 1))) {
            to--;
        }
        return to;
    }

    /** {@code from}, moved forward over punctuation and a dateline that open a content. */
    int trimStart(int from, int to) {
        while (from < to && !quoted[from] && trimmable(tokens.get(from))) {
            from++;
        }
        int dateline = ArticleTokens.datelineEnd(tokens, quoted, from, to);
        return dateline > from ? trimStart(dateline, to) : from;
    }

    private static boolean trimmable(Token t) {
        String w = t.text();
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("--")
                || w.equals("-") || w.equals("...") || w.equals("…") || w.equals("(") || w.equals(")");
    }

    /** Whether tokens {@code [from, to)} hold at least one word outside quotation marks or inside them. */
    boolean hasWord(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isPunctuation()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens {@code [from, to)} are only a time or place adjunct and punctuation ("on
     * Tuesday", "in a statement", "Monday", "in an interview with CNN"): what may follow "…, Putin
     * said" without being content.
     */
    boolean onlyAdjuncts(int from, int to) {
        int k = from;
        while (k < to) {
            if (quoted[k]) {
                return false;
            }
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.isPunctuation() || adverbial(k)) {
                k++;
                continue;
            }
            if (LEAD_PREPOSITIONS.contains(w) || t.pos().equals("TO")) {
                Phrase object = doc.phrases.startingAt(k + 1, to);
                if (object == null) {
                    return false;
                }
                k = object.end();
                continue;
            }
            if (t.pos().startsWith("NNP")) {
                k++;
                continue; // "Tuesday", "CNN"
            }
            return false;
        }
        return true;
    }
}
