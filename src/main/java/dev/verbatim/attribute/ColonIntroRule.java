package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;

/**
 * “Trump on Twitter: …” / “The ministry said in a statement: …”: a colon right before the quote,
 * the subject of its clause or the nearest person or organisation before it speaking.
 */
final class ColonIntroRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "colon-intro";
    }

    /** The colon token right before quote {@code q}, or -1. */
    static int colonBefore(DocumentView doc, int q) {
        int k = doc.firstTok[q] - 1;
        return k < 0 || doc.quotedTok[k] || !doc.token(k).text().equals(":") ? -1 : k;
    }

    /** The first token of the colon's sentence within reach. */
    static int reach(DocumentView doc, int colon) {
        return Math.max(doc.sentenceBegin(doc.sentenceOf(colon)), colon - DocumentView.MAX_REACH);
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        int k = colonBefore(doc, q);
        if (k < 0) {
            return null;
        }
        int lo = reach(doc, k);
        if (k == lo + 1 && doc.token(lo).text().equals("A")) {
            return null; // an interview answer, or nothing
        }
        Phrase subject = doc.sources.clauseSubject(k, lo);
        if (subject != null && subject.kind() != SpeakerKind.DESCRIPTION) {
            return attributed(doc, subject, k);
        }
        int last = doc.sources.skipParenthesis(k - 1, lo); // "Sen. Ana Ruiz (D-Vt.): “…”": the name, not the party
        for (int j = last; j >= lo && j >= last - 8 && !doc.quotedTok[j]; j--) {
            Phrase p = doc.phrases.endingAt(j, lo);
            if (p != null && (p.kind() == SpeakerKind.PERSON || p.kind() == SpeakerKind.ORGANIZATION)) {
                return attributed(doc, p, k);
            }
        }
        return null;
    }

    private Decision attributed(DocumentView doc, Phrase source, int colon) {
        return Decision.speech(new Attribution(doc.speakers.speakerOf(source, colon), doc.cues.cue(colon, 1), 0.75, colon, name()));
    }
}
