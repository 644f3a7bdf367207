package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;
import dev.verbatim.detect.QuotedSpan;
import dev.verbatim.nlp.Token;


/**
 * “Build a wall around him.” ― Steve Quinlan: a name signed after a dash, ending its line, or on a
 * line of its own with what the speaker was doing (“…” / -President Obama, tweeting after the speech.).
 */
final class DashSignatureRule implements QuotedSpanRule {


    @Override
    public String name() {
        return "dash-signature";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        QuotedSpan s = doc.quotes.get(q);
        int k = doc.lastTok[q] + 1;
        if (s.closeMark() < 0 || k + 1 >= doc.tokens.size() || doc.quotedTok[k]) {
            return null;
        }
        Token dash = doc.token(k);
        if (!PhraseFinder.DASHES.contains(dash.text()) || dash.begin() - s.closeMark() > 3) {
            return null;
        }
        Phrase p = doc.phrases.startingAt(k + 1, doc.sentenceEnd(doc.sentenceOf(k + 1)));
        if (p == null || p.pronoun() || p.kind() == SpeakerKind.DESCRIPTION
                || !doc.endsLine(doc.token(p.end() - 1).end()) && !signatureLine(doc, dash, p)) {
            return null; // a signature ends its line
        }
        return Decision.speech(new Attribution(doc.speakers.speakerOf(p, k), doc.cues.cue(k, 1), 0.85, k, name()));
    }

    /**
     * A dash that opens its line, then the name, a comma and a participle ("-President Obama, tweeting
     * after …") or a short end of the line without a verb, as under a reader's letter ("-Michelle
     * Marks, Philadelphia.", "— Ana Ruiz, 43, a nurse").
     */
    private static boolean signatureLine(DocumentView doc, Token dash, Phrase p) {
        int at = dash.begin();
        boolean opensLine = at > 0 && (doc.text.charAt(at - 1) == '\n' || doc.text.charAt(at - 1) == '\r');
        int comma = p.end();
        if (!opensLine || comma + 1 >= doc.tokens.size() || doc.quotedTok[comma] || !doc.token(comma).text().equals(",")) {
            return false;
        }
        if (doc.token(comma + 1).pos().equals("VBG")) {
            return true;
        }
        for (int k = comma + 1; k < doc.tokens.size() && k <= comma + MAX_PLACE_TOKENS; k++) {
            Token t = doc.token(k);
            if (doc.quotedTok[k] || t.isFiniteVerb()) {
                return false;
            }
            if (doc.endsLine(t.end())) {
                return true;
            }
        }
        return false;
    }

    /** Longest line end after the signed name's comma: a place, an age, a role. */
    private static final int MAX_PLACE_TOKENS = 10;
}
