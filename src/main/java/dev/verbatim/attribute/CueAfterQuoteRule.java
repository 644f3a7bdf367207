package dev.verbatim.attribute;

/**
 * “We are set,” said Putin / “We are set,” he affirmed: the cue after the quote in its sentence
 * owns it (the quote opens the sentence, or no cue stands before it, or “…,” X said follows at once).
 */
final class CueAfterQuoteRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "cue-after-quote";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        SentenceCues cues = doc.sentenceCues(q);
        return cues == null || !cues.useAfter() ? null : Decision.speech(cues.attribution(doc, name()));
    }
}
