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
            boolean clause = next.is("that") && (!next.pos().equals("WDT") || time)
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
            }
            if (to > from && clauses.hasWord(from, to)) {
                out.add(new Report(List.of(new Report.Range(from, to)), k, 1, owner, 0.7, name()));
            }
        }
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
        while (k > begin && !doc.quotedTok[k] && (doc.token(k).pos().startsWith("JJ") || doc.token(k).ner().equals("DATE")
                || doc.token(k).pos().equals("RBS") || doc.token(k).pos().equals("VBN"))) {
            k--; // "his past comments", "her March comment", "his most explosive claim", "his repeated claim"
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
