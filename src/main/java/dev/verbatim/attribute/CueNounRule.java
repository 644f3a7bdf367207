package dev.verbatim.attribute;

import dev.verbatim.nlp.Token;

import java.util.List;
import java.util.Locale;

/**
 * A cue noun with its owner and content: "his promise to end the war", "Putin's claim that the
 * offer stands", "her call for a ceasefire". The owner (a possessive) is the source; the content
 * is the clause after the noun.
 */
final class CueNounRule implements ReportedSpeechRule {

    @Override
    public String name() {
        return "cue-noun";
    }

    @Override
    public void propose(DocumentView doc, int sentence, List<Report> out) {
        ReportedClauses clauses = doc.clauses;
        int begin = doc.sentenceBegin(sentence);
        int end = doc.sentenceEnd(sentence);
        for (int k = begin + 1; k + 1 < end; k++) {
            Token t = doc.token(k);
            if (doc.quotedTok[k] || !t.isNoun() || !clauses.verbs().isNoun(t.lemma())) {
                continue;
            }
            int after = k + 1 + prepositionalPhrase(doc, k + 1, end); // "her comments before a committee that …"
            boolean time = after == k + 1 && after + 1 < end && !doc.quotedTok[after] && SourceFinder.bareTimeWord(doc.token(after));
            if (time) {
                after++; // "his comment Monday that …", where the tagger reads "that" as a relative pronoun
            }
            if (after == k + 1 && after + 1 < end && copulaBeforeThat(doc, after)) {
                after++; // "the senator's answer was that …"
            }
            Token next = doc.token(after);
            boolean clause = next.is("that") && (!next.pos().equals("WDT") || time || subjectAfter(doc, after, end))
                    || next.is("to") && k + 2 < end && doc.token(k + 2).pos().equals("VB")
                    || next.is("for") && (t.lemma().equals("call") || t.lemma().equals("demand"));
            if (!clause) {
                continue;
            }
            Phrase owner = owner(doc, k, begin);
            if (owner == null) {
                continue;
            }
            if (after > k + 1 && !next.is("that")) {
                continue;
            }
            int from = next.is("for") ? k + 2 : after;
            int to = clauses.trimEnd(from, clauses.contentEnd(from, end));
            int opening = ReportedClauseRule.openingClauseEnd(doc, begin, end);
            if (opening > k) {
                // "As Trump stood by his comment that “Islam hates us,” Rubio …": the opening clause's end
                to = Math.min(to, doc.quotedTok[opening] ? opening + 1 : opening);
            }
            if (next.is("for") && doc.quotedTok[from] && doc.quoteOfToken[from] >= 0) {
                to = Math.min(to, doc.lastTok[doc.quoteOfToken[from]] + 1); // "his call for “a total ban” on …"
            } else if (next.is("for")) {
                Phrase object = doc.phrases.startingAt(from, end); // "his call for talks coincides with …"
                to = object == null ? from : Math.min(to, object.end());
            } else if (next.is("to")) {
                to = Math.min(to, doc.nextFiniteVerb(k + 2, to)); // "his promise to end the war was broken"
            } else if (next.is("that") && (owner.start() == begin || doc.token(owner.start() - 1).text().equals(","))) {
                to = Math.min(to, mainVerb(doc, from + 1, to)); // "Hale's claim that crowds cheered was false"
            }
            if (to > from && clauses.hasWord(from, to)) {
                out.add(new Report(List.of(new Report.Range(from, to)), k, 1, owner, 0.7, name()));
            }
        }
    }

    /**
     * The verb of the sentence after a "that" clause that is part of its subject, in tokens
     * {@code [from, to)}: the second finite verb, right after a word of the clause (a noun, a
     * pronoun, an adjective, a closing quotation mark; adverbs aside) with no comma, conjunction,
     * relative or subordinator since the clause's own verb ("Hale's claim that crowds cheered the
     * closure was false"), where the clause ends; {@code to} when there is none.
     */
    private static int mainVerb(DocumentView doc, int from, int to) {
        int own = doc.nextFiniteVerb(from, to);
        for (int j = own + 1; j < to; j++) {
            Token t = doc.token(j);
            if (doc.quotedTok[j]) {
                continue;
            }
            String pos = t.pos();
            if (t.isPunctuation() && !pos.equals("''") || pos.equals("CC") || pos.equals("IN") || pos.startsWith("W")
                    || pos.equals("TO")) {
                return to; // a clause of its own, or more than a simple clause: left as it is
            }
            if (t.isFiniteVerb()) {
                int k = j - 1;
                while (k > own && !doc.quotedTok[k] && doc.token(k).pos().startsWith("RB")) {
                    k--;
                }
                Token before = doc.token(k);
                boolean word = doc.quotedTok[k] || before.isNoun() || before.pos().startsWith("JJ") || before.pos().equals("PRP")
                        || before.pos().equals("''") || before.pos().equals("CD");
                return word && k > own ? k + 1 : to;
            }
        }
        return to;
    }

    /**
     * Whether the "that" at {@code k}, which the tagger read as a relative pronoun, opens a clause
     * with a subject of its own: a quotation or a noun phrase, and a finite verb after it ("his
     * assertion that “thousands” cheered"), not a verb at once ("the claim that was rejected").
     */
    private static boolean subjectAfter(DocumentView doc, int k, int end) {
        int s = k + 1;
        if (s >= end) {
            return false;
        }
        if (doc.quotedTok[s] && doc.quoteOfToken[s] >= 0) {
            s = doc.lastTok[doc.quoteOfToken[s]] + 1;
        } else {
            Phrase subject = doc.phrases.startingAt(s, end);
            if (subject == null || subject.start() != s || subject.pronoun()) {
                return false;
            }
            s = subject.end();
        }
        while (s < end && !doc.quotedTok[s] && (doc.token(s).pos().equals("IN") || doc.token(s).isNoun()
                || doc.token(s).pos().equals("DT") || doc.token(s).pos().startsWith("JJ"))) {
            s++; // "“thousands” of residents"
        }
        return s < end && !doc.quotedTok[s] && doc.token(s).isFiniteVerb();
    }

    /** Whether token {@code k} is "is" or "was" and a "that" follows it: "her answer was that …". */
    private static boolean copulaBeforeThat(DocumentView doc, int k) {
        Token t = doc.token(k);
        Token next = doc.token(k + 1);
        return !doc.quotedTok[k] && !doc.quotedTok[k + 1] && (t.is("is") || t.is("was")) && next.is("that")
                && !next.pos().equals("WDT") && !next.pos().equals("DT");
    }

    /** Length of a short prepositional phrase at {@code k} that a "that" follows ("before a House committee"), or 0. */
    private static int prepositionalPhrase(DocumentView doc, int k, int end) {
        if (doc.quotedTok[k] || !doc.token(k).pos().equals("IN") || doc.token(k).is("that")) {
            return 0;
        }
        for (int j = k + 1; j < end && j <= k + 6 && !doc.quotedTok[j]; j++) {
            Token t = doc.token(j);
            if (t.is("that") && j > k + 1) {
                return j - k;
            }
            if (!(t.isNoun() || t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("CD")
                    || t.pos().equals("NNP") || t.pos().equals("POS"))) {
                return 0;
            }
        }
        return 0;
    }

    /** "his" / "Putin's" right before the noun (over adjectives), as a phrase; null when none. */
    private static Phrase owner(DocumentView doc, int noun, int begin) {
        int k = noun - 1;
        while (k > begin && !doc.quotedTok[k]) {
            Token w = doc.token(k);
            if (w.pos().startsWith("JJ") || w.ner().equals("DATE") || w.pos().equals("RBS") || w.pos().equals("VBN")) {
                k--; // "his past comments", "her March comment", "his most explosive claim", "his repeated claim"
            } else if (w.pos().equals("HYPH") && k - 1 > begin && !doc.quotedTok[k - 1] && !doc.token(k - 1).isPunctuation()) {
                k -= 2; // "his evidence-free assertion", split at the hyphen by the tokenizer
            } else {
                break;
            }
        }
        Token t = doc.token(k);
        if (doc.quotedTok[k]) {
            return null;
        }
        if (t.pos().equals("PRP$") && !t.is("its")) {
            return Phrase.pronoun(k);
        }
        if (t.pos().equals("POS") || t.text().equals("’s") || t.text().equals("'s")) {
            Phrase p = doc.phrases.endingAt(k - 1, Math.max(begin, k - 8));
            return p != null && doc.sources.speaks(p) ? p : null; // "the senator's answer", not "the plan's promise"
        }
        return null;
    }
}
