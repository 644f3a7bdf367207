package dev.verbatim.attribute;

/** “A: …” in a question-and-answer block: the last person named before it answers; the colon is the cue. */
final class InterviewAnswerRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "interview-answer";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        int colon = ColonIntroRule.colonBefore(doc, q);
        if (colon < 0) {
            return null;
        }
        int label = colon - 1;
        if (label != ColonIntroRule.reach(doc, colon) || !doc.token(label).text().equals("A")) {
            return null;
        }
        int at = doc.resolver.lastOccurrenceBefore(label);
        Phrase p = at < 0 ? null : doc.phrases.personNameAt(at);
        if (p == null) {
            return null;
        }
        return Decision.speech(new Attribution(doc.speakers.speakerOf(p, colon), doc.cues.cue(colon, 1), 0.7, colon, name()));
    }
}
