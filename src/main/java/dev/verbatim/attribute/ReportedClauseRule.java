package dev.verbatim.attribute;

import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * Reported speech after its cue: "Putin said that talks could start", "Peskov denied that Russia
 * had made an offer", "Putin vowed to eliminate …", "Officials told reporters that …", "…, saying
 * the plan had failed". The content runs from "that" (or the first word after the cue and the
 * person addressed) to the end of the clause; the source is the cue's subject.
 */
final class ReportedClauseRule implements ReportedSpeechRule {

    @Override
    public String name() {
        return "reported-clause";
    }

    @Override
    public void propose(DocumentView doc, int sentence, List<Report> out) {
        ReportedClauses clauses = doc.clauses;
        int begin = doc.sentenceBegin(sentence);
        int end = doc.sentenceEnd(sentence);
        for (int c = begin; c < end; c++) {
            int len = clauses.cueAt(c, end);
            if (len == 0 || passive(doc, c) || modifier(doc, c, begin) || inverted(doc, c, len, begin, end)) {
                continue;
            }
            int start = clauses.complementStart(c, len, end);
            if (start < 0) {
                continue;
            }
            Phrase source = source(doc, c, begin);
            int contentEnd = clauses.contentEnd(start, end);
            int phraseEnd = doc.token(c).pos().equals("VBG") ? doc.sources.participlePhraseEnd(c) : -1;
            if (phraseEnd > start) {
                contentEnd = Math.min(contentEnd, phraseEnd); // "By offering the union a seat, the minister …": the offer only
            }
            if (doc.quotedTok[start] && doc.quoteOfToken[start] >= 0) {
                int after = doc.lastTok[doc.quoteOfToken[start]] + 1;
                if (after < contentEnd && !doc.quotedTok[after] && TIME_SUBORDINATORS.contains(doc.token(after).lemma())
                        && (!doc.token(after).is("as") || after + 1 < contentEnd && doc.token(after + 1).pos().equals("PRP"))) {
                    contentEnd = after; // chanting “Save our ward” as they walked: the words, not the walk
                }
            }
            int opening = Math.max(openingClauseEnd(doc, begin, end), c > begin ? openingParticipleEnd(doc, begin, end) : -1);
            if (c < opening && phraseEnd <= start) {
                // "While Sullivan proclaims X, Clinton …": X only (a participle's phrase ends at its subject's comma,
                // after a list: "While discussing a flyer showing the mayor, money and a garage, Hale said")
                contentEnd = Math.min(contentEnd, opening);
            }
            if (relative(doc, source)) {
                contentEnd = Math.min(contentEnd, relativeClauseEnd(doc, start, end)); // "…, whose party opposes the bill, …"
                contentEnd = Math.min(contentEnd, cueAfterRelative(doc, source, c, start, contentEnd));
            }
            contentEnd = Math.min(contentEnd, objectEnd(doc, source, c, start, contentEnd));
            int to = clauses.trimEnd(start, contentEnd);
            if (to <= start || !clauses.hasWord(start, to) || thingAsObject(doc, c, start, to) || seenSpeaking(doc, c, start, to)) {
                continue;
            }
            boolean that = doc.token(start).is("that");
            double confidence = (source == null ? 0.5 : 0.75) + (that ? 0.1 : 0);
            out.add(new Report(List.of(new Report.Range(start, to)), c, len, source, confidence, name()));
        }
    }

    /**
     * Whether the content {@code [start, to)} of a verb whose object may be a thing (perceived or
     * added) at {@code c} is only that object: a noun phrase, a pronoun, a noun phrase with "to" and
     * another ("adds 40 minutes to some journeys"), or "up to …". "when he saw smoke", "Then the
     * rookie found his." are no reports; "found that …", "sees it as a circus" still are.
     */
    private static boolean thingAsObject(DocumentView doc, int c, int start, int to) {
        if (!doc.clauses.verbs().takesThing(doc.token(c).lemma()) || doc.quotedTok[start] || doc.token(start).is("that")) {
            return false;
        }
        if (to - start == 1 && (doc.token(start).isPronoun() || doc.token(start).pos().equals("PRP$"))
                || doc.token(start).is("up") && start + 1 < to && doc.token(start + 1).is("to")) {
            return true;
        }
        Phrase object = doc.phrases.startingAt(start, to);
        if (object == null || object.start() != start) {
            return false;
        }
        if (object.end() < to && !doc.quotedTok[object.end()] && doc.token(object.end()).is("to")) {
            Phrase goal = doc.phrases.startingAt(object.end() + 1, to);
            return goal != null && goal.end() == to;
        }
        // a number of things: "added 15 points and nine rebounds for Toronto", "adds 40 minutes"
        boolean quantity = doc.token(start).pos().equals("CD");
        int k = object.end();
        for (int step = 0; step < MAX_ADJUNCTS && k < to && !doc.quotedTok[k]; step++) {
            Token t = doc.token(k);
            boolean preposition = t.pos().equals("IN") && !t.is("as") && !t.is("like") && !t.is("that") && !t.is("if")
                    && !t.is("whether");
            boolean rate = t.is("a") || t.is("each") || t.is("every") || t.is("per"); // "30 patients a day"
            if (quantity && t.is("and") && k + 2 < to && doc.token(k + 1).pos().equals("CD")
                    && (doc.token(k + 2).pos().equals("NNS") || doc.token(k + 2).pos().equals("VBZ"))) {
                k += 3; // "and nine rebounds", which the tagger may read "rebounds/VBZ"
                continue;
            }
            Phrase more = preposition ? doc.phrases.startingAt(k + 1, to) : rate ? doc.phrases.startingAt(k, to) : null;
            if (more == null || more.start() != (preposition ? k + 1 : k)) {
                break;
            }
            k = more.end();
        }
        // "She sees about 30 patients a day at the clinic and visits a handful more": one more predicate of hers
        boolean nextPredicate = k + 1 < to && !doc.quotedTok[k] && doc.token(k).is("and") && doc.token(k + 1).isFiniteVerb();
        return object.end() == to || nextPredicate || quantity && k == to;
    }

    /** Prepositional phrases and rates ("a day") read after a perceived thing: "sees patients a day at the clinic". */
    private static final int MAX_ADJUNCTS = 4;

    /**
     * Whether the content {@code [start, to)} of a verb of seeing or showing at {@code c} is someone
     * it shows speaking: a noun phrase for someone who can speak (and up to two prepositional
     * phrases), then a participle that is a cue of speech, with a quotation after it ("The video
     * shows a flight attendant telling the father, “…”"). The participle reports; the verb does not.
     */
    private static boolean seenSpeaking(DocumentView doc, int c, int start, int to) {
        if (!SourceFinder.SEEING.contains(doc.token(c).lemma()) || doc.quotedTok[start]) {
            return false;
        }
        Phrase object = doc.phrases.startingAt(start, to);
        int v = object == null || object.start() != start || !doc.sources.headSpeaks(object) ? -1 : object.end();
        for (int step = 0; step < 2 && v >= 0 && v < to && !doc.quotedTok[v] && doc.token(v).pos().equals("IN"); step++) {
            Phrase more = doc.phrases.startingAt(v + 1, to); // "a woman in a red coat shouting"
            v = more == null || more.start() != v + 1 ? -1 : more.end();
        }
        v = v < 0 ? -1 : doc.sources.skipAdverbs(v, to);
        if (v < 0 || v >= to || doc.quotedTok[v] || !doc.token(v).pos().equals("VBG") || doc.cues.cueAt(v, to) == 0) {
            return false;
        }
        for (int k = v + 1; k < to; k++) {
            if (doc.quotedTok[k]) {
                return true; // the words it is shown saying
            }
        }
        return false;
    }

    /**
     * "…, often echoed on state media, …": a participle without an auxiliary that modifies a noun
     * rather than reporting ("has echoed", "Putin stated" mis-tagged, are still cues).
     */
    private static boolean modifier(DocumentView doc, int c, int begin) {
        if (naming(doc, c, begin)) {
            return true;
        }
        if (doc.token(c).lemma().equals("know") && doc.token(c).pos().equals("VBN") && c + 1 < doc.tokens.size()
                && !doc.quotedTok[c + 1] && doc.token(c + 1).is("as")) {
            return true; // "the goaltender known as “The Wall”": a name, not what anyone knows
        }
        String cuePos = doc.token(c).pos();
        if (cuePos.equals("VBD") && inOpeningAdverbial(doc, c, c - 1, begin)) {
            return true; // "In a statement posted on its website, …", "posted" read as a past tense
        }
        if ((cuePos.equals("VBN") || cuePos.equals("VBD")) && c > begin && !doc.quotedTok[c - 1]
                && (doc.token(c - 1).pos().equals("NN") || doc.token(c - 1).pos().equals("NNS"))
                && !doc.phrases.speakingHead(doc.token(c - 1)) && amountAt(doc, c + 1)) {
            // "a fee reported/VBD at £12 million", "a crowd estimated at about 5,000": a passive participle; not
            // "authorities reported at least 20 victims"
            return true;
        }
        if (!cuePos.equals("VBN")) {
            return false;
        }
        int k = c - 1;
        while (k >= begin && !doc.quotedTok[k] && doc.token(k).pos().startsWith("RB")) {
            k--;
        }
        if (k < begin || doc.quotedTok[k]) {
            return true;
        }
        Token before = doc.token(k);
        String pos = before.pos();
        if (pos.startsWith("NN") && c + 1 < doc.sentenceEnd(doc.token(c).sentence())
                && (doc.token(c + 1).is("by") || PassiveCueRule.reducedRaising(doc, c))) {
            // "A report written by the inspector general found …", "a fee believed to be £18m": a passive
            // participle on the noun
            return true;
        }
        return ReportedClauses.openingCommaOrDash(doc, k, begin) || before.text().equals("(") || pos.equals("DT") || pos.equals("IN")
                || pos.equals("WDT") || pos.startsWith("JJ") || inOpeningAdverbial(doc, c, k, begin);
    }

    /** Whether "at" and an amount start at token {@code k}: "(reported) at £12 million", "(estimated) at about 5,000". */
    private static boolean amountAt(DocumentView doc, int k) {
        if (k + 1 >= doc.tokens.size() || doc.quotedTok[k] || !doc.token(k).is("at") || doc.token(k + 1).is("least")
                || doc.token(k + 1).is("most")) {
            return false; // "at least 20": a number, not a value put on something
        }
        for (int j = k + 1; j < doc.tokens.size() && j <= k + 3 && !doc.quotedTok[j]; j++) {
            Token t = doc.token(j);
            if (t.pos().equals("CD") || t.pos().equals("$") || t.text().equals("£") || t.text().equals("€")) {
                return true;
            }
            if (!t.pos().startsWith("RB") && !t.pos().startsWith("JJ") && !t.is("about")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the participle at {@code c} modifies the common noun at {@code k} (before it, adverbs
     * aside) inside an opening adverbial: the noun phrase is governed by a preposition that opens the
     * sentence or follows a comma, and the participle's phrase closes with a comma before any finite
     * verb ("In a statement posted on its website, the Ironmen said: …"). Not "At the meeting officials said the plan would fail",
     * nor "28 percent of voters said" (a noun's own prepositional phrase), nor "though 32 percent said".
     */
    private static boolean inOpeningAdverbial(DocumentView doc, int c, int k, int begin) {
        if (k < begin || doc.quotedTok[k] || !(doc.token(k).pos().equals("NN") || doc.token(k).pos().equals("NNS"))) {
            return false;
        }
        int m = k - 1;
        while (m >= begin && !doc.quotedTok[m] && (doc.token(m).pos().startsWith("NN") || doc.token(m).pos().startsWith("JJ")
                || doc.token(m).pos().equals("DT") || doc.token(m).pos().equals("PRP$") || doc.token(m).pos().equals("POS")
                || doc.token(m).pos().equals("CD"))) {
            m--;
        }
        if (m < begin || doc.quotedTok[m] || !doc.token(m).pos().equals("IN") || doc.token(m).is("that")
                || subordinator(doc.token(m)) || m > begin && !doc.token(m - 1).text().equals(",")) {
            return false;
        }
        int end = doc.sentenceEnd(doc.token(c).sentence());
        for (int j = c + 1; j < end; j++) {
            Token t = doc.token(j);
            if (doc.quotedTok[j] || t.isFiniteVerb() || t.pos().equals("MD") || t.is("that")) {
                return false;
            }
            if (t.text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "spent $300,000 on a firm called Norland", "a group named “Nachtfalke”": a naming participle
     * before a name, after a common noun that cannot be its subject (the noun phrase is indefinite
     * or the object of a preposition). "The firm called the claims false" and "An industry group
     * called the decision disappointing" still report.
     */
    private static boolean naming(DocumentView doc, int c, int begin) {
        String pos = doc.token(c).pos();
        if (!NAMING.contains(doc.token(c).lemma()) || c == begin || !pos.equals("VBN") && !pos.equals("VBD")
                || c + 1 >= doc.tokens.size() || !doc.quotedTok[c + 1] && !doc.token(c + 1).pos().startsWith("NNP")) {
            return false; // "An industry group called the decision disappointing" reports
        }
        int k = c - 1; // the noun right before, then back over common nouns and adjectives
        if (doc.quotedTok[k] || !doc.token(k).pos().equals("NN") && !doc.token(k).pos().equals("NNS")) {
            return false;
        }
        while (k - 1 >= begin && !doc.quotedTok[k - 1] && (doc.token(k - 1).pos().startsWith("JJ")
                || doc.token(k - 1).pos().startsWith("NN") && !doc.token(k - 1).pos().startsWith("NNP"))) {
            k--;
        }
        int b = k - 1; // its determiner, then what comes before the phrase
        if (b >= begin && !doc.quotedTok[b] && doc.token(b).pos().equals("DT")) {
            if (doc.token(b).is("a") || doc.token(b).is("an")) {
                return true;
            }
            b--;
        }
        return b >= begin && !doc.quotedTok[b] && (doc.token(b).pos().equals("IN") || doc.token(b).pos().equals("TO"));
    }

    /** Verbs that name what a noun before them is called. */
    private static final java.util.Set<String> NAMING = java.util.Set.of("call", "name", "dub", "title", "label",
            "nickname", "brand");

    /** Words that open a subordinate clause. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("while", "although", "though", "as",
            "when", "because", "if", "since", "whereas", "unless", "after", "before", "once", "even");

    /**
     * Subordinators of time, whose clause after a quotation tells when it was said, not what ("…
     * chanted “Come down” until he stepped back"); "if" and "because" clauses may be part of what was said.
     * "as" only before a pronoun: "as they walked", not "named “Bill Maher” as his guilty pleasure".
     */
    private static final java.util.Set<String> TIME_SUBORDINATORS = java.util.Set.of("as", "when", "until", "before",
            "after", "while", "once");

    /** Whether token {@code t} is one of {@link #SUBORDINATORS}, in any case. */
    static boolean subordinator(Token t) {
        return SUBORDINATORS.contains(t.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Tags of the word after an opening participle that make it a clause: "Asked whether", "Speaking to", "Having said". */
    private static final Set<String> PARTICIPLE_CLAUSE_NEXT = Set.of("IN", "TO", "WRB", "WP", "RB", "VBN", "VBG");

    /**
     * The comma that closes a sentence-opening subordinate clause ("While Sullivan proclaims the
     * article a triumph, Clinton …", "Shortly after the call ended, …"), or -1 when the sentence opens
     * with none.
     */
    static int openingClauseEnd(DocumentView doc, int begin, int end) {
        int sub = begin;
        while (sub < end && sub < begin + 2 && !doc.quotedTok[sub] && doc.token(sub).pos().startsWith("RB")
                && !subordinator(doc.token(sub))) {
            sub++; // "Shortly after …,", "Just before …,"
        }
        if (sub >= end || doc.quotedTok[sub] || !subordinator(doc.token(sub))) {
            return -1;
        }
        return firstComma(doc, begin, end);
    }

    /**
     * Where the participle's clause that opens the sentence at {@code begin} ends, at its comma
     * ("Asked whether her team could challenge for promotion, …", "Having announced that …,"), or
     * -1; not a participle before a noun ("Retired neurosurgeon Ben Carson proposed").
     */
    private static int openingParticipleEnd(DocumentView doc, int begin, int end) {
        boolean participle = begin + 1 < end && !doc.quotedTok[begin] && !doc.quotedTok[begin + 1]
                && (doc.token(begin).pos().equals("VBN") || doc.token(begin).pos().equals("VBG"))
                && PARTICIPLE_CLAUSE_NEXT.contains(doc.token(begin + 1).pos());
        return participle ? firstComma(doc, begin, end) : -1;
    }

    /** The first comma after token {@code begin}, or a comma inside a quotation's marks; -1 when none. */
    private static int firstComma(DocumentView doc, int begin, int end) {
        for (int k = begin + 1; k < end; k++) {
            if (!doc.quotedTok[k] && doc.token(k).text().equals(",")) {
                return k;
            }
            if (doc.quotedTok[k] && TrailingCue.commaInside(doc, k) && k + 1 < end) {
                return k; // "As Trump stood by his comment that “Islam hates us,” Rubio …": the comma inside the marks
            }
        }
        return -1;
    }

    /**
     * Whether the source opens a relative clause or stands in one: "who said …", "whose party
     * opposes …", "Ruth Caldwell, who authorities said was swept …".
     */
    static boolean relative(DocumentView doc, Phrase source) {
        if (source == null) {
            return false;
        }
        if (doc.phrases.relativePronoun(source)) {
            return true;
        }
        int before = source.start() - 1;
        return before >= 0 && doc.token(before).pos().startsWith("W");
    }

    /**
     * Where a relative clause's content from {@code start} ends: at the next comma outside quotation
     * marks ("…, whose party opposes the bill, …"), not one between two adjectives of a list ("who
     * portrayed him as a generous, magnanimous executive who …").
     */
    private static int relativeClauseEnd(DocumentView doc, int start, int end) {
        int k = doc.nextComma(start, end);
        while (k > start && k + 1 < end && k < start + DocumentView.MAX_REACH && doc.token(k - 1).pos().startsWith("JJ")
                && !doc.quotedTok[k + 1]
                && (doc.token(k + 1).pos().startsWith("JJ")
                || doc.token(k + 1).pos().startsWith("RB") && k + 2 < end && doc.token(k + 2).pos().startsWith("JJ"))) {
            k = doc.nextComma(k + 1, end);
        }
        return k;
    }

    /**
     * Where the content of a restrictive relative clause's cue ends when the sentence's own cue
     * follows its object: "Voters who backed the measure said it was …" reports the backing of the
     * measure, and "said" is the voters' report. The cue at {@code c} has the relative pronoun
     * {@code source} right before it (adverbs aside), with no comma before the pronoun, and takes a
     * noun phrase, not a clause ({@link ReportingVerbs#takesObject}); its content at {@code start}
     * opens with that phrase, and the first finite verb after it, with only nouns, adjectives,
     * adverbs, numbers and prepositions between, is a cue. {@code to} when there is none ("a poll
     * that shows more voters view …" keeps its clause).
     */
    private static int cueAfterRelative(DocumentView doc, Phrase source, int c, int start, int to) {
        int pronoun = source.start();
        boolean takesObject = doc.clauses.verbs().takesObject(doc.token(c).lemma());
        if (!takesObject && !doc.token(pronoun).is("who")
                || !doc.phrases.relativePronoun(source) || pronoun < 1 || doc.quotedTok[pronoun - 1]
                || doc.token(pronoun - 1).isPunctuation() || doc.sources.skipAdverbs(source.end(), c) != c
                || doc.quotedTok[start] || doc.token(start).is("that")) {
            return to;
        }
        Phrase object = doc.phrases.startingAt(start, to);
        if (object == null || object.start() != start) {
            return to;
        }
        for (int j = object.end(); j < to && j < start + DocumentView.MAX_REACH; j++) {
            Token t = doc.token(j);
            if (doc.quotedTok[j]) {
                return to;
            }
            String pos = t.pos();
            if (t.isFiniteVerb() || pos.equals("VB")) { // "Officials who support the deal say/VB"
                // a verb that takes a clause keeps one ("people who say the plan works"), unless a verb of speech
                // follows its object: "Legislators who wrote the law accused the judge of …"
                boolean speech = takesObject || t.isFiniteVerb() && doc.cues.lexicon().isCueVerb(t.lemma());
                return speech && doc.clauses.cueAt(j, to) > 0 ? j : to;
            }
            if (!objectWord(t)) {
                return to;
            }
        }
        return to;
    }

    /**
     * Where the content of a verb whose complement is a noun phrase ({@link ReportingVerbs#takesObject})
     * ends when the verb modifies the sentence's subject, as a participle right after it or in a
     * relative clause without a comma, and a finite verb follows its object: that verb is the
     * sentence's own. "A super PAC supporting Carla Voss on Monday released an ad" and "Even people
     * who endorsed the plan sounded equivocal" report the support and the endorsement, not the rest.
     * Only nouns, adjectives, adverbs, numbers, determiners, possessives and prepositions other than
     * subordinators may stand between; {@code to} otherwise, and for "that" or a quotation at {@code start}.
     */
    private static int objectEnd(DocumentView doc, Phrase source, int c, int start, int to) {
        if (!doc.clauses.verbs().takesObject(doc.token(c).lemma()) || doc.quotedTok[start] || doc.token(start).is("that")
                || doc.token(start).isFiniteVerb()) {
            return to;
        }
        String pos = doc.token(c).pos();
        int subjectEnd; // the token after the subject the cue modifies
        if ((pos.equals("VBG") || pos.equals("VBN")) && c > 0 && doc.token(c - 1).isNoun() && !doc.quotedTok[c - 1]) {
            subjectEnd = c; // "Democrats supporting Mrs. Clinton have pointed to …"
        } else if (source != null && doc.phrases.relativePronoun(source) && source.start() > 0
                && !doc.quotedTok[source.start() - 1] && !doc.token(source.start() - 1).isPunctuation()) {
            subjectEnd = source.start(); // "Even people who endorsed the plan sounded equivocal"
        } else {
            return to;
        }
        int begin = doc.sentenceBegin(doc.token(c).sentence());
        if (doc.nextFiniteVerb(begin, subjectEnd) < subjectEnd) {
            return to; // the sentence's verb came before: "has joined a list of leaders who have slammed Trump as …"
        }
        for (int j = start + 1; j < to && j < start + DocumentView.MAX_REACH; j++) {
            Token t = doc.token(j);
            if (doc.quotedTok[j] || subordinator(t)) {
                return to;
            }
            if (t.isFiniteVerb()) {
                return j;
            }
            if (!objectWord(t)) {
                return to;
            }
        }
        return to;
    }

    /**
     * Whether token {@code t} may stand in an object's noun phrase and its prepositional phrases: a
     * noun, adjective, adverb, number, determiner, possessive or preposition other than "that".
     */
    private static boolean objectWord(Token t) {
        String pos = t.pos();
        return t.isNoun() || pos.startsWith("JJ") || pos.startsWith("RB") || pos.equals("CD") || pos.equals("DT")
                || pos.equals("IN") && !t.is("that") || pos.equals("POS") || pos.equals("PRP$");
    }

    /** "was told that", "is expected to": a passive cue, left to {@link PassiveCueRule}. */
    static boolean passive(DocumentView doc, int c) {
        Token t = doc.token(c);
        if (!t.pos().equals("VBN")) {
            return false;
        }
        for (int k = c - 1; k >= 0 && k >= c - 3 && !doc.quotedTok[k]; k--) {
            Token b = doc.token(k);
            if ((b.is("'s") || b.is("’s")) && k > 0 && !doc.token(k - 1).is("it") && !doc.token(k - 1).is("It")
                    && !(c + 1 < doc.tokens.size() && doc.token(c + 1).is("to"))) {
                return false; // "He's said he …" is "has said"; not "It's said that", "She's said to be"
            }
            if (b.lemma().equals("be") || b.lemma().equals("get")) {
                return true;
            }
            if (!b.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * “…,” said Smith / …, said Smith, who …: no subject on the cue's left and a name after it that
     * ends the clause: the source follows the cue, and the content is before it.
     */
    private static boolean inverted(DocumentView doc, int c, int len, int begin, int end) {
        // "Said Dorothy Poynter, who grew up with him, “…”": a sentence may open with the inverted cue
        if (doc.token(c).pos().equals("VBG") || c > begin && (!doc.token(c - 1).isPunctuation() && !doc.quotedTok[c - 1]
                || doc.sources.left(c, Math.max(begin, c - DocumentView.MAX_REACH)) != null)) {
            return false; // "… and discussed the harbour, …" is no inversion
        }
        return doc.clauses.subjectEndsClause(c + len, end);
    }

    /**
     * The cue's subject: on its left ("Putin said", "Peskov, the Kremlin spokesman, said"); for a
     * participle ("…, saying"), an infinitive ("vowed to say") or a cue joined to another ("… and
     * added"), the subject of the clause.
     */
    static Phrase source(DocumentView doc, int c, int begin) {
        int lo = Math.max(begin, c - DocumentView.MAX_REACH);
        Token t = doc.token(c);
        int k = skipAuxiliariesBack(doc, c - 1, lo);
        boolean progressive = k < c - 1 && doc.token(k + 1).lemma().equals("be");
        if (t.pos().equals("VBG") && !progressive) {
            Phrase main = doc.sources.openingParticipleSubject(c);
            if (main == null) {
                main = doc.sources.interruptedSubject(c); // "Ms. Okafor, after initially saying she would not run, announced"
            }
            if (main != null) {
                return main; // "Considering the scale of it, Wonderlich said …"
            }
            Phrase p = doc.sources.participleSubject(c, lo);
            if (p == null && k >= lo && doc.token(k).text().equals(",")) {
                p = doc.phrases.endingAt(doc.sources.skipParenthesis(k - 1, lo), lo);
                if (p != null && p.start() > lo && (objectOfVerb(doc, p.start() - 1, c) || doc.sources.objectOfPreposition(p, lo))) {
                    p = null; // "…, pointing a finger in her face, saying", "… toned down his criticism, admitting": an object does not speak
                }
            }
            if (p != null) {
                return p;
            }
        }
        Phrase p = doc.sources.left(c, lo);
        if (p == null && k >= lo && !doc.quotedTok[k]) {
            Token joint = doc.token(k);
            if (joint.pos().equals("CC") || joint.text().equals(",") || joint.pos().equals("TO")
                    || t.pos().equals("VB") || t.pos().equals("VBN")) {
                p = doc.sources.jointSubject(k, c, lo);
            }
        }
        return doc.sources.framingPoll(p, begin);
    }

    /**
     * Whether a phrase after token {@code k} is that verb's (or particle's) object: not after a cue
     * ("said Vice President Biden, urging"), which it is the inverted subject of.
     */
    private static boolean objectOfVerb(DocumentView doc, int k, int c) {
        Token t = doc.token(k);
        if (t.pos().equals("VBG") || t.pos().equals("VB") || t.pos().equals("RP")) {
            return true;
        }
        return t.isVerb() && !doc.quotedTok[k] && doc.cues.cueAt(k, c) == 0;
    }

    /** {@code k}, moved back over adverbs, modals and auxiliaries ("is releasing", "has not said"), not below {@code lo}. */
    static int skipAuxiliariesBack(DocumentView doc, int k, int lo) {
        while (k >= lo && !doc.quotedTok[k] && (doc.token(k).pos().startsWith("RB") || doc.token(k).pos().equals("MD")
                || auxiliary(doc.token(k)) || longAfterAuxiliary(doc, k))) {
            k--;
        }
        return k;
    }

    /** Whether token {@code k} is "long" after an auxiliary, an adverb the tagger reads as an adjective: "has long argued". */
    static boolean longAfterAuxiliary(DocumentView doc, int k) {
        return doc.token(k).is("long") && k > 0 && !doc.quotedTok[k - 1] && auxiliary(doc.token(k - 1))
                && k + 1 < doc.tokens.size() && (doc.token(k + 1).pos().equals("VBN") || doc.token(k + 1).pos().equals("VBD"));
    }

    private static boolean auxiliary(Token t) {
        String lemma = t.lemma();
        return lemma.equals("have") || lemma.equals("be") || lemma.equals("do") || t.is("not") || t.is("n't")
                || t.text().equals("’s") || t.text().equals("'s");
    }
}
