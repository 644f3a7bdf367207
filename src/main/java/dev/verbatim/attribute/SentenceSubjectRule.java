package dev.verbatim.attribute;

import dev.verbatim.Cue;
import dev.verbatim.SpeakerKind;
import dev.verbatim.detect.QuotedSpan;

/**
 * A quotation inside a sentence about someone that no cue attributes: "Trump also embraced harsher
 * interrogation — “I think waterboarding is peanuts”", "He urged the party to “open its doors”":
 * the subject of the sentence's main clause, a person or organisation named before the quotation,
 * half sure. Not when the quotation opens its sentence or follows another quotation in it, nor for
 * a quotation of three words or fewer or in title case ("a bus tour, “Jeb Can Fix It”"), which is
 * more likely a label than speech, nor for a subject in capitals (a headline).
 */
final class SentenceSubjectRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "sentence-subject";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        QuotedSpan quoted = doc.quotes.get(q);
        if (doc.wordCount(quoted) <= 3 || TitleOrNicknameRule.titleCase(quoted.pieces().get(0).textOf(doc.text))) {
            return null;
        }
        int open = doc.firstTok[q];
        int lo = Math.max(doc.sentenceBegin(doc.sentenceOf(open)), open - DocumentView.MAX_REACH);
        if (open - lo < 3) {
            return null;
        }
        for (int k = lo; k < open; k++) {
            if (doc.quotedTok[k]) {
                return null; // "“We won,” Smith said, and the crowd chanted “…”": not Smith's
            }
        }
        Phrase relative = relativeSubject(doc, open, lo);
        Phrase subject = relative != null ? relative : doc.sources.clauseSubject(open, lo);
        if (subject == null || relative == null && (doc.phrases.relativePronoun(subject) || !speaks(doc, subject)
                || afterPreposition(doc, subject, lo) || capitals(doc, subject))) {
            return null;
        }
        return Decision.speech(new Attribution(doc.speakers.speakerOf(subject, subject.end()), Cue.absent(), 0.5, -1,
                name()));
    }

    /**
     * "who" as the subject of the last finite verb before the quotation, when no comma stands between
     * them ("… with Clinton who is looking to bring “people together”"): the relative clause that holds
     * the quotation is about its antecedent; null otherwise.
     */
    private static Phrase relativeSubject(DocumentView doc, int open, int lo) {
        for (int k = open - 1; k > lo; k--) {
            if (doc.token(k).isPunctuation() && !doc.token(k).text().equals("-")) {
                return null;
            }
            if (doc.token(k).isFiniteVerb()) {
                int w = k - 1;
                while (w > lo && (doc.token(w).pos().startsWith("RB") || doc.token(w).pos().equals("MD"))) {
                    w--;
                }
                return doc.token(w).is("who") && doc.token(w).pos().equals("WP")
                        ? Phrase.pronoun(w) : null;
            }
        }
        return null;
    }

    /** Whether a preposition stands right before the phrase ("against Crist"), not a subordinator ("when Trump"). */
    private static boolean afterPreposition(DocumentView doc, Phrase p, int lo) {
        int b = p.start() - 1;
        if (b < lo || doc.quotedTok[b]) {
            return false;
        }
        String pos = doc.token(b).pos();
        String w = doc.token(b).text().toLowerCase(java.util.Locale.ROOT);
        return (pos.equals("IN") || pos.equals("TO")) && !ReportedClauseRule.subordinator(doc.token(b))
                && !w.equals("that") && !w.equals("whether") && !w.equals("until");
    }

    /** Whether every letter of the phrase is a capital ("NEW YORK ENDS TAMPON TAX"). */
    private static boolean capitals(DocumentView doc, Phrase p) {
        String words = doc.text.substring(doc.token(p.start()).begin(), doc.token(p.end() - 1).end());
        return words.codePoints().filter(Character::isLetter).count() > 1
                && words.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A person or organisation, or a personal pronoun ("he", "she", "they"; not "it"). */
    private static boolean speaks(DocumentView doc, Phrase p) {
        if (p.pronoun()) {
            String w = doc.token(p.mentionStart()).text().toLowerCase(java.util.Locale.ROOT);
            return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("i") || w.equals("we");
        }
        return p.kind() == SpeakerKind.PERSON || p.kind() == SpeakerKind.ORGANIZATION;
    }
}
